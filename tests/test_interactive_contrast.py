"""Every button and summary keeps readable text in both colour schemes, at rest, under the
pointer, while pressed and after a tap (the focus stays on it): 4.5:1 or more, as WCAG AA
asks of small text. axe checks the resting state of everything; this checks the states axe
does not see."""

from __future__ import annotations

import pytest

from helpers import PHONE

pytestmark = pytest.mark.browser

PAGES = ("hoc-tap/11-nq-tu/", "nghi-quyet/11-nq-tu/", "hoc-tap/", "tai-ve/")
CONTROLS = "article button, article .md-button, article summary"
MIN_RATIO = 4.5

# Text colour against the colour actually behind it: backgrounds are composited upwards
# until an opaque one is found (the page's own background last).
CONTRAST_JS = """el => {
  const parse = c => { const m = c.match(/[\\d.]+/g).map(Number); return [m[0], m[1], m[2], m.length > 3 ? m[3] : 1]; };
  const over = (top, bottom) => { const a = top[3]; return [0, 1, 2].map(i => top[i] * a + bottom[i] * (1 - a)).concat([1]); };
  const layers = [];
  for (let node = el; node; node = node.parentElement) {
    const bg = parse(getComputedStyle(node).backgroundColor);
    if (bg[3] > 0) { layers.push(bg); if (bg[3] >= 1) break; }
  }
  let back = [255, 255, 255, 1];
  if (!layers.length || layers[layers.length - 1][3] < 1) {
    const root = parse(getComputedStyle(document.body).backgroundColor);
    back = root[3] > 0 ? over(root, back) : back;
  }
  for (let i = layers.length - 1; i >= 0; i--) back = over(layers[i], back);
  const fg = over(parse(getComputedStyle(el).color), back);
  const lum = c => { const s = c.slice(0, 3).map(v => { v /= 255; return v <= 0.03928 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4); });
                     return 0.2126 * s[0] + 0.7152 * s[1] + 0.0722 * s[2]; };
  const [a, b] = [lum(fg), lum(back)].sort((x, y) => y - x);
  return Math.round((a + 0.05) / (b + 0.05) * 100) / 100;
}"""


STATES = {"rest": [], "hover": ["hover"], "pressed": ["hover", "active", "focus"],
          "focused after a tap": ["focus", "focus-visible"]}


@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_buttons_stay_readable_in_every_state(browser, site_url, scheme):
    context = browser.new_context(viewport=PHONE, color_scheme=scheme, locale="vi-VN")
    page = context.new_page()
    cdp = context.new_cdp_session(page)
    failures, checked = [], 0
    for path in PAGES:
        page.goto(site_url + path)
        page.wait_for_load_state("load")
        page.evaluate("document.querySelectorAll('article details').forEach(d => d.open = true)")
        # Colours are measured where they end, not halfway through the theme's transitions.
        page.add_style_tag(content="*, *::before, *::after { transition: none !important; }")
        cdp.send("DOM.enable")
        cdp.send("CSS.enable")
        root = cdp.send("DOM.getDocument", {"depth": -1})["root"]["nodeId"]
        node_ids = cdp.send("DOM.querySelectorAll", {"nodeId": root, "selector": CONTROLS})["nodeIds"]
        handles = page.query_selector_all(CONTROLS)
        assert len(node_ids) == len(handles)
        for node_id, control in zip(node_ids, handles, strict=False):
            if not control.is_visible():
                continue
            label = f"{path} {control.inner_text().strip()[:40]!r}"
            for state, pseudo in STATES.items():
                # The browser's own state machine, without clicking (a link would navigate).
                cdp.send("CSS.forcePseudoState", {"nodeId": node_id, "forcedPseudoClasses": pseudo})
                ratio = control.evaluate(CONTRAST_JS)
                if ratio < MIN_RATIO:
                    failures.append(f"{label} {state}: {ratio}")
            cdp.send("CSS.forcePseudoState", {"nodeId": node_id, "forcedPseudoClasses": []})
            checked += 1
    context.close()
    assert checked >= 8  # the share button, the quiz's buttons, the learning page's links
    assert not failures, "\n".join(failures)
