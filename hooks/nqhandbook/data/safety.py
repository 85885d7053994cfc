"""Rules against hostile or careless data (README, "Mô hình đe dọa"): what editors' text,
numbers, digits and addresses may hold, and how a bad value is shown back safely.

Every check here is linear in the length of its input: no regular expression with nested
or overlapping repetition runs on data (`make bench` times them on adversarial input).
"""

from __future__ import annotations

import datetime as dt
import ipaddress
import math
import os
import re
import unicodedata
from urllib.parse import urlsplit

from pydantic_core import PydanticCustomError

# Limits, well above the largest real value (measured December 2026: longest text 554
# characters, longest list 28 items, largest file 47 KB, largest number 121,600).
MAX_TEXT = 4_000  # characters in one text field
MAX_LIST = 200  # items in one list
MAX_FILE_BYTES = 1_000_000  # one data file
MAX_NUMBER = 1e12  # absolute value of a figure (value, value_max)
MAX_URL = 2_000  # characters in an address
SHOW = 200  # characters of a bad value echoed in a message

# Characters a reader cannot see or that change how text around them is shown.
_INVISIBLE_CATEGORIES = {"Cc", "Cf", "Zl", "Zp", "Co", "Cs", "Cn"}
_INVISIBLE_EXTRA = {"\u034f", "\u115f", "\u1160", "\u3164", "\uffa0", "\u180e"}
_ALLOWED_CONTROLS = {"\n", "\t"}

# Line starts that Markdown (with the site's extensions) turns into structure: headings,
# quotes, lists, admonitions (!!!), details (???), tables, code fences, rules, abbreviations.
# Each alternative is a fixed prefix or one bounded repetition anchored at the line start.
_BLOCK_START = re.compile(
    r"#{1,6}(?=\s|$)|>|[-+*](?=\s|$)|[0-9]{1,9}[.)](?=\s|$)|!!!|\?\?\?|\|"
    r"|`{3}|~{3}|\*\[|\[\^|={3,}\s*$|-{3,}\s*$|_{3,}\s*$|\*{3,}\s*$"
)
_BLOCK_FIRST = frozenset("#>-+*0123456789!?|`~[=_")  # the first characters _BLOCK_START can match
_BLOCK_NAMES = {"#": "tiêu đề", ">": "trích dẫn", "-": "danh sách", "+": "danh sách",
                "*": "danh sách", "!": "khung lưu ý", "?": "khung thu gọn", "|": "bảng",
                "`": "khối mã", "~": "khối mã", "=": "tiêu đề", "_": "đường kẻ", "[": "chú thích"}


def code_point(char: str) -> str:
    """'\\u202e' -> 'U+202E (RIGHT-TO-LEFT OVERRIDE)'."""
    name = unicodedata.name(char, "")
    return f"U+{ord(char):04X}" + (f" ({name})" if name else "")


def is_invisible(char: str) -> bool:
    return unicodedata.category(char) in _INVISIBLE_CATEGORIES or char in _INVISIBLE_EXTRA


# Characters already classified as visible / as not a combining mark. The build checks
# every text field of every file, and the data's alphabet is small: each text's distinct
# characters are classified once, and the text scanned in order only when one of them
# may be at fault. Bounded, so that hostile data cannot grow them without limit.
_VISIBLE: set[str] = set()
_UNMARKED: set[str] = set()
# Both at once: a text made only of these needs neither scan. Testing a text against one
# set is a single C pass (at 160 resolutions, 35,000 texts: 0.05 s instead of 0.25 s).
_PLAIN: set[str] = set()
_KNOWN_LIMIT = 10_000


def _remember(known: set[str], chars: set[str]) -> None:
    if len(known) < _KNOWN_LIMIT:
        known.update(chars)


def first_invisible(text: str, allowed: set[str] = _ALLOWED_CONTROLS) -> tuple[int, str] | None:
    new = set(text).difference(_VISIBLE)
    if not any(char not in allowed and is_invisible(char) for char in new):
        _remember(_VISIBLE, {char for char in new if not is_invisible(char)})
        return None
    for index, char in enumerate(text):
        if char not in allowed and is_invisible(char):
            return index, char
    return None


