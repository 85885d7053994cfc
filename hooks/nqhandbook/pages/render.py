"""Render the dataset into Markdown pages through the Jinja templates."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterator
from dataclasses import dataclass

from ..data.history import content_notes
from ..data.model import Resolution
from ..data.own import SECTION_CLASS_LEGEND
from ..data.target_status import TARGET_STATUS_LABELS
from ..data.types import Dataset, Entry
from ..layout import PLAN_PAGE, TARGETS_PAGE, resolution_page
from .data_status import (COVERAGE_LABELS, COVERAGE_SYMBOLS, facts_by_source_kind, section_own_items,
                          section_totals, status_rows)
from .learning import render_learning
from .targets import owner_counts, status_counts, targets_by_field
from .templating import environment
from .views import SECTION_TITLES, resolution_view



@dataclass(frozen=True)
class Page:
    src_uri: str  # where MkDocs should pretend the file is, e.g. nghi-quyet/11-nq-tu.md
    content: str
    edit_path: str  # the data file an editor changes, relative to the repository root


def resolution_uri(res: Resolution) -> str:
    return resolution_page(res.slug)


def render_pages(dataset: Dataset, edit_base: str = "", history: dict | None = None,
                 site_url: str = "", slides: dict | None = None, *, open_data: dict) -> list[Page]:
    """Every generated page (iter_pages, as a list)."""
    return list(iter_pages(dataset, edit_base, history, site_url, slides, open_data=open_data))


def iter_pages(dataset: Dataset, edit_base: str = "", history: dict | None = None,
               site_url: str = "", slides: dict | None = None, *, open_data: dict) -> Iterator[Page]:
    """Every generated page, one at a time: the build writes each before rendering the
    next. `edit_base` + a data path gives the editor's link; `history` (data path ->
    changes, newest first) feeds each resolution's change list; `slides`
    (slug -> SlideLinks) the links to each resolution's slides; `open_data` (licence,
    citation, target_rows, result_rows: nqhandbook.site.open_data.summary) is what the
    open-data page says about the files written beside the pages."""
    env = environment()
    env.auto_reload = False  # a fresh environment each build: no template to check on disk again
    history = history or {}
    common = {
        "dataset": dataset,
        "fields": dataset.fields,
        "by_field": _group(dataset.entries, lambda e: e.resolution.field),
        "by_year": _group(dataset.entries, lambda e: e.resolution.issued[:4]),
        "by_issuer": _group(dataset.entries, lambda e: e.resolution.issuer_name),
        "edit_base": edit_base,
        "plan": dataset.plan,
        "entries_by_number": {e.resolution.number: e for e in dataset.entries},
        "slides": slides or {},
    }
    yield Page("index.md", env.get_template("pages/home.md.j2").render(**common), "data/resolutions")
    yield Page("nghi-quyet/index.md", env.get_template("pages/list.md.j2").render(**common), "data/resolutions")
    yield Page(f"{PLAN_PAGE}.md", env.get_template("pages/plan.md.j2").render(**common), "data/plan.yml")
    yield _targets_page(env, dataset, common)
    yield _status_page(env, dataset, common)
    yield Page("du-lieu/index.md", env.get_template("pages/open_data.md.j2").render(**common, **open_data),
               "data/resolutions")
    template = env.get_template("pages/resolution.md.j2")
    for entry in dataset.entries:
        view = resolution_view(entry, dataset)
        content = template.render(**common, entry=entry, res=entry.resolution, v=view,
                                  edit_url=edit_base + entry.path, changes=content_notes(history.get(entry.path, []),
                                                                entry.resolution.number)[:5])
        yield Page(resolution_uri(entry.resolution), content, entry.path)
    for item in render_learning(env, dataset, common, site_url):
        yield Page(*item)


def render_serve_errors(problems: list, nav_paths: list[str], docs_dir) -> list[Page]:
    """`make serve` before any good build: each generated page of the menu lists the data
    problems (docs/ pages are MkDocs' own). Never used by `mkdocs build`."""
    template = environment().get_template("pages/data_errors.md.j2")
    content = template.render(problems=[str(p) for p in problems])
    return [Page(path, content, "data/resolutions") for path in nav_paths
            if isinstance(path, str) and path.endswith(".md") and not (docs_dir / path).exists()]


def _targets_page(env, dataset: Dataset, common: dict) -> Page:
    groups = targets_by_field(dataset, env)
    total = sum(len(item.rows) for _, items in groups for item in items)
    content = env.get_template("pages/targets.md.j2").render(
        **common, groups=groups, total=total, counts=status_counts(groups), status_labels=TARGET_STATUS_LABELS,
        owners=owner_counts(groups))
    return Page(f"{TARGETS_PAGE}.md", content, "data/resolutions")


def _status_page(env, dataset: Dataset, common: dict) -> Page:
    rows = status_rows(dataset)
    grand = {s: sum(row.counts[s] for row in rows) for s in COVERAGE_LABELS}
    content = env.get_template("pages/data_status.md.j2").render(
        **common, rows=rows, totals=section_totals(rows), by_kind=facts_by_source_kind(rows),
        grand=grand, total_facts=sum(row.facts for row in rows), status_labels=COVERAGE_LABELS,
        total_own=sum(row.own_items for row in rows), section_own=section_own_items(rows),
        only_from_plan=sum(1 for row in rows if row.only_from_plan),
        legend={c.value: text for c, text in SECTION_CLASS_LEGEND.items()}, warnings=dataset.warnings,
        section_titles=SECTION_TITLES, symbols=COVERAGE_SYMBOLS,
        view_base=common["edit_base"].replace("/edit/", "/blob/"))
    return Page("tinh-trang-du-lieu.md", content, "data/resolutions")


def _group(entries: list[Entry], key) -> dict[str, list[Entry]]:
    groups: dict[str, list[Entry]] = defaultdict(list)
    for entry in entries:
        groups[key(entry)].append(entry)
    return dict(groups)
