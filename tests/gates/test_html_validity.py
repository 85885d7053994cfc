"""Every built page is valid HTML for the Nu Html Checker (vnu-jar): 0 errors, apart from
the few that come from mkdocs-material's own markup, each filtered by message and markup
with its reason (quality.html_validity.MATERIAL_MARKUP)."""

from __future__ import annotations

from quality.html_validity import accepted_reason, html_errors, run_vnu


def test_every_page_is_valid_html(built_site):
    errors = html_errors(built_site)
    assert not errors, "\n".join(f"{e.file}:{e.line}: {e.message} [{e.extract.strip()}]" for e in errors)


def test_only_materials_own_markup_is_filtered(tmp_path):
    page = tmp_path / "page.html"
    page.write_text(
        '<!doctype html><html lang="vi"><head><meta charset="utf-8"><title>t</title></head><body>'
        '<input class="md-toggle" data-md-toggle="drawer" type="checkbox" id="__drawer" autocomplete="off">'
        '<input class="ours" type="checkbox" id="ours" autocomplete="off">'
        '<label class="md-nav__title" for="__toc">Mục lục</label>'
        '<label for="nowhere">ours</label>'
        '<img src="ours.png"></body></html>', encoding="utf-8")
    errors = run_vnu([page])
    kept = [e for e in errors if accepted_reason(e) is None]
    assert sorted(e.extract for e in errors if e not in kept) == [
        '<input class="md-toggle" data-md-toggle="drawer" type="checkbox" id="__drawer" autocomplete="off">']
    # The table of contents' title with no __toc toggle: every page that has a table of
    # contents now has the toggle (Material's for pages in the navigation, ours otherwise:
    # overrides/partials/drawer-sections.html), so a title without it is an error again.
    assert sorted(e.extract for e in kept) == [
        '<img src="ours.png">', '<input class="ours" type="checkbox" id="ours" autocomplete="off">',
        '<label class="md-nav__title" for="__toc">', '<label for="nowhere">']
