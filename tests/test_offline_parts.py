"""The parts of the offline bundle and the download page, each on its own (no browser)."""

from __future__ import annotations

import io
import json
import os
import subprocess
import zipfile

from pypdf import PdfReader, PdfWriter
from pypdf.annotations import Link

from helpers import copy_build_inputs, mkdocs_build
from nqhandbook.layout import STABLE_ZIP, epoch_date, source_epoch
from nqhandbook.outputs.bundle_stats import bundle_stats
from nqhandbook.site.bundle_info import latest_bundle
from nqhandbook.outputs.handouts import normalise_pdf, online_address
from nqhandbook.site.downloads import download_page
from nqhandbook.outputs.offline_links import link_online
from nqhandbook.outputs.repro_zip import entry_order, entry_time, write_zip
from nqhandbook.site.site_files import HEAD_BYTES, LUNR_DIR, lunr_files, search_languages

SITE = "https://example.org/so-tay/"


def test_zip_ignores_file_times_and_permissions(tmp_path):
    source = tmp_path / "files"
    (source / "a").mkdir(parents=True)
    (source / "a" / "x.html").write_text("xin chào", encoding="utf-8")
    (source / "b.txt").write_bytes(b"b")
    names = entry_order(["a/x.html", "b.txt"], ("b.txt",))
    assert names == ["b.txt", "a/x.html"]
    write_zip(tmp_path / "one.zip", source, names, entry_time(1700000000, 7))
    os.utime(source / "b.txt", (0, 0))
    os.chmod(source / "a" / "x.html", 0o600)
    write_zip(tmp_path / "two.zip", source, names, entry_time(1700000000, 7))
    assert (tmp_path / "one.zip").read_bytes() == (tmp_path / "two.zip").read_bytes()
    with zipfile.ZipFile(tmp_path / "one.zip") as archive:
        assert archive.namelist() == names
        assert archive.getinfo("b.txt").date_time == (2023, 11, 15, 5, 13, 20)


def test_build_date_is_vietnam_time_of_the_commit_or_source_date_epoch(root):
    assert epoch_date(1700000000) == "2023-11-15"  # 2023-11-14 22:13 UTC is the 15th in Hà Nội
    assert source_epoch(root, {"SOURCE_DATE_EPOCH": "1700000000"}) == 1700000000
    last_commit = subprocess.run(["git", "log", "-1", "--format=%ct"], cwd=root, capture_output=True,
                                 text=True, check=True).stdout.strip()
    assert source_epoch(root, {}) == int(last_commit)


def test_lunr_files_follow_the_search_languages():
    assert lunr_files(["vi"]) == {LUNR_DIR + "min/lunr.stemmer.support.min.js", LUNR_DIR + "min/lunr.vi.min.js"}
    assert LUNR_DIR + "tinyseg.js" in lunr_files(["ja"])
    assert LUNR_DIR + "min/lunr.multi.min.js" in lunr_files(["en", "vi"])
    assert LUNR_DIR + "min/lunr.en.min.js" not in lunr_files(["en", "vi"])


def test_search_languages_are_the_index_configs_wherever_it_stands(tmp_path):
    """Read from the index's first bytes when its config opens it, else from the whole index."""
    index = tmp_path / "search" / "search_index.json"
    index.parent.mkdir()
    assert search_languages(tmp_path) == []
    long_separator = "ệ" * HEAD_BYTES  # the config ends past the first bytes, mid-character
    for data, languages in (({"config": {"lang": ["vi"]}, "docs": [{"text": "x"}]}, ["vi"]),
                            ({"config": {"lang": ["ja", "en"], "separator": long_separator}, "docs": []}, ["ja", "en"]),
                            ({"docs": [], "config": {"lang": ["de"]}}, ["de"])):
        for separators in ((",", ":"), (", ", ": ")):
            index.write_text(json.dumps(data, ensure_ascii=False, separators=separators), encoding="utf-8")
            assert search_languages(tmp_path) == languages


def test_links_to_files_left_out_point_online(tmp_path):
    page = tmp_path / "du-lieu" / "index.html"
    page.parent.mkdir()
    page.write_text('<a href="nghi-quyet.json">a</a> <a href="chi-tieu.csv">b</a> '
                    '<a href="../index.html#x">c</a> <a href="https://other.example/">d</a>', encoding="utf-8")
    assert link_online(tmp_path, {"du-lieu/nghi-quyet.json"}, SITE) == 1
    assert page.read_text(encoding="utf-8") == (
        f'<a href="{SITE}du-lieu/nghi-quyet.json">a</a> <a href="chi-tieu.csv">b</a> '
        '<a href="../index.html#x">c</a> <a href="https://other.example/">d</a>')


