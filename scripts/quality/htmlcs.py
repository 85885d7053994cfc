"""Accessibility with a second engine beside axe (quality.axe): HTML_CodeSniffer (npm
html_codesniffer, BSD-3-Clause), its WCAG2AA standard, injected into the page by Playwright.
Nothing is downloaded: the engine is one script from node_modules.

Its errors (type 1; warnings and notices ask for a human judgement and are not counted) are
failures, except those below, which come from mkdocs-material's own markup and are each
matched by the sniff AND the markup, with the reason. Sniff H32.2 asks every form for a
submit button, the WCAG technique for "can be submitted from the keyboard"; Material's two
forms are submitted from the keyboard without one, and tests/gates/test_second_engine.py
proves it by keyboard in the browser. HTMLCS reads markup, not styles: a control hidden with
display:none is still asked for a name.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
HTMLCS_JS = ROOT / "node_modules" / "html_codesniffer" / "build" / "HTMLCS.js"
STANDARD = "WCAG2AA"
ERROR = 1  # HTMLCS message types: 1 error, 2 warning, 3 notice

RUN = """standard => new Promise((resolve, reject) => {
  HTMLCS.process(standard, document, () => resolve(HTMLCS.getMessages()
    .filter(m => m.type === 1)
    .map(m => ({code: m.code, message: m.msg,
                element: m.element && m.element.outerHTML ? m.element.outerHTML.replace(/\\s+/g, " ").slice(0, 200)
                                                          : String(m.element)}))), reject, "en");
})"""

# (sniff code ending, start of the element's markup, why it is accepted)
MATERIAL_MARKUP = [
    ("H32.2", '<form class="md-header__option" data-md-component="palette">',
     "material/templates/partials/palette.html: the light/dark switch is a pair of radio "
     "buttons that apply on change; Enter on the focused switch changes the scheme."),
    ("H32.2", '<form class="md-search__form" name="search">',
     "overrides/partials/search.html (Material's): Enter in the search box opens the best "
     "result (Material's keyboard handler); a submit button would only reload the page."),
    *((sniff, '<input class="md-nav__toggle md-toggle" type="checkbox" id="__toc">',
       "material/templates/partials/nav-item.html: the current page of the navigation gets a "
       "table-of-contents toggle even when it has no sections (then no label); the toggle is "
       "display:none (class md-toggle), so it is not in the accessibility tree at all.")
      for sniff in ("H91.InputCheckbox.Name", "F68")),
]


@dataclass(frozen=True)
class Finding:
    code: str
    message: str
    element: str

    def __str__(self) -> str:
        return f"{self.code}: {self.message} -> {self.element}"


def accepted_reason(finding: Finding) -> str | None:
    for code, markup, reason in MATERIAL_MARKUP:
        if finding.code.endswith(code) and finding.element.startswith(markup):
            return reason
    return None


def htmlcs_findings(page) -> list[Finding]:
    """Every WCAG2AA error HTML_CodeSniffer reports for the page as it is now."""
    if not HTMLCS_JS.is_file():
        raise FileNotFoundError(f"{HTMLCS_JS} is missing: run `npm ci`")
    if not page.evaluate("typeof window.HTMLCS !== 'undefined'"):
        page.add_script_tag(path=str(HTMLCS_JS))
    return [Finding(f["code"], f["message"], f["element"]) for f in page.evaluate(RUN, STANDARD)]


def htmlcs_errors(page) -> list[Finding]:
    """The page's WCAG2AA errors, Material's accepted markup removed."""
    return [f for f in htmlcs_findings(page) if accepted_reason(f) is None]
