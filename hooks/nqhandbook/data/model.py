"""The one schema: a resolution, its facts, targets and sources; fields; the plan.

Everything else (the JSON Schema in data/schema/, the validator, the pages) derives
from these classes. Field docs are Vietnamese because editors read them in their IDE.
"""

from __future__ import annotations

from enum import Enum
from typing import Annotated, Generic, TypeVar

from pydantic import (
    AfterValidator,
    BaseModel,
    BeforeValidator,
    ConfigDict,
    Field,
    StringConstraints,
    WithJsonSchema,
    model_validator,
)
from pydantic_core import PydanticCustomError

from ..layout import slug
from .partial_date import check_partial_date
from .safety import ascii_digits, check_finite, is_ascii_number, shown
from .text_rules import check_url, clean_text

# --- Small types -------------------------------------------------------------------

Text = Annotated[str, AfterValidator(clean_text)]
Url = Annotated[str, AfterValidator(check_url)]
Number = Annotated[float, AfterValidator(check_finite)]  # finite, within ±10^12
PartialDate = Annotated[
    str,
    BeforeValidator(check_partial_date),
    WithJsonSchema(
        {"type": ["string", "integer"], "pattern": r"^\d{4}(-\d{2}(-\d{2})?)?$",
         "description": "Ngày, có thể thiếu: 2023, 2023-09 hoặc 2023-09-30"}
    ),
]
SourceId = Annotated[
    str,
    StringConstraints(pattern=r"^[A-Z][A-Z0-9]{0,5}$"),
    Field(description="Mã nguồn trong danh sách sources của tệp, ví dụ S1, KH"),
]
CaveatId = Annotated[
    str,
    StringConstraints(pattern=r"^L[0-9]{1,3}$"),
    Field(description="Mã lưu ý trong mục caveats của tệp, ví dụ L1, L2"),
]
Slug = Annotated[str, StringConstraints(pattern=r"^[a-z0-9]+(-[a-z0-9]+)*$")]


def _check_year(value: object) -> int:
    text = ascii_digits(str(value).strip())
    if isinstance(value, bool) or not is_ascii_number(text) or len(text) != 4:
        raise PydanticCustomError(
            "year", 'phải là năm có 4 chữ số, nhận được "{value}"', {"value": shown(text, 80)}
        )
    return int(text)


Year = Annotated[
    int,
    BeforeValidator(_check_year),
    Field(ge=1990, le=2100),
    WithJsonSchema({"type": "integer", "minimum": 1990, "maximum": 2100}),
]


def _check_number(value: object) -> str:
    text = ascii_digits(str(value).strip())
    parts = text.split("-", 1)
    if len(parts) != 2 or not is_ascii_number(parts[0]) or len(parts[0]) > 4 or parts[1] != "NQ/TU":
        raise PydanticCustomError(
            "resolution_number",
            'phải có dạng "11-NQ/TU" (số, gạch ngang, NQ/TU), nhận được "{value}"',
            {"value": shown(text, 80)},
        )
    return f"{int(parts[0]):02d}-NQ/TU"


ResolutionNumber = Annotated[
    str,
    BeforeValidator(_check_number),
    WithJsonSchema({"type": "string", "pattern": r"^\d{1,4}-NQ/TU$"}),
]


class Strict(BaseModel):
    """Every data object: unknown keys are errors, values are immutable."""

    model_config = ConfigDict(extra="forbid", frozen=True)


T = TypeVar("T")


# --- Sources and provenance ----------------------------------------------------------


class SourceKind(str, Enum):
    resolution = "resolution"  # the resolution's own text
    plan = "plan"  # implementing plan or programme (KH/CTr-UBND)
    review = "review"  # official review or report
    press = "press"
    aggregator = "aggregator"  # sites that republish or summarise others
    propaganda_plan = "propaganda-plan"  # the November 2023 propaganda plan itself