def check_text(text: str) -> str:
    """Raise a Vietnamese error for empty, too long, invisible-character or block-Markdown
    text; return the text unchanged otherwise. `text` is already NFC and stripped."""
    plain = _PLAIN.issuperset(text)  # every character visible, none a combining mark
    # a plain text is blank only if it starts with a space
    if not text or ((not plain or text[0].isspace()) and all(_blank(c) for c in text)):
        raise PydanticCustomError("text_empty", "không được để trống (kể cả chỉ có ký tự ẩn)")
    if len(text) > MAX_TEXT:
        raise PydanticCustomError(
            "text_too_long", "dài {length} ký tự, vượt giới hạn {limit} ký tự cho một trường; "
            "hãy tách thành nhiều mục hoặc rút gọn", {"length": len(text), "limit": MAX_TEXT})
    if not plain:
        _check_characters(text)
    for line in text.split("\n") if "\n" in text else (text,):
        stripped = line.strip()
        match = _BLOCK_START.match(stripped) if stripped[:1] in _BLOCK_FIRST else None
        if match:
            mark = match.group(0).strip() or stripped[:3]
            raise PydanticCustomError(
                "text_block_markdown",
                'không được bắt đầu dòng bằng "{mark}" ({kind}): dữ liệu không tạo được tiêu đề, '
                "danh sách, bảng, khung hay khối mã; hãy viết thành câu (chỉ dùng **đậm** và *nghiêng*)",
                {"mark": mark[:10], "kind": "đường kẻ hoặc tiêu đề" if len(mark) >= 3 and mark[0] in "-=_*"
                 else _BLOCK_NAMES.get(mark[0], "định dạng khối")})
    return text


def _blank(char: str) -> bool:
    return is_invisible(char) or char.isspace()


def _check_characters(text: str) -> None:
    """Refuse an invisible character or stacked marks; remember the text's plain characters."""
    found = first_invisible(text)
    if found:
        index, char = found
        raise PydanticCustomError(
            "text_invisible", "chứa ký tự ẩn hoặc ký tự điều khiển {char} ở ký tự thứ {position}; "
            "hãy xóa ký tự này (thường do dán từ Word hoặc trang web)",
            {"char": code_point(char), "position": index + 1})
    stacked = _stacked_marks(text)
    if stacked is not None:
        raise PydanticCustomError(
            "text_stacked_marks", "có nhiều dấu chồng lên một chữ ở ký tự thứ {position} (chữ bị biến dạng "
            "khi hiện); hãy gõ lại chữ này", {"position": stacked + 1})
    _remember(_PLAIN, _VISIBLE.intersection(_UNMARKED.intersection(text)))


MAX_MARKS = 2  # combining marks on one letter after NFC (Vietnamese needs none or one)


def _stacked_marks(text: str) -> int | None:
    """Index of the first combining mark beyond MAX_MARKS in a row ("Zalgo" text), or None."""
    new = set(text).difference(_UNMARKED)
    if not any(unicodedata.combining(char) for char in new):
        _remember(_UNMARKED, new)
        return None  # NFC text has none (Vietnamese letters are precomposed)
    run = 0
    for index, char in enumerate(text):
        run = run + 1 if unicodedata.combining(char) else 0
        if run > MAX_MARKS:
            return index
    return None


def check_finite(value: float) -> float:
    """A figure: finite and within ±MAX_NUMBER."""
    if not math.isfinite(value):
        raise PydanticCustomError(
            "number_not_finite", "phải là một số cụ thể; không dùng .nan, .inf hay số quá lớn, "
            'nhận được "{value}"', {"value": str(value)})
    if abs(value) > MAX_NUMBER:
        raise PydanticCustomError(
            "number_too_large", "quá lớn: phải trong khoảng từ -1.000.000.000.000 đến "
            '1.000.000.000.000, nhận được "{value}"', {"value": shown(repr(value), 40)})
    return value


def ascii_digits(text: str) -> str:
    """Decimal digits of any script (fullwidth ２, Arabic-Indic ٢...) as ASCII; other
    characters unchanged. Superscripts (²) are not decimal digits and stay as they are."""
    if text.isascii():  # every date, year and number an editor types: nothing to change
        return text
    return "".join(str(unicodedata.decimal(c)) if not c.isascii() and unicodedata.decimal(c, None)
                   is not None else c for c in text)


def is_ascii_number(text: str) -> bool:
    return text.isascii() and text.isdigit()


