"""Editorial rules: what the schema cannot say about a resolution's text and attribution.

Each rule yields Problems with a severity: ERROR stops the build (load_dataset raises),
WARNING is listed by `make check`, as a GitHub `::warning` annotation and on the data-status
page. Messages are Vietnamese and point at the YAML line.

Rules (rule id: what it checks):
- broadcast_length:   the loudspeaker script's word count (error outside 120-400 words,
                      warning under the 250 words a full script should reach)
- broadcast_spoken:   no abbreviation or web address in the script (error); no line that
                      is mostly figures (warning)
- quiz_traceable:     every quiz source is cited by a fact of the resolution (error); 3 to 5
                      questions (warning)
- learning_budget:    the learning page fits its word budget (warning over the budget the
                      page is fitted to, error over the 600 words a session page may have)
- attribution:        ownership as the sources give it: a section holding no own item says
                      what is missing (`gap:`, warning); a key number whose owner is
                      uncertain (warning); a full-period `value` on a partial-period result
                      (error); a result tied to the resolution but dated before it (error);
                      a summary naming an issuing body when `issuer: unknown` (error);
                      a broadcast sentence stating "đến năm 2025 …" as a fact, or a quiz
                      question about the resolution backed only by other documents (warnings)
- attribution_merged: a target's result dated from 01/07/2025 (the merged province, "tỉnh
                      Lào Cai mới") with a `value`, which the pages compare with the old
                      province's target (warning: keep value only if the source gives the
                      same scope as the target)
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import TYPE_CHECKING

from pydantic import BaseModel

from .partial_date import display_date, merged_province
from .learning_fit import WORD_BUDGET, fact_words, fit, fixed_words
from .model import Issuer, Resolution
from .own import Ownership, SectionClass, own_content, ownership, section_items
from .target_status import is_partial_period
from .problems import ERROR, WARNING, Problem, field_path
from .yaml_source import locate

if TYPE_CHECKING:
    from .types import Entry
    from .yaml_source import Parsed

# Written forms a loudspeaker reader must not meet: each is read out in full.
ABBREVIATIONS = ["NQ", "TU", "BTV", "BCH", "UBND", "HĐND", "DTTS", "TP", "TX", "KT-XH", "MTTQ", "CTr",
                 "KH", "TW", "THCS", "THPT", "HTX", "DN", "CNTT", "GRDP", "PCI", "TTHC", "CSDL", "NSNN",
                 "ANTT"]
ABBREVIATION = re.compile(r"(?<!\w)(" + "|".join(re.escape(a) for a in ABBREVIATIONS) + r")(?!\w)")
# Symbols and unit abbreviations a reader would have to translate on air: one way to read
# them, in words ("phần trăm", "héc-ta", "ki-lô-mét", "ngày 5 tháng 7").
SPOKEN_SYMBOL = re.compile(r"%|(?<=\d)/(?=\d)|(?<!\w)(?:ha|km|kg|m2|m3|km2|tr\.)(?!\w)")
URL = re.compile(r"https?://|www\.|\b[\w-]+\.(?:vn|com|org|net|gov)\b", re.I)
BROADCAST_WORDS = (120, 400)  # outside: error
BROADCAST_FULL_WORDS = 250  # under: warning (a full script where the data allows)
QUIZ_QUESTIONS = (3, 5)
PAGE_WORDS = 600  # a learning page's hard limit (tests/test_learning_browser.py counts it)
ISSUER_WORDS = re.compile(r"Ban Chấp hành|Ban Thường vụ", re.I)
# "đến năm 2025" stated as a fact; fine after words that make it an aim
BY_YEAR = re.compile(r"đến năm \d{4}|tới năm \d{4}", re.I)
AIM_WORDS = re.compile(r"phấn đấu|mục tiêu|chỉ tiêu|đặt ra|hướng tới|đề ra|kế hoạch|dự kiến|nhằm", re.I)
OTHER_DOCUMENT_WORDS = re.compile(r"chương trình|kế hoạch|văn bản|đề án|ủy ban|ubnd", re.I)
SENTENCE = re.compile(r"[^.!?]+[.!?]?")
_FIGURE = re.compile(r"[\d.,%/:-]+")  # a token that is only a figure (compiled once: 60,000 tokens at 160)


def words(text: str) -> int:
    return len(text.split())


def broadcast_words(res: Resolution) -> int:
    b = res.learning.broadcast
    return sum(words(line) for line in [b.opening, *b.paragraphs, b.closing])


def fact_source_ids(res: Resolution) -> set[str]:
    """Source ids cited by the resolution's facts, outside the learning material itself.
    Walks the models' own fields (a model_dump() first cost twice the walk)."""
    found: set[str] = set()

    def walk(fields: dict[str, object], top: bool) -> None:
        for name, value in fields.items():
            if name in ("learning", "identity_sources") or (top and name == "sources"):
                continue
            if isinstance(value, BaseModel):
                walk(value.__dict__, False)
            elif isinstance(value, list):
                if name == "sources" and all(isinstance(v, str) for v in value):
                    found.update(value)
                else:
                    for item in value:
                        if isinstance(item, BaseModel):
                            walk(item.__dict__, False)

    walk(res.__dict__, True)
    return found