class Source(Strict):
    """Một nguồn: tiêu đề, cơ quan đăng, địa chỉ, ngày (có thể chưa biết), loại."""

    id: SourceId
    title: Text
    publisher: Text
    kind: SourceKind
    url: Url | None = Field(None, description="Bắt buộc, trừ nguồn là kế hoạch tuyên truyền")
    date: PartialDate | None = Field(None, description="Ngày đăng; bỏ trống nếu nguồn không ghi")
    note: Text | None = Field(None, description="Ghi chú về ngày hoặc độ tin cậy của nguồn")

    @model_validator(mode="after")
    def _url_required(self) -> Source:
        if self.url is None and self.kind is not SourceKind.propaganda_plan:
            raise PydanticCustomError("source_url", "nguồn cần có url (địa chỉ http/https)")
        return self


class DocKind(str, Enum):
    plan = "plan"  # provincial People's Committee plan or programme
    local = "local"  # a district, town or commune body
    party = "party"  # another Party document
    national = "national"
    other = "other"


# How pages name each kind of related document (the learning budget counts these words too).
DOC_KIND_LABELS = {
    DocKind.plan: "kế hoạch, chương trình của UBND tỉnh",
    DocKind.local: "văn bản, kế hoạch của địa phương",
    DocKind.party: "văn bản khác của Đảng",
    DocKind.national: "văn bản, chương trình cấp quốc gia",
    DocKind.other: "văn bản khác",
}


class RelatedDoc(Strict):
    """Văn bản khác (kế hoạch triển khai, văn bản địa phương...) mà một số nội dung thuộc về."""

    id: Slug
    name: Text = Field(description="Tên văn bản, ví dụ: Chương trình hành động số 04/CTr-UBND")
    kind: DocKind
    date: PartialDate | None = None
    sources: list[SourceId] = Field(min_length=1)


class Owner(str, Enum):
    """Who a fact belongs to when it is not the resolution itself or a named document."""

    context = "context"  # a province-wide, district or merged-province figure not tied to it
    uncertain = "uncertain"  # the sources hedge about the owner (owner_note says why)


class Owned(Strict):
    """Ownership of a fact. No key: the resolution itself; `of`: a related document;
    `owner: context`: context only; `owner: uncertain` + `owner_note`: the sources hedge."""

    of: Slug | None = Field(None, description="Mã trong related_documents nếu không thuộc nghị quyết")
    owner: Owner | None = Field(
        None,
        description="context: số liệu/ý bối cảnh, nguồn không gắn với nghị quyết; "
                    "uncertain: nguồn chưa rõ thuộc nghị quyết hay văn bản khác (cần owner_note)",
    )
    owner_note: Text | None = Field(None, description="Bắt buộc khi owner: uncertain; vì sao chưa rõ")

    @model_validator(mode="after")
    def _owner_consistent(self) -> Owned:
        if self.owner is Owner.uncertain and not self.owner_note:
            raise PydanticCustomError(
                "owner_note", "owner: uncertain cần owner_note (ghi ngắn vì sao chưa rõ chủ thể)"
            )
        if self.owner_note and self.owner is not Owner.uncertain:
            raise PydanticCustomError(
                "owner_note", "owner_note chỉ dùng cùng owner: uncertain"
            )
        if self.owner is Owner.context and self.of is not None:
            raise PydanticCustomError(
                "owner_context_of",
                "owner: context không đi cùng of (bối cảnh không thuộc văn bản nào); bỏ một trong hai",
            )
        # __dict__ holds the fields: getattr() on a model without `linked` (Fact, Target...)
        # goes through pydantic's __getattr__ and an exception, for each of ~15,000 items at 160
        if self.__dict__.get("linked", False) and (self.owner is not None or self.of is not None):
            raise PydanticCustomError(
                "linked_owner",
                "linked: true nghĩa là số liệu thuộc chính nghị quyết; không ghi cùng owner hoặc of",
            )
        return self


