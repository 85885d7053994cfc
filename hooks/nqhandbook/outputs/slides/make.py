"""The slides of one resolution, in talk order: which sections get a slide, what each
line says (the data's text shortened by fit.py), who owns it (own.py), and what goes to
the notes. Sections without sourced content get no slide; the gaps slide says what is
missing. Used by deck.build_deck.
"""

from __future__ import annotations

from ...data.model import Resolution
from ...data.partial_date import display_date, merged_province
from . import fit
from .deck import MAX_SLIDES, Bar, Chart, Line, Slide
from .own import (CONTEXT, DOC, OWN, UNCERTAIN, UNCONFIRMED, issuer_label, other_doc_targets, owner,
                  owner_note, own_targets, unconfirmed)

TERM = "Nhiệm kỳ 2020 - 2025"
MERGER_NOTE = ("Chỉ tiêu đặt cho tỉnh Lào Cai trước khi hợp nhất với tỉnh Yên Bái (01/07/2025); "
               "số liệu từ ngày đó là của tỉnh Lào Cai mới.")
FRAME_NOTE = ("Nhiệm kỳ 2020 - 2025 và ngày hợp nhất tỉnh 01/07/2025 là khung chung của Sổ tay (trang chủ), "
              "không phải nội dung của Nghị quyết; ngày, cơ quan ban hành và giai đoạn theo các nguồn ghi bên dưới.")
OTHER_TARGETS = "Chỉ tiêu của văn bản khác, không phải Nghị quyết"
OTHER_OR_UNCERTAIN_TARGETS = "Chỉ tiêu khác: của văn bản khác hoặc chưa rõ"
CONTEXT_LABEL = "Bối cảnh chung, chưa gắn với Nghị quyết"
UNCERTAIN_LABEL = "Chưa rõ của văn bản nào"
# Optional slides, dropped in this order when a deck would pass MAX_SLIDES.
DROP_ORDER = ("tasks-2", "goals", "difficulties", "models")


def doc_short_name(name: str) -> str:
    """"Kế hoạch số 368/KH-UBND năm 2021 của UBND tỉnh ..." -> "Kế hoạch số 368/KH-UBND":
    the name up to its first date or issuer words."""
    cut = len(name)
    for marker in (" năm ", " ngày ", " của ", " về ", " thực hiện ", " triển khai "):
        at = name.find(marker)
        if 0 < at < cut:
            cut = at
    return name[:cut]


