"""Generated files are held as bytes (text as UTF-8, whole or in pieces; bytes unchanged)
until the engine takes them: pages as content, whose bytes are let go once the engine has
read them; any other file written to its place in the site folder, which the engine leaves."""

from __future__ import annotations

import json
from collections import OrderedDict
from enum import Enum
from types import SimpleNamespace

import pytest

from helpers import fixture_project
from nqhandbook.data.load import load_dataset
from nqhandbook.site.generated_files import CHARS_PER_WRITE, encoded, encoded_all, engine_source, release
from nqhandbook.site.json_text import Each, json_text, object_chunks
from nqhandbook.data.model import Resolution
from nqhandbook.site.open_data import (open_data_files, open_data_items, resolution_text, result_csv_rows, summary,
                                       target_csv_rows)
from properdocs.structure.files import File


def test_text_bytes_and_pieces_are_encoded_for_each_site_path():
    made = encoded_all({"nghi-quyet/11-nq-tu.md": "# Nghị quyết 11\n",
                        "hoc-tap/11-nq-tu/phat-thanh.txt": "\ufeffxin chào".encode(),
                        "du-lieu/so.json": (f"{n}," for n in range(3))})
    assert made == {"nghi-quyet/11-nq-tu.md": "# Nghị quyết 11\n".encode(),
                    "hoc-tap/11-nq-tu/phat-thanh.txt": b"\xef\xbb\xbfxin ch\xc3\xa0o",
                    "du-lieu/so.json": b"0,1,2,"}
    assert encoded_all([("a/index.md", "một"), ("a/index.md", "hai")]) == {"a/index.md": b"hai"}


def test_text_in_pieces_is_encoded_as_one_text():
    """Small pieces (more text than one encoding step takes), and pieces larger than a step."""
    assert encoded(f"{n}ề," for n in range(500_000)) == "".join(f"{n}ề," for n in range(500_000)).encode()
    large = [str(n) * (CHARS_PER_WRITE + 7) for n in range(3)]
    assert encoded(iter(large)) == "".join(large).encode()
    assert encoded(iter(())) == b""


def test_pages_go_as_content_and_other_files_to_their_place_in_the_site(tmp_path):
    site, kept = tmp_path / "site", tmp_path / "dist" / "bo.zip"
    kept.parent.mkdir()
    kept.write_bytes(b"zip")
    assert engine_source("nghi-quyet/11-nq-tu.md", b"# 11", site) == {"content": b"# 11"}
    assert not site.exists()  # a page is never written by the hook
    assert engine_source("du-lieu/nghi-quyet/11-nq-tu.json", b"{}", site) == {
        "abs_src_path": str(site / "du-lieu" / "nghi-quyet" / "11-nq-tu.json")}
    assert (site / "du-lieu" / "nghi-quyet" / "11-nq-tu.json").read_bytes() == b"{}"
    assert engine_source("tai-ve/bo.zip", kept, site) == {"abs_src_path": str(kept)}  # a file as it is
    assert sorted(p.relative_to(site).as_posix() for p in site.rglob("*") if p.is_file()) == [
        "du-lieu/nghi-quyet/11-nq-tu.json"]


def test_the_engine_leaves_a_file_written_in_place_and_reads_a_page_once(tmp_path):
    """The engine's own File (ProperDocs; MkDocs 1.6 behaves the same, tests/test_engines.py
    builds the fixture with both): its copy step keeps a file the hook wrote, and a page's
    bytes are gone once `release` has run, while a docs/ page is left as it is."""
    site = tmp_path / "site"
    config = SimpleNamespace(site_dir=str(site), use_directory_urls=True, plugins=SimpleNamespace(_current_plugin=None))
    data = File.generated(config, "du-lieu/a.json", **engine_source("du-lieu/a.json", b"[1]", site))
    data.copy_file()
    assert (site / "du-lieu" / "a.json").read_bytes() == b"[1]"
    page = File.generated(config, "a.md", **engine_source("a.md", "# Á".encode(), site))
    assert page.content_string == "# Á"
    release(page)
    assert page.content_bytes == b""
    (tmp_path / "docs").mkdir()
    (tmp_path / "docs" / "b.md").write_text("# B", encoding="utf-8")
    docs_page = File("b.md", str(tmp_path / "docs"), str(site), True)
    release(docs_page)
    assert docs_page.content_string == "# B"


def test_open_data_files_are_the_items_the_build_writes(tmp_path):
    dataset = load_dataset(fixture_project(tmp_path / "project"))
    made, files = encoded_all(open_data_items(dataset)), open_data_files(dataset)
    assert list(made) == list(files) and made == files