class Fact(Owned):
    """Một ý có nguồn. `of`: mã văn bản liên quan nếu ý này không thuộc chính nghị quyết;
    `owner`: context (bối cảnh) hoặc uncertain (chưa rõ, kèm owner_note)."""

    text: Text
    sources: list[SourceId] = Field(min_length=1)


class Result(Fact):
    """Một kết quả đã công bố, có mốc thời gian."""

    as_of: PartialDate = Field(description="Số liệu tính đến: 2023, 2023-09 hoặc 2023-09-30")
    period: Text | None = Field(None, description="Kỳ số liệu, ví dụ: 9 tháng đầu năm 2023")
    linked: bool = Field(False, description="true nếu nguồn gắn số liệu với chính nghị quyết")
    caveats: list[CaveatId] = Field(
        [], description="Mã các lưu ý (mục caveats) nói về chính số liệu này, ví dụ [L2]")


class Practice(Fact):
    """Một mô hình hay, cách làm sáng tạo."""

    date: PartialDate | None = None


class CaveatKind(str, Enum):
    conflict = "conflict"
    uncertain = "uncertain"
    missing = "missing"


class CaveatAbout(str, Enum):
    results = "results"


class Caveat(Strict):
    """Chỗ nguồn vênh nhau, chưa chắc chắn hoặc còn thiếu. `id`: để một kết quả dẫn tới lưu
    ý này (caveats: [L1]); `about: results`: lưu ý nói về mọi số liệu ở phần kết quả."""

    id: CaveatId | None = None
    kind: CaveatKind
    text: Text
    sources: list[SourceId] = []
    about: CaveatAbout | None = Field(
        None, description="results nếu lưu ý nói về mọi số liệu ở phần kết quả thực hiện")

    @model_validator(mode="after")
    def _sourced(self) -> Caveat:
        if not self.sources and self.kind is not CaveatKind.missing:
            raise PydanticCustomError("caveat_sources", "cần ít nhất một nguồn (sources)")
        return self


class Section(Strict, Generic[T]):
    """Một mục: danh sách `items`, và/hoặc `gap` ghi rõ điều còn thiếu."""

    items: list[T] = []
    gap: Text | None = Field(None, description="Điều chưa tìm thấy nguồn; hiện thành chỗ trống")

    @model_validator(mode="after")
    def _not_silently_empty(self) -> Section:
        if not self.items and self.gap is None:
            raise PydanticCustomError(
                "section_empty", "mục trống: thêm items hoặc ghi gap (điều còn thiếu)"
            )
        return self

    @property
    def status(self) -> str:
        if not self.items:
            return "gap"
        return "partial" if self.gap else "filled"


# --- Targets --------------------------------------------------------------------------


class Comparator(str, Enum):
    exactly = "exactly"
    at_least = "at_least"  # từ ... trở lên
    more_than = "more_than"  # trên
    about = "about"  # khoảng
    estimate = "estimate"  # ước
    at_most = "at_most"  # tối đa
    less_than = "less_than"  # dưới


class Milestone(Strict):
    """Một mốc chỉ tiêu: năm (hoặc hằng năm), giá trị hoặc khoảng, cách so sánh, chữ hiển thị."""

    year: Year | None = None
    annual: bool = Field(False, description="true nếu là chỉ tiêu hằng năm (không có năm)")
    comparator: Comparator = Comparator.exactly
    value: Number | None = None
    value_max: Number | None = Field(None, description="Cận trên nếu là khoảng, ví dụ 22 - 23%")
    text: Text = Field(description="Chữ hiển thị, viết như nguồn: 22 - 23%")

    @model_validator(mode="after")
    def _consistent(self) -> Milestone:
        if (self.year is None) == (not self.annual):
            raise PydanticCustomError("milestone_year", "cần đúng một trong hai: year hoặc annual: true")
        if self.value_max is not None and (self.value is None or self.value_max < self.value):
            raise PydanticCustomError("milestone_range", "value_max cần value và phải ≥ value")
        return self


