"""Time and peak memory of `properdocs build` runs, each in its own child process.

Wall time is what an editor waits; CPU time (user + system, from the child's rusage) is
what the work costs and is steadier when two builds share the machine. Peak memory is the
child's maximum resident set size (ru_maxrss, which covers processes it waited for).
"""

from __future__ import annotations

import os
import signal
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from dataclasses import asdict, dataclass
from pathlib import Path

DUMP_HOOK = '''"""Benchmark helper hook: put every file the other hooks generated under $BENCH_DUMP_DIR.

A hard link where the file is on disk (the hooks write their data files into the site
folder), so that the timed build does not also pay for copying them; a copy of the content
otherwise (pages, which the engine takes as content)."""
import os
from pathlib import Path


def on_files(files, config):
    out = os.environ.get("BENCH_DUMP_DIR")
    for file in files if out else ():
        if file.generated_by:
            target = Path(out) / file.src_uri
            target.parent.mkdir(parents=True, exist_ok=True)
            if file.abs_src_path:
                try:
                    os.link(file.abs_src_path, target)
                    continue
                except OSError:  # another file system: copy below
                    pass
            target.write_bytes(file.content_bytes)
    return files
'''


@dataclass
class BuildRun:
    ok: bool
    wall_s: float
    cpu_s: float
    peak_mb: float
    pages: int
    error: str = ""


def timed_build(project: Path, config: str = "mkdocs.yml", env: dict | None = None,
                timeout_s: float = 1800) -> BuildRun:
    """One strict build of `project` with `config` into a fresh temporary folder."""
    with tempfile.TemporaryDirectory(prefix="bench-site-") as site, \
            tempfile.TemporaryFile(mode="w+", encoding="utf-8") as errors:
        started = time.perf_counter()
        proc = subprocess.Popen(
            [sys.executable, "-m", "properdocs", "build", "--strict", "-q", "-f", config, "-d", site],
            cwd=project, stdout=subprocess.DEVNULL, stderr=errors, start_new_session=True,
            env={**os.environ, "NO_MKDOCS_2_WARNING": "1", **(env or {})},
        )
        timer = threading.Timer(timeout_s, os.killpg, (proc.pid, signal.SIGKILL))
        timer.start()
        try:
            _, status, usage = os.wait4(proc.pid, 0)
        finally:
            timer.cancel()
        proc.returncode = os.waitstatus_to_exitcode(status)
        wall = time.perf_counter() - started
        errors.seek(0)
        message = errors.read()[-2000:]
        pages = sum(1 for _ in Path(site).rglob("*.html"))
    if proc.returncode != 0 and not message:
        message = f"killed after {timeout_s:.0f} s" if proc.returncode < 0 else f"exit {proc.returncode}"
    return BuildRun(proc.returncode == 0, wall, usage.ru_utime + usage.ru_stime,
                    usage.ru_maxrss / 1024, pages, message.strip())


def add_dump_hook(project: Path) -> None:
    """Append the dump hook to the project's `hooks:` list (used by the first run only)."""
    (project / "bench_dump_hook.py").write_text(DUMP_HOOK, encoding="utf-8")
    config = project / "mkdocs.yml"
    text = config.read_text(encoding="utf-8")
    if "hooks:\n  - hooks/main.py\n" not in text:
        raise ValueError("mkdocs.yml: expected `hooks:\\n  - hooks/main.py`")
    config.write_text(text.replace("hooks:\n  - hooks/main.py\n",
                                   "hooks:\n  - hooks/main.py\n  - bench_dump_hook.py\n"), encoding="utf-8")


def summary(runs: list[BuildRun]) -> dict:
    """Medians over successful runs (and every run, for the record)."""
    good = [r for r in runs if r.ok]
    if not good:
        return {"ok": False, "error": runs[-1].error if runs else "not run", "runs": [asdict(r) for r in runs]}
    pages = good[0].pages
    wall = statistics.median(r.wall_s for r in good)
    cpu = statistics.median(r.cpu_s for r in good)
    return {"ok": True, "pages": pages, "wall_s": round(wall, 3), "cpu_s": round(cpu, 3),
            "peak_mb": round(max(r.peak_mb for r in good), 1),
            "wall_ms_per_page": round(1000 * wall / pages, 2), "cpu_ms_per_page": round(1000 * cpu / pages, 2),
            "runs": [asdict(r) for r in runs]}
