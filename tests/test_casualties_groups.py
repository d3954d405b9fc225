"""Whose people a toll counts: actors named in, before and around the number."""

from __future__ import annotations

from datetime import date

import pytest

from observatory.extract.casualties import find_casualties
from observatory.kb.actors import ActorKB
from observatory.nlp.sentences import split_sentences


@pytest.fixture
def kb(actor_kb):
    return actor_kb


def groups(kb: ActorKB, text: str) -> list[tuple[str, str, str | None, str]]:
    claims = find_casualties(text, split_sentences(text), date(2017, 11, 17), kb)
    return [(c.group.actor, c.group.category, c.group.nationality, c.status) for c in claims]


def test_ranks_and_sides_name_the_actor(kb):
    assert groups(kb, "Medics counted no fewer than 9 dead within the ranks of Jaish al-Islam.") == [
        ("Jaysh al-Islam", "combatants", None, "killed")]
    assert groups(kb, "Two days of shelling left about 52 dead on the regime side.")[0][0] == \
        "Military Forces of Syria"


def test_an_aside_between_dashes_does_not_hide_the_verb(kb):
    text = ("No fewer than 44 members of Syrian government forces - among them advisers sent "
            "by Tehran and Hezbollah - died near the airport this week.")
    assert groups(kb, text) == [("Military Forces of Syria", "combatants", None, "killed")]


def test_possessive_points_to_the_owner_named_before(kb):
    text = "The Turkish army announced on Friday that one of its soldiers had died of his wounds near Jarablus."
    assert groups(kb, text)[0][0] == "Military Forces of Turkey"


def test_the_killer_before_a_possessive_is_not_the_owner(kb):
    text = ("Islamic State has been weakened by months of coalition raids that have killed "
            "many of its commanders.")
    assert groups(kb, text)[0][0] == "Islamic State"


def test_clash_parties_name_the_dead_of_a_bare_toll(kb):
    text = "Heavy fighting between Islamist militants in the orchards left about 25 dead and 38 wounded."
    assert [g[0] for g in groups(kb, text)] == ["Syrian Rebels", "Syrian Rebels"]


def test_quoted_vague_amount_keeps_its_group(kb):
    assert groups(kb, 'A field medic said "scores" of Islamist rebels had also died.') == [
        ("Syrian Rebels", "combatants", None, "killed")]


def test_verb_after_a_coordinated_list_reaches_every_group(kb):
    text = '"Three girls and one soldier died when the shell landed," a local medic said.'
    assert groups(kb, text) == [("Civilians", "children", None, "killed"),
                                ("Military Forces of Syria", "combatants", None, "killed")]


def test_nationality_words_without_an_actor(kb):
    assert groups(kb, "Two Russian soldiers were killed by a roadside bomb.")[0][:3] == (
        "Military Forces of Russia", "combatants", "RU")
    assert groups(kb, "The strikes killed 50 fighters of non-Syrian nationalities.")[0][:3] == (
        "Pro-Government Militias (Syria)", "combatants", "foreign")


def test_nationality_marks_only_foreigners(kb):
    text = "The killing of 63 soldiers of the regime forces and 14 fighters of the Lebanese Hezbollah."
    assert [(g[0], g[2]) for g in groups(kb, text)] == [
        ("Military Forces of Syria", None), ("Hezbollah", "LB")]


def test_clash_parties_named_after_a_longer_verb_phrase(kb):
    text = "Fighting has flared between Ahrar al-Sham and ISIS in the hills, leaving 9 dead and 14 wounded."
    assert [g[0] for g in groups(kb, text)] == ["Ahrar al-Sham", "Ahrar al-Sham"]


def test_minors_inside_a_named_armed_group_belong_to_it(kb):
    text = "At least 140 Hezbollah fighters, among them 12 minors, died in the battle for the ridge."
    assert [g[0] for g in groups(kb, text)] == ["Hezbollah", "Hezbollah"]


def test_clash_parties_named_far_before_a_bare_toll(kb):
    text = ("Heavy clashes broke out between Jaish al-Islam together with several allied local "
            "brigades on one side and ISIS on the other in the orchards, leaving 8 killed and 5 injured.")
    assert [g[0] for g in groups(kb, text)] == ["Jaysh al-Islam", "Jaysh al-Islam"]


def test_a_verb_spelt_like_a_group_noun_does_not_join_the_group(kb):
    text = "Two weeks of infighting have killed about 160 fighters and displaced 40000 villagers."
    assert groups(kb, text)[0][1] == "combatants"
