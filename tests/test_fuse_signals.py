"""``data/fusion/signals.yaml`` is read once for all of its lists; a file missing one of
them, or not a mapping at all, fails naming the file (not with a bare ``KeyError``)."""

from __future__ import annotations

import pytest

from observatory.fuse import features

_CACHED = (features._signals, features._targets, features.rare_types, features.placeless_kinds,
           features.no_dead_kinds, features.update_places, features.period_areas, features.one_blast,
           features.massacre_and_means, features.delivered_by)


@pytest.fixture
def signals_file(tmp_path, monkeypatch):
    path = tmp_path / "signals.yaml"
    monkeypatch.setattr(features, "SIGNALS_PATH", path)
    for cached in _CACHED:
        cached.cache_clear()
    yield path
    for cached in _CACHED:
        cached.cache_clear()


def test_the_lists_come_from_one_file(signals_file):
    signals_file.write_text(
        "rare_types: [Grenade]\nplaceless_kinds: [Grenade]\nno_dead_kinds: [Arrests]\n"
        "one_blast: [[Grenade, Shelling/artillery/missile attack]]\n"
        "delivered_by: {Grenade: {means: [Armed clash], words: [pin]}}\n",
        encoding="utf-8",
    )
    assert features.rare_types() == frozenset({"Grenade"})
    assert features.no_dead_kinds() == frozenset({"Arrests"})
    assert features.one_blast() == frozenset({frozenset({"Grenade", "Shelling/artillery/missile attack"})})
    assert features.delivered_by() == {frozenset({"Grenade", "Armed clash"}): ("Grenade", ("pin",))}


def test_a_missing_list_names_the_file_and_key(signals_file):
    signals_file.write_text("rare_types: [Grenade]\n", encoding="utf-8")
    with pytest.raises(ValueError, match=r"signals\.yaml: no 'one_blast:' entry"):
        features.one_blast()


def test_a_file_that_is_no_mapping_names_the_file(signals_file):
    signals_file.write_text("- Grenade\n", encoding="utf-8")
    with pytest.raises(ValueError, match=r"signals\.yaml: expected a mapping"):
        features.rare_types()


@pytest.mark.parametrize("content, read, message", [
    # a bare string would otherwise be read as its letters
    ("no_dead_kinds: Looting\n", features.no_dead_kinds, r"'no_dead_kinds:' must be a list"),
    ("rare_types: [Grenade, 12]\n", features.rare_types, r"'rare_types:' must list sub-event types"),
    # a number among the places would never equal a gazetteer feature: refused, not ignored
    ("update_places: [hamlet, 7]\n", features.update_places, r"'update_places:' must list gazetteer features"),
    ("one_blast: [Grenade]\n", features.one_blast, r"each 'one_blast:' entry must be a pair"),
    ("one_blast: [[Grenade, Armed clash, Abduction]]\n", features.one_blast, r"each 'one_blast:' entry"),
    ("massacre_and_means: [[Attack]]\n", features.massacre_and_means, r"each 'massacre_and_means:' entry"),
    ("delivered_by: [Grenade]\n", features.delivered_by, r"'delivered_by:' must be a mapping"),
    ("rare_types: [Grenade\n", features.rare_types, r"invalid YAML"),
])
def test_a_misshapen_entry_names_the_file_and_key(signals_file, content, read, message):
    signals_file.write_text(content, encoding="utf-8")
    with pytest.raises(ValueError, match=rf"signals\.yaml: .*{message}"):
        read()
