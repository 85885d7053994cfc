"""Open data files published with the site: JSON (all, and per resolution) and CSV.

CSV files start with a UTF-8 byte order mark so that Excel shows Vietnamese correctly.
"""

from __future__ import annotations

import csv
import io
import re
import tempfile
from collections.abc import Iterator

from pydantic_core import PydanticSerializationError

from ..data.json_schema import schema_texts
from ..data.model import Resolution
from ..data.own import Ownership, own_content, ownership, section_items
from ..data.problems import field_path
from ..data.types import Dataset
from ..layout import OPEN_DATA_DIR
from .csv_safe import inert
from .json_text import Each, json_text, object_chunks

LICENCE = "CC BY 4.0 (https://creativecommons.org/licenses/by/4.0/deed.vi)"
CITATION = "Sổ tay nghị quyết chuyên đề Tỉnh ủy Lào Cai, dữ liệu mở (tổng hợp từ các nguồn ghi trong từng mục)"

# Who owns a row (see nqhandbook.data.own): the resolution itself, another document, context, unsure.
OWNER_CODES = {
    Ownership.own: "nghi_quyet",
    Ownership.document: "van_ban_khac",
    Ownership.context: "boi_canh",
    Ownership.uncertain: "chua_ro",
}

TARGET_COLUMNS = ["nghi_quyet", "chi_tieu_id", "chi_tieu", "don_vi", "chu_the", "thuoc_van_ban", "nam",
                  "hang_nam", "so_sanh", "gia_tri", "gia_tri_toi_da", "hien_thi", "nguon", "nguon_url"]
RESULT_COLUMNS = ["nghi_quyet", "chi_tieu_id", "chi_tieu", "tinh_den", "ky", "gia_tri", "hien_thi",
                  "gan_voi_nghi_quyet", "chu_the", "nguon", "nguon_url"]


# pydantic-core writes a float as Python does, except below 10^-4 ("0.00001", "1e-6" where
# Python writes 1e-05, 1e-06) and from 10^16 (the model bounds figures to ±10^12): text with
# either form anywhere, even inside a string, is made by json_text instead. An "e" before a
# digit is searched first (a literal: 30x faster than the digit-e-digit pattern).
_EXPONENT = re.compile(r"e[-+]?[0-9]")


def _float_forms_differ(text: str) -> bool:
    return "0.0000" in text or any(text[m.start() - 1:m.start()].isdigit() for m in _EXPONENT.finditer(text))


def resolution_json(res: Resolution) -> dict:
    return res.model_dump(mode="json")


def resolution_text(res: Resolution) -> str:
    """json_text(resolution_json(res)): the text json.dumps(..., ensure_ascii=False, indent=1,
    allow_nan=False) writes (valid JSON: the model admits finite numbers only), made by
    pydantic-core in one call when that is the same text (2.5x faster)."""
    try:
        text = res.model_dump_json(indent=1)
    except PydanticSerializationError:  # text json_text writes, or refuses in its own words
        text = ""
    if not text or _float_forms_differ(text):
        return json_text(resolution_json(res))
    return text


class _ResolutionTexts:
    """Each resolution's JSON text, made once: for the file of all resolutions, and kept on
    disk (never all in memory: 100 MB at 2,000 resolutions) for its own file, which holds
    the same text (open data at 160 resolutions: 0.43 -> 0.26 s CPU). Should the file of
    all resolutions not have been written yet when the own files are asked for, they are
    made again."""

    def __init__(self):
        self.spool = tempfile.TemporaryFile()
        self.sizes: list[int] = []
        self.done = False

    def text(self, res: Resolution) -> str:
        text = resolution_text(res)
        if not self.done:
            data = (text + "\n").encode("utf-8")
            self.spool.write(data)
            self.sizes.append(len(data))
        return text

    def files(self, resolutions: list[Resolution]) -> Iterator[bytes]:
        self.done = True
        with self.spool:
            if len(self.sizes) == len(resolutions):
                self.spool.seek(0)
                for size in self.sizes:
                    yield self.spool.read(size)
            else:
                for res in resolutions:
                    yield (resolution_text(res) + "\n").encode("utf-8")


def _csv_bytes(columns: list[str], rows: list[dict]) -> bytes:
    # Each row has exactly these columns (made above): a plain writer is fed the cells in
    # column order (csv.DictWriter checks every row's keys: 2x slower).
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow(columns)
    writer.writerows([inert(row[column]) for column in columns] for row in rows)
    return ("\ufeff" + buffer.getvalue()).encode("utf-8")


def _sources(res: Resolution, ids: list[str]) -> tuple[str, str]:
    by_id = {s.id: s for s in res.sources}
    return "; ".join(ids), " ".join(by_id[i].url or "" for i in ids).strip()


def _number(value: float | None) -> str:
    if value is None:
        return ""
    return str(int(value)) if float(value).is_integer() else repr(value)