def test_online_address_of_an_offline_page():
    assert online_address("index.html", SITE) == SITE
    assert online_address("nghi-quyet/11-nq-tu.html#nguon-1", SITE) == SITE + "nghi-quyet/11-nq-tu/#nguon-1"
    assert online_address("hoc-tap/11-nq-tu/index.html", SITE) == SITE + "hoc-tap/11-nq-tu/"


def _pdf_with_link(uri: str, when: str) -> bytes:
    writer = PdfWriter()
    writer.add_blank_page(200, 200)
    writer.add_annotation(0, Link(rect=(10, 10, 100, 30), url=uri))
    writer.add_metadata({"/CreationDate": when, "/ModDate": when})
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def test_handout_pdfs_lose_print_time_and_build_folder_links():
    build = "file:///tmp/nq-bundle-abc/site/"
    first = normalise_pdf(_pdf_with_link(build + "nghi-quyet/11-nq-tu.html#a", "D:20990101000000+00'00'"),
                          build, SITE, 1700000000)
    again = normalise_pdf(_pdf_with_link(build + "nghi-quyet/11-nq-tu.html#a", "D:20980101000000+00'00'"),
                          build, SITE, 1700000000)
    assert first == again
    reader = PdfReader(io.BytesIO(first))
    assert reader.metadata["/CreationDate"] == "D:20231114221320+00'00'"
    uri = reader.pages[0]["/Annots"][0].get_object()["/A"]["/URI"]
    assert uri == SITE + "nghi-quyet/11-nq-tu/#a"


def _fake_bundle(dist, payload=b"PK fake zip"):
    dist.mkdir(parents=True, exist_ok=True)
    (dist / "so-tay-nghi-quyet-20250102-offline.zip").write_bytes(payload)
    (dist / "bundle.json").write_text(json.dumps({
        "file": "so-tay-nghi-quyet-20250102-offline.zip", "bytes": len(payload), "sha256": "ab" * 32,
        "build_date": "2025-01-02"}), encoding="utf-8")


def test_download_page_without_a_bundle_says_so(tmp_path):
    page = download_page(tmp_path / "dist", offline=False, site_url=SITE)
    assert page.src_uri == "tai-ve/index.md"
    assert "chưa được dựng" in page.content and ".zip" not in page.content
    assert "Đã sẵn sàng dùng khi không có mạng" in page.content  # the phone's way


def test_download_page_inside_the_bundle_points_to_the_newest(tmp_path):
    _fake_bundle(tmp_path / "dist")
    page = download_page(tmp_path / "dist", offline=True, site_url=SITE)
    assert "bản ngoại tuyến" in page.content and f"]({SITE}tai-ve/)" in page.content
    assert ".zip" not in page.content


def test_download_page_ignores_a_bundle_json_without_its_zip(tmp_path):
    _fake_bundle(tmp_path / "dist")
    (tmp_path / "dist" / "so-tay-nghi-quyet-20250102-offline.zip").unlink()
    assert latest_bundle(tmp_path / "dist") is None


def test_online_build_publishes_the_latest_bundle_with_size_and_date(tmp_path):
    project = copy_build_inputs(tmp_path / "project")
    payload = b"PK" + bytes(2500)
    _fake_bundle(project / "dist", payload)
    site = tmp_path / "site"
    result = mkdocs_build(project, site)
    assert result.returncode == 0, result.stderr
    html = (site / "tai-ve" / "index.html").read_text(encoding="utf-8")
    assert f'href="{STABLE_ZIP}"' in html and 'download="so-tay-nghi-quyet-20250102-offline.zip"' in html
    assert "ZIP, 2 KB, dựng ngày 02/01/2025" in html
    _fake_bundle(project / "dist", b"PK" + bytes(int(2.3 * 1024 * 1024)))
    assert "ZIP, 2,3 MB," in download_page(project / "dist", offline=False, site_url=SITE).content
    assert (site / "tai-ve" / STABLE_ZIP).read_bytes() == payload


def test_bundle_stats_counts_pdfs_apart(tmp_path):
    path = tmp_path / "b.zip"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("index.html", "x" * 1000)
        archive.writestr("pdf/a.pdf", os.urandom(5000))
    stats = bundle_stats(path)
    assert stats["files"] == 2 and stats["pdf_files"] == 1 and stats["pdf_bytes"] == 5000
    assert stats["zip_bytes_without_pdfs"] < stats["zip_bytes"] - 5000
