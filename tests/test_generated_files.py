"""Generated files go to the build's temporary folder: text as UTF-8, bytes unchanged."""

from __future__ import annotations

from nqhandbook.site.generated_files import write_generated


def test_text_and_bytes_are_written_where_the_site_path_says(tmp_path):
    written = write_generated(tmp_path, {"nghi-quyet/11-nq-tu.md": "# Nghị quyết 11\n",
                                         "hoc-tap/11-nq-tu/phat-thanh.txt": "\ufeffxin chào".encode()})
    assert written == {"nghi-quyet/11-nq-tu.md": tmp_path / "nghi-quyet" / "11-nq-tu.md",
                       "hoc-tap/11-nq-tu/phat-thanh.txt": tmp_path / "hoc-tap" / "11-nq-tu" / "phat-thanh.txt"}
    assert written["nghi-quyet/11-nq-tu.md"].read_bytes() == "# Nghị quyết 11\n".encode()
    assert written["hoc-tap/11-nq-tu/phat-thanh.txt"].read_bytes() == b"\xef\xbb\xbfxin ch\xc3\xa0o"
