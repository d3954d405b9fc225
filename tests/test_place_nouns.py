"""The place nouns of data/places/place_nouns.yaml, and the cues built from them."""

from __future__ import annotations

import re

import pytest

from observatory.kb import place_nouns
from observatory.kb.gazetteer.cues import prefix_context, suffix_context
from observatory.kb.place_nouns import alternation, words_with
from observatory.nlp.tokens import Token, tokens_of

_WORD = re.compile(r"\w+")


def _words(text: str) -> list[Token]:
    return tokens_of(_WORD, text)


def test_every_role_has_nouns_and_every_noun_a_known_role():
    for role in place_nouns.ROLES:
        assert words_with(role), role
    assert all(noun.roles <= place_nouns.ROLES for noun in place_nouns.place_nouns())


def test_a_noun_before_of_gives_its_feature_unless_it_only_locates():
    assert prefix_context("fighters stormed the hamlet and the villages of ").feature == "village"
    outskirts = prefix_context("heavy shelling on the southern outskirts of ")
    assert (outskirts.feature, outskirts.around, outskirts.admin) == (None, True, False)
    province = prefix_context("a convoy reached the province of ")
    assert (province.feature, province.admin) == (None, True)


def test_a_noun_after_a_name_gives_its_feature_and_two_words_read_as_one():
    town = suffix_context(_words("town on Tuesday"))
    assert (town.feature, town.around) == ("town", False)
    base = suffix_context(_words("air base was hit"))
    assert base.feature == "military_site" and base.cue_end == len("air base")
    countryside = suffix_context(_words("western countryside saw raids"))
    assert (countryside.feature, countryside.around, countryside.admin, countryside.countryside) == (
        "region", True, True, True)


def test_alternation_prefers_the_longest_form():
    pattern = re.compile(alternation("object"))
    assert pattern.match("airbases north").group() == "airbases"
    assert pattern.match("neighbourhoods and").group() == "neighbourhoods"
    assert re.fullmatch(alternation("settlement"), "hamlet") is None


def test_a_bad_entry_names_the_file_and_line(tmp_path, monkeypatch):
    bad = tmp_path / "nouns.yaml"
    bad.write_text("town: {feature: town, roles: [after]}\nwadi: {roles: [after, riverbed]}\n", encoding="utf-8")
    monkeypatch.setattr(place_nouns, "PLACE_NOUNS_PATH", bad)
    place_nouns.place_nouns.cache_clear()
    try:
        with pytest.raises(ValueError, match=r"nouns\.yaml:2: 'wadi'"):
            place_nouns.place_nouns()
    finally:
        place_nouns.place_nouns.cache_clear()


def test_every_noun_that_names_a_kind_of_place_introduces_a_site_relation_and_list():
    """"in the hills of X", "between the farms of X and Y", "the suburbs of A, B and C": the
    event, casualty and relation patterns all read the same nouns from the file."""
    from observatory.extract import event_places, place_relations
    from observatory.kb.gazetteer import recognise

    for noun in words_with("kind_of"):
        assert event_places._SITE_BEFORE.search(f"shells fell in the {noun} of "), noun
        assert event_places.TOLL_SITE_BEFORE.search(f"four died in the {noun} of "), noun
        assert place_relations._BETWEEN.search(f"clashes between the {noun} of "), noun
    for noun in words_with("list_of"):
        assert recognise._PLURAL_OF.search(f"raids on the {noun} of "), noun
    assert not event_places._SITE_BEFORE.search("shells fell in the outskirts of ")
