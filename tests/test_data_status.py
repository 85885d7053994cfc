"""fact_objects (the status page's count of sourced statements) finds exactly the objects
a generic field walk finds, in the same order, on the fixture project and on the
repository's data."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import pytest
from pydantic import BaseModel

from nqhandbook.data.load import load_dataset
from nqhandbook.pages.data_status import fact_objects

ROOT = Path(__file__).resolve().parents[1]


def walk(model: BaseModel, loc: tuple = ()) -> Iterator[tuple[tuple, str, object]]:
    """(loc, field name, value) for every field of the model tree: the reference definition."""
    for name in type(model).model_fields:
        value = getattr(model, name)
        here = loc + (name,)
        yield here, name, value
        if isinstance(value, BaseModel):
            yield from walk(value, here)
        elif isinstance(value, list):
            for index, item in enumerate(value):
                if isinstance(item, BaseModel):
                    yield from walk(item, here + (index,))


def walked_facts(model: BaseModel) -> list[BaseModel]:
    """The definition, restated on walk: objects whose `sources` is a list of source ids."""
    found = []
    for _, _, value in walk(model):
        if isinstance(value, list):
            found.extend(item for item in value if isinstance(item, BaseModel)
                         and isinstance(getattr(item, "sources", None), list)
                         and all(isinstance(s, str) for s in item.sources))
        elif isinstance(value, BaseModel) and isinstance(getattr(value, "sources", None), list):
            found.append(value)
    return [f for f in found if f.sources]


@pytest.mark.parametrize("root", [ROOT / "tests" / "fixtures" / "base", ROOT], ids=["fixture", "data"])
def test_fact_objects_are_the_walked_sourced_objects(root):
    dataset = load_dataset(root, today=dt.date(2026, 12, 1))
    for res in dataset.resolutions:
        found = fact_objects(res)
        assert [id(f) for f in found] == [id(f) for f in walked_facts(res)]
        assert found and all(f.sources for f in found)