class Baseline(Strict):
    text: Text
    as_of: PartialDate
    value: Number | None = None
    sources: list[SourceId] = Field(min_length=1)


class TargetResult(Owned):
    """Kết quả đã báo cáo cho một chỉ tiêu. Không có linked: true, of hay owner: là bối cảnh."""

    text: Text
    as_of: PartialDate
    value: Number | None = Field(
        None,
        description="Chỉ ghi khi cùng đơn vị, cùng phạm vi và trọn kỳ như chỉ tiêu (không ghi cho số liệu vài tháng)",
    )
    period: Text | None = None
    linked: bool = Field(False, description="true nếu nguồn gắn số liệu với chính nghị quyết")
    sources: list[SourceId] = Field(min_length=1)


class Target(Owned):
    """Một chỉ tiêu có cấu trúc: chỉ số, đơn vị, các mốc, mốc xuất phát, kết quả."""

    id: Slug = Field(description="Mã ngắn, duy nhất trong tệp, ví dụ: khach-du-lich")
    indicator: Text
    unit: Text | None = None
    milestones: list[Milestone] = Field(min_length=1)
    baseline: Baseline | None = None
    results: list[TargetResult] = []
    note: Text | None = None
    sources: list[SourceId] = Field(min_length=1)


class TaskGroup(Owned):
    title: Text
    items: list[Fact] = Field(min_length=1)


# --- Learning material ----------------------------------------------------------------


class QuizQuestion(Strict):
    question: Text
    choices: list[Text] = Field(min_length=2, max_length=5)
    answer: int = Field(ge=1, description="Số thứ tự của phương án đúng, bắt đầu từ 1")
    explain: Text
    sources: list[SourceId] = Field(min_length=1)

    @model_validator(mode="after")
    def _answer_in_range(self) -> QuizQuestion:
        if self.answer > len(self.choices):
            raise PydanticCustomError("quiz_answer", "answer vượt quá số phương án")
        return self


class Broadcast(Strict):
    """Bài phát thanh: văn nói, không viết tắt, không bảng, không đường dẫn."""

    opening: Text
    paragraphs: list[Text] = Field(min_length=1)
    closing: Text
    sources: list[SourceId] = Field(min_length=1)


class Learning(Strict):
    why: Fact = Field(description="2-3 câu: nghị quyết là gì, vì sao quan trọng")
    local: list[Fact] = Field([], description="Ý nghĩa với xã, thôn, bản")
    key_targets: list[Slug] = Field([], max_length=3, description="Tối đa 3 mã chỉ tiêu")
    questions: list[Text] = Field(min_length=3, max_length=5)
    presenter_notes: list[Text] = []
    broadcast: Broadcast | None = None
    quiz: list[QuizQuestion] = []


# --- A resolution ----------------------------------------------------------------------


class Issuer(str, Enum):
    bch = "bch"  # Ban Chấp hành Đảng bộ tỉnh
    btv = "btv"  # Ban Thường vụ Tỉnh ủy
    unknown = "unknown"  # no source names the issuing body


class IdentityField(str, Enum):
    """Identity fields that may rest only on an unconfirmed source."""

    issued = "issued"
    title = "title"
    issuer = "issuer"


class Horizon(Strict):
    """Giai đoạn của nghị quyết; bỏ trống năm nào nguồn không nêu."""

    start: Year | None = None
    until: Year | None = None
    vision: Year | None = None


class Goals(Strict):
    overall: Section[Fact]
    specific: Section[Fact]


class Summary(Strict):
    text: Text = Field(description="Tóm tắt dễ hiểu, 2-4 câu, tự viết")
    sources: list[SourceId] = Field(min_length=1)


