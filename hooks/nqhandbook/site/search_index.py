"""Shrink Material's search index: what a phone downloads when search is first used.

- Material writes search/search_index.json with every non-ASCII character escaped
  (\\u1ec7: six bytes for one Vietnamese letter). UTF-8 JSON is the same data for the
  browser and about half as large.
- Source markers ("[3]" after a statement, links to the page's source list) are left out
  of the indexed text: nobody searches for them, and they would show as noise in result
  previews. (Material's `data-search-exclude` cannot be used on an inline link: its parser
  then drops the rest of the section.)
- A resolution's official title (its "Trích yếu", often longer than the page title) is
  also indexed in a field of its own, `lead`, weighted like a title: a query holding the
  words of that title finds the resolution's page first (its page title is a short form).
  The browser builds the lunr index from this file (Material indexes every field listed in
  `config.fields`), and nothing shows the field, so it costs only its own bytes.
The sections left out of search altogether, and repeated boilerplate (buttons, the same
note on every page), are marked in the page templates (`data-search-exclude`).
"""

from __future__ import annotations

import json
import re
from pathlib import Path

from ..layout import SEARCH_INDEX

# One or more source markers as the resolution pages render them: " [3]", " [3] [12]".
SOURCE_MARKERS = re.compile(r"(?:\s*\[\d{1,3}\])+")
# The same without the spaces before the first one: found by its "[" (a pattern that starts
# with spaces is tried at every character of the 5 MB index: 0.14 s CPU at 160 resolutions).
MARKER_RUN = re.compile(r"\[\d{1,3}\](?:\s*\[\d{1,3}\])*")
# The page entry of a resolution page and the paragraph holding its official title.
RESOLUTION_PAGE = re.compile(r"nghi-quyet/\d+-nq-tu/")
OFFICIAL_TITLE = re.compile(r"<p>Trích yếu: (.+?)</p>")
LEAD = {"boost": 1000.0}      # as Material's title field


def compact_search_index(site_dir: Path) -> int | None:
    """Rewrite the index in place as compact UTF-8 JSON; return its new size in bytes."""
    path = Path(site_dir) / SEARCH_INDEX
    if not path.is_file():
        return None
    data = json.loads(path.read_text(encoding="utf-8"))
    for doc in data.get("docs", []):
        doc["text"] = without_source_markers(doc["text"])
        if RESOLUTION_PAGE.fullmatch(doc.get("location", "")) and (found := OFFICIAL_TITLE.search(doc["text"])):
            doc["lead"] = re.sub(r"<[^>]+>", "", found.group(1))
    if any("lead" in doc for doc in data.get("docs", [])):
        data.setdefault("config", {}).setdefault("fields", {})["lead"] = LEAD
    text = json.dumps(data, ensure_ascii=False, separators=(",", ":")).encode("utf-8")
    path.write_bytes(text)
    return len(text)


def without_source_markers(text: str) -> str:
    """Drop source markers; where one stood between two words ("lượt [8]10 tháng", cells of
    a table run together), a space keeps the words apart. As SOURCE_MARKERS.sub: each run
    goes with the spaces before it (str.rstrip strips exactly what the pattern takes as space)."""
    out, end = [], 0
    for run in MARKER_RUN.finditer(text):
        out.append(text[end:run.start()].rstrip())
        end = run.end()
        out.append(" " if text[end:end + 1].isalnum() else "")
    out.append(text[end:])
    return "".join(out)
