"""Build every resolution's slides into dist/slides/: <slug>.pptx, <slug>.pdf (LibreOffice)
and slides.json (what each deck was made from, its slide count and sizes). The site build
publishes them under trinh-chieu/<slug>/ when they still match the data (`make slides`).

Usage: python scripts/make_slides.py [--root PROJECT_ROOT] [--no-pdf] [--site-url URL]
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import time
from pathlib import Path


from nqhandbook.data.load import load_dataset
from nqhandbook.outputs.slides.deck import build_deck
from nqhandbook.outputs.slides.pdf import OfficeMissingError, convert
from nqhandbook.outputs.slides.pptx_writer import write_pptx
from nqhandbook.outputs.slides.publish import DIST, MANIFEST, code_hash, data_hash
from nqhandbook.data.problems import DataError

ROOT = Path(__file__).resolve().parents[1]

DEFAULT_SITE_URL = "https://laocai-nghiquyet.github.io/so-tay/"  # mkdocs.yml's default


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--root", type=Path, default=ROOT)
    parser.add_argument("--no-pdf", action="store_true", help="only the .pptx files")
    parser.add_argument("--site-url", default=os.environ.get("SITE_URL", DEFAULT_SITE_URL))
    args = parser.parse_args(argv)
    try:
        dataset = load_dataset(args.root)
    except DataError as err:
        print("Dữ liệu chưa hợp lệ, chưa dựng trang chiếu:\n" + err.report(), file=sys.stderr)
        return 1
    out = args.root / DIST
    out.mkdir(parents=True, exist_ok=True)
    manifest, files, started = {}, [], time.perf_counter()
    for entry in dataset.entries:
        deck = build_deck(entry.resolution, args.site_url)
        path = out / f"{deck.slug}.pptx"
        path.write_bytes(write_pptx(deck))
        files.append(path)
        manifest[deck.slug] = {"data": data_hash(args.root, entry.path), "code": code_hash(),
                               "slides": len(deck.slides), "pptx_bytes": path.stat().st_size}
    timing = {"pptx_seconds": round(time.perf_counter() - started, 1)}
    print(f"{len(files)} .pptx in {timing['pptx_seconds']} s -> {DIST}/")
    if not args.no_pdf:
        started = time.perf_counter()
        try:
            for pdf in convert(files, out):
                manifest[pdf.stem]["pdf_bytes"] = pdf.stat().st_size
        except (OfficeMissingError, RuntimeError) as err:
            print(f"make_slides: {err}", file=sys.stderr)
            return 1
        timing["pdf_seconds"] = round(time.perf_counter() - started, 1)
        print(f"{len(files)} .pdf (LibreOffice) in {timing['pdf_seconds']} s")
    else:
        for path in files:
            path.with_suffix(".pdf").unlink(missing_ok=True)
    (out / "timing.json").write_text(json.dumps(timing) + "\n", encoding="utf-8")
    (out / MANIFEST).write_text(json.dumps(manifest, ensure_ascii=False, indent=1, sort_keys=True) + "\n",
                                encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
