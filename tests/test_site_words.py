"""The site words live in data/places/site_words.yaml: the file is checked when read, and
every site pattern built from it (event sites, toll sites, "a village between A and B")
reads the same words."""

from __future__ import annotations

from pathlib import Path

import pytest

from observatory.extract import site_words
from observatory.extract.pipeline import Extractor
from observatory.models import Document


def test_a_word_yaml_reads_as_true_is_refused_with_the_file_named(tmp_path: Path,
                                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    bad = tmp_path / "site_words.yaml"
    bad.write_text("site: {prepositions: [in, on], strikes: [hit], held: [besieged], clause_verbs: [was]}\n"
                   "told_site: {prepositions: [in], verbs: [hit]}\npart_of_place: [edge]\nevent_words: [dead]\n"
                   "aftermath: [funeral]\nnot_weapon: [along]\nbetween: {nouns: [town], lying: [located], ends: [towns]}\n"
                   "landmark: {nouns: [enclave], bearings: [outside]}\nspeaker: [source]\n"
                   "origin_people: {nouns: [evacuees], carrying: [carrying], leaving: [fleeing], "
                   "residents: [residents], own_journey: [their buses]}\n"
                   "government_seat: [regime]\nbearing_degree: [just]\nlocating_chain: [along]\n"
                   "toll: {prepositions: [near], not_named: [from], joined_verbs: [killed], joined_adverbs: [then]}\n", encoding="utf-8")
    monkeypatch.setattr(site_words, "SITE_WORDS_PATH", bad)
    site_words._words.cache_clear()
    try:
        with pytest.raises(ValueError, match=r"site_words\.yaml.*site\.prepositions"):
            site_words.words("site", "prepositions")
    finally:
        site_words._words.cache_clear()


def test_a_list_asked_for_without_its_part_says_which_parts_exist() -> None:
    with pytest.raises(KeyError, match="held"):
        site_words.words("site")


def test_one_of_prefers_the_longer_word_as_a_greedy_pattern_would() -> None:
    assert site_words.one_of(("hit", "hitting"), ("hit",)) == "(?:hitting|hit)"


def test_a_toll_in_a_compass_part_of_a_province_takes_the_province(extractor: Extractor) -> None:
    # the toll sentence has no trigger of its own; its site is read with the event site words
    text = ("Coalition raids pound jihadist positions\n\nCoalition warplanes carried out raids on jihadist "
            "positions overnight, a monitor said. At least 17 fighters were killed overnight in the north-eastern "
            "Raqqa province, the monitor added on Friday.")
    result = extractor.extract(text, Document(id="t", published="2015-09-11"))
    assert [e.location.admin1 for e in result.events if e.location] == ["Ar-Raqqah"]