class Resolution(Strict):
    """Một nghị quyết chuyên đề (một tệp data/resolutions/NN-nq-tu.yml)."""

    number: ResolutionNumber = Field(description='Số hiệu, ví dụ "11-NQ/TU"')
    issued: PartialDate = Field(description="Ngày ban hành")
    issuer: Issuer = Field(
        description="bch: Ban Chấp hành Đảng bộ tỉnh; btv: Ban Thường vụ Tỉnh ủy; "
                    "unknown: chưa nguồn nào nêu cơ quan ban hành"
    )
    title: Text = Field(description="Trích yếu")
    short_title: Text
    field: Slug = Field(description="Mã lĩnh vực trong data/fields.yml")
    horizon: Horizon
    identity_sources: list[SourceId] = Field(min_length=1)
    identity_note: Text | None = None
    unconfirmed: list[IdentityField] = Field(
        [], description="Trường định danh chỉ dựa trên nguồn chưa xác nhận: issued, title, issuer"
    )
    summary: Summary
    related_documents: list[RelatedDoc] = []
    key_points: Section[Fact]
    goals: Goals
    targets: Section[Target]
    tasks: Section[TaskGroup]
    results: Section[Result]
    good_models: Section[Practice]
    difficulties: Section[Fact]
    caveats: list[Caveat] = []
    learning: Learning | None = None
    sources: list[Source] = Field(min_length=1)

    @property
    def slug(self) -> str:
        return slug(self.number)

    @property
    def issuer_name(self) -> str:
        """The issuing body's name, or an honest "not known" (never a guessed body)."""
        return ISSUER_NAMES[self.issuer]

    @property
    def issuer_known(self) -> bool:
        return self.issuer is not Issuer.unknown

    def is_unconfirmed(self, field: str) -> bool:
        return IdentityField(field) in self.unconfirmed

    @model_validator(mode="after")
    def _unconfirmed_unique(self) -> Resolution:
        if len(set(self.unconfirmed)) != len(self.unconfirmed):
            raise PydanticCustomError("unconfirmed_unique", "unconfirmed: mỗi trường chỉ ghi một lần")
        if self.issuer is Issuer.unknown and IdentityField.issuer in self.unconfirmed:
            raise PydanticCustomError(
                "unconfirmed_issuer",
                "issuer: unknown đã nói là chưa rõ; không ghi thêm issuer trong unconfirmed",
            )
        return self

    def sections(self) -> dict[str, Section]:
        """The content sections in reading order, keyed by field name."""
        return {
            "key_points": self.key_points,
            "goals.overall": self.goals.overall,
            "goals.specific": self.goals.specific,
            "targets": self.targets,
            "tasks": self.tasks,
            "results": self.results,
            "good_models": self.good_models,
            "difficulties": self.difficulties,
        }


ISSUER_NAMES = {
    Issuer.bch: "Ban Chấp hành Đảng bộ tỉnh",
    Issuer.btv: "Ban Thường vụ Tỉnh ủy",
    Issuer.unknown: "Chưa rõ cơ quan ban hành",
}


# --- Fields and the propaganda plan ----------------------------------------------------


class FieldInfo(Strict):
    id: Slug
    name: Text
    description: Text


class FieldsFile(Strict):
    fields: list[FieldInfo] = Field(min_length=1)


class PlanForm(Strict):
    id: Slug
    name: Text
    description: Text
    channels: list[Text] = []


class PlanDuty(Strict):
    body: Text
    duties: list[Text] = Field(min_length=1)


class PlanEntry(Strict):
    order: int = Field(ge=1)
    number: ResolutionNumber


class Plan(Strict):
    """Kế hoạch tuyên truyền 11/2023 của Ban Tuyên giáo Tỉnh ủy (data/plan.yml)."""

    title: Text
    issuer: Text
    issued: PartialDate
    number_note: Text
    basis: Text
    until: PartialDate
    purposes: list[Text] = Field(min_length=1)
    requirements: list[Text] = Field(min_length=1)
    content: list[Text] = Field(min_length=1)
    forms: list[PlanForm] = Field(min_length=1)
    duties: list[PlanDuty] = Field(min_length=1)
    resolutions: list[PlanEntry] = Field(min_length=1)
    sources: list[Source] = Field(min_length=1)
