"""Rules for editors' free text: Unicode NFC, no raw HTML, no script URLs.

Allowed inline Markdown subset (documented in CONTRIBUTING.md): **bold** and *italic*.
Everything else that Markdown or HTML would interpret is escaped when rendered.
"""

import re
import unicodedata

from pydantic_core import PydanticCustomError

_HTML_TAG = re.compile(r"<\s*/?\s*[A-Za-z!?][^>]*>?")
_SCRIPT_URL = re.compile(r"\b(?:javascript|vbscript|data)\s*:", re.IGNORECASE)
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


def clean_text(value: str) -> str:
    """Return the text in NFC with outer spaces removed; reject HTML and script URLs."""
    text = unicodedata.normalize("NFC", value).strip()
    if not text:
        raise PydanticCustomError("text_empty", "không được để trống")
    tag = _HTML_TAG.search(text)
    if tag:
        raise PydanticCustomError(
            "text_html",
            'không được chứa mã HTML hoặc script, tìm thấy "{found}"; '
            "chỉ được dùng **đậm** và *nghiêng*",
            {"found": tag.group(0)[:40]},
        )
    if _SCRIPT_URL.search(text):
        raise PydanticCustomError(
            "text_script_url", 'không được chứa địa chỉ dạng "javascript:" hoặc "data:"'
        )
    if _CONTROL.search(text):
        raise PydanticCustomError("text_control", "chứa ký tự điều khiển không hợp lệ")
    return text


def check_url(value: str) -> str:
    """Accept only absolute http(s) URLs without spaces."""
    url = unicodedata.normalize("NFC", value).strip()
    if not re.fullmatch(r"https?://[^\s<>\"']+\.[^\s<>\"']+", url):
        raise PydanticCustomError(
            "url_scheme",
            'phải là địa chỉ bắt đầu bằng http:// hoặc https://, nhận được "{value}"',
            {"value": url[:80]},
        )
    return url
