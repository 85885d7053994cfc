"""One content model per resolution, computed once, that every kit format renders.

Texts are the editors' sourced sentences, never cut mid-sentence: each panel has a
character budget and a list is shortened by dropping whole items from the end (the first
item is always kept; `more` then says the page has the rest). Numbers are the data's own
texts. Who owns each number is answered by nqhandbook.data.own, never here.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from ...data.load import Dataset, Entry
from ...data.model import Milestone, Resolution, Source, Target, TargetResult
from ...data.own import OwnContent, Ownership, own_content, ownership
from ...data.partial_date import display_date, merged_province
from ...pages.wording import unit_text
from .files import kit_folder

# Character budgets (text only, headings excluded), measured against the leaflet's
# panels in the browser tests (no panel may overflow).
WHY_BUDGET = 1000
POINTS_BUDGET = 1000
LOCAL_BUDGET = 900
NUMBERS_MAX = 3
MILESTONES_PER_NUMBER = 2
SOURCES_MAX = 7
SOURCE_TITLE_BUDGET = 110
POSTER_MIN_OWN = 2  # a poster only where the resolution has at least two numbers of its own
POSTER_MAX = 3

OWNER_LABELS = {
    Ownership.own: "Chỉ tiêu của chính nghị quyết",
    Ownership.uncertain: "Chưa rõ là chỉ tiêu của nghị quyết hay của văn bản khác",
    Ownership.context: "Số liệu chung của tỉnh, không gắn với nghị quyết",
}


@dataclass(frozen=True)
class NumberLine:
    label: str  # "Mục tiêu đến năm 2030", "Kết quả đến 12/2024"
    text: str  # the data's own text: "từ 13 triệu lượt trở lên"
    year: int | None


@dataclass(frozen=True)
class KitNumber:
    indicator: str
    unit: str
    lines: list[NumberLine]
    owner: Ownership
    owner_label: str
    sources: list[str]


@dataclass(frozen=True)
class Picked:
    items: list[str]
    sources: list[str]
    more: bool  # some items were left for the page


@dataclass(frozen=True)
class KitContent:
    res: Resolution
    number: str
    slug: str
    title: str
    title_unconfirmed: bool
    issued: str  # display date, "" when unconfirmed
    issuer: str  # "" when not known or unconfirmed
    why: Picked
    points: Picked
    numbers: list[KitNumber]  # the leaflet's key numbers, any owner, each labelled
    numbers_more: bool
    own_numbers: list[KitNumber]  # the resolution's own, for poster and share image
    local: Picked
    sources: list[Source]
    sources_more: bool
    page_url: str  # full resolution page (public address, "" without a site URL)
    learning_url: str
    kit_url: str
    own: OwnContent  # nqhandbook.data.own's answer for this resolution, computed once
    site_url: str = ""  # the public site's root address, "" without one
    no_numbers_reason: str = ""

    @property
    def has_poster(self) -> bool:
        return len(self.own_numbers) >= POSTER_MIN_OWN

    @property
    def poster_numbers(self) -> list[KitNumber]:
        return self.own_numbers[:POSTER_MAX]

    @property
    def share_number(self) -> KitNumber | None:
        return self.own_numbers[0] if self.own_numbers else None

    @property
    def no_poster_reason(self) -> str:
        if self.has_poster:
            return ""
        counts = self.own.target_counts()
        if not self.own_numbers and not self.res.targets.items:
            return ("Chưa tìm thấy nguồn công khai nêu chỉ tiêu bằng số của nghị quyết, nên bộ tài liệu "
                    "không có áp phích số liệu.")
        if not self.own_numbers:
            parts = []
            if counts[Ownership.document]:
                parts.append("thuộc văn bản khác (kế hoạch, chương trình triển khai)")
            if counts[Ownership.uncertain]:
                parts.append("chưa rõ thuộc nghị quyết hay văn bản khác")
            if counts[Ownership.context]:
                parts.append("là số liệu chung của tỉnh")
            return ("Các chỉ tiêu bằng số có nguồn đều " + " hoặc ".join(parts)
                    + ", không phải của chính nghị quyết, nên bộ tài liệu không có áp phích số liệu.")
        return ("Nghị quyết mới có một chỉ tiêu bằng số của chính mình có nguồn; áp phích cần ít nhất "
                "hai, nên bộ tài liệu chưa có áp phích.")


def pick(texts: list[tuple[str, list[str]]], budget: int) -> Picked:
    """Whole items in order while they fit; the first is always kept."""
    chosen, sources, used = [], [], 0
    for n, (text, ids) in enumerate(texts):
        size = len(text)
        if n and used + size > budget:
            return Picked(chosen, _unique(sources), True)
        chosen.append(text)
        sources += ids
        used += size
    return Picked(chosen, _unique(sources), False)


def shorten_title(text: str, budget: int = SOURCE_TITLE_BUDGET) -> str:
    """A source title cut at a word boundary (a title is a name, not a claim)."""
    text = " ".join(text.split())
    return text if len(text) <= budget else text[: budget - 1].rsplit(" ", 1)[0] + "…"


def milestone_label(m: Milestone) -> str:
    if m.annual:
        return "Mục tiêu hằng năm"
    if m.year is None:
        return "Mục tiêu"
    return f"Mục tiêu đến năm {m.year}"


def _milestones(target: Target, year: int) -> list[Milestone]:
    """The milestones still ahead of `year` first (an old target is not current news);
    when all are past, the last ones, labelled with their years."""
    dated = [m for m in target.milestones if m.year is not None]
    ahead = [m for m in dated if m.year >= year]
    chosen = ahead or dated[-MILESTONES_PER_NUMBER:] or target.milestones
    return chosen[:MILESTONES_PER_NUMBER]


def target_number(target: Target, docs: dict, year: int) -> KitNumber:
    owner = ownership(target)
    if owner is Ownership.document:
        doc = docs.get(target.of)
        label = f"Chỉ tiêu của {doc.name}" if doc else "Chỉ tiêu của văn bản khác"
    else:
        label = OWNER_LABELS[owner]
    lines = [NumberLine(milestone_label(m), m.text, m.year) for m in _milestones(target, year)]
    return KitNumber(target.indicator, unit_text(target), lines, owner, label, list(target.sources))


def result_number(target: Target, result: TargetResult) -> KitNumber:
    when = display_date(result.as_of)
    label = f"Kết quả {result.period}" if result.period else f"Kết quả tính đến {when}"
    if merged_province(result.as_of):
        label += " (tỉnh Lào Cai mới)"  # CONTRIBUTING.md, section 7
    year = int(result.as_of[:4])
    return KitNumber(target.indicator, unit_text(target), [NumberLine(label, result.text, year)],
                     Ownership.own, "Kết quả nguồn gắn với chính nghị quyết", list(result.sources))


def kit_content(entry: Entry, dataset: Dataset, site_url: str = "", year: int | None = None) -> KitContent:
    res = entry.resolution
    year = year or dt.date.today().year
    own = own_content(res)
    docs = {d.id: d for d in res.related_documents}
    learning = res.learning
    base = site_url.rstrip("/") + "/" if site_url else ""

    why_items = []
    if learning:
        why_items.append((learning.why.text, list(learning.why.sources)))
    why_items.append((res.summary.text, list(res.summary.sources)))
    why = pick(why_items, WHY_BUDGET)
    points = pick([(f.text, list(f.sources)) for f in own.key_points], POINTS_BUDGET)
    local = pick([(f.text, list(f.sources)) for f in (learning.local if learning else [])], LOCAL_BUDGET)

    targets = {t.id: t for t in res.targets.items}
    ordered = [targets[i] for i in (learning.key_targets if learning else []) if i in targets]
    ordered += [t for t in own.targets if t not in ordered]
    ordered += [t for t in res.targets.items if t not in ordered]
    numbers = [target_number(t, docs, year) for t in ordered[:NUMBERS_MAX]]
    own_numbers = [target_number(t, docs, year) for t in own.targets]
    own_numbers += [result_number(t, r) for t, r in own.target_results]

    cited = _unique([*why.sources, *points.sources, *local.sources,
                     *(s for n in numbers for s in n.sources)])
    by_id = {s.id: s for s in res.sources}
    sources = [by_id[i] for i in cited if i in by_id]

    return KitContent(
        res=res, number=res.number, slug=res.slug, title=res.title,
        title_unconfirmed=res.is_unconfirmed("title"),
        issued="" if res.is_unconfirmed("issued") else display_date(res.issued),
        issuer=res.issuer_name if res.issuer_known and not res.is_unconfirmed("issuer") else "",
        why=why, points=points, numbers=numbers, numbers_more=len(res.targets.items) > len(numbers),
        own_numbers=own_numbers, local=local,
        sources=sources[:SOURCES_MAX], sources_more=len(sources) > SOURCES_MAX,
        page_url=f"{base}nghi-quyet/{res.slug}/" if base else "",
        learning_url=f"{base}hoc-tap/{res.slug}/" if base and learning else "",
        kit_url=f"{base}{kit_folder(res.slug)}/" if base else "",
        own=own,
        site_url=base,
        no_numbers_reason="" if res.targets.items else
        "Chưa tìm thấy nguồn công khai nêu chỉ tiêu bằng số của nghị quyết.",
    )


def kit_contents(dataset: Dataset, site_url: str = "", year: int | None = None) -> list[KitContent]:
    return [kit_content(e, dataset, site_url, year) for e in dataset.entries]


def _unique(ids) -> list[str]:
    return list(dict.fromkeys(ids))
