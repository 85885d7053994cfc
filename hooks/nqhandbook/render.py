"""Render the dataset into Markdown pages through the Jinja templates."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass

from .load import Dataset, Entry
from .model import Resolution
from .templating import environment
from .views import resolution_view

MERGER_DATE = "2025-07-01"


@dataclass(frozen=True)
class Page:
    src_uri: str  # where MkDocs should pretend the file is, e.g. nghi-quyet/11-nq-tu.md
    content: str
    edit_path: str  # the data file an editor changes, relative to the repository root


def resolution_uri(res: Resolution) -> str:
    return f"nghi-quyet/{res.slug}.md"


def render_pages(dataset: Dataset, edit_base: str = "") -> list[Page]:
    """Every generated page. `edit_base` + a data path gives the editor's link."""
    env = environment()
    common = {
        "dataset": dataset,
        "fields": dataset.fields,
        "by_field": _group(dataset.entries, lambda e: e.resolution.field),
        "by_year": _group(dataset.entries, lambda e: e.resolution.issued[:4]),
        "by_issuer": _group(dataset.entries, lambda e: e.resolution.issuer_name),
        "edit_base": edit_base,
        "merger_date": MERGER_DATE,
        "plan": dataset.plan,
        "entries_by_number": {e.resolution.number: e for e in dataset.entries},
    }
    pages = [
        Page("index.md", env.get_template("pages/home.md.j2").render(**common), "data/resolutions"),
        Page("nghi-quyet/index.md", env.get_template("pages/list.md.j2").render(**common),
             "data/resolutions"),
        Page("ke-hoach.md", env.get_template("pages/plan.md.j2").render(**common), "data/plan.yml"),
    ]
    template = env.get_template("pages/resolution.md.j2")
    for entry in dataset.entries:
        view = resolution_view(entry, dataset)
        content = template.render(**common, entry=entry, res=entry.resolution, v=view,
                                  edit_url=edit_base + entry.path)
        pages.append(Page(resolution_uri(entry.resolution), content, entry.path))
    return pages


def _group(entries: list[Entry], key) -> dict[str, list[Entry]]:
    groups: dict[str, list[Entry]] = defaultdict(list)
    for entry in entries:
        groups[key(entry)].append(entry)
    return dict(groups)
