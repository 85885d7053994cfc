"""The pages' one stylesheet (hooks/nqhandbook/stylesheet.py): Material's two and ours joined
in cascade order, linked alone by every page."""

from __future__ import annotations

import pytest

from nqhandbook.site.stylesheet import SITE_STYLESHEET, StylesheetError, write_site_stylesheet


def _site(tmp_path, palette=True):
    sheets = tmp_path / "assets" / "stylesheets"
    sheets.mkdir(parents=True)
    (sheets / "main.abc123.min.css").write_text(
        '@charset "UTF-8";html{color:red}\n/*# sourceMappingURL=main.abc123.min.css.map*/', encoding="utf-8")
    if palette:
        (sheets / "palette.def456.min.css").write_text("[data-md-color-scheme=slate]{color:#fff}", encoding="utf-8")
    ours = tmp_path / "assets" / "css"
    ours.mkdir(parents=True)
    (ours / "handbook.css").write_text('/* Our rules. */\n.status-achieved::before { content: "✓ "; }\n\n'
                                       '@media print {\n  /* Paper. */\n  a { color: #000; }\n}\n', encoding="utf-8")
    (tmp_path / "index.html").write_text('<body data-md-color-scheme="slate">', encoding="utf-8")
    return tmp_path


def test_material_first_then_ours_one_charset_no_source_map(tmp_path):
    text = write_site_stylesheet(_site(tmp_path)).read_text(encoding="utf-8")
    assert text.startswith('@charset "UTF-8";\n') and text.count("@charset") == 1
    assert text.index("html{color:red}") < text.index("[data-md-color-scheme=slate]") < text.index('content: "✓ "')
    assert "@media print {\na { color: #000; }\n}" in text  # print rules travel inside it
    assert "sourceMappingURL" not in text and "Our rules" not in text and "Paper" not in text


def test_a_missing_part_is_an_error_not_a_partial_stylesheet(tmp_path):
    with pytest.raises(StylesheetError, match="palette"):
        write_site_stylesheet(_site(tmp_path, palette=False))
    assert not (tmp_path / SITE_STYLESHEET).exists()


def test_built_pages_link_only_the_site_stylesheet(built_site):
    html = (built_site / "nghi-quyet" / "11-nq-tu" / "index.html").read_text(encoding="utf-8")
    assert html.count('rel="stylesheet"') == 1 and 'href="../../assets/css/site.css"' in html
    site_css = (built_site / SITE_STYLESHEET).read_text(encoding="utf-8")
    assert ".js .md-typeset .share-box[hidden] { display: block !important; }" in site_css
    assert site_css.index("main.") < site_css.index("palette.") < site_css.index("handbook.css")


def _pruned(tmp_path, material: str, html: str = "", script: str = "", ours: str = "") -> str:
    """The stylesheet written for a one-page site with `material` as Material's main.css."""
    site = _site(tmp_path)
    (site / "assets" / "stylesheets" / "main.abc123.min.css").write_text(material, encoding="utf-8")
    (site / "assets" / "css" / "handbook.css").write_text(ours, encoding="utf-8")
    (site / "index.html").write_text(html, encoding="utf-8")
    (site / "assets" / "javascripts").mkdir()
    (site / "assets" / "javascripts" / "bundle.min.js").write_text(script, encoding="utf-8")
    text = write_site_stylesheet(site).read_text(encoding="utf-8")
    return text[text.index("main.abc123.min.css */"):text.index("palette.def456")]


def test_rules_no_page_or_script_can_match_are_left_out(tmp_path):
    css = _pruned(
        tmp_path,
        ".md-used{a:1}.md-tags .md-tag{b:2}.md-from-script{c:3}.md-tag--bug{d:4}.md-blog{e:5}"
        ".md-used,.md-blog-post{f:6}@media print{.md-blog{g:7}}@media screen{.md-used>p{h:8}}"
        ":is(.md-blog,.md-used) p{i:9}.md-used:not(.md-never){j:10}a[href$=\".pdf\"]{k:11}"
        ".md-inline{l:12}",
        html='<p class="md-used md-tags"><script>document.body.classList.add("md-inline")</script>',
        script='x.className="md-from-script";y=`md-tag--${name}`')
    assert ".md-used{a:1}" in css and ".md-from-script{c:3}" in css
    assert ".md-tag--bug{d:4}" in css  # built by a script from the prefix md-tag--
    assert ".md-tags .md-tag{b:2}" not in css  # md-tag alone occurs nowhere
    assert "md-blog{" not in css and "@media print" not in css  # an emptied @media goes too
    assert ".md-used{f:6}" in css and "md-blog-post" not in css  # the one selector that can match
    assert "@media screen{.md-used>p{h:8}}" in css
    assert ":is(.md-blog,.md-used) p{i:9}" in css and ".md-used:not(.md-never){j:10}" in css  # unsure: kept
    assert "a[href$=\".pdf\"]{k:11}" in css  # ".pdf" inside an attribute is not a class
    assert ".md-inline{l:12}" in css  # a class an inline script adds


def test_palettes_and_custom_properties_nobody_uses_are_left_out(tmp_path):
    css = _pruned(
        tmp_path,
        "[data-md-color-primary=red]{--md-primary:red}[data-md-color-primary=teal]{--md-primary:teal}"
        ":root{--md-icon-a:url(a.svg);--md-icon-b:url(b.svg);--md-chain:1px;--md-only-chained:var(--md-chain);"
        "--md-ours:2px;--md-script:3px;color:red}body{margin:var(--md-icon-a)}",
        html='<body data-md-color-primary="red">', script='el.style.getPropertyValue("--md-script")',
        ours="p { padding: var(--md-ours); }")
    assert "[data-md-color-primary=red]{--md-primary:red}" not in css  # --md-primary: nobody reads it
    assert "teal" not in css
    assert "--md-icon-a:url(a.svg)" in css and "--md-icon-b" not in css
    assert "--md-chain" not in css and "--md-only-chained" not in css  # read only by an unread one
    assert "--md-ours:2px" in css and "--md-script:3px" in css and "color:red" in css


def test_built_stylesheet_keeps_what_the_pages_use_and_is_smaller_than_materials(built_site):
    site_css = (built_site / SITE_STYLESHEET).read_text(encoding="utf-8")
    material = sum(len(path.read_text(encoding="utf-8")) for path in
                   (built_site / "assets" / "stylesheets").glob("*.min.css"))
    assert len(site_css) < material  # ours included, still less than Material's two files
    for rule in (".md-header{", ".md-search__input{", ".md-typeset .admonition", "[data-md-color-scheme=slate]"):
        assert rule in site_css, rule
    assert "[data-md-color-primary=indigo]" not in site_css and ".md-post__" not in site_css
