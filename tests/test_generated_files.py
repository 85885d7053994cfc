"""Generated files go to the build's temporary folder, flat: one file for each site path,
text as UTF-8 (whole or in chunks), bytes unchanged."""

from __future__ import annotations

import json
from collections import OrderedDict
from enum import Enum

import pytest

from helpers import fixture_project
from nqhandbook.data.load import load_dataset
from nqhandbook.site.generated_files import CHARS_PER_WRITE, SMALL_FILE, GeneratedFolder, engine_source, write_generated
from nqhandbook.site.json_text import Each, json_text, object_chunks
from nqhandbook.data.model import Resolution
from nqhandbook.site.open_data import (open_data_files, open_data_items, resolution_text, result_csv_rows, summary,
                                       target_csv_rows)


def test_text_and_bytes_are_written_one_file_for_each_site_path_in_one_folder(tmp_path):
    folder = tmp_path / "generated"
    written = write_generated(folder, {"nghi-quyet/11-nq-tu.md": "# Nghị quyết 11\n",
                                       "hoc-tap/11-nq-tu/index.md": "# Học tập\n",
                                       "nghi-quyet/12-nq-tu/index.md": "# Nghị quyết 12\n",
                                       "hoc-tap/11-nq-tu/phat-thanh.txt": "\ufeffxin chào".encode()})
    assert sorted(folder.iterdir()) == sorted(written.values())  # no folder, nothing else
    assert [path.suffix for path in written.values()] == [".md", ".md", ".md", ".txt"]
    assert written["nghi-quyet/11-nq-tu.md"].read_bytes() == "# Nghị quyết 11\n".encode()
    assert written["hoc-tap/11-nq-tu/index.md"].read_text(encoding="utf-8") == "# Học tập\n"
    assert written["nghi-quyet/12-nq-tu/index.md"].read_text(encoding="utf-8") == "# Nghị quyết 12\n"
    assert written["hoc-tap/11-nq-tu/phat-thanh.txt"].read_bytes() == b"\xef\xbb\xbfxin ch\xc3\xa0o"


def test_a_site_path_written_again_replaces_its_file(tmp_path):
    out = GeneratedFolder(tmp_path)
    first = out.write("a/index.md", "một")
    assert out.write("a/index.md", "hai") == first
    assert list(tmp_path.iterdir()) == [first] and first.read_text(encoding="utf-8") == "hai"


def test_small_files_stay_in_memory_within_the_budget_the_rest_goes_to_disk(tmp_path):
    out = GeneratedFolder(tmp_path, in_memory=12)
    assert out.write("a/index.md", "xin chào") == "xin chào".encode()  # 9 bytes: kept
    on_disk = out.write("b/index.md", "bốn")  # 5 more bytes would pass the budget
    assert on_disk.read_text(encoding="utf-8") == "bốn"
    assert out.write("a/index.md", "một") == "một".encode()  # written again (5 bytes): 9 are free again
    assert out.write("c/index.md", b"abcdefg") == b"abcdefg"  # 5 + 7 bytes fit now
    assert out.memory_left == 0
    assert list(tmp_path.iterdir()) == [on_disk]  # the only file on disk
    big = GeneratedFolder(tmp_path / "big", in_memory=10 * SMALL_FILE)
    assert big.write("du-lieu/lon.json", b"x" * SMALL_FILE).read_bytes() == b"x" * SMALL_FILE  # never in memory
    assert big.write("du-lieu/so.json", (str(n) for n in range(3))).read_text(encoding="utf-8") == "012"  # chunks: disk
    assert big.memory_left == 10 * SMALL_FILE
    assert engine_source(b"abc") == {"content": b"abc"}
    assert engine_source(on_disk) == {"abs_src_path": str(on_disk)}


def test_text_in_chunks_is_written_as_one_text(tmp_path):
    chunks = (f"{n}," for n in range(500_000))  # small chunks: more text than one write takes
    written = write_generated(tmp_path, {"du-lieu/so.json": chunks})
    assert written["du-lieu/so.json"].read_text(encoding="utf-8") == "".join(f"{n}," for n in range(500_000))


def test_large_chunks_are_written_as_they_come_not_held(tmp_path):
    """A chunk may be a whole resolution's JSON text: the text waiting for a write is
    bounded by its size, not by a number of chunks (peak memory at 2,000 resolutions)."""
    folder = GeneratedFolder(tmp_path)
    on_disk: list[int] = []

    def chunks():
        for n in range(4):
            yield str(n) * (CHARS_PER_WRITE // 2)
            on_disk.append(sum(p.stat().st_size for p in tmp_path.iterdir()))

    path = folder.write("du-lieu/nghi-quyet.json", chunks())
    assert on_disk[-1] >= CHARS_PER_WRITE  # before the last chunk came, most text was on disk
    assert path.read_text(encoding="ascii") == "".join(str(n) * (CHARS_PER_WRITE // 2) for n in range(4))


def test_open_data_files_are_the_items_the_build_writes(tmp_path):
    dataset = load_dataset(fixture_project(tmp_path / "project"))
    written = write_generated(tmp_path / "site", dict(open_data_items(dataset)))
    files = open_data_files(dataset)
    assert list(written) == list(files)
    assert all(written[uri].read_bytes() == content for uri, content in files.items())


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