# --- Rules: each yields (loc, severity, message) -------------------------------------------


def broadcast_length(res: Resolution) -> Iterator[tuple[tuple, str, str]]:
    if not (res.learning and res.learning.broadcast):
        return
    count = broadcast_words(res)
    low, high = BROADCAST_WORDS
    loc = ("learning", "broadcast")
    if not low <= count <= high:
        yield loc, ERROR, f"bài phát thanh có {count} từ, cần từ {low} đến {high} từ"
    elif count < BROADCAST_FULL_WORDS:
        yield loc, WARNING, (f"bài phát thanh có {count} từ; bài đầy đủ nên từ {BROADCAST_FULL_WORDS} "
                             f"đến {high} từ nếu dữ liệu cho phép")


def broadcast_spoken(res: Resolution) -> Iterator[tuple[tuple, str, str]]:
    if not (res.learning and res.learning.broadcast):
        return
    b = res.learning.broadcast
    lines = [(("opening",), b.opening), *((("paragraphs", i), p) for i, p in enumerate(b.paragraphs)),
             (("closing",), b.closing)]
    for where, line in lines:
        loc = ("learning", "broadcast", *where)
        found = ABBREVIATION.search(line)
        if found:
            yield loc, ERROR, f'bài phát thanh có chữ viết tắt "{found.group(0)}"; hãy viết đầy đủ để đọc'
        if URL.search(line):
            yield loc, ERROR, "bài phát thanh có địa chỉ trang web; người nghe không dùng được, hãy bỏ"
        symbol = SPOKEN_SYMBOL.search(line)
        if symbol:
            yield loc, ERROR, (f'bài phát thanh có ký hiệu "{symbol.group(0)}"; hãy viết thành lời '
                               '(phần trăm, héc-ta, ngày … tháng …) để mọi bài đọc giống nhau')
        if "|" in line or "\t" in line:
            yield loc, ERROR, "bài phát thanh có ký hiệu bảng (| hoặc tab); hãy viết thành câu"
        tokens = line.split()
        numeric = [t for t in tokens if _FIGURE.fullmatch(t)]
        if tokens and len(numeric) * 2 >= len(tokens):
            yield loc, WARNING, "đoạn này chủ yếu là con số; hãy viết thành câu dễ nghe"


