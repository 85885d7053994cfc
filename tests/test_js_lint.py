"""The service worker is a Jinja template, so `make lint` cannot lint it as a file: render it
for a small site and lint the output with the project's eslint config (as "sw.js")."""

from __future__ import annotations

import json
import subprocess

import pytest

from helpers import ROOT
from nqhandbook.site.service_worker import write_service_worker

ESLINT = ROOT / "node_modules" / ".bin" / "eslint"


def eslint_stdin(text: str, name: str = "sw.js") -> list[dict]:
    """eslint's messages for `text` linted as if it were the file `name` at the root."""
    if not ESLINT.is_file():
        pytest.fail("node_modules/.bin/eslint is missing: run `make node` (npm ci)")
    result = subprocess.run([str(ESLINT), "--format", "json", "--stdin", "--stdin-filename", name],
                            input=text, cwd=ROOT, capture_output=True, text=True, encoding="utf-8", timeout=120)
    assert result.returncode in (0, 1), result.stderr
    return [m for report in json.loads(result.stdout) for m in report["messages"]]


@pytest.fixture(scope="module")
def rendered_worker(tmp_path_factory) -> str:
    site = tmp_path_factory.mktemp("sw-site")
    for rel, text in {"index.html": "<p>trang chủ</p>", "404.html": "<p>không có</p>",
                      "nghi-quyet/11-nq-tu/index.html": "<p>11</p>", "assets/a.css": "p{}"}.items():
        (site / rel).parent.mkdir(parents=True, exist_ok=True)
        (site / rel).write_text(text, encoding="utf-8")
    return write_service_worker(site).read_text(encoding="utf-8")


def test_rendered_service_worker_passes_eslint(rendered_worker):
    assert '"nghi-quyet/11-nq-tu/"' in rendered_worker  # the template's data really went in
    assert eslint_stdin(rendered_worker) == []


def test_eslint_sees_a_mistake_in_the_worker(rendered_worker):
    """The check can fail: an undeclared name and `==` added to the same output are found."""
    broken = rendered_worker + '\nif (REVISION == "x") { self.skipWaiting(); }\n'
    assert {m["ruleId"] for m in eslint_stdin(broken)} == {"no-undef", "eqeqeq"}
