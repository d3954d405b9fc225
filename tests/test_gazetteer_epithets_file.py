"""A malformed entry of data/places/epithets.yaml is refused with the file and the entry named."""

from __future__ import annotations

from pathlib import Path

import pytest

from observatory.kb.gazetteer import lexicon


@pytest.mark.parametrize("content, said", [
    ("- {phrase: '\\bthe\\s+(?P<name>old\\s+port\\b', place: 'geonames:1'}\n", "entry 1: bad phrase"),
    ("- {phrase: '\\bthe\\s+(?P<name>plain)\\b', place: 'geonames:2'}\n"
     "- {phrase: '\\bthe\\s+(?:northern\\s+)?steppe\\b', place: 'geonames:3'}\n", "entry 2: .* no group 'name'"),
    ("- {phrase: '\\bthe\\s+(?P<name>lake)\\b', place: 3}\n", "entry 1: expected text 'phrase' and 'place'"),
    ("- {phrase: '(?P<name>x?)', place: 'geonames:4'}\n", "entry 1: bad phrase .*empty string"),
    ("phrase: '(?P<name>delta)'\n", "expected a list"),
    ("- {phrase: '(?P<name>delta)', place: [\n", "invalid YAML"),
])
def test_a_malformed_epithet_is_refused_with_the_file_named(
        content: str, said: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / "places").mkdir()
    (tmp_path / "places" / "epithets.yaml").write_text(content, encoding="utf-8")
    monkeypatch.setattr(lexicon, "PACKAGE_DATA", tmp_path)
    lexicon.epithets.cache_clear()
    try:
        with pytest.raises(ValueError, match=rf"epithets\.yaml: {said}"):
            lexicon.epithets()
    finally:
        lexicon.epithets.cache_clear()


def test_the_shipped_epithets_load() -> None:
    lexicon.epithets.cache_clear()
    loaded = lexicon.epithets()
    assert loaded and all(isinstance(place, str) for _, place in loaded)
