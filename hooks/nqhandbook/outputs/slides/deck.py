"""What each slide says, computed once from a resolution (issue 16, item 1).

The deck is values only; pptx_writer.py and the presentation view draw the same values.
Every sentence on a slide is the data's own text, shortened by the rules in fit.py; labels
say who owns each fact (own.py); sections without sourced content get no slide, and the
"where the gaps are" slide lists what is missing. Speaker notes hold the full texts and
the sources, numbered as on the resolution page.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from ...data.model import Resolution
from ...data.partial_date import display_date
from . import fit

MIN_SLIDES, MAX_SLIDES = 10, 16


@dataclass(frozen=True)
class Line:
    text: str  # shortened face text
    label: str = ""  # owner or date, shown before the text
    cites: tuple[int, ...] = ()  # source numbers, as on the resolution page
    full: str = ""  # the whole text, for the notes
    note: str = ""  # owner note (why the owner is uncertain)

    @property
    def face(self) -> str:
        return f"{self.label}: {self.text}" if self.label else self.text


@dataclass(frozen=True)
class Bar:
    year: str
    value: float
    text: str  # the milestone as the source writes it


@dataclass(frozen=True)
class Chart:
    title: str
    bars: tuple[Bar, ...]


@dataclass(frozen=True)
class Slide:
    key: str
    title: str
    lines: tuple[Line, ...] = ()
    chart: Chart | None = None
    extra_notes: tuple[str, ...] = ()  # notes that are not a line (e.g. items left out)
    caption: str = ""  # the owner shared by every line, said once under the title

    def cites(self) -> list[int]:
        return sorted({n for line in self.lines for n in line.cites})


@dataclass(frozen=True)
class SourceRef:
    number: int
    short: str  # for the slide face, without its number
    full: str  # for the notes: title, publisher, date, address


@dataclass(frozen=True)
class Deck:
    res: Resolution
    heading: str  # "Nghị quyết 11-NQ/TU"
    subtitle: str  # the resolution's title, capitalised, shortened
    page_url: str  # the full resolution page ("" without a site address)
    slides: tuple[Slide, ...]
    sources: tuple[SourceRef, ...] = field(default=())

    @property
    def slug(self) -> str:
        return self.res.slug

    def source(self, number: int) -> SourceRef:
        return self.sources[number - 1]

    def notes(self, slide: Slide) -> list[str]:
        """Speaker notes: the full text of every line, then its sources, numbered."""
        lines = []
        for line in slide.lines:
            marks = "".join(f"[{n}]" for n in line.cites)
            text = line.full or line.text
            lines.append(f"{line.label + ': ' if line.label else ''}{text} {marks}".strip())
        if slide.caption:
            lines.insert(0, f"Cả trang chiếu: {slide.caption}.")
            if line.note:
                lines.append(f"Vì sao chưa rõ: {line.note}")
        lines += slide.extra_notes
        if slide.cites():
            lines += ["", "Nguồn:"] + [self.source(n).full for n in slide.cites()]
        return lines


def build_deck(res: Resolution, site_url: str = "") -> Deck:
    numbers = {source.id: n for n, source in enumerate(res.sources, start=1)}
    docs = {doc.id: doc for doc in res.related_documents}
    from .make import SlideMaker  # noqa: PLC0415 (make.py imports this module's types)

    maker = SlideMaker(res, numbers, docs)
    base = site_url.rstrip("/") + "/" if site_url else ""
    slides = maker.slides()
    return Deck(
        res=res, heading=f"Nghị quyết {res.number}",
        subtitle=fit.shorten(res.title[:1].upper() + res.title[1:], fit.SUBTITLE_CHARS),
        page_url=f"{base}nghi-quyet/{res.slug}/" if base else "",
        slides=tuple(slides),
        sources=tuple(_source_ref(n, s) for n, s in enumerate(res.sources, start=1)),
    )


def _source_ref(number: int, source) -> SourceRef:
    date = display_date(source.date)
    publisher = fit.clean(source.publisher) + (f", {date}" if date else "")
    short = fit.shorten(publisher, fit.SOURCE_CHARS - 4)
    full = f"[{number}] {fit.clean(source.title)}. {publisher}"
    full += f". {source.url}" if source.url else ""
    return SourceRef(number, short, full)


