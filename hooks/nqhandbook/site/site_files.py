"""Which files of a built site a browser ever loads.

Shared by the offline bundle (what goes into the zip) and the service worker (what a phone
keeps for offline use). Paths are POSIX paths relative to the site directory.
"""

from __future__ import annotations

import json
import os
import re
from fnmatch import fnmatch
from pathlib import Path

from ..layout import SEARCH_INDEX

LUNR_DIR = "assets/javascripts/lunr/"
# Never loaded by a page: debugging aids and files for search engines.
NEVER_LOADED = ("*.map", "sitemap.xml", "sitemap.xml.gz")


# The index opens with its "config" object (Material, then site/search_index.py, write it with
# json.dumps of a dict: one "config", first): read from the first bytes, not by parsing the
# whole index (40 MB at 2,000 resolutions: 0.2 s CPU).
CONFIG_FIRST = re.compile(r'\s*\{\s*"config"\s*:\s*')
HEAD_BYTES = 64 * 1024


def search_languages(site_dir: Path) -> list[str]:
    """The languages the search worker loads, as recorded in the built search index."""
    index = site_dir / SEARCH_INDEX
    if not index.is_file():
        return []
    with index.open("rb") as file:
        # the first bytes may end inside a character: that partial character is left out
        text = file.read(HEAD_BYTES).decode("utf-8", "ignore")
    if opening := CONFIG_FIRST.match(text):
        try:
            config, _ = json.JSONDecoder().raw_decode(text, opening.end())
            return list(config["lang"])
        except json.JSONDecodeError:
            pass  # longer than the first bytes, or not JSON: the whole file says
    return list(json.loads(index.read_text(encoding="utf-8"))["config"]["lang"])


def lunr_files(languages: list[str]) -> set[str]:
    """The lunr files Material's search worker imports for these languages.

    Mirrors the worker (assets/javascripts/workers/search.*.js): stemmer support, one file
    per language except English, tinyseg for Japanese, wordcut for Thai and Hindi, and the
    multi-language file when there is more than one language.
    """
    names = {"min/lunr.stemmer.support.min.js"}
    for lang in languages:
        if lang == "ja":
            names.add("tinyseg.js")
        if lang in ("hi", "th"):
            names.add("wordcut.js")
        if lang != "en":
            names.add(f"min/lunr.{lang}.min.js")
    if len(languages) > 1:
        names.add("min/lunr.multi.min.js")
    return {LUNR_DIR + name for name in names}


def site_files(site_dir: Path) -> list[str]:
    """Every file of the site, sorted. (os.walk and strings: a quarter of the CPU of
    Path.rglob and is_file() for the 1,200 files in 840 folders at 160 resolutions.)"""
    root = os.fspath(Path(site_dir))
    found = []
    for folder, _, names in os.walk(root):
        prefix = folder[len(root) + 1:] + "/" if folder != root else ""  # POSIX: "/" separates
        found += [prefix + name for name in names]
    return sorted(found)


def loaded_files(site_dir: Path, also_skip: tuple[str, ...] = ()) -> list[str]:
    """Files a page may load: everything but NEVER_LOADED, unused lunr languages and
    `also_skip` (fnmatch patterns; `*` matches across folders)."""
    lunr = lunr_files(search_languages(site_dir))
    patterns = NEVER_LOADED + also_skip
    return [
        rel for rel in site_files(site_dir)
        if not any(fnmatch(rel, pattern) for pattern in patterns)
        and (not rel.startswith(LUNR_DIR) or rel in lunr)
    ]
