"""MkDocs hooks: the only entry under `hooks:` in mkdocs.yml. Events only.

Data is loaded and every page rendered in on_config, before MkDocs cleans or writes
site/, so a broken data file stops the build with all problems listed and nothing
written. The work itself lives in the nqhandbook package beside this file.
"""

from __future__ import annotations

from pathlib import Path

from mkdocs.exceptions import PluginError
from mkdocs.plugins import event_priority
from mkdocs.structure.files import File

from nqhandbook.data.history import read_history
from nqhandbook.data.load import load_dataset
from nqhandbook.data.problems import DataError
from nqhandbook.layout import build_date
from nqhandbook.pages.learning import learning_files
from nqhandbook.pages.render import render_pages
from nqhandbook.site import open_data
from nqhandbook.site.downloads import download_files, download_page
from nqhandbook.site.search_index import compact_search_index
from nqhandbook.site.service_worker import write_service_worker

ROOT = Path(__file__).resolve().parent.parent
_state: dict = {}


def on_config(config):
    edit_base = config.extra.get("edit_base", "")
    try:
        dataset = load_dataset(ROOT)
    except DataError as err:
        raise PluginError("Dữ liệu chưa hợp lệ, chưa dựng trang:\n" + err.report()) from None
    history = read_history(ROOT)
    _state["pages"] = render_pages(dataset, edit_base, history, site_url=config.site_url or "",
                                   open_data=open_data.summary(dataset))
    _state["offline"] = bool(config.extra.get("offline_bundle"))  # mkdocs.offline.yml
    _state["pages"].append(download_page(ROOT / "dist", _state["offline"], config.site_url or ""))
    _state["updated"] = {path: changes[0].date for path, changes in history.items()}
    _state["build_date"] = build_date(ROOT)  # SOURCE_DATE_EPOCH, else the last commit
    _state["data_files"] = {**open_data.open_data_files(dataset), **learning_files(dataset)}
    _state["edit"] = {page.src_uri: page.edit_path for page in _state["pages"]}
    _state["edit_base"] = edit_base
    return config


def on_files(files, config):
    for page in _state["pages"]:
        files.append(File.generated(config, page.src_uri, content=page.content))
    for uri, content in _state["data_files"].items():
        files.append(File.generated(config, uri, content=content))
    for uri, path in download_files(ROOT / "dist", _state["offline"]).items():
        files.append(File.generated(config, uri, abs_src_path=str(path)))
    return files


def on_page_context(context, page, config, nav):
    uri = page.file.src_uri
    path = _state["edit"].get(uri) or f"docs/{uri}"
    page.edit_url = _state["edit_base"] + path if _state["edit_base"] else None
    page.meta["updated"] = _state["updated"].get(path, "")
    return context


def on_env(env, config, files):
    env.globals["build_date"] = _state["build_date"]
    return env


@event_priority(-100)  # after every plugin has written its files (the search index)
def on_post_build(config):
    compact_search_index(Path(config.site_dir))
    if not _state["offline"]:
        write_service_worker(Path(config.site_dir))
