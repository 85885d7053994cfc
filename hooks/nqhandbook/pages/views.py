"""Reader-facing views of a resolution: numbered sources, target groups, labels.

Everything a template needs that is more than a lookup is computed here, so that the
templates stay declarative and the numbers are tested in Python.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from ..data.model import CaveatKind, Comparator, DocKind, RelatedDoc, Resolution, Source, SourceKind, Target

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
COMPARATOR_LABELS = {
    Comparator.exactly: "",
    Comparator.at_least: "từ … trở lên",
    Comparator.more_than: "trên",
    Comparator.about: "khoảng",
    Comparator.estimate: "ước",
    Comparator.at_most: "tối đa",
    Comparator.less_than: "dưới",
}
DOC_KIND_LABELS = {
    DocKind.plan: "kế hoạch, chương trình của UBND tỉnh",
    DocKind.local: "văn bản, kế hoạch của địa phương",
    DocKind.party: "văn bản khác của Đảng",
    DocKind.national: "văn bản, chương trình cấp quốc gia",
    DocKind.other: "văn bản khác",
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
    doc: RelatedDoc | None  # None: the resolution's own targets
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

    def cite(self, ids: list[str]) -> list[tuple[int, str]]:
        """(number, source id) pairs in reading order, for citation links."""
        return sorted((self.source_number[i], i) for i in ids)

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

    @staticmethod
    def comparator(c: Comparator) -> str:
        return COMPARATOR_LABELS[c]

    @staticmethod
    def section_title(key: str) -> str:
        return SECTION_TITLES[key]


def resolution_view(entry: Entry, dataset: Dataset) -> ResolutionView:
    res = entry.resolution
    docs = {doc.id: doc for doc in res.related_documents}
    groups: dict[str | None, list[Target]] = {}
    for target in res.targets.items:
        groups.setdefault(target.of, []).append(target)
    ordered = sorted(groups.items(), key=lambda item: item[0] is not None)
    identity_kinds = {s.kind for s in res.sources if s.id in res.identity_sources}
    return ResolutionView(
        res=res,
        field_name=dataset.field_name(res.field),
        source_number={source.id: n for n, source in enumerate(res.sources, start=1)},
        docs=docs,
        target_groups=[TargetGroup(docs.get(key) if key else None, items) for key, items in ordered],
        identity_only_from_plan=identity_kinds == {SourceKind.propaganda_plan},
        description=_description(res),
    )


def _description(res: Resolution) -> str:
    summary = " ".join(res.summary.text.replace("*", "").split())
    text = f"Nghị quyết {res.number} ({res.short_title}): {summary}"
    return text if len(text) <= 160 else text[:157].rsplit(" ", 1)[0] + "…"
