"""Accessibility with axe-core (npm axe-core, injected into the page by Playwright)."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
AXE_JS = ROOT / "node_modules" / "axe-core" / "axe.min.js"
BLOCKING = ("serious", "critical")

RUN = """async () => {
  const result = await axe.run(document, {resultTypes: ["violations"]});
  return result.violations.map(v => ({id: v.id, impact: v.impact, help: v.help,
    nodes: v.nodes.map(n => n.target.join(" ") + ": " + (n.failureSummary || "").replace(/\\s+/g, " "))}));
}"""


@dataclass(frozen=True)
class Violation:
    rule: str
    impact: str
    help: str
    nodes: tuple[str, ...]

    def __str__(self) -> str:
        shown = "; ".join(self.nodes[:3]) + (f" (+{len(self.nodes) - 3} more)" if len(self.nodes) > 3 else "")
        return f"{self.impact} {self.rule}: {self.help} -> {shown}"


def axe_violations(page, impacts: tuple[str, ...] = BLOCKING) -> list[Violation]:
    """Run axe on the page as it is now; violations of the given impacts."""
    if not AXE_JS.is_file():
        raise FileNotFoundError(f"{AXE_JS} is missing: run `npm ci`")
    if not page.evaluate("typeof window.axe !== 'undefined'"):
        page.add_script_tag(path=str(AXE_JS))
    found = page.evaluate(RUN)
    return [Violation(v["id"], v["impact"], v["help"], tuple(v["nodes"]))
            for v in found if v["impact"] in impacts]