def oversized_lists(data: object, loc: tuple = ()) -> list[tuple[tuple, int]]:
    """(location, length) of every list in parsed data longer than MAX_LIST."""
    found = []
    if isinstance(data, list):
        if len(data) > MAX_LIST:
            found.append((loc, len(data)))
        for index, item in enumerate(data[:MAX_LIST]):
            if isinstance(item, (list, dict)):  # only these can hold a list
                found += oversized_lists(item, loc + (index,))
    elif isinstance(data, dict):
        for key, value in data.items():
            if isinstance(value, (list, dict)):
                found += oversized_lists(value, loc + (key,))
    return found


def today_for_checks() -> dt.date:
    """"Today" for date checks: the later of the clock and SOURCE_DATE_EPOCH (the last
    commit, which `make` exports), so a machine whose clock lags still accepts data dated
    up to the commit it builds, and a future date is refused on every machine."""
    today = dt.date.today()
    epoch = os.environ.get("SOURCE_DATE_EPOCH", "")
    if epoch.isascii() and epoch.isdigit():
        try:
            today = max(today, dt.datetime.fromtimestamp(int(epoch), dt.UTC).date())
        except (OverflowError, OSError, ValueError):
            pass
    return today


# --- Addresses ---------------------------------------------------------------------------

_URL_FORBIDDEN = set(" <>\"'`\\{}|^")
_LOCAL_SUFFIXES = (".localhost", ".local", ".internal", ".lan", ".home.arpa")


def url_problem(url: str) -> str | None:
    """Vietnamese reason an address may not be published, or None. Linear in len(url)."""
    if len(url) > MAX_URL:
        return f"địa chỉ dài {len(url)} ký tự, vượt giới hạn {MAX_URL} ký tự"
    lowered = url[:8].lower()
    if not (lowered.startswith(("http://", "https://"))):
        return _scheme_message(url)
    # Printable ASCII holds no space but " " and nothing invisible: only the forbidden
    # characters need looking for (addresses are ASCII, and the build checks thousands).
    plain = url.isascii() and url.isprintable() and _URL_FORBIDDEN.isdisjoint(url)
    for index, char in enumerate("" if plain else url):
        if char in _URL_FORBIDDEN or char.isspace() or is_invisible(char):
            return (f"địa chỉ không được chứa dấu cách, ngoặc, dấu nháy hay ký tự ẩn "
                    f"({code_point(char)} ở ký tự thứ {index + 1})")
    try:
        parts = urlsplit(url)
        host = parts.hostname or ""
        parts.port  # noqa: B018  (raises on a bad port)
    except ValueError:
        return _scheme_message(url)
    if "@" in parts.netloc:
        return "địa chỉ không được chứa tên đăng nhập hoặc mật khẩu (phần trước dấu @)"
    # An IP address is ASCII digits and dots, or has a ":" (IPv6); a name is neither, and
    # ip_address() would fail on it with three exceptions (3,700 addresses at 160).
    address = None
    if ":" in host or not host.strip("0123456789."):
        try:
            address = ipaddress.ip_address(host)
        except ValueError:
            pass
    if address is not None:
        if not address.is_global:
            return f'địa chỉ trỏ vào máy nội bộ hoặc mạng riêng ("{host}"); hãy dùng địa chỉ công khai'
        return None
    if host == "localhost" or host.endswith(_LOCAL_SUFFIXES):
        return f'địa chỉ trỏ vào máy nội bộ hoặc mạng riêng ("{host}"); hãy dùng địa chỉ công khai'
    labels = host.split(".")
    if len(labels) < 2 or not all(labels):
        return _scheme_message(url)
    return None


def _scheme_message(url: str) -> str:
    return f'phải là địa chỉ bắt đầu bằng http:// hoặc https://, nhận được "{shown(url, 80)}"'


# --- Showing a bad value back -------------------------------------------------------------


def shown(text: str, limit: int = SHOW, keep: str = "") -> str:
    """A value safe to echo in a terminal or CI log: control and invisible characters
    (except those in `keep`) as <U+XXXX>, cut after `limit` characters with "…"."""
    text = str(text)
    cut = len(text) > limit
    text = text[:limit]
    out = "".join(f"<U+{ord(c):04X}>" if is_invisible(c) and c not in keep else c for c in text)
    return out + ("…" if cut else "")
