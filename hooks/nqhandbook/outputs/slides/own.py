"""Who owns each fact, as the slides need it (the rules of issue 12, /work/notes/honest-schema.md).

A small adapter: it reads the ownership keys with getattr defaults, so it works on the
model before and after `owner`, `owner_note`, `unconfirmed` and `issuer: unknown` exist.
When the honest-views API is merged, these functions become thin calls to it.

Owners: "own" (the resolution itself), "doc" (a named related document, `of`),
"context" (a province-wide or district figure not tied to the resolution), "uncertain".
"""

from __future__ import annotations

OWN, DOC, CONTEXT, UNCERTAIN = "own", "doc", "context", "uncertain"
UNKNOWN_ISSUER = "chưa rõ cơ quan ban hành"
UNCONFIRMED = "chưa xác nhận"


def _value(raw) -> str | None:
    raw = getattr(raw, "value", raw)
    return str(raw) if raw is not None else None


def owner(item, result: bool = False) -> str:
    """The owner of a fact, target, task group or result. A result (Result, TargetResult)
    is the resolution's own only with `linked: true`; without any key it is context."""
    declared = _value(getattr(item, "owner", None))
    if declared == "uncertain":
        return UNCERTAIN
    if declared == "context":
        return CONTEXT
    if getattr(item, "of", None):
        return DOC
    if result and not getattr(item, "linked", False):
        return CONTEXT
    return OWN


def owner_note(item) -> str:
    return getattr(item, "owner_note", None) or ""


def own_targets(res) -> list:
    return [t for t in res.targets.items if owner(t) == OWN]


def other_doc_targets(res) -> list:
    """Targets that are not the resolution's own: other documents', uncertain, context."""
    return [t for t in res.targets.items if owner(t) != OWN]


def own_results(res) -> list:
    return [r for r in res.results.items if owner(r, result=True) == OWN]


def unconfirmed(res) -> set[str]:
    return set(getattr(res, "unconfirmed", None) or [])


def issuer_label(res) -> str:
    """The issuing body as far as it is known: never a name the data does not give."""
    issuer = _value(getattr(res, "issuer", None))
    if issuer in (None, "unknown"):
        return UNKNOWN_ISSUER
    from ...model import ISSUER_NAMES, Issuer  # noqa: PLC0415 (lazy: the adapter stays model-light)

    name = ISSUER_NAMES[Issuer(issuer)]
    return f"{name} ({UNCONFIRMED})" if "issuer" in unconfirmed(res) else name
