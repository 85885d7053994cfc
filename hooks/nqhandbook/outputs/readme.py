"""The read-me-first at the top of the offline zip, in Vietnamese, as HTML and plain text."""

from __future__ import annotations

from pathlib import Path

from ..data.partial_date import display_date
from ..layout import DOWNLOADS_DIR
from ..pages.templating import environment

DOWNLOAD_PAGE = f"{DOWNLOADS_DIR}/"  # where the online site offers the newest bundle
# name in the zip -> (template, bytes before the text, line ending). The .txt is for old
# Windows Notepad: a UTF-8 byte order mark and CRLF, or Vietnamese shows as mojibake.
READMES = {
    "DOC-TRUOC.html": ("bundle/DOC-TRUOC.html.j2", b"", "\n"),
    "DOC-TRUOC.txt": ("bundle/DOC-TRUOC.txt.j2", "\ufeff".encode("utf-8"), "\r\n"),
}


def write_readme(site_dir: Path, build_date: str, site_url: str) -> list[str]:
    """Write the read-me files into `site_dir`; return their names."""
    env = environment()
    values = {"build_date": build_date, "date": display_date(build_date), "site_url": site_url,
              "download_url": site_url + DOWNLOAD_PAGE if site_url else ""}
    for name, (template, prefix, newline) in READMES.items():
        text = env.get_template(template).render(**values)
        (site_dir / name).write_bytes(prefix + text.replace("\n", newline).encode("utf-8"))
    return list(READMES)
