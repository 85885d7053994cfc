"""PDF of each deck: LibreOffice (Debian's libreoffice-impress) converts the .pptx headless.

Why LibreOffice and not printing the browser view: the PDF is then the PowerPoint file
itself as an office suite lays it out, so the PDF, the tests (every deck opens and every
slide's text is found) and what a presenter edits are one and the same deck.
"""

from __future__ import annotations

import shutil
import subprocess
import tempfile
from pathlib import Path

TIMEOUT = 600


class OfficeMissingError(RuntimeError):
    pass


def soffice() -> str:
    found = shutil.which("soffice") or shutil.which("libreoffice")
    if not found:
        raise OfficeMissingError("chưa cài LibreOffice (apt-get install libreoffice-impress)")
    return found


def convert(files: list[Path], out_dir: Path) -> list[Path]:
    """Convert .pptx files to PDF into out_dir in one LibreOffice run; the PDF paths.
    A private profile keeps runs independent of each other and of a user's settings."""
    out_dir.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="slides-lo-") as profile:
        result = subprocess.run(
            [soffice(), f"-env:UserInstallation=file://{profile}", "--headless", "--norestore",
             "--convert-to", "pdf", "--outdir", str(out_dir), *map(str, files)],
            capture_output=True, text=True, timeout=TIMEOUT, check=False)
    pdfs = [out_dir / (f.stem + ".pdf") for f in files]
    missing = [p.name for p in pdfs if not p.is_file()]
    if result.returncode != 0 or missing:
        raise RuntimeError(f"LibreOffice không chuyển được sang PDF: {', '.join(missing) or ''}\n"
                           f"{result.stdout}\n{result.stderr}")
    return pdfs
