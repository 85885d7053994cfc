"""Generated files go to the build's temporary folder: text as UTF-8 (whole or in chunks),
bytes unchanged."""

from __future__ import annotations

from helpers import fixture_project
from nqhandbook.data.load import load_dataset
from nqhandbook.site.generated_files import write_generated
from nqhandbook.site.open_data import open_data_files, open_data_items


def test_text_and_bytes_are_written_where_the_site_path_says(tmp_path):
    written = write_generated(tmp_path, {"nghi-quyet/11-nq-tu.md": "# Nghị quyết 11\n",
                                         "hoc-tap/11-nq-tu/phat-thanh.txt": "\ufeffxin chào".encode()})
    assert written == {"nghi-quyet/11-nq-tu.md": tmp_path / "nghi-quyet" / "11-nq-tu.md",
                       "hoc-tap/11-nq-tu/phat-thanh.txt": tmp_path / "hoc-tap" / "11-nq-tu" / "phat-thanh.txt"}
    assert written["nghi-quyet/11-nq-tu.md"].read_bytes() == "# Nghị quyết 11\n".encode()
    assert written["hoc-tap/11-nq-tu/phat-thanh.txt"].read_bytes() == b"\xef\xbb\xbfxin ch\xc3\xa0o"


def test_text_in_chunks_is_written_as_one_text(tmp_path):
    chunks = (f"{n}," for n in range(10_000))  # more chunks than one write takes
    written = write_generated(tmp_path, {"du-lieu/so.json": chunks})
    assert written["du-lieu/so.json"].read_text(encoding="utf-8") == "".join(f"{n}," for n in range(10_000))


def test_open_data_files_are_the_items_the_build_writes(tmp_path):
    dataset = load_dataset(fixture_project(tmp_path / "project"))
    written = write_generated(tmp_path / "site", dict(open_data_items(dataset)))
    files = open_data_files(dataset)
    assert list(written) == list(files)
    assert all(written[uri].read_bytes() == content for uri, content in files.items())
