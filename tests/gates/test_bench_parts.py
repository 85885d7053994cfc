"""The benchmark's parts that can be checked without running it: the synthetic projects,
the plain-MkDocs twin, the stock-theme twin, the measuring server and the budget verdicts."""

from __future__ import annotations

import gzip
import urllib.error
import urllib.request

from quality.budgets import Budget, budgets, paint_budgets
from quality.build_bench import add_dump_hook
from quality.paint import first_load_bytes, ratios, stock_config
from quality.server import serve
from quality.synthetic import BASELINE_CONFIG, BASELINE_DOCS, baseline_project, scaled_project

from nqhandbook.data.load import load_dataset

from helpers import fixture_project, mkdocs_build


def test_scaled_project_has_that_many_valid_resolutions_outside_the_repository(tmp_path, root):
    before = sorted(p.name for p in (root / "data" / "resolutions").iterdir())
    project = scaled_project(tmp_path / "project", 20)
    dataset = load_dataset(project)
    numbers = [entry.resolution.number for entry in dataset.entries]
    assert len(numbers) == len(set(numbers)) == 20
    assert {"1000-NQ/TU", "1003-NQ/TU"} <= set(numbers)
    # the copy's package is compiled, as the engine's installed packages are
    assert (project / "hooks" / "nqhandbook" / "data" / "__pycache__").is_dir()
    assert sorted(p.name for p in (root / "data" / "resolutions").iterdir()) == before


def test_baseline_twin_has_the_generated_pages_and_no_hooks(tmp_path, root):
    project = scaled_project(tmp_path / "project", 16)
    generated = tmp_path / "generated" / "nghi-quyet"
    generated.mkdir(parents=True)
    (generated / "11-nq-tu.md").write_text("# 11-NQ/TU\n", encoding="utf-8")
    config = (project / baseline_project(project, tmp_path / "generated")).read_text(encoding="utf-8")
    assert BASELINE_CONFIG.endswith(".yml") and "hooks:" not in config
    assert f"docs_dir: {BASELINE_DOCS}" in config
    assert (project / BASELINE_DOCS / "nghi-quyet" / "11-nq-tu.md").is_file()
    assert (project / BASELINE_DOCS / "huong-dan").is_dir()  # the hand-written docs too


def test_dump_hook_keeps_every_generated_file_after_the_build(tmp_path):
    """The plain twin is made of what the dump hook kept: every page and data file the
    hooks generated, with the content the engine read (hard links to the build's files)."""
    project = fixture_project(tmp_path / "project")
    add_dump_hook(project)
    dump = tmp_path / "generated"
    result = mkdocs_build(project, tmp_path / "site", env={"BENCH_DUMP_DIR": str(dump)})
    assert result.returncode == 0, result.stderr
    page = (dump / "nghi-quyet" / "99-nq-tu.md").read_text(encoding="utf-8")
    assert "99-NQ/TU" in page and (dump / "index.md").is_file()
    assert not (dump / "huong-dan").exists()  # docs/ pages are the project's own, not generated
    # every generated page was dumped: the site has one page per dumped Markdown file or docs page
    dumped = {p.relative_to(dump).as_posix() for p in dump.rglob("*.md")}
    assert "nghi-quyet/index.md" in dumped and len(dumped) > 5


def _get(url: str, gzip_ok: bool = True):
    request = urllib.request.Request(url, headers={"Accept-Encoding": "gzip"} if gzip_ok else {})
    try:
        with urllib.request.urlopen(request, timeout=10) as response:
            return response.status, dict(response.headers), response.read()
    except urllib.error.HTTPError as err:
        return err.code, dict(err.headers), err.read()


def test_server_compresses_caches_mounts_and_logs(tmp_path):
    (tmp_path / "index.html").write_text("<p>trang chủ</p>" * 50, encoding="utf-8")
    (tmp_path / "404.html").write_text("Không tìm thấy trang", encoding="utf-8")
    (tmp_path / "logo.png").write_bytes(b"\x89PNG" + b"\0" * 100)
    log: list = []
    with serve(tmp_path, "/so-tay/", log) as base:
        assert base.endswith("/so-tay/")
        status, headers, body = _get(base)
        assert status == 200 and headers["Content-Encoding"] == "gzip" and headers["Cache-Control"] == "max-age=600"
        assert gzip.decompress(body).decode("utf-8") == "<p>trang chủ</p>" * 50
        status, headers, body = _get(base + "logo.png")
        assert "Content-Encoding" not in headers and len(body) == 104
        assert _get(base + "khong-co/", gzip_ok=False)[::2] == (404, "Không tìm thấy trang".encode())
        assert _get(base.replace("/so-tay/", "/khac/"), gzip_ok=False)[0] == 404
    assert [(e.path, e.status) for e in log] == [("/so-tay/", 200), ("/so-tay/logo.png", 200),
                                                 ("/so-tay/khong-co/", 404), ("/khac/", 404)]
    assert log[0].raw == len("<p>trang chủ</p>".encode()) * 50 > log[0].sent


def test_budget_verdicts():
    assert Budget("x", 89.9, 90, "KB").verdict == "pass"
    assert Budget("x", 90.1, 90, "KB").verdict == "FAIL"
    assert Budget("x", 97, 98, "score", at_least=True).verdict == "FAIL"
    assert Budget("x", None, 98, "score", at_least=True).verdict == "n/a"


def test_every_budget_is_reported_even_when_nothing_was_measured():
    found = budgets({})
    assert len(found) == 43 and {b.verdict for b in found} == {"n/a"}
    assert len({b.name for b in found}) == len(found)


def test_stock_twin_keeps_config_and_hooks_and_drops_overrides_and_extra_files(tmp_path, root):
    import yaml

    config = stock_config(tmp_path)
    data = yaml.safe_load(config.read_text(encoding="utf-8"))
    assert data["INHERIT"] == str(root / "mkdocs.yml")
    assert data["extra_css"] == [] and data["extra_javascript"] == [] and data["watch"] == []
    assert data["docs_dir"] == str(root / "docs")
    assert data["hooks"] == [str(root / "hooks" / "main.py")]  # the same generated pages
    empty = tmp_path / "no-overrides"
    assert data["theme"] == {"custom_dir": str(empty)} and empty.is_dir() and not any(empty.iterdir())


def test_paint_ratios_and_their_budgets():
    ours = {"lcp_ms": 900, "fcp_ms": 800, "tbt_ms": 0, "first_load_bytes": 60_000}
    stock = {"lcp_ms": 1000, "fcp_ms": 800, "tbt_ms": 0, "first_load_bytes": 150_000}
    found = ratios(ours, stock)
    assert found == {"lcp_ms": 0.9, "fcp_ms": 1.0, "tbt_ms": 1.0, "si_ms": None, "first_load_bytes": 0.4}
    assert ratios({"tbt_ms": 30}, {"tbt_ms": 0})["tbt_ms"] == float("inf")
    assert first_load_bytes({"gzip_bytes": 70, "search_index_gzip_bytes": 60}) == 130
    results = {"paint": {"ratios": {"home": {**found, "tbt_ms": 1.01}}, "sides": {"ours": {"home": {"accessibility": 100}}}}}
    verdicts = {b.name: b.verdict for b in paint_budgets(results)}
    assert verdicts["home: LCP, ours / stock"] == verdicts["home: FCP, ours / stock"] == "pass"
    assert verdicts["home: TBT, ours / stock"] == "FAIL"
    assert verdicts["home: first-load bytes, ours / stock"] == "pass"
    assert verdicts["Lighthouse home: accessibility"] == "pass"
    assert verdicts["resolution: LCP, ours / stock"] == "n/a"
