"""Slides (issue 16): the deck model says only what the data says, with its owner; it fits
its boxes by construction; the PowerPoint file holds exactly the deck, with the sources of
every number in the notes, and is reproducible. (LibreOffice: test_slides_office.py.)"""

from __future__ import annotations

import io
import re
import zipfile
from types import SimpleNamespace

import pytest
from pptx import Presentation

from nqhandbook.data.load import load_dataset
from nqhandbook.data.model import Fact, Result, Target
from nqhandbook.outputs.slides import fit
from nqhandbook.outputs.slides.deck import MAX_SLIDES, MIN_SLIDES, build_deck
from nqhandbook.outputs.slides.make import CONTEXT_LABEL, UNCERTAIN_LABEL
from nqhandbook.outputs.slides.own import other_doc_targets, own_results, own_targets, owner
from nqhandbook.outputs.slides.pptx_writer import write_pptx

SITE = "https://example.org/so-tay/"


@pytest.fixture(scope="module")
def dataset(root):
    return load_dataset(root)


@pytest.fixture(scope="module")
def decks(dataset):
    return {e.resolution.number: build_deck(e.resolution, SITE) for e in dataset.entries}


def _data_texts(res) -> list[str]:
    """Every text of the data file, cleaned as the slides clean it."""
    texts = []

    def walk(value):
        if isinstance(value, str):
            texts.append(fit.clean(value))
        elif isinstance(value, dict):
            for item in value.values():
                walk(item)
        elif isinstance(value, (list, tuple)):
            for item in value:
                walk(item)

    walk(res.model_dump(mode="json"))
    return texts


def test_every_deck_has_10_to_16_slides_title_first_closing_last(decks):
    assert len(decks) == 16
    for number, deck in decks.items():
        keys = [s.key for s in deck.slides]
        assert MIN_SLIDES <= len(keys) <= MAX_SLIDES, (number, keys)
        assert keys[0] == "title" and keys[-2:] == ["sources", "closing"] and "gaps" in keys, number
        assert len(keys) == len(set(keys)), number


def test_every_line_is_the_datas_own_text_or_its_shortening(decks, dataset):
    """No invented sentence: each bullet is a data text, a sentence run of one, or a cut of
    one ending in an ellipsis; the only other lines are the few the deck itself states."""
    fixed = re.compile(r"^(Ngày ban hành|Cơ quan ban hành|Nhiệm kỳ|Số liệu và chỉ tiêu|Các chỉ tiêu đã có"
                       r"|Chưa có kết quả nào|Mọi mục đều có|\d{4}: |Theo |Số liệu chung|Chưa rõ|Bối cảnh chung)")
    for entry in dataset.entries:
        res, deck = entry.resolution, decks[entry.resolution.number]
        texts = _data_texts(res)
        for slide in deck.slides:
            for line in slide.lines:
                text = line.text
                if slide.key in ("targets", "other-targets", "chart", "title") or fixed.match(text):
                    continue
                stem = text[:-1] if text.endswith(fit.ELLIPSIS) else text
                assert any(stem in t for t in texts), (res.number, slide.key, text)


def test_target_lines_quote_the_milestones(decks, dataset):
    for entry in dataset.entries:
        res, deck = entry.resolution, decks[entry.resolution.number]
        targets = {s.key: s for s in deck.slides}
        if own_targets(res):
            face = " ".join(line.full or line.text for line in targets["targets"].lines)
            for target in own_targets(res):
                if target.indicator in face:
                    assert all(m.text in face for m in target.milestones), (res.number, target.id)
        else:
            assert "targets" not in targets and "chart" not in targets, res.number


def test_other_documents_targets_are_labelled_and_never_on_the_own_slide(decks, dataset):
    for entry in dataset.entries:
        res, deck = entry.resolution, decks[entry.resolution.number]
        slides = {s.key: s for s in deck.slides}
        own_face = " ".join(line.full or line.text for line in slides["targets"].lines) if "targets" in slides else ""
        for target in other_doc_targets(res):
            assert f"{target.indicator}:" not in own_face, (res.number, target.id)
            shown = [line for line in slides["other-targets"].lines if target.indicator in (line.full or line.text)]
            for line in shown:
                assert line.label.startswith(("Theo ", CONTEXT_LABEL, UNCERTAIN_LABEL)), line


def test_uncertain_targets_are_never_called_another_documents():
    """An uncertain owner is not "not the resolution's": the slide title says "chưa rõ"."""
    from nqhandbook.outputs.slides.make import OTHER_OR_UNCERTAIN_TARGETS, SlideMaker

    target = Target.model_validate({"id": "t", "indicator": "Tỷ lệ", "unit": "%", "owner": "uncertain",
                                    "owner_note": "nguồn chưa rõ", "sources": ["S1"],
                                    "milestones": [{"year": 2025, "text": "80%", "value": 80}]})
    res = SimpleNamespace(targets=SimpleNamespace(items=[target]), learning=None)
    slides = SlideMaker(res, {"S1": 1}, {}).targets()
    assert [s.key for s in slides] == ["other-targets"]
    assert slides[0].title == OTHER_OR_UNCERTAIN_TARGETS
    assert slides[0].lines[0].label == UNCERTAIN_LABEL and slides[0].lines[0].note == "nguồn chưa rõ"


