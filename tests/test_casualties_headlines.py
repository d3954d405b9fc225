"""One-line reports: headline grammar drops articles and verbs but still states tolls."""

from __future__ import annotations

from datetime import date

import pytest

PUBLISHED = date(2017, 6, 12)


@pytest.fixture
def read(read_tolls):
    return read_tolls


def brief(claims):
    return [(c.status, c.count.value, c.count.qualifier, c.group.actor) for c in claims]


def test_a_named_group_right_after_the_number(read):
    assert brief(read("7 YPG killed in clashes with Ahrar al-Sham near Tal Rifaat")) == [
        ("killed", 7, "exact", "YPG: People's Protection Units")]


def test_nationality_plurals_are_counted_people(read):
    assert brief(read("Three Russians killed by shelling near the air base")) == [
        ("killed", 3, "exact", "Military Forces of Russia")]


def test_more_between_the_number_and_the_group(read):
    assert brief(read("Six more Iranian soldiers killed south of Aleppo")) == [
        ("killed", 6, "exact", "Military Forces of Iran")]


def test_of_a_named_group_after_a_bare_number(read):
    claims = read("Over 40 of Hezbollah were killed in the hills of Qalamoun")
    assert brief(claims) == [("killed", 40, "more_than", "Hezbollah")]


def test_a_qualifier_between_the_number_and_its_of_phrase(read):
    claims = read("About 25 at least of the regime soldiers died near the dam")
    assert [(c.count.value, c.group.actor) for c in claims] == [(25, "Military Forces of Syria")]


def test_a_singular_subject_without_article(read):
    assert brief(read("Lebanese soldier killed by sniper fire near Arsal")) == [
        ("killed", 1, "exact", "Military Forces of Lebanon")]
    assert brief(read("Child dies of wounds in Douma")) == [("killed", 1, "exact", "Civilians")]


def test_a_plural_or_a_determiner_opening_the_headline_is_not_one_person(read):
    assert read("The number of people killed is unknown") == []
    assert read("Soldiers said the road was calm") == []


def test_membership_between_the_group_and_its_status(read):
    claims = read("A medic in the White Helmets killed by a double-tap strike on Saraqib")
    assert [(c.count.value, c.status) for c in claims] == [(1, "killed")]


def test_a_raised_running_count_reaches_its_number(read):
    claims = read("Shelling raises the number of people who were killed in Jobar since morning to 21")
    assert [(c.status, c.count.value) for c in claims] == [("killed", 21)]


def test_a_massacre_of_people_is_a_toll(read):
    assert brief(read("Jets commit a massacre of 14 civilians in Ariha")) == [("killed", 14, "exact", "Civilians")]


def test_a_compass_word_ends_the_noun_phrase(read):
    assert brief(read("The group executes a shepherd east of Palmyra")) == [("killed", 1, "exact", "Civilians")]


def test_who_lives_is_not_a_loss_of_life(read):
    assert read("The account came from an Armenian doctor who lives in the border town, he said of the killings.") == []


def test_a_one_line_report_of_an_unnumbered_group_is_a_vague_toll(read):
    claims = read("Drone strike kills Hezbollah fighters near Qusayr")
    assert [(c.status, c.count.value, c.count.qualifier, c.count.low, c.group.actor) for c in claims] == [
        ("killed", None, "vague", 2, "Hezbollah")]
    assert read("Shepherds were found dead near the lake") != []


def test_unnumbered_groups_in_a_full_report_are_not_tolls(read):
    text = "Drone strike kills Hezbollah fighters near Qusayr. The group did not comment."
    assert read(text) == []


def test_a_plural_without_s_is_not_one_person(read):
    assert [c.count.value for c in read("Gunmen loyal to the army were killed in an ambush")] == [None]


def test_present_tense_dies_states_a_toll(read):
    assert [(c.status, c.count.value) for c in read("Teenager dies under torture in a prison near Hama")] == [("killed", 1)]
    assert [(c.status, c.count.value) for c in read("4 foreign fighters die in the battle for Tabqa")] == [("killed", 4)]


@pytest.mark.parametrize("text, expected", [
    ("Young Kurdish volunteer fighter killed in Raqqa countryside", [("killed", 1)]),
    ("Veteran rebel commander shot dead near Saraqib", [("killed", 1)]),
    ("Elderly shepherd wounded by landmine east of Palmyra", [("injured", 1)]),
    ("Heavy shelling hit the eastern districts of Deir Hafer on Monday", []),
])
def test_an_articleless_opening_group_after_its_modifiers_counts_one(read, text: str, expected) -> None:
    """The opening's group noun may stand behind three modifiers: the quick test that skips
    openings naming no group must look as far as the group reader does."""
    assert [(c.status, c.count.value) for c in read(text)] == expected


@pytest.mark.parametrize("line", [
    "Total toll of those at the least of the brave local young man killed in Harem",
    "Overall tally of those at minimum of the old retired local farmer shot dead near Qusayr",
])
def test_the_opening_guard_looks_where_the_group_reader_looks(read, line):
    """A count frame and "at least of the" push a headline's group noun past a reach derived
    by hand: the precheck must test the tokens ``_find_head`` reads, not drop the reading."""
    assert [c.count.value for c in read(line)] == [1]


def test_an_opening_with_no_group_noun_counts_no_one(read):
    assert read("Turkish officials said on Monday that the crossing near Azaz was shut") == []
