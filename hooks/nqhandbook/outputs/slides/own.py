"""Who owns each fact, as the slides need it: thin calls to the one answer to "what does
this resolution itself say" (nqhandbook.data.own, issue 12), never a second derivation.

Owners: "own" (the resolution itself), "doc" (a named related document, `of`),
"context" (a province-wide or district figure not tied to the resolution), "uncertain".
"""

from __future__ import annotations

from ...data.own import Ownership, ownership

OWN, DOC, CONTEXT, UNCERTAIN = "own", "doc", "context", "uncertain"
UNKNOWN_ISSUER = "chưa rõ cơ quan ban hành"
UNCONFIRMED = "chưa xác nhận"
_NAMES = {Ownership.own: OWN, Ownership.document: DOC, Ownership.context: CONTEXT,
          Ownership.uncertain: UNCERTAIN}


def owner(item, result: bool = False) -> str:
    """The owner of a fact, target, task group or result (a result is the resolution's own
    only with `linked: true`; nqhandbook.data.own knows results by their type, so `result` is
    kept for the callers' clarity only)."""
    return _NAMES[ownership(item)]


def owner_note(item) -> str:
    return getattr(item, "owner_note", None) or ""


def own_targets(res) -> list:
    return [t for t in res.targets.items if owner(t) == OWN]


def other_doc_targets(res) -> list:
    """Targets that are not the resolution's own: other documents', uncertain, context."""
    return [t for t in res.targets.items if owner(t) != OWN]


def own_results(res) -> list:
    return [r for r in res.results.items if owner(r) == OWN]


def unconfirmed(res) -> set[str]:
    return {getattr(field, "value", field) for field in res.unconfirmed}


def issuer_label(res) -> str:
    """The issuing body as far as it is known: never a name the data does not give."""
    if not res.issuer_known:
        return UNKNOWN_ISSUER
    return f"{res.issuer_name} ({UNCONFIRMED})" if res.is_unconfirmed("issuer") else res.issuer_name