class SlideMaker:
    """Makes the slides of one resolution, in talk order."""

    def __init__(self, res: Resolution, numbers: dict[str, int], docs: dict):
        self.res, self.numbers, self.docs = res, numbers, docs

    def cites(self, ids) -> tuple[int, ...]:
        return tuple(sorted(map(self.numbers.__getitem__, ids)))

    def label(self, item, result: bool = False) -> str:
        who = owner(item, result=result)
        if who == DOC:
            doc = self.docs[item.of]
            return f"Theo {doc_short_name(doc.name)}"
        if who == CONTEXT:
            return CONTEXT_LABEL
        if who == UNCERTAIN:
            return UNCERTAIN_LABEL
        return ""

    def line(self, text: str, ids, label: str = "", limit: int = fit.ITEM_CHARS, note: str = "") -> Line:
        room = max(20, limit - (len(label) + 2 if label else 0))
        full = fit.clean(text)
        face = fit.shorten_clean(full, room)
        return Line(face, label, self.cites(ids), full if face != full else "", note)

    def shared_label(self, items, result: bool = False) -> str:
        labels = {self.label(item, result) for item in items}
        return labels.pop() if len(labels) == 1 else ""

    def fact(self, item, result: bool = False, date: str = "", shared: str = "") -> Line:
        label = "" if shared else self.label(item, result)
        if date:
            label = f"{date}, {label[:1].lower() + label[1:]}" if label else date
        return self.line(item.text, item.sources, label, note=owner_note(item))

    # --- slides ---------------------------------------------------------------------

    def slides(self) -> list[Slide]:
        res = self.res
        slides = [self.title(), self.why()]
        slides += _optional(self.listing("points", "Nội dung cốt lõi", res.key_points.items))
        slides += _optional(self.listing("goals", "Mục tiêu tổng quát", res.goals.overall.items))
        slides += self.targets()
        slides += self.tasks()
        slides += _optional(self.results())
        slides += _optional(self.listing("models", "Mô hình hay, cách làm sáng tạo", res.good_models.items,
                                         dated=True))
        slides += _optional(self.listing("difficulties", "Khó khăn, vướng mắc", res.difficulties.items))
        slides += _optional(self.local())
        slides += _optional(self.questions())
        slides += [self.gaps(), self.sources_slide(), Slide("closing", "Xem trang đầy đủ, có nguồn của từng ý")]
        for key in DROP_ORDER:
            if len(slides) <= MAX_SLIDES:
                break
            slides = [s for s in slides if s.key != key]
        return slides[:MAX_SLIDES - 3] + slides[-3:] if len(slides) > MAX_SLIDES else slides

    def title(self) -> Slide:
        res, doubt = self.res, unconfirmed(self.res)
        issued = display_date(res.issued) + (f" ({UNCONFIRMED})" if "issued" in doubt else "")
        horizon = res.horizon
        period = ", ".join(p for p in (
            f"đến năm {horizon.until}" if horizon.until else "",
            f"tầm nhìn đến năm {horizon.vision}" if horizon.vision else "") if p)
        ids = res.identity_sources
        lines = [Line(f"Ngày ban hành: {issued}", cites=self.cites(ids)),
                 Line(f"Cơ quan ban hành: {issuer_label(res)}", cites=self.cites(ids)),
                 Line(TERM + (f"; giai đoạn {period}" if period else "")),
                 Line(MERGER_NOTE)]
        notes = tuple(fit.clean(n) for n in (res.learning.presenter_notes if res.learning else []))
        if res.identity_note:
            notes = (fit.clean(res.identity_note), *notes)
        notes = (FRAME_NOTE, *notes)
        return Slide("title", f"Nghị quyết {res.number}", tuple(lines), extra_notes=notes)

    def why(self) -> Slide:
        res = self.res
        source = res.learning.why if res.learning else res.summary
        lines = self.fill([self.line(s, source.sources) for s in fit.sentences(source.text)])
        return Slide("why", "Vì sao Nghị quyết quan trọng", lines[0], extra_notes=lines[1])

    def fill(self, lines: list[Line], line_chars: int = fit.BODY_LINE_CHARS,
             budget: int = fit.BODY_LINES) -> tuple[tuple[Line, ...], tuple[str, ...]]:
        """The lines that fit the body box, and a note on what was left for the page."""
        shown, used = [], 0
        for line in lines:
            need = fit.lines_needed(line.face, line_chars) + (1 if shown else 0) // 2
            if used + need > budget:
                break
            shown.append(line)
            used += need
        left = lines[len(shown):]
        notes = ()
        if left:
            notes = (f"Còn {len(left)} ý nữa không hiện trên trang chiếu (xem trang đầy đủ):",
                     *(f"{line.face} {''.join(f'[{n}]' for n in line.cites)}" for line in left))
        return tuple(shown), notes

    def listing(self, key: str, title: str, items, dated: bool = False) -> Slide | None:
        if not items:
            return None
        shared = self.shared_label(items)
        lines = [self.fact(item, date=display_date(getattr(item, "date", None)) if dated else "", shared=shared)
                 for item in items]
        shown, notes = self.fill(lines, budget=fit.BODY_LINES - (1 if shared else 0))
        return Slide(key, title, shown, extra_notes=notes, caption=shared)

    def targets(self) -> list[Slide]:
        res, slides = self.res, []
        own = own_targets(res)
        if own:
            lines = [self.target_line(t) for t in own]
            shown, notes = self.fill(lines)
            slides.append(Slide("targets", "Chỉ tiêu của chính Nghị quyết", shown, extra_notes=notes))
            chart = self.chart(own)
            if chart:
                slides.append(chart)
        others = other_doc_targets(res)
        if others:
            lines = [self.target_line(t, labelled=True) for t in others]
            shown, notes = self.fill(lines)
            all_docs = all(owner(t) == DOC for t in others)
            title = OTHER_TARGETS if all_docs else OTHER_OR_UNCERTAIN_TARGETS
            slides.append(Slide("other-targets", title, shown, extra_notes=notes))
        return slides

    def target_line(self, target, labelled: bool = False) -> Line:
        unit = target.unit or ""
        texts = " ".join(m.text for m in target.milestones) + " " + target.indicator
        show_unit = unit and unit.casefold() not in texts.casefold()
        head = target.indicator + (f" ({unit})" if show_unit else "")
        steps = "; ".join(f"{m.year}: {m.text}" if m.year else f"hằng năm: {m.text}" for m in target.milestones)
        label = self.label(target) if labelled else ""
        return self.line(f"{head}: {steps}", target.sources, label, note=owner_note(target))

    def chart(self, targets) -> Slide | None:
        """A bar chart of the first own target (key targets first) with at least two
        numbered milestone years."""
        order = list(self.res.learning.key_targets) if self.res.learning else []
        ranked = sorted(targets, key=lambda t: order.index(t.id) if t.id in order else len(order))
        for target in ranked:
            bars = tuple(Bar(str(m.year), m.value, m.text) for m in target.milestones
                         if m.year and m.value is not None)
            if len(bars) >= 2:
                title = fit.shorten(target.indicator, fit.TITLE_CHARS)
                lines = tuple(self.line(f"{b.year}: {b.text}", target.sources, limit=fit.HALF_LINE_CHARS * 2)
                              for b in bars)
                notes = ("Cột là giá trị chỉ tiêu (cận dưới nếu chỉ tiêu là một khoảng), không phải kết quả.",)
                return Slide("chart", title, lines, Chart(title, bars), extra_notes=notes)
        return None

    def tasks(self) -> list[Slide]:
        slides = []
        for n, group in enumerate(self.res.tasks.items[:2], start=1):
            label = self.label(group)
            title = fit.shorten(group.title, fit.TITLE_CHARS)
            lines = [self.line(item.text, item.sources, self.label(item) if owner(item) != owner(group) else "")
                     for item in group.items]
            if label:
                lines.insert(0, Line(label, note=owner_note(group)))
            shown, notes = self.fill(lines)
            notes = ((f"Tên nhóm đầy đủ: {fit.clean(group.title)}",) if title != fit.clean(group.title) else ()) + notes
            slides.append(Slide(f"tasks-{n}", title, shown, extra_notes=notes))
        left = self.res.tasks.items[2:]
        if left and slides:
            last = slides[-1]
            extra = last.extra_notes + (f"Còn {len(left)} nhóm nhiệm vụ nữa trên trang đầy đủ: "
                                        + "; ".join(fit.clean(g.title) for g in left),)
            slides[-1] = Slide(last.key, last.title, last.lines, last.chart, extra)
        return slides

    def results(self) -> Slide | None:
        items = self.res.results.items
        if not items:
            return None
        lines, shared = [], self.shared_label(items, result=True)
        for item in sorted(items, key=lambda r: r.as_of, reverse=True):
            date = display_date(item.as_of)
            if item.period and item.period.casefold() not in item.text.casefold():
                date += f" ({item.period})"
            if merged_province(item.as_of):
                date += ", tỉnh Lào Cai mới"
            lines.append(self.fact(item, result=True, date=date, shared=shared))
        shown, notes = self.fill(lines, budget=fit.BODY_LINES - (1 if shared else 0))
        return Slide("results", "Kết quả đã công bố (mới nhất trước)", shown, extra_notes=notes,
                     caption=shared)

    def local(self) -> Slide | None:
        items = self.res.learning.local if self.res.learning else []
        return self.listing("local", "Với xã, thôn, bản của chúng ta", items) if items else None

    def questions(self) -> Slide | None:
        questions = self.res.learning.questions if self.res.learning else []
        if not questions:
            return None
        shown, notes = self.fill([self.line(q, []) for q in questions])
        return Slide("questions", "Câu hỏi thảo luận", shown, extra_notes=notes)

    def gaps(self) -> Slide:
        res, lines = self.res, []
        # What the owners say first: the section gaps may not all fit the slide.
        if res.targets.items and not own_targets(res):
            lines.append(Line("Các chỉ tiêu đã có là của văn bản khác, chưa có chỉ tiêu của chính Nghị quyết."))
        if res.results.items and not any(owner(r, result=True) == OWN for r in res.results.items):
            lines.append(Line("Chưa có kết quả nào được nguồn gắn trực tiếp với Nghị quyết."))
        for section in res.sections().values():
            if section.gap:
                lines.append(self.line(section.gap, []))
        if not lines:
            lines.append(Line("Mọi mục đều có nội dung có nguồn; xem mức độ tin cậy trên trang đầy đủ."))
        shown, notes = self.fill(lines)
        return Slide("gaps", "Những điều chưa tìm thấy nguồn", shown, extra_notes=notes)

    def sources_slide(self) -> Slide:
        return Slide("sources", "Nguồn (đánh số như trên trang Nghị quyết)")


def _optional(slide: Slide | None) -> list[Slide]:
    return [slide] if slide else []