def target_csv_rows(dataset: Dataset) -> list[dict]:
    rows = []
    for res in dataset.resolutions:
        docs = {d.id: d.name for d in res.related_documents}
        for t in res.targets.items:
            ids, urls = _sources(res, t.sources)
            for m in t.milestones:
                rows.append({"nghi_quyet": res.number, "chi_tieu_id": t.id, "chi_tieu": t.indicator,
                             "don_vi": t.unit or "", "chu_the": OWNER_CODES[ownership(t)],
                             "thuoc_van_ban": docs.get(t.of, ""),
                             "nam": m.year or "", "hang_nam": "có" if m.annual else "",
                             "so_sanh": m.comparator.value, "gia_tri": _number(m.value),
                             "gia_tri_toi_da": _number(m.value_max), "hien_thi": m.text,
                             "nguon": ids, "nguon_url": urls})
    return rows


def result_csv_rows(dataset: Dataset) -> list[dict]:
    rows = []
    for res in dataset.resolutions:
        for t in res.targets.items:
            for r in t.results:
                ids, urls = _sources(res, r.sources)
                rows.append({"nghi_quyet": res.number, "chi_tieu_id": t.id, "chi_tieu": t.indicator,
                             "tinh_den": r.as_of, "ky": r.period or "", "gia_tri": _number(r.value),
                             "hien_thi": r.text, "gan_voi_nghi_quyet": "có" if r.linked else "",
                             "chu_the": OWNER_CODES[ownership(r)], "nguon": ids, "nguon_url": urls})
        for r in res.results.items:
            ids, urls = _sources(res, r.sources)
            rows.append({"nghi_quyet": res.number, "chi_tieu_id": "", "chi_tieu": "",
                         "tinh_den": r.as_of, "ky": r.period or "", "gia_tri": "", "hien_thi": r.text,
                         "gan_voi_nghi_quyet": "có" if r.linked else "", "chu_the": OWNER_CODES[ownership(r)],
                         "nguon": ids, "nguon_url": urls})
    return rows


def ownership_json(res: Resolution) -> dict:
    """What the resolution itself says, for reuse: per section its status and counts by owner,
    and the owner of every item, keyed by its field path in the resolution's JSON."""
    own = own_content(res)
    items = {}
    for key in res.sections():
        loc = tuple(key.split(".")) + ("items",)
        if key == "tasks":
            for g, group in enumerate(res.tasks.items):
                for i, fact in enumerate(group.items):
                    items[field_path(loc + (g, "items", i))] = OWNER_CODES[ownership(fact, group)]
        else:
            for i, (_, owner) in enumerate(section_items(res, key)):
                items[field_path(loc + (i,))] = OWNER_CODES[owner]
    for t, target in enumerate(res.targets.items):
        for r, result in enumerate(target.results):
            items[field_path(("targets", "items", t, "results", r))] = OWNER_CODES[ownership(result)]
    return {
        "nghi_quyet": res.number,
        "chi_nhan_dien_qua_ke_hoach": own.identity_only_from_plan,
        "muc": {key: {"tinh_trang": s.status.value, **{OWNER_CODES[o]: n for o, n in s.counts.items()}}
                for key, s in own.sections.items()},
        "chu_the": items,
    }


def open_data_files(dataset: Dataset) -> dict[str, bytes]:
    """Site path -> file content."""
    return {uri: content if isinstance(content, bytes) else "".join(content).encode("utf-8")
            for uri, content in open_data_items(dataset)}


def open_data_items(dataset: Dataset) -> Iterator[tuple[str, bytes | Iterator[str]]]:
    """(site path, content) one file at a time, for the build to write as they come. The
    file of all resolutions comes as the JSON encoder's text chunks (at 2,000 resolutions
    its text is about 100 MB)."""
    texts = _ResolutionTexts()
    yield f"{OPEN_DATA_DIR}/nghi-quyet.json", object_chunks({
        "schema": "resolution.schema.json",
        "licence": LICENCE,
        "citation": CITATION,
        "resolutions": Each(dataset.resolutions, texts.text, text=True),
        "ownership": Each(dataset.resolutions, ownership_json),
    })
    yield f"{OPEN_DATA_DIR}/chi-tieu.csv", _csv_bytes(TARGET_COLUMNS, target_csv_rows(dataset))
    yield f"{OPEN_DATA_DIR}/ket-qua.csv", _csv_bytes(RESULT_COLUMNS, result_csv_rows(dataset))
    for res, content in zip(dataset.resolutions, texts.files(dataset.resolutions)):
        yield f"{OPEN_DATA_DIR}/nghi-quyet/{res.slug}.json", content
    for name, text in schema_texts().items():
        yield f"{OPEN_DATA_DIR}/{name}", text.encode("utf-8")


def summary(dataset: Dataset) -> dict:
    """What the open-data page (pages/open_data.md.j2) says about these files."""
    # The CSV files' row counts, counted without making the rows (one per milestone of a
    # target; one per result of a target or of the results section).
    return {"licence": LICENCE, "citation": CITATION,
            "target_rows": sum(len(t.milestones) for res in dataset.resolutions for t in res.targets.items),
            "result_rows": sum(len(t.results) for res in dataset.resolutions for t in res.targets.items)
            + sum(len(res.results.items) for res in dataset.resolutions)}
