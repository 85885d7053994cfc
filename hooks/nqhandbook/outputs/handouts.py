"""The handouts (print PDFs) inside the offline bundle.

They are printed from the bundle's own build by the printer (outputs.pdfs, the same step as
`make pdf` for the online site), then normalised so the zip stays reproducible: Chromium
stamps each PDF with the time it was printed, and prints links as file:// addresses of the
temporary build folder. Dates become the build date; links into the build folder become the
page's address on the online site, which is also the address the handout prints.
"""

from __future__ import annotations

import io
import time
from pathlib import Path

from pypdf import PdfReader, PdfWriter
from pypdf.generic import NameObject, TextStringObject

from ..layout import LEARNING_DIR, PDF_DIR, folder_url


class HandoutError(Exception):
    pass


def print_handouts(root: Path, site_dir: Path, date: str) -> bool:
    """Print the PDFs (dated `date`) into site_dir/pdf/ when the site has learning pages;
    True if printed."""
    if not (site_dir / LEARNING_DIR).is_dir():
        return False
    from .pdfs import print_pdfs  # Playwright is loaded only when there is something to print

    try:
        print_pdfs(site_dir, root, date)
    except (Exception, SystemExit) as err:  # noqa: BLE001  any failure of the printer stops the bundle
        raise HandoutError(f"printing the handouts failed: {err}") from None
    return True


def online_address(path: str, site_url: str) -> str:
    """'nghi-quyet/11-nq-tu.html#a' (offline build) -> site_url + 'nghi-quyet/11-nq-tu/#a'."""
    path, hash_mark, fragment = path.partition("#")
    if folder_url(path) != path:
        path = folder_url(path)
    elif path.endswith(".html"):
        path = path[: -len(".html")] + "/"
    return site_url + path + hash_mark + fragment


def normalise_pdf(data: bytes, build_prefix: str, site_url: str, epoch: int) -> bytes:
    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(data)))
    for page in writer.pages:
        for annotation in page.get("/Annots") or []:
            action = annotation.get_object().get("/A")
            uri = str(action.get("/URI", "")) if action else ""
            if uri.startswith(build_prefix) and site_url:
                action[NameObject("/URI")] = TextStringObject(online_address(uri[len(build_prefix):], site_url))
    stamp = time.strftime("D:%Y%m%d%H%M%S+00'00'", time.gmtime(epoch))
    writer.add_metadata({"/CreationDate": stamp, "/ModDate": stamp})
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def normalise_pdfs(site_dir: Path, site_url: str, epoch: int) -> None:
    build_prefix = site_dir.resolve().as_uri() + "/"
    for pdf in sorted((site_dir / PDF_DIR).glob("*.pdf")):
        pdf.write_bytes(normalise_pdf(pdf.read_bytes(), build_prefix, site_url, epoch))
