"""One Jinja environment for the whole kit, so each template is compiled once per build
(templating.environment() makes a fresh one, and compiling dominates the kit's cost)."""

from __future__ import annotations

from functools import lru_cache

import jinja2

from ...pages.templating import environment


@lru_cache(maxsize=1)
def kit_env() -> jinja2.Environment:
    return environment()