def test_open_data_json_is_what_json_dumps_writes(tmp_path):
    """site/json_text.py writes the JSON itself (faster, and the file of all resolutions
    item by item): every file is the text json.dumps gives for the same data."""
    dataset = load_dataset(fixture_project(tmp_path / "project"))
    files = open_data_files(dataset)
    texts = {uri: content.decode("utf-8") for uri, content in files.items()
             if uri.endswith(".json") and not uri.endswith(".schema.json")}
    assert len(texts) == len(dataset.resolutions) + 1
    for uri, text in texts.items():
        assert text == json.dumps(json.loads(text), ensure_ascii=False, indent=1, allow_nan=False) + "\n", uri
    data = json.loads(texts["du-lieu/nghi-quyet.json"])
    assert len(data["resolutions"]) == len(data["ownership"]) == len(dataset.resolutions) > 0
    assert data["resolutions"] == [json.loads(texts[f"du-lieu/nghi-quyet/{res.slug}.json"])
                                   for res in dataset.resolutions]


class _Kind(str, Enum):
    own = "own"


@pytest.mark.parametrize("value", [
    {}, [], {"a": []}, {"a": {}}, [[], [{}]], "chữ \"trích\" \\ \n\t\u2028 😀", 0, -3, 10**20, 1.5, 1e-7, 2e21,
    -0.0, True, False, None, {"số": [1, 2.0, None, True, "x"], "lồng": {"sâu": [[1], {"k": "v"}]}},
    {"t": (1, "a"), "b": False, "e": _Kind.own, "d": OrderedDict(x=[None, -1.5e300])}, [_Kind.own, (), ("x",)],
])
def test_json_text_is_json_dumps(value):
    """Every kind of value (the exact types model_dump gives, and their subclasses)."""
    assert json_text(value) == json.dumps(value, ensure_ascii=False, indent=1, allow_nan=False)


def test_json_chunks_of_items_made_as_text():
    """An item given as its JSON text (nested 0 deep) is placed two levels deep."""
    items = [{"a": [1, {"b": "dòng 1\ndòng 2"}], "c": {}}, [], "x"]
    text = "".join(object_chunks({"items": Each(items, json_text, text=True), "n": 2}))
    assert text == json.dumps({"items": items, "n": 2}, ensure_ascii=False, indent=1) + "\n"


def test_json_chunks_of_an_object_with_arrays_made_item_by_item():
    made = []
    fields = {"a": 1, "items": Each([1, 2, 3], lambda n: made.append(n) or {"n": n}), "none": Each([], str)}
    text = "".join(object_chunks(fields))
    assert made == [1, 2, 3]
    assert text == json.dumps({"a": 1, "items": [{"n": 1}, {"n": 2}, {"n": 3}], "none": []},
                              ensure_ascii=False, indent=1) + "\n"
    assert "".join(object_chunks({})) == "{}\n"


@pytest.mark.parametrize("value, text", [
    (22.5, "22,5%"), (0.00005, "0,00005"), (-0.0000347, "âm"), (1e-7, "rất nhỏ"), (123456789012.5, "lớn"),
    (0.1, "0.00001 và 1e5 trong lời"),  # a float form only inside the text: json_text makes it, same text
])
def test_resolution_text_is_json_dumps_for_any_figure(tmp_path, value, text):
    """A resolution's JSON is made by pydantic-core when its floats read as Python writes
    them, else by json_text: the text is json.dumps's either way."""
    data = load_dataset(fixture_project(tmp_path / "project")).resolutions[0].model_dump(mode="json")
    data["targets"]["items"][0]["milestones"][0].update(value=value, text=text)
    res = Resolution.model_validate(data)
    assert resolution_text(res) == json.dumps(res.model_dump(mode="json"), ensure_ascii=False, indent=1,
                                              allow_nan=False)


def test_open_data_page_counts_the_csv_rows(tmp_path):
    """The open-data page's row counts are counted without the rows: the same numbers."""
    dataset = load_dataset(fixture_project(tmp_path / "project"))
    said = summary(dataset)
    assert said["target_rows"] == len(target_csv_rows(dataset)) > 0
    assert said["result_rows"] == len(result_csv_rows(dataset)) > 0


@pytest.mark.parametrize("value", [float("nan"), float("inf"), {"a": object()}])
def test_json_text_refuses_what_json_dumps_refuses(value):
    with pytest.raises((ValueError, TypeError)):
        json.dumps(value, ensure_ascii=False, indent=1, allow_nan=False)
    with pytest.raises((ValueError, TypeError)):
        json_text(value)


def test_json_text_refuses_keys_that_are_not_text():
    """json.dumps would turn 1 into "1"; the model's data has text keys only, so another
    key is a mistake to show, not to convert."""
    with pytest.raises(TypeError):
        json_text({1: "x"})
