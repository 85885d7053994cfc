"""Free text checks (data/safety.py): an invisible character or stacked marks are found at
their first position, in any text, as the editor's message says."""

from __future__ import annotations

import pytest
from pydantic_core import PydanticCustomError

from nqhandbook.data.safety import check_text, first_invisible, url_problem


@pytest.mark.parametrize(("text", "found"), [
    ("Phát triển du lịch", None),
    ("dòng một\n\tdòng hai", None),  # newline and tab are allowed in text
    ("giá\u00a0trị", None),  # a no-break space is visible space
    ("ab\u200bcd\u202e", (2, "\u200b")),  # the first of two, not the last
    ("x" * 300 + "\u3164", (300, "\u3164")),  # a Hangul filler: blank but not a space
    ("\x1b[2J", (0, "\x1b")),
])
def test_first_invisible_is_the_first_in_reading_order(text, found):
    assert first_invisible(text) == found


def test_allowed_characters_can_be_widened():
    assert first_invisible("a\u200bb", allowed={"\u200b"}) is None


def error(text: str) -> PydanticCustomError:
    with pytest.raises(PydanticCustomError) as caught:
        check_text(text)
    return caught.value


def test_invisible_character_is_named_with_its_position():
    err = error("Nghị quyết\u200d số 11")
    assert err.type == "text_invisible"
    assert err.context == {"char": "U+200D (ZERO WIDTH JOINER)", "position": 11}


@pytest.mark.parametrize(("text", "position"), [
    ("Lào Cai a\u0301\u0302\u0303", 12),  # the third mark in a row on one letter
    ("e\u0301\u0302 o\u0301\u0302\u0303\u0304", 8),  # two on one letter pass, three do not
])
def test_stacked_marks_are_refused_at_the_first_mark_too_many(text, position):
    err = error(text)
    assert err.type == "text_stacked_marks"
    assert err.context == {"position": position}


def test_one_or_two_marks_on_a_letter_pass():
    assert check_text("a\u0301 e\u0301\u0302 Việt") == "a\u0301 e\u0301\u0302 Việt"


@pytest.mark.parametrize(("url", "found"), [
    ("https://baolaocai.vn/tin-tuc/du-lich?trang=2#muc", None),
    ("https://baolaocai.vn/a b", "U+0020 (SPACE) ở ký tự thứ 23"),
    ("https://baolaocai.vn/a\x7f", "U+007F ở ký tự thứ 23"),  # DEL: ASCII, not printable
    ("https://baolaocai.vn/{x}", "U+007B (LEFT CURLY BRACKET) ở ký tự thứ 22"),
    ("https://baolaocai.vn/\u200b", "U+200B (ZERO WIDTH SPACE) ở ký tự thứ 22"),
    ("https://baolaocai.vn/tin\u00a0tuc", "U+00A0 (NO-BREAK SPACE) ở ký tự thứ 25"),
])
def test_address_characters_are_checked_whether_ascii_or_not(url, found):
    problem = url_problem(url)
    assert (problem is None) if found is None else (found in problem), problem


def test_address_without_scheme_is_quoted_back_safely():
    assert url_problem("ftp://a.vn/\u202e") == ('phải là địa chỉ bắt đầu bằng http:// hoặc https://, '
                                               'nhận được "ftp://a.vn/<U+202E>"')


@pytest.mark.parametrize(("url", "private"), [
    ("http://10.0.0.1/a", True), ("http://127.0.0.1:8000/", True), ("http://[::1]/", True),
    ("http://[fe80::1%25eth0]/", True), ("http://192.168.1.10./", False), ("http://8.8.8.8/", False),
    ("http://[2001:4860:4860::8888]/", False), ("http://10.0.0.1.nip.io/", False), ("http://baolaocai.vn/", False),
])
def test_addresses_by_number_are_told_from_names(url, private):
    problem = url_problem(url)
    assert ("mạng riêng" in (problem or "")) == private, problem


def test_a_known_alphabet_does_not_hide_a_mark_or_an_invisible_character():
    # the base letters are remembered as plain first; the text that adds marks is still checked
    assert check_text("a e o Việt") == "a e o Việt"
    assert error("a\u0301\u0302\u0303 e").type == "text_stacked_marks"
    assert error("a e\u2060o").type == "text_invisible"


def test_block_markdown_is_found_on_any_line_by_its_first_character():
    from nqhandbook.data.safety import _BLOCK_FIRST, _BLOCK_START
    for code in range(0x3000):
        for tail in ("", " x", "--", "^x", "[", "))"):
            if _BLOCK_START.match(chr(code) + tail):
                assert chr(code) in _BLOCK_FIRST, hex(code)
    assert error("Dòng đầu\n  - mục").type == "text_block_markdown"
    assert error("### Tiêu đề").type == "text_block_markdown"
