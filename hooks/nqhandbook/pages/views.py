"""Reader-facing views of a resolution: numbered sources, target groups, labels.

Everything a template needs that is more than a lookup is computed here, so that the
templates stay declarative and the numbers are tested in Python.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from functools import cached_property
from typing import TYPE_CHECKING

from ..data.model import (
    DOC_KIND_LABELS,
    Caveat,
    CaveatAbout,
    CaveatKind,
    RelatedDoc,
    Resolution,
    Result,
    Source,
    SourceKind,
    Target,
)
from ..data.own import OwnContent, Ownership, identity_only_from_plan, own_content, ownership
from .wording import count_phrase, join_vi

if TYPE_CHECKING:
    from ..data.types import Dataset, Entry

SOURCE_KIND_LABELS = {
    SourceKind.resolution: "Văn bản nghị quyết",
    SourceKind.plan: "Kế hoạch, chương trình triển khai",
    SourceKind.review: "Báo cáo, sơ kết chính thức",
    SourceKind.press: "Báo chí",
    SourceKind.aggregator: "Trang tổng hợp, đăng lại",
    SourceKind.propaganda_plan: "Kế hoạch tuyên truyền 11/2023",
}
CAVEAT_LABELS = {
    CaveatKind.conflict: "Nguồn chưa thống nhất",
    CaveatKind.uncertain: "Chưa chắc chắn",
    CaveatKind.missing: "Còn thiếu",
}
SECTION_TITLES = {
    "key_points": "Nội dung cốt lõi",
    "goals.overall": "Mục tiêu tổng quát",
    "goals.specific": "Mục tiêu cụ thể",
    "targets": "Chỉ tiêu",
    "tasks": "Nhiệm vụ, giải pháp",
    "results": "Kết quả thực hiện",
    "good_models": "Mô hình hay, cách làm sáng tạo",
    "difficulties": "Khó khăn, vướng mắc",
}


@dataclass(frozen=True)
class TargetGroup:
    owner: Ownership  # own, document (see doc), uncertain or context
    doc: RelatedDoc | None  # the named document for `document` (or the possible one if uncertain)
    targets: list[Target]


@dataclass(frozen=True)
class ResolutionView:
    res: Resolution
    field_name: str
    source_number: dict[str, int]
    docs: dict[str, RelatedDoc]
    target_groups: list[TargetGroup]
    identity_only_from_plan: bool
    description: str
    own: OwnContent
    sources_by_id: dict[str, Source]
    # A source's tooltip as the page's template writes it, made once a page (a source is cited
    # about six times a page: resolution pages at 160 resolutions, -20% CPU).
    _tips: dict[str, str] = field(default_factory=dict, compare=False, repr=False)

    @staticmethod
    def owner(item) -> str:
        """'own', 'document', 'context' or 'uncertain' (see own.ownership)."""
        return ownership(item).value

    @property
    def intro_targets(self) -> str:
        """Which targets the page holds: 'own', 'mixed', 'others' or 'none'."""
        counts = self.own.target_counts()
        others = sum(n for o, n in counts.items() if o is not Ownership.own)
        if counts[Ownership.own]:
            return "mixed" if others else "own"
        return "others" if others else "none"

    @property
    def other_targets_phrase(self) -> str:
        """"3 chỉ tiêu của văn bản khác và 2 chỉ tiêu chưa rõ …" (no zero counts)."""
        counts = self.own.target_counts()
        return join_vi([
            count_phrase(counts[Ownership.document], "chỉ tiêu của văn bản khác (ghi rõ từng văn bản)"),
            count_phrase(counts[Ownership.uncertain], "chỉ tiêu chưa rõ thuộc nghị quyết hay văn bản khác"),
            count_phrase(counts[Ownership.context], "chỉ số bối cảnh"),
        ])

    def cite(self, ids: list[str]) -> list[tuple[int, str]]:
        """(number, source id) pairs in reading order, for citation links."""
        return sorted((self.source_number[i], i) for i in ids)

    def cite_sources(self, ids: list[str]) -> list[tuple[int, Source]]:
        """(number, source) pairs in reading order: a marker shows the source it stands for."""
        by_id = self.sources_by_id
        return [(number, by_id[sid]) for number, sid in self.cite(ids)]

    def cite_tips(self, ids: list[str], tip: Callable[[Source], str]) -> list[tuple[int, str]]:
        """(number, tooltip) pairs in reading order, `tip` (the template's macro) called once
        for each source of the page."""
        tips = self._tips
        for sid in ids:
            if sid not in tips:
                tips[sid] = str(tip(self.sources_by_id[sid]))
        return [(number, tips[sid]) for number, sid in self.cite(ids)]

    def source_kind(self, source: Source) -> str:
        return SOURCE_KIND_LABELS[source.kind]

    def doc_name(self, doc_id: str | None) -> str:
        return self.docs[doc_id].name if doc_id else ""

    @staticmethod
    def doc_kind(doc: RelatedDoc) -> str:
        return DOC_KIND_LABELS[doc.kind]

    @staticmethod
    def caveat_label(kind: CaveatKind) -> str:
        return CAVEAT_LABELS[kind]

    @cached_property  # asked again for every figure's marks
    def result_caveats(self) -> list[tuple[int, Caveat]]:
        """The notes shown right under the results, numbered in file order: those about every
        figure (`about: results`) and those a figure names (`caveats: [L2]`)."""
        named = {cid for result in self.res.results.items for cid in result.caveats}
        about = [c for c in self.res.caveats if c.about is CaveatAbout.results or c.id in named]
        return list(enumerate(about, start=1))

    def result_caveat_marks(self, result: Result) -> list[tuple[int, Caveat]]:
        """(number, note) of the notes one figure names, as numbered under the results."""
        return [(n, c) for n, c in self.result_caveats if c.id in result.caveats]

    @property
    def other_caveats(self) -> list[Caveat]:
        """The notes left for the page's reliability section."""
        shown = {id(c) for _, c in self.result_caveats}
        return [c for c in self.res.caveats if id(c) not in shown]


def resolution_view(entry: Entry, dataset: Dataset) -> ResolutionView:
    res = entry.resolution
    docs = {doc.id: doc for doc in res.related_documents}
    groups: dict[tuple[Ownership, str | None], list[Target]] = {}
    for target in res.targets.items:
        groups.setdefault((ownership(target), target.of), []).append(target)
    rank = [Ownership.own, Ownership.uncertain, Ownership.document, Ownership.context]
    ordered = sorted(groups.items(), key=lambda item: rank.index(item[0][0]))
    return ResolutionView(
        res=res,
        field_name=dataset.field_name(res.field),
        source_number={source.id: n for n, source in enumerate(res.sources, start=1)},
        docs=docs,
        target_groups=[TargetGroup(owner, docs.get(doc) if doc else None, items)
                       for (owner, doc), items in ordered],
        identity_only_from_plan=identity_only_from_plan(res),
        description=_description(res),
        own=own_content(res),
        sources_by_id={source.id: source for source in res.sources},
    )


def _description(res: Resolution) -> str:
    summary = " ".join(res.summary.text.replace("*", "").split())
    text = f"Nghị quyết {res.number} ({res.short_title}): {summary}"
    return text if len(text) <= 160 else text[:157].rsplit(" ", 1)[0] + "…"
