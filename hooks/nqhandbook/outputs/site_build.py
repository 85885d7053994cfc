"""One build's generated content, assembled from every layer for the hook (hooks/main.py).

`assemble` loads nothing itself: it takes the checked dataset and the site's settings and
returns what the engine is handed, all written to one temporary folder (peak memory at
2,000 resolutions): the pages (resolution, learning, lists, status, targets, plan, download,
kit), the data files (open data, broadcast scripts, kit print views, slide views), and the
files copied as they are (printed slides and kit files). It never imports mkdocs.
"""

from __future__ import annotations

import tempfile
from dataclasses import dataclass, field
from itertools import chain
from pathlib import Path

from ..data.history import read_history
from ..data.types import Dataset
from ..layout import build_date
from ..pages.learning import learning_files
from ..pages.qr import qr_code
from ..pages.render import Page, iter_pages
from ..site import open_data
from ..site.downloads import download_page
from ..site.generated_files import IN_MEMORY_BUDGET, GeneratedFolder
from .kit.site import kit_site
from .slides.site import build_slides


@dataclass
class SiteSettings:
    site_url: str = ""
    edit_base: str = ""
    offline: bool = False  # the offline bundle (mkdocs.offline.yml)
    directory_urls: bool = True
    site_name: str = ""


@dataclass
class Generated:
    folder: tempfile.TemporaryDirectory  # kept alive as long as the engine reads from it
    files: dict[str, Path | bytes]  # site path -> generated file, or its bytes (pages and data files)
    copied: dict[str, Path]  # site path -> file published as it is (printed slides and kit)
    edit: dict[str, str]  # page path -> the data file an editor changes
    updated: dict[str, str]  # data file -> date of its last change
    share_images: dict[str, str] = field(default_factory=dict)  # page path -> its share image
    build_date: str = ""


def assemble(dataset: Dataset, root: Path, settings: SiteSettings) -> Generated:
    history = read_history(root)
    date = build_date(root)  # SOURCE_DATE_EPOCH, else the last commit
    offline_date = date if settings.offline else ""
    # A new folder for each build (`serve` rebuilds); the previous one goes with its object.
    folder = tempfile.TemporaryDirectory(prefix="nqhandbook-")
    out = GeneratedFolder(Path(folder.name), IN_MEMORY_BUDGET)
    # Each file is written as soon as it is made and not held (peak memory at 2,000
    # resolutions); the engine gets them in the order of the site's pages, then data files.
    kit = kit_site(dataset, root, settings.site_url, offline_date)
    kit_views = out.write_all(kit.files)
    slides = build_slides(root, dataset, settings.site_url, settings.directory_urls, settings.offline,
                          settings.site_name, offline_date)
    slide_views = out.write_all(slides.views)
    edit = {}
    pages = iter_pages(dataset, settings.edit_base, history, site_url=settings.site_url, slides=slides.links,
                       open_data=open_data.summary(dataset))
    for page in chain(pages, (Page(*page) for page in kit.pages),
                      [download_page(root / "dist", settings.offline, settings.site_url)]):
        out.write(page.src_uri, page.content)
        edit[page.src_uri] = page.edit_path
    page_files = {uri: out.files[uri] for uri in edit}
    data_files = {**out.write_all(open_data.open_data_items(dataset)), **out.write_all(learning_files(dataset))}
    qr_code.cache_clear()  # every QR code is drawn
    return Generated(folder, {**page_files, **data_files, **kit_views, **slide_views}, {**slides.files, **kit.built},
                     edit, {path: changes[0].date for path, changes in history.items()}, kit.share_images, date)
