"""Rules for editors' free text: Unicode NFC, no raw HTML, no script URLs, no block
Markdown, no invisible characters, bounded length (the last three in safety.py).

Allowed inline Markdown subset (documented in CONTRIBUTING.md): **bold** and *italic*.
Everything else that Markdown or HTML would interpret is escaped when rendered.
"""

import re
import unicodedata

from pydantic_core import PydanticCustomError

from .safety import check_text, shown, url_problem

# An HTML tag as a browser would read it: <name>, </name>, <name attr="v" ...>, <!-- -->,
# <!DOCTYPE ...>, <?...>. Attribute names are ASCII, so "a<b nhưng b>c" is not a tag.
# Possessive repetitions (*+, ++) never give back: linear on any input.
_HTML_TAG = re.compile(
    r"<\s*+/?\s*+[A-Za-z][A-Za-z0-9-]*+"
    r"(?:\s++[A-Za-z_:@][A-Za-z0-9_:.@-]*+(?:\s*+=\s*+(?:\"[^\"]*+\"|'[^']*+'|[^\s\"'=<>`]++))?+)*+"
    r"\s*+/?\s*+>"
    r"|<!--|<![A-Za-z\[]|<\?"
)
# A script address: javascript: / vbscript: anywhere, data: only as a data URL
# (data:text/html;... or data:image/svg+xml,...), so "Open Data: ..." is plain text.
_SCRIPT_URL = re.compile(
    r"\b(?:java|vb)script\s*:|\bdata\s*:\s*[a-z]+/[a-z0-9.+-]+\s*[;,]", re.IGNORECASE
)


def clean_text(value: str) -> str:
    """Return the text in NFC with outer spaces removed; reject HTML and script URLs."""
    text = check_text(unicodedata.normalize("NFC", value).strip())
    tag = _HTML_TAG.search(text) if "<" in text else None  # every tag starts with "<"
    if tag:
        raise PydanticCustomError(
            "text_html",
            'không được chứa mã HTML hoặc script, tìm thấy "{found}"; '
            "chỉ được dùng **đậm** và *nghiêng*",
            {"found": shown(tag.group(0), 40)},
        )
    # Both forms need a ":"; looking for it first skips the scan of most texts (0.1 s at 160).
    if ":" in text and _SCRIPT_URL.search(text):
        raise PydanticCustomError(
            "text_script_url", 'không được chứa địa chỉ dạng "javascript:" hoặc "data:"'
        )
    return text


def check_url(value: str) -> str:
    """Accept only public absolute http(s) URLs without spaces or credentials."""
    url = unicodedata.normalize("NFC", value).strip()
    problem = url_problem(url)
    if problem:
        raise PydanticCustomError("url_scheme", "{message}", {"message": problem})
    return url