def quiz_traceable(res: Resolution) -> Iterator[tuple[tuple, str, str]]:
    if not (res.learning and res.learning.quiz):
        return
    declared = {s.id for s in res.sources}
    cited = fact_source_ids(res)
    quiz = res.learning.quiz
    low, high = QUIZ_QUESTIONS
    if not low <= len(quiz) <= high:
        yield ("learning", "quiz"), WARNING, (f"có {len(quiz)} câu hỏi tự kiểm tra; nên có từ {low} "
                                             f"đến {high} câu")
    for n, question in enumerate(quiz):
        for i, source in enumerate(question.sources):
            if source in declared and source not in cited:
                yield (("learning", "quiz", n, "sources", i), ERROR,
                       f'đáp án dẫn nguồn "{source}" nhưng không ý nào của nghị quyết dẫn nguồn này; '
                       "câu hỏi phải dựa trên ý đã có nguồn trên trang")


def learning_budget(res: Resolution) -> Iterator[tuple[tuple, str, str]]:
    learning = res.learning
    if learning is None:
        return
    targets = {t.id: t for t in res.targets.items}
    key = [targets[i] for i in learning.key_targets if i in targets]
    questions = learning.questions[:3]
    shown, points = fit(res, key, questions)
    used = fixed_words(res, shown, questions) + sum(fact_words(p, res) for p in points)
    if used > PAGE_WORDS:
        yield ("learning",), ERROR, (f"trang học tập ước khoảng {used} từ, quá {PAGE_WORDS} từ; "
                                     "hãy rút gọn why, local hoặc câu hỏi")
    elif used > WORD_BUDGET:
        yield ("learning",), WARNING, (f"trang học tập ước khoảng {used} từ, quá {WORD_BUDGET} từ "
                                       "dự kiến; nên rút gọn why, local hoặc câu hỏi")


_CLASS_WORDS = {
    SectionClass.documents: "chỉ có nội dung của văn bản khác",
    SectionClass.context: "chỉ có số liệu, nội dung bối cảnh",
    SectionClass.uncertain: "chỉ có nội dung chưa rõ chủ thể",
}


def attribution(res: Resolution) -> Iterator[tuple[tuple, str, str]]:
    own = own_content(res)
    for key, section in own.sections.items():
        words_ = _CLASS_WORDS.get(section.status)
        if words_ and not section.section.gap:
            yield (*key.split("."), "gap"), WARNING, (
                f"mục {words_}, không có ý nào của chính nghị quyết; thêm gap: ghi điều còn thiếu "
                '("Chưa tìm thấy nguồn công khai về …")')
    if res.learning:
        targets = {t.id: t for t in res.targets.items}
        for i, target_id in enumerate(res.learning.key_targets):
            target = targets.get(target_id)
            if target is not None and ownership(target) is Ownership.uncertain:
                yield ("learning", "key_targets", i), WARNING, (
                    f'chỉ tiêu "{target_id}" chưa rõ thuộc nghị quyết hay văn bản khác; '
                    "trang học tập sẽ ghi rõ điều này, cân nhắc chọn chỉ tiêu khác")
    for ti, target in enumerate(res.targets.items):
        for ri, result in enumerate(target.results):
            loc = ("targets", "items", ti, "results", ri)
            if result.value is not None and is_partial_period(result.period):
                yield (*loc, "value"), ERROR, (
                    f'kết quả "{result.period}" chỉ là số liệu vài tháng; bỏ value (chỉ ghi value cho '
                    "số liệu trọn kỳ, cùng đơn vị và phạm vi với chỉ tiêu)")
            if ownership(result) is Ownership.own and result.as_of < res.issued:
                yield (*loc, "linked"), ERROR, (
                    f"kết quả tính đến {result.as_of}, trước ngày ban hành {res.issued}; "
                    "không thể là kết quả của nghị quyết (bỏ linked: true)")
    for ri, result in enumerate(res.results.items):
        if ownership(result) is Ownership.own and result.as_of < res.issued:
            yield ("results", "items", ri, "linked"), ERROR, (
                f"kết quả tính đến {result.as_of}, trước ngày ban hành {res.issued}; "
                "không thể là kết quả của nghị quyết (bỏ linked: true)")
    if res.issuer is Issuer.unknown and ISSUER_WORDS.search(res.summary.text):
        yield ("summary", "text"), ERROR, (
            "issuer: unknown (chưa rõ cơ quan ban hành) nhưng tóm tắt lại nêu tên cơ quan; "
            "bỏ tên cơ quan khỏi tóm tắt")