def test_items_of_another_document_carry_its_name(decks, dataset):
    checked = 0
    for entry in dataset.entries:
        res, deck = entry.resolution, decks[entry.resolution.number]
        docs = {d.id: d.name for d in res.related_documents}
        points = {s.key: s for s in deck.slides}.get("points")
        for item, line in zip(res.key_points.items, points.lines if points else (), strict=False):
            if owner(item) == "doc":
                assert line.label.startswith("Theo ") and line.label[5:] in docs[item.of], line
                checked += 1
    assert checked  # 11-NQ/TU has one (Kế hoạch 368)


def test_text_fits_its_budget(decks):
    for number, deck in decks.items():
        for slide in deck.slides:
            assert len(slide.title) <= fit.TITLE_CHARS, (number, slide.title)
            used = sum(fit.lines_needed(line.face) for line in slide.lines)
            assert used <= fit.BODY_LINES, (number, slide.key, used)
            for line in slide.lines:
                assert len(line.face) <= fit.ITEM_CHARS + 2, (number, line.face)


def test_notes_list_the_sources_of_every_number_on_a_slide(decks):
    for number, deck in decks.items():
        for slide in deck.slides:
            notes = "\n".join(deck.notes(slide))
            for line in slide.lines:
                if re.search(r"\d", line.face) and line.cites:
                    for n in line.cites:
                        assert f"\n[{n}] " in notes, (number, slide.key, line.face, n)


def test_shorten_keeps_sentences_or_cuts_at_a_word_never_after_a_number():
    text = "Câu một ngắn. Câu hai dài hơn nhiều so với giới hạn cho phép của hộp chữ."
    assert fit.shorten(text, 30) == "Câu một ngắn."
    cut = fit.shorten("Tỉnh đón gần 6,1 triệu lượt khách và tổng thu khoảng 18.563 tỷ đồng", 55)
    assert cut.endswith(fit.ELLIPSIS) and len(cut) <= 55
    assert not re.search(r"\d…$", cut)
    assert fit.shorten("ngắn", 10) == "ngắn"
    assert fit.shorten("Có 9 đơn vị; 944 nghìn tấn axit; 260 nghìn tấn axit khác nữa", 35) == "Có 9 đơn vị; 944 nghìn tấn axit…"


def test_owner_rules_follow_the_honest_schema():
    """The slides ask nqhandbook.data.own; these are its answers in the slides' words."""
    def fact(**keys):
        return Fact.model_validate({"text": "Ý", "sources": ["S1"], **keys})

    def result(**keys):
        return Result.model_validate({"text": "Kết quả", "sources": ["S1"], "as_of": "2024", **keys})

    own, doc = fact(), fact(of="kh-1")
    context, uncertain = fact(owner="context"), fact(of="kh-1", owner="uncertain", owner_note="nguồn chưa rõ")
    assert [owner(x) for x in (own, doc, context, uncertain)] == ["own", "doc", "context", "uncertain"]
    assert owner(result(), result=True) == "context"
    assert owner(result(linked=True), result=True) == "own"


def test_pptx_holds_the_deck_16_9_arial_notes_and_is_reproducible(dataset, decks):
    entry = next(e for e in dataset.entries if e.resolution.number == "11-NQ/TU")
    deck = decks["11-NQ/TU"]
    data = write_pptx(deck)
    assert data == write_pptx(build_deck(entry.resolution, SITE))  # byte for byte
    prs = Presentation(io.BytesIO(data))
    assert abs(prs.slide_width / prs.slide_height - 16 / 9) < 0.001
    assert len(prs.slides) == len(deck.slides)
    for page, slide in zip(prs.slides, deck.slides, strict=False):
        text = "\n".join(shape.text_frame.text for shape in page.shapes if shape.has_text_frame)
        for line in slide.lines:
            assert line.text in text, (slide.key, line.text)
        assert page.shapes.title.text_frame.text in (slide.title, deck.heading)
        notes = page.notes_slide.notes_text_frame.text
        for n in slide.cites():
            assert deck.source(n).full in notes
        fonts = {run.font.name for shape in page.shapes if shape.has_text_frame
                 for para in shape.text_frame.paragraphs for run in para.runs}
        assert fonts == {"Arial"}, fonts
    charts = [shape for page in prs.slides for shape in page.shapes if shape.has_chart]
    assert len(charts) == 1  # 11-NQ/TU: the visitors' milestones
    with zipfile.ZipFile(io.BytesIO(data)) as z:
        assert {info.date_time for info in z.infolist()} == {(2020, 1, 1, 0, 0, 0)}


def test_a_deck_without_own_targets_says_so_in_the_gaps(decks, dataset):
    for entry in dataset.entries:
        res, deck = entry.resolution, decks[entry.resolution.number]
        gaps = " ".join(line.text for line in {s.key: s for s in deck.slides}["gaps"].lines)
        if res.targets.items and not own_targets(res):
            assert "chưa có chỉ tiêu của chính Nghị quyết" in gaps, res.number
        if res.results.items and not own_results(res):
            assert "Chưa có kết quả nào được nguồn gắn trực tiếp" in gaps, res.number
