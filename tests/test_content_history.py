"""Last update and recent content changes come from git; without git the page falls back
to the build date, and the edit links point at the data file."""

from __future__ import annotations

import subprocess

from helpers import fixture_project, mkdocs_build
from nqhandbook import build_cache
from nqhandbook.data import history
from nqhandbook.data.history import Change, content_notes, read_history


def git(project, *args):
    subprocess.run(["git", *args], cwd=project, check=True, capture_output=True,
                   env={"GIT_AUTHOR_NAME": "t", "GIT_AUTHOR_EMAIL": "t@example.invalid",
                        "GIT_COMMITTER_NAME": "t", "GIT_COMMITTER_EMAIL": "t@example.invalid",
                        "GIT_AUTHOR_DATE": "2026-03-04T10:00:00", "GIT_COMMITTER_DATE": "2026-03-04T10:00:00",
                        "PATH": "/usr/bin:/bin"})


def test_resolution_page_shows_its_git_history(tmp_path):
    project = fixture_project(tmp_path / "project")
    git(project, "init", "-q")
    git(project, "add", "-A")
    git(project, "commit", "-qm", "99-NQ/TU: thêm chỉ tiêu lượt khách năm 2030")
    site = tmp_path / "site"
    unset = {"SOURCE_DATE_EPOCH": None}  # the build date is then the last commit's
    assert mkdocs_build(project, site, env=unset).returncode == 0
    html = (site / "nghi-quyet" / "99-nq-tu" / "index.html").read_text(encoding="utf-8")
    assert "Cập nhật lần cuối: 04/03/2026" in html
    assert "<strong>04/03/2026:</strong> thêm chỉ tiêu lượt khách năm 2030" in html
    edit = "https://github.com/laocai-nghiquyet/so-tay/edit/main/data/resolutions/99-nq-tu.yml"
    assert f'href="{edit}" rel="edit">Sửa nội dung này' in html


def test_without_git_history_the_build_date_is_shown(tmp_path):
    project = fixture_project(tmp_path / "project")
    site = tmp_path / "site"
    noon = "1795150800"  # 2026-11-20 12:00 in Hà Nội
    assert mkdocs_build(project, site, env={"SOURCE_DATE_EPOCH": noon}).returncode == 0
    html = (site / "nghi-quyet" / "99-nq-tu" / "index.html").read_text(encoding="utf-8")
    assert "Cập nhật lần cuối" not in html
    assert "Nội dung theo bản dựng ngày 20/11/2026" in html
    assert "Lịch sử cập nhật nội dung" not in html


def test_developers_commit_subjects_never_reach_the_content_history(tmp_path):
    """Only subjects written as editors are taught ("11-NQ/TU: ...") are content history;
    a code commit touching the data file, or a note for another resolution, is not."""
    project = fixture_project(tmp_path / "project")
    git(project, "init", "-q")
    git(project, "add", "-A")
    git(project, "commit", "-qm", "Generator core: model, validator, templates")
    data = project / "data" / "resolutions" / "99-nq-tu.yml"
    data.write_text(data.read_text(encoding="utf-8") + "\n", encoding="utf-8")
    git(project, "commit", "-qam", "09-NQ/TU: sửa ngày ban hành")
    site = tmp_path / "site"
    assert mkdocs_build(project, site).returncode == 0
    html = (site / "nghi-quyet" / "99-nq-tu" / "index.html").read_text(encoding="utf-8")
    assert "Cập nhật lần cuối: 04/03/2026" in html
    assert "Generator core" not in html
    assert "sửa ngày ban hành" not in html
    assert "Lịch sử cập nhật nội dung" not in html


def test_content_notes_keep_only_this_resolutions_editor_lines():
    changes = [
        Change("2026-05-02", "9-NQ/TU : bổ sung kết quả năm 2025"),
        Change("2026-05-01", "09-NQ/TU broadcast within 400 words"),
        Change("2026-04-30", "19-NQ/TU: không phải nghị quyết này"),
        Change("2026-04-29", "09-NQ/TU:"),
        Change("2026-04-28", "09-NQ/TU: sửa nguồn S3"),
        Change("2026-04-27", "09-NQ/TU: keep identity sources as the build test expects"),
    ]
    assert content_notes(changes, "09-NQ/TU") == [
        Change("2026-05-02", "bổ sung kết quả năm 2025"),
        Change("2026-04-28", "sửa nguồn S3"),
    ]


def test_the_history_kept_for_the_next_build_follows_head(tmp_path, monkeypatch):
    """A build keeps the history it read under HEAD's commit (nqhandbook.build_cache): a new
    commit, its branch in a loose or a packed ref, is in the next read; an unchanged HEAD
    needs no git."""
    project = fixture_project(tmp_path / "project")
    data = "data/resolutions/99-nq-tu.yml"
    git(project, "init", "-q")
    git(project, "add", "-A")
    git(project, "commit", "-qm", "99-NQ/TU: thêm chỉ tiêu lượt khách năm 2030")
    build_cache.use(tmp_path / "cache")
    try:
        first = read_history(project)
        assert [change.subject for change in first[data]] == ["99-NQ/TU: thêm chỉ tiêu lượt khách năm 2030"]
        (project / data).write_text((project / data).read_text(encoding="utf-8") + "\n", encoding="utf-8")
        git(project, "commit", "-qam", "99-NQ/TU: sửa số liệu năm 2024")
        git(project, "pack-refs", "--all")  # the branch now only in .git/packed-refs
        second = read_history(project)
        assert [change.subject for change in second[data]] == [
            "99-NQ/TU: sửa số liệu năm 2024", "99-NQ/TU: thêm chỉ tiêu lượt khách năm 2030"]
        assert len(list((tmp_path / "cache" / "git-history").iterdir())) == 2

        def no_git(*args, **kwargs):
            raise AssertionError("git was run")

        monkeypatch.setattr(history.subprocess, "run", no_git)
        assert read_history(project) == second
    finally:
        build_cache.use(None)
