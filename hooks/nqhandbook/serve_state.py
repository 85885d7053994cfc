"""What `mkdocs serve` keeps between rebuilds. MkDocs re-imports hooks/main.py for every
rebuild, so the last good build and the serving flag live here, in the package, which is
imported once per process."""

from __future__ import annotations

serving = False  # set by hooks/main.py on_startup(command="serve")
last_good: dict | None = None  # the hook state of the last build whose data was valid