def spoken_claims(res: Resolution) -> Iterator[tuple[tuple, str, str]]:
    """Warnings: a broadcast sentence that states a dated target as a fact; a quiz question
    about the resolution whose sources back only other documents' content or context."""
    if res.learning and res.learning.broadcast:
        b = res.learning.broadcast
        lines = [(("opening",), b.opening), *((("paragraphs", i), p) for i, p in enumerate(b.paragraphs)),
                 (("closing",), b.closing)]
        for where, line in lines:
            for sentence in SENTENCE.findall(line):
                found = BY_YEAR.search(sentence)
                if found and not AIM_WORDS.search(sentence[:found.start()]):
                    said = found.group(0).lower()
                    yield ("learning", "broadcast", *where), WARNING, (
                        f'câu "{said} …" nghe như điều đã đạt; nếu là chỉ tiêu, hãy viết '
                        f'"phấn đấu {said} …"')
                    break
    if res.learning and res.learning.quiz:
        owners: dict[str, set[Ownership]] = {}
        for source in [*res.identity_sources, *res.summary.sources]:  # who issued it, what it is
            owners.setdefault(source, set()).add(Ownership.own)
        for key in res.sections():
            for item, owner in section_items(res, key):
                for source in getattr(item, "sources", []):
                    owners.setdefault(source, set()).add(owner)
        for n, question in enumerate(res.learning.quiz):
            backing = set().union(*(owners.get(s, set()) for s in question.sources))
            asks = question.question.lower()
            if "nghị quyết" in asks and not OTHER_DOCUMENT_WORDS.search(asks) and backing and not backing & {
                    Ownership.own, Ownership.uncertain}:
                yield ("learning", "quiz", n, "question"), WARNING, (
                    "câu hỏi nói về nghị quyết nhưng nguồn của nó chỉ dẫn cho nội dung văn bản khác "
                    "hoặc bối cảnh; hỏi đúng chủ thể (ví dụ: kế hoạch triển khai)")


def merged_province_values(res: Resolution) -> Iterator[tuple[tuple, str, str]]:
    for ti, target in enumerate(res.targets.items):
        for ri, result in enumerate(target.results):
            if result.value is not None and merged_province(result.as_of):
                yield (("targets", "items", ti, "results", ri, "value"), WARNING, (
                    f"số liệu tính đến {display_date(result.as_of)} là của tỉnh Lào Cai mới (sau hợp nhất "
                    "01/07/2025), còn chỉ tiêu đặt cho tỉnh cũ; trang sẽ so value này với chỉ tiêu. Chỉ giữ "
                    "value nếu nguồn nói rõ số liệu cùng phạm vi với chỉ tiêu, nếu không hãy bỏ value "
                    "(CONTRIBUTING.md, mục 7)"))


RULES = {
    "broadcast_length": broadcast_length,
    "broadcast_spoken": broadcast_spoken,
    "quiz_traceable": quiz_traceable,
    "learning_budget": learning_budget,
    "attribution": attribution,
    "attribution_spoken": spoken_claims,
    "attribution_merged": merged_province_values,
}


def editorial_problems(entry: Entry, parsed: Parsed | None) -> list[Problem]:
    """Every editorial problem of one resolution file, errors and warnings (`parsed`: the
    file's YAML with positions, for the lines)."""
    found = []
    for rule in RULES.values():
        for loc, severity, message in rule(entry.resolution):
            line, col = locate(parsed.node if parsed else None, loc)
            found.append(Problem(entry.path, line, col, field_path(loc), message, severity))
    return found
