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
    assert groups(kb, "There were at least 15 dead among the ranks of Jaish al-Islam.") == [
        ("Jaysh al-Islam", "combatants", None, "killed")]
    assert groups(kb, "The fighting has left at least 37 dead on the regime side.")[0][0] == \
        "Military Forces of Syria"


def test_an_aside_between_dashes_does_not_hide_the_verb(kb):
    text = ("At least 86 members of Syrian government forces and its allies - who include members "
            "of the Lebanese group Hezbollah - were killed in the past four days.")
    assert groups(kb, text) == [("Military Forces of Syria", "combatants", None, "killed")]


def test_possessive_points_to_the_owner_named_before(kb):
    text = "Early on Monday the Turkish military said one of its soldiers had been killed in al-Bab."
    assert groups(kb, text)[0][0] == "Military Forces of Turkey"


def test_the_killer_before_a_possessive_is_not_the_owner(kb):
    text = ("Islamic State is under pressure after a string of U.S. air strikes that have killed "
            "many of its leaders.")
    assert groups(kb, text)[0][0] == "Islamic State"


def test_clash_parties_name_the_dead_of_a_bare_toll(kb):
    text = "Fierce clashes between Islamist militants near Damascus left at least 40 dead and 70 wounded."
    assert [g[0] for g in groups(kb, text)] == ["Syrian Rebels", "Syrian Rebels"]


def test_quoted_vague_amount_keeps_its_group(kb):
    assert groups(kb, 'Abdel Rahman said "dozens" of Islamist rebels were also killed.') == [
        ("Syrian Rebels", "combatants", None, "killed")]


def test_verb_after_a_coordinated_list_reaches_every_group(kb):
    text = '"Two women and two soldiers were killed in the attack," the Observatory said.'
    assert groups(kb, text) == [("Civilians", "women", None, "killed"),
                                ("Military Forces of Syria", "combatants", None, "killed")]


def test_nationality_words_without_an_actor(kb):
    assert groups(kb, "Two Russian soldiers were killed by a roadside bomb.")[0][:3] == (
        "Military Forces of Russia", "combatants", "RU")
    assert groups(kb, "The strikes killed 50 fighters of non-Syrian nationalities.")[0][:3] == (
        "Pro-Government Militias (Syria)", "combatants", "foreign")


def test_nationality_marks_only_foreigners(kb):
    text = "The death of 128 members of the regime forces and 20 members of the Lebanese Hezbollah."
    assert [(g[0], g[2]) for g in groups(kb, text)] == [
        ("Military Forces of Syria", None), ("Hezbollah", "LB")]
