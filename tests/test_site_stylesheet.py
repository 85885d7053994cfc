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
