"""Every internal link and anchor of the built site resolves; the checker itself catches
each kind of breakage."""

from __future__ import annotations

import json

from quality.links import Broken, broken_links


def made_after_build(root) -> set[str]:
    """The print PDFs `make pdf` writes into site/pdf/ after `mkdocs build` (their content
    is tested with the learning pages); nothing if that step does not exist."""
    try:
        from nqhandbook.layout import BOOKLET_PDF, PDF_DIR
        from nqhandbook.pages.learning import pdf_name
    except ImportError:
        return set()
    from nqhandbook.data.load import load_dataset
    names = [pdf_name(res) for res in load_dataset(root).resolutions] + [BOOKLET_PDF]
    return {f"{PDF_DIR}/{name}" for name in names}


def test_no_broken_internal_link_or_anchor(built_site, root):
    broken = broken_links(built_site, made_later=made_after_build(root))
    assert not broken, "\n".join(f"{b.source}: {b.link} ({b.reason})" for b in broken)


def _page(body: str, up: str = "") -> str:
    return ('<html><head><link rel="canonical" href="https://example.org/so-tay/">'
            f'<link rel="stylesheet" href="{up}assets/site.css"></head><body>{body}</body></html>')


def test_checker_reports_each_kind_of_broken_link(tmp_path):
    site = tmp_path
    (site / "assets").mkdir()
    (site / "assets" / "site.css").write_text(
        'a { background: url("../img/missing.png") } b { background: url(data:image/png;base64,AA==) }',
        encoding="utf-8")
    (site / "nghi-quyet").mkdir()
    (site / "nghi-quyet" / "index.html").write_text(_page(
        '<h2 id="chỉ-tiêu">Chỉ tiêu</h2><a name="cu">old</a>', up="../"), encoding="utf-8")
    (site / "index.html").write_text(_page(
        '<a href="nghi-quyet/">ok</a>'
        '<a href="nghi-quyet/#ch%E1%BB%89-ti%C3%AAu">ok, encoded Vietnamese anchor</a>'
        '<a href="nghi-quyet/#cu">ok, a name</a>'
        '<a href="/so-tay/nghi-quyet/">ok, absolute path under the site</a>'
        '<a href="https://example.org/so-tay/nghi-quyet/">ok, the published address</a>'
        '<a href="https://github.com/x/y">another host: not checked</a>'
        '<a href="mailto:a@b.c">mail</a><a href="#">top</a>'
        '<a href="ke-hoach/">missing page</a>'
        '<a href="nghi-quyet/#muc-tieu">missing anchor</a>'
        '<a href="#nowhere">missing local anchor</a>'
        '<img src="img/logo.svg" alt="">'
        '<a href="/other/">outside the site</a>'
        '<a href="pdf/a.pdf">made later</a><a href="pdf/b.pdf">not made</a>'), encoding="utf-8")
    (site / "search").mkdir()
    (site / "search" / "search_index.json").write_text(json.dumps(
        {"docs": [{"location": ""}, {"location": "nghi-quyet/#chỉ-tiêu"}, {"location": "nghi-quyet/#gone"}]}),
        encoding="utf-8")
    (site / "sitemap.xml").write_text(
        "<urlset><url><loc>https://example.org/so-tay/</loc></url>"
        "<url><loc>https://example.org/so-tay/xoa/</loc></url></urlset>", encoding="utf-8")

    assert sorted(broken_links(site, made_later={"pdf/a.pdf"}), key=lambda b: (b.source, b.link)) == [
        Broken("assets/site.css", "../img/missing.png", "no such file"),
        Broken("index.html", "#nowhere", 'no id "nowhere" in index.html'),
        Broken("index.html", "/other/", "outside the site's path"),
        Broken("index.html", "img/logo.svg", "no such file"),
        Broken("index.html", "ke-hoach/", "no such file"),
        Broken("index.html", "nghi-quyet/#muc-tieu", 'no id "muc-tieu" in nghi-quyet/index.html'),
        Broken("index.html", "pdf/b.pdf", "no such file"),
        Broken("search/search_index.json", "nghi-quyet/#gone", 'no id "gone" in nghi-quyet/index.html'),
        Broken("sitemap.xml", "https://example.org/so-tay/xoa/", "no such file"),
    ]
