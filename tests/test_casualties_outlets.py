"""Toll patterns that recur across outlets: running totals told beside today's deaths,
groups added with "along with", deaths among the wounded, slash-joined names."""

from __future__ import annotations

from datetime import date

import pytest

PUBLISHED = date(2018, 2, 15)


@pytest.fixture
def read(read_tolls):
    return read_tolls


def _facts(claims):
    by_id = {c.id: c for c in claims}
    return [(c.status, c.count.value, c.scope, by_id[c.parent].count.value if c.parent else None)
            for c in claims]


def test_bringing_to_n_the_number_of_people_killed_is_a_running_total(read):
    text = ("Four fighters of the rebel factions were killed today in shelling on Tal Rifaat, "
            "bringing to 140 the number of fighters who have been killed since the start of the offensive.")
    assert _facts(read(text)) == [("killed", 4, "incident", None), ("killed", 140, "cumulative", None)]


def test_a_running_total_frames_the_rest_of_its_sentence(read):
    text = ("Since the launch of the campaign on the 3rd of January, the monitor counted the deaths of 410 "
            "members of ISIS and 95 soldiers, while 77 civilians, among them 20 children, died in the strikes.")
    assert _facts(read(text)) == [
        ("killed", 410, "cumulative", None), ("killed", 95, "cumulative", None),
        ("killed", 77, "cumulative", None), ("killed", 20, "cumulative", 77)]


def test_a_dated_toll_after_a_running_total_keeps_its_own_frame(read):
    text = ("So far 300 fighters have died in the battle, while today 12 soldiers were killed near Deir Hafer.")
    assert _facts(read(text)) == [("killed", 300, "cumulative", None), ("killed", 12, "incident", None)]


def test_breakdown_after_they_are_is_a_subset_of_the_total(read):
    text = ("The number of people killed since the start of the battles in Daraa on the 19th of June "
            "rises to 212, they are 130 members of the regime forces and 82 fighters of the factions.")
    assert _facts(read(text)) == [
        ("killed", 212, "cumulative", None), ("killed", 130, "cumulative", 212), ("killed", 82, "cumulative", 212)]


def test_a_headline_figure_takes_the_scope_the_body_states(read):
    text = ("Death toll of the Ghouta battles rises to 250\n\n"
            "The number of people killed since the start of the battles rises to 250, the monitor said.")
    assert _facts(read(text)) == [("killed", 250, "cumulative", None)]


def test_along_with_adds_a_group_to_the_clause_before(read):
    text = ("At least 9 government soldiers were killed on Wednesday in an ambush on a road near Sukhnah, "
            "along with 4 militiamen from the National Defence Forces.")
    assert [(c.status, c.count.value, c.parent) for c in read(text)] == [
        ("killed", 9, None), ("killed", 4, None)]


def test_while_opens_a_new_clause_not_a_subset(read):
    text = ("The monitor documented the death of 30 members of the regime forces, including 2 officers, "
            "in the attack and the bombardment, while 12 fighters of the factions were killed in the clashes.")
    facts = _facts(read(text))
    assert ("killed", 12, "incident", None) in facts
    assert ("killed", 2, "incident", 30) in facts


def test_the_wounded_who_died_are_dead(read):
    text = ("The toll of the strike on the market rose to 14 civilians after 3 of the wounded died of their "
            "injuries on Wednesday.")
    claims = read(text)
    assert [(c.status, c.count.value) for c in claims] == [("killed", 14), ("killed", 3)]


def test_militants_eliminated_are_killed(read):
    text = "More than 40 militants were eliminated in the fighting over the past day, the centre said."
    assert [(c.status, c.count.value, c.count.qualifier) for c in read(text)] == [("killed", 40, "more_than")]


def test_a_slash_joined_name_between_number_and_noun(read):
    text = "The Turkish army killed 6 PKK/YPG terrorists near Tell Rifaat on Tuesday, the ministry said."
    claims = read(text)
    assert [(c.count.value, c.group.actor) for c in claims] == [(6, "YPG: People's Protection Units")]


def test_military_ranks_count_soldiers(read):
    text = "Eleven members of the regime forces were killed in the clashes, among them a colonel."
    claims = read(text)
    assert [(c.count.value, c.group.actor) for c in claims] == [
        (11, "Military Forces of Syria"), (1, "Military Forces of Syria")]
    assert claims[1].parent == claims[0].id


def test_a_bare_number_after_and_counts_the_same_group(read):
    text = "One Syrian soldier was killed and three were wounded in a mortar attack on Tuesday."
    assert [(c.status, c.count.value, c.group.actor) for c in read(text)] == [
        ("killed", 1, "Military Forces of Syria"), ("injured", 3, "Military Forces of Syria")]


def test_a_possessive_between_verb_and_number(read):
    text = "A shell killed 2 farmers in Tafas on Monday, wounding their three sons."
    assert [(c.status, c.count.value) for c in read(text)] == [("killed", 2), ("injured", 3)]


def test_professions_are_civilians(read):
    text = "Gunmen abducted 3 lawyers and 2 merchants on the road to Azaz on Monday."
    assert {(c.status, c.group.actor) for c in read(text)} == {("captured", "Civilians")}


def test_a_toll_recalled_with_recently_is_background(read):
    text = ("Shelling killed 4 civilians in Aleppo on Tuesday. The army, whose soldiers recently killed "
            "nearly 90 militants in the area, said it would respond.")
    assert [(c.status, c.count.value) for c in read(text)] == [("killed", 4)]


def test_a_bare_number_with_its_own_group_is_not_the_same_people(read):
    text = ("There were at least 12 dead among the ranks of Jaysh al-Islam and 9 among its rivals, "
            "the monitor said on Tuesday.")
    claims = read(text)
    assert [c.group.actor for c in claims][0] == "Jaysh al-Islam"
    assert claims[1].group.actor != "Jaysh al-Islam"


def test_jihadists_are_the_jihadist_group_named_before_not_the_nearest_rebels():
    from observatory.extract.pipeline import Extractor
    from observatory.models import Document

    text = "Clashes between the SDF and ISIS near Hajin left 3 SDF fighters and 10 jihadists dead on Monday."
    result = Extractor().extract(text, Document(id="t", published=PUBLISHED.isoformat()))
    assert [c.group.actor for c in result.casualties] == ["SDF: Syrian Democratic Forces", "Islamic State"]


def test_a_comma_aside_between_the_group_and_its_verb(read):
    text = "Not fewer than 19 people, mainly farm workers, were killed by a landmine near the silo."
    assert [(c.status, c.count.value, c.count.qualifier) for c in read(text)] == [("killed", 19, "at_least")]
