"""MkDocs hooks (ProperDocs, or MkDocs 1.6), the only entry under `hooks:`: events only, the work
is in the nqhandbook package. Data is loaded and every page made in on_config, before site/ is
written: broken data stops the build with every problem listed and nothing written (`make
serve` keeps the last good site, with the problems in a banner)."""

from __future__ import annotations

import gc
from pathlib import Path

from mkdocs.exceptions import PluginError
from mkdocs.plugins import event_priority
from mkdocs.structure.files import File

from nqhandbook import build_cache
from nqhandbook.data.load import load_dataset
from nqhandbook.data.problems import DataError
from nqhandbook.outputs.site_build import SiteSettings, assemble
from nqhandbook.outputs import serve_state
from nqhandbook.site.downloads import download_files
from nqhandbook.site.generated_files import engine_source, release
from nqhandbook.site.search_index import compact_search_index
from nqhandbook.site.service_worker import write_service_worker
from nqhandbook.site.stylesheet import StylesheetError, write_site_stylesheet

ROOT = Path(__file__).resolve().parent.parent
_state: dict = {}
build_cache.use(ROOT / build_cache.FOLDER)  # compiled templates and more, kept between builds


def on_startup(command, dirty):
    serve_state.serving = command == "serve"


def on_config(config):
    offline = bool(config.extra.get("offline_bundle"))  # mkdocs.offline.yml
    # What loading makes lives until every page is made: frozen (out of the collector's passes).
    gc.disable()
    try:
        dataset = load_dataset(ROOT)
        gc.freeze()
    except DataError as err:
        if not serve_state.serving:
            raise PluginError("Dữ liệu chưa hợp lệ, chưa dựng trang:\n" + err.report()) from None
        _state.update(serve_state.state_for_broken_data(config, err, ROOT))  # make serve
        return config
    finally:
        gc.enable()
    settings = SiteSettings(config.site_url or "", config.extra.get("edit_base", ""), offline,
                            config.use_directory_urls, config.site_name)
    try:
        _state.update(generated=assemble(dataset, ROOT, settings), settings=settings, error_pages=False)
    finally:
        # One pass over what rendering made (the data is still frozen) breaks Jinja's context
        # cycles holding the data, which then goes by reference counting (0.02 s at 160; full: 0.12 s).
        del dataset
        gc.collect()
        gc.unfreeze()
    serve_state.remember(_state)
    return config


def on_files(files, config):  # the engine has cleaned site_dir: data files are written to it now
    generated, site_dir = _state["generated"], Path(config.site_dir)
    downloads = {} if _state["error_pages"] else download_files(ROOT / "dist", _state["settings"].offline)
    for uri, source in {**generated.take_files(), **generated.copied, **downloads}.items():
        files.append(File.generated(config, uri, **engine_source(uri, source, site_dir)))
    return files


def on_page_markdown(markdown, page, config, files):
    release(page.file)  # read once: a generated page's bytes are not needed again


def on_page_context(context, page, config, nav):
    generated, uri = _state["generated"], page.file.src_uri
    path = generated.edit.get(uri) or f"docs/{uri}"
    edit_base = _state["settings"].edit_base
    page.edit_url = edit_base + path if edit_base else None
    page.meta["updated"] = generated.updated.get(path, "")
    if uri in generated.share_images:
        page.meta["share_image"] = generated.share_images[uri]
    return context


def on_env(env, config, files):
    env.globals["build_date"] = _state["generated"].build_date
    return env


@event_priority(-100)  # after every plugin has written its files (the search index)
def on_post_build(config):
    compact_search_index(Path(config.site_dir))
    try:
        write_site_stylesheet(Path(config.site_dir))  # before the worker lists the files
    except StylesheetError as err:
        raise PluginError(f"Không ghép được tệp giao diện (CSS): {err}") from None
    if not _state["settings"].offline:
        write_service_worker(Path(config.site_dir))
