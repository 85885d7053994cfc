"""What does this resolution itself say? The one answer every view uses.

Each item of a resolution has an owner (see model.Owned):
- own:       the resolution itself (no `of`/`owner`; for results only with `linked: true`)
- document:  a named related document (`of:`)
- context:   a province-wide, district or merged-province item not tied to it
             (`owner: context`, or a result with neither `linked`, `of` nor `owner`)
- uncertain: the sources hedge (`owner: uncertain` + `owner_note`)

A section is then classified by what it holds: the resolution's own items (complete or
with a gap line), only uncertain, only other documents' items, only context, or nothing.
Status page, targets overview, learning pages, open data and the validator's attribution
rules all read these functions, so a count on one page equals the count on another.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from enum import Enum
from functools import cached_property

from pydantic import BaseModel

from .model import Owner, Resolution, Result, Section, SourceKind, Target, TargetResult


class Ownership(str, Enum):
    own = "own"
    document = "document"
    context = "context"
    uncertain = "uncertain"


OWNERSHIP_LABELS = {
    Ownership.own: "của chính nghị quyết",
    Ownership.document: "của văn bản khác",
    Ownership.context: "bối cảnh, không gắn với nghị quyết",
    Ownership.uncertain: "chưa rõ thuộc nghị quyết hay văn bản khác",
}


class SectionClass(str, Enum):
    """What a section holds, judged on the resolution's own content."""

    own = "own"  # own items, no gap line
    own_partial = "own_partial"  # own items and a gap line
    uncertain = "uncertain"  # no own item; at least one whose owner is uncertain
    documents = "documents"  # no own or uncertain item; at least one of another document
    context = "context"  # only context items
    gap = "gap"  # no item at all


SECTION_CLASS_LABELS = {
    SectionClass.own: "Đủ",
    SectionClass.own_partial: "Một phần",
    SectionClass.uncertain: "Chưa rõ chủ thể",
    SectionClass.documents: "Chỉ văn bản khác",
    SectionClass.context: "Chỉ bối cảnh",
    SectionClass.gap: "Chưa tìm thấy nguồn công khai",
}
SECTION_CLASS_LEGEND = {
    SectionClass.own: "mục có nội dung của chính nghị quyết, có nguồn.",
    SectionClass.own_partial: "có nội dung của chính nghị quyết nhưng còn điều chưa tìm thấy nguồn.",
    SectionClass.uncertain: "không có ý nào chắc chắn của nghị quyết; có ý mà nguồn chưa rõ thuộc "
                            "nghị quyết hay văn bản khác.",
    SectionClass.documents: "không có ý nào của chính nghị quyết; chỉ có nội dung của văn bản khác "
                            "(kế hoạch, chương trình triển khai), có thể kèm số liệu bối cảnh.",
    SectionClass.context: "không có ý nào của chính nghị quyết; chỉ có số liệu, nội dung chung của "
                          "tỉnh hoặc địa phương mà nguồn không gắn với nghị quyết.",
    SectionClass.gap: "mục chưa có ý nào có nguồn; tệp dữ liệu ghi rõ điều còn thiếu.",
}
SECTION_CLASS_SYMBOLS = {
    SectionClass.own: "●",
    SectionClass.own_partial: "◐",
    SectionClass.uncertain: "◌",
    SectionClass.documents: "◇",
    SectionClass.context: "△",
    SectionClass.gap: "○",
}


def ownership(item: BaseModel, parent: BaseModel | None = None) -> Ownership:
    """The owner of one item. `parent` is its task group, whose owner an item without its
    own ownership keys inherits."""
    owner = getattr(item, "owner", None)
    if owner is Owner.uncertain:
        return Ownership.uncertain
    if owner is Owner.context:
        return Ownership.context
    if getattr(item, "of", None):
        return Ownership.document
    if isinstance(item, (Result, TargetResult)):
        return Ownership.own if item.linked else Ownership.context
    if parent is not None:
        return ownership(parent)
    return Ownership.own


