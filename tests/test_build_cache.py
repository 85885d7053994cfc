"""What one build leaves for the next (nqhandbook.build_cache): a build from the cache is
byte-identical to one without it, an entry is used only for the inputs it was made from, and
a missing, damaged or unwritable cache costs time, never the build."""

from __future__ import annotations

import filecmp

import jinja2
import pytest

from helpers import mkdocs_build
from nqhandbook import build_cache
from nqhandbook.pages import templating
from nqhandbook.site import unused_css


@pytest.fixture
def cache(tmp_path):
    folder = tmp_path / "cache"
    build_cache.use(folder)
    yield folder
    build_cache.use(None)


def _counting_make(value):
    calls = []

    def make():
        calls.append(value)
        return value

    return make, calls


def test_without_a_folder_nothing_is_kept(tmp_path):
    make, calls = _counting_make([1])
    for _ in range(2):
        assert build_cache.remembered("kind", lambda: "key", make, lambda kept: True) == [1]
    assert len(calls) == 2
    assert build_cache.templates("settings") is None
    assert templating.environment().bytecode_cache is None


def test_a_kept_value_serves_only_its_own_key(cache):
    first, first_calls = _counting_make({"n": 1})
    second, second_calls = _counting_make({"n": 2})
    def valid(kept):
        return isinstance(kept, dict)
    assert build_cache.remembered("kind", lambda: "one", first, valid) == {"n": 1}
    assert build_cache.remembered("kind", lambda: "one", second, valid) == {"n": 1}  # kept
    assert build_cache.remembered("kind", lambda: "two", second, valid) == {"n": 2}  # another key
    assert (len(first_calls), len(second_calls)) == (1, 1)


def test_a_damaged_or_foreign_entry_is_made_again(cache):
    build_cache.store("kind", "key", [1, 2])
    (cache / "kind" / "key.json").write_bytes(b"\xff{not json")
    assert build_cache.remembered("kind", lambda: "key", lambda: [3], lambda kept: True) == [3]
    assert build_cache.load("kind", "key") == [3]  # written again
    build_cache.store("kind", "key", {"another": "shape"})
    assert build_cache.remembered("kind", lambda: "key", lambda: [4], lambda kept: isinstance(kept, list)) == [4]


def test_a_folder_that_cannot_be_written_costs_only_the_speed(tmp_path):
    blocker = tmp_path / "a-file"
    blocker.write_text("", encoding="utf-8")
    build_cache.use(blocker / "cache")  # under a file: it can never be made
    try:
        assert build_cache.remembered("kind", lambda: "key", lambda: [1], lambda kept: True) == [1]
        env = jinja2.Environment(loader=jinja2.DictLoader({"t": "{{ 1 + 1 }}"}),
                                 bytecode_cache=build_cache.templates("settings"))
        assert env.get_template("t").render() == "2"
    finally:
        build_cache.use(None)


def test_only_the_newest_entries_of_a_kind_stay(cache):
    for number in range(build_cache.KEPT_PER_KIND + 3):
        build_cache.store("kind", f"key{number}", number)
    kept = sorted((cache / "kind").glob("*.json"))
    assert len(kept) == build_cache.KEPT_PER_KIND
    assert build_cache.load("kind", f"key{build_cache.KEPT_PER_KIND + 2}") == build_cache.KEPT_PER_KIND + 2


def test_a_template_is_compiled_once_and_again_when_its_source_changes(cache, tmp_path, monkeypatch):
    sources = tmp_path / "templates"
    sources.mkdir()
    (sources / "t.j2").write_text("Xin chào {{ name }}", encoding="utf-8")
    compiled = []
    real = jinja2.Environment.compile

    def counting(self, source, *args, **kwargs):
        compiled.append(source)
        return real(self, source, *args, **kwargs)

    monkeypatch.setattr(jinja2.Environment, "compile", counting)

    def render(name):  # a new environment each time, as a new build has
        env = jinja2.Environment(loader=jinja2.FileSystemLoader(str(sources)),
                                 bytecode_cache=build_cache.templates("settings"))
        return env.get_template("t.j2").render(name=name)

    assert render("An") == "Xin chào An"
    assert render("Bình") == "Xin chào Bình"
    assert len(compiled) == 1  # the second environment took the compiled code
    (sources / "t.j2").write_text("Tạm biệt {{ name }}", encoding="utf-8")
    assert render("Chi") == "Tạm biệt Chi"
    assert len(compiled) == 2
    for entry in cache.rglob("*.cache"):  # damaged: cut after Jinja's header
        entry.write_bytes(entry.read_bytes()[:12])
    assert render("Dũng") == "Tạm biệt Dũng"
    assert build_cache.templates("a").directory != build_cache.templates("b").directory


def test_the_site_environment_keeps_its_templates_in_the_build_folder(cache):
    env = templating.environment()
    assert env.bytecode_cache is not None and str(cache) in env.bytecode_cache.directory
    assert env.get_template("charts/qr.svg.j2") is not None
    assert list(cache.glob("templates-*/*.cache"))


def test_the_kept_stylesheet_follows_the_classes_the_pages_use(cache):
    material = [".a{color:red}.b{color:blue}"]
    both, only_a = unused_css.Used(classes={"a", "b"}), unused_css.Used(classes={"a"})
    with_b = unused_css.pruned(material, "", both)
    without_b = unused_css.pruned(material, "", only_a)
    assert with_b == unused_css.prune(material, "", both) and ".b{" in with_b[0]
    assert without_b == unused_css.prune(material, "", only_a) and ".b{" not in without_b[0]
    assert unused_css.pruned(material, "", both) == with_b  # from the cache, same text


def _same_tree(left, right) -> list[str]:
    """Files that differ or exist on one side only (empty: byte-identical trees)."""
    found = []

    def walk(compare, prefix=""):
        found.extend(prefix + name for name in compare.left_only + compare.right_only + compare.funny_files)
        _, mismatch, errors = filecmp.cmpfiles(compare.left, compare.right, compare.common_files, shallow=False)
        found.extend(prefix + name for name in mismatch + errors)
        for name, sub in compare.subdirs.items():
            walk(sub, f"{prefix}{name}/")

    walk(filecmp.dircmp(left, right))
    return found


def test_a_build_from_the_cache_is_byte_identical_to_the_first(fixture_site, tmp_path):
    project = fixture_site.parent / "project"  # the fixture project, built once with no cache
    kept = project / build_cache.FOLDER
    kinds = {entry.name.split("-")[0] for entry in kept.iterdir()}
    assert {"templates", "stylesheet", "gzip", "schema", "script"} <= kinds
    site = tmp_path / "site"
    result = mkdocs_build(project, site)
    assert result.returncode == 0, result.stderr
    assert _same_tree(fixture_site, site) == []
