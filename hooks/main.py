"""MkDocs hooks: the only entry under `hooks:` in mkdocs.yml. Events only.

Data is loaded and every page rendered in on_config, before MkDocs cleans or writes
site/, so a broken data file stops the build with all problems listed and nothing
written. The work itself lives in the nqhandbook package beside this file.

Generated pages and data files are written to a temporary folder and handed to the
engine by path (nqhandbook.generated_files).
The `mkdocs.*` imports work under both engines: ProperDocs maps them onto its own modules.
"""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

from mkdocs.exceptions import PluginError
from mkdocs.plugins import event_priority
from mkdocs.structure.files import File

from nqhandbook import serve_state
from nqhandbook.download import download_files, download_page
from nqhandbook.generated_files import write_generated
from nqhandbook.git_history import last_commit_date, read_history
from nqhandbook.learning import learning_files
from nqhandbook.load import load_dataset
from nqhandbook.open_data import open_data_files
from nqhandbook.outputs.slides.site import build_slides
from nqhandbook.outputs.kit.site import kit_site
from nqhandbook.problems import DataError
from nqhandbook.pwa import write_service_worker
from nqhandbook.render import Page, render_pages
from nqhandbook.search_index import compact_search_index
from nqhandbook.stylesheet import StylesheetError, write_site_stylesheet

ROOT = Path(__file__).resolve().parent.parent
_state: dict = {}


def on_startup(command, dirty):
    serve_state.serving = command == "serve"


def on_config(config):
    edit_base = config.extra.get("edit_base", "")
    try:
        dataset = load_dataset(ROOT)
    except DataError as err:
        if not serve_state.serving:
            raise PluginError("Dữ liệu chưa hợp lệ, chưa dựng trang:\n" + err.report()) from None
        _state.update(serve_state.state_for_broken_data(config, err, ROOT))  # make serve
        return config
    history = read_history(ROOT)
    _state["offline"] = bool(config.extra.get("offline_bundle"))  # mkdocs.offline.yml
    _state["build_date"] = os.environ.get("BUILD_DATE") or last_commit_date(ROOT)
    kit = kit_site(dataset, ROOT, config.site_url or "", _state["build_date"] if _state["offline"] else "")
    _state["kit"] = kit
    _state["slides"] = build_slides(ROOT, dataset, config.site_url or "", config.use_directory_urls,
                                    _state["offline"], config.site_name,
                                    _state["build_date"] if _state["offline"] else "")
    pages = render_pages(dataset, edit_base, history, site_url=config.site_url or "",
                         slides=_state["slides"].links)
    pages += [Page(*page) for page in kit.pages]
    pages.append(download_page(ROOT / "dist", _state["offline"], config.site_url or ""))
    _state["updated"] = {path: changes[0].date for path, changes in history.items()}
    _state["edit"] = {page.src_uri: page.edit_path for page in pages}
    _state["edit_base"] = edit_base
    # A new folder for each build (`serve` rebuilds); the previous one goes with its object.
    _state["folder"] = tempfile.TemporaryDirectory(prefix="nqhandbook-")
    folder = Path(_state["folder"].name)
    _state["generated"] = write_generated(folder, {page.src_uri: page.content for page in pages})
    del pages
    _state["generated"].update(write_generated(folder, {**open_data_files(dataset), **learning_files(dataset),
                                                        **kit.files, **_state["slides"].views}))
    serve_state.remember(_state)
    return config


def on_files(files, config):
    for uri, path in _state["generated"].items():
        files.append(File.generated(config, uri, abs_src_path=str(path)))
    downloads = {} if _state.get("error_pages") else download_files(ROOT / "dist", _state["offline"])
    for uri, path in downloads.items():
        files.append(File.generated(config, uri, abs_src_path=str(path)))
    slides, kit = _state.get("slides"), _state.get("kit")  # none while `make serve` shows broken data
    for uri, path in {**(slides.files if slides else {}), **(kit.built if kit else {})}.items():
        files.append(File.generated(config, uri, abs_src_path=str(path)))
    return files


def on_page_context(context, page, config, nav):
    uri = page.file.src_uri
    path = _state["edit"].get(uri) or f"docs/{uri}"
    page.edit_url = _state["edit_base"] + path if _state["edit_base"] else None
    page.meta["updated"] = _state["updated"].get(path, "")
    share_image = _state["kit"].share_images.get(uri) if _state.get("kit") else None
    if share_image:
        page.meta["share_image"] = share_image
    return context


def on_env(env, config, files):
    env.globals["build_date"] = _state["build_date"]
    return env


@event_priority(-100)  # after every plugin has written its files (the search index)
def on_post_build(config):
    compact_search_index(Path(config.site_dir))
    try:
        write_site_stylesheet(Path(config.site_dir))  # before the worker lists the files
    except StylesheetError as err:
        raise PluginError(f"Không ghép được tệp giao diện (CSS): {err}") from None
    if not _state["offline"]:
        write_service_worker(Path(config.site_dir))