def section_items(res: Resolution, key: str) -> list[tuple[BaseModel, Ownership]]:
    """(item, owner) for every countable item of a section; task groups count by their
    items (each inheriting the group's owner unless it says its own)."""
    section = res.sections()[key]
    if key == "tasks":
        return [(fact, ownership(fact, group)) for group in section.items for fact in group.items]
    return [(item, ownership(item)) for item in section.items]


@dataclass(frozen=True)
class SectionOwnership:
    key: str
    section: Section
    counts: dict[Ownership, int]  # every Ownership, zero included

    @property
    def own(self) -> int:
        return self.counts[Ownership.own]

    @property
    def total(self) -> int:
        return sum(self.counts.values())

    @property
    def status(self) -> SectionClass:
        return classify(self.counts, self.section.gap)

    @property
    def label(self) -> str:
        return SECTION_CLASS_LABELS[self.status]


def classify(counts: dict[Ownership, int], gap: str | None) -> SectionClass:
    if counts.get(Ownership.own):
        return SectionClass.own_partial if gap else SectionClass.own
    if counts.get(Ownership.uncertain):
        return SectionClass.uncertain
    if counts.get(Ownership.document):
        return SectionClass.documents
    if counts.get(Ownership.context):
        return SectionClass.context
    return SectionClass.gap


def section_ownership(res: Resolution, key: str) -> SectionOwnership:
    found = Counter(owner for _, owner in section_items(res, key))
    return SectionOwnership(key, res.sections()[key], {o: found.get(o, 0) for o in Ownership})


@dataclass(frozen=True)
class OwnContent:
    """What the resolution itself says, and how each section stands."""

    res: Resolution

    @cached_property  # counted when first asked: a resolution page only needs its targets' owners
    def sections(self) -> dict[str, SectionOwnership]:
        """Section key -> how it stands, in Resolution.sections() order."""
        return {key: section_ownership(self.res, key) for key in self.res.sections()}

    def items(self, key: str, owner: Ownership = Ownership.own) -> list[BaseModel]:
        return [item for item, o in section_items(self.res, key) if o is owner]

    @property
    def targets(self) -> list[Target]:
        return [t for t in self.res.targets.items if ownership(t) is Ownership.own]

    @property
    def results(self) -> list[Result]:
        return [r for r in self.res.results.items if ownership(r) is Ownership.own]

    @property
    def target_results(self) -> list[tuple[Target, TargetResult]]:
        """Results the sources tie to the resolution, reported under any of its targets."""
        return [(t, r) for t in self.res.targets.items for r in t.results if ownership(r) is Ownership.own]

    @property
    def key_points(self) -> list[BaseModel]:
        return self.items("key_points")

    @property
    def tasks(self) -> list[BaseModel]:
        return self.items("tasks")

    @property
    def good_models(self) -> list[BaseModel]:
        return self.items("good_models")

    @property
    def counts(self) -> dict[str, int]:
        """Section key -> number of the resolution's own items."""
        return {key: s.own for key, s in self.sections.items()}

    @property
    def own_total(self) -> int:
        return sum(self.counts.values())

    @property
    def status_counts(self) -> dict[SectionClass, int]:
        found = Counter(s.status for s in self.sections.values())
        return {c: found.get(c, 0) for c in SectionClass}

    @property
    def identity_only_from_plan(self) -> bool:
        return identity_only_from_plan(self.res)

    def target_counts(self) -> dict[Ownership, int]:
        found = Counter(ownership(t) for t in self.res.targets.items)
        return {o: found.get(o, 0) for o in Ownership}


def own_content(res: Resolution) -> OwnContent:
    return OwnContent(res)


def identity_only_from_plan(res: Resolution) -> bool:
    """True when number, date and title rest only on the November 2023 propaganda plan."""
    ids = set(res.identity_sources)
    kinds = {s.kind for s in res.sources if s.id in ids}
    return kinds == {SourceKind.propaganda_plan}
