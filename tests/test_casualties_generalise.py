"""Families of toll phrasing found on reports no rule was written for: another source's
figure for the same dead, a time frame stated after coordinated figures, and thousands
set off by a space."""

from __future__ import annotations

from datetime import date

import pytest

from observatory.extract.numbers import read_quantity, tokenize

PUBLISHED = date(2019, 3, 14)


@pytest.fixture
def read(read_tolls):
    return read_tolls


def killed_total(claims) -> int:
    """What a reader adds up: top-level killed figures of this report's own incidents."""
    return sum(c.count.value for c in claims if c.status == "killed" and c.parent is None
               and c.scope == "incident" and c.count.value is not None)


@pytest.mark.parametrize("text, value", [
    ("Over 2 400 civilians died", 2400),
    ("at least 1 250 000 people", 1250000),
    ("some 3 500 displaced people", 3500),
])
def test_thousands_set_off_by_a_space_are_one_number(text, value):
    tokens = tokenize(text)
    quantity = read_quantity(tokens, 0) or read_quantity(tokens, 1)
    assert quantity.value == value


@pytest.mark.parametrize("text", ["007 Tags civilian deaths", "000 people"])
def test_a_figure_with_a_leading_zero_is_no_count(text):
    assert read_quantity(tokenize(text), 0) is None


def test_a_year_before_a_figure_is_not_grouped_with_it():
    tokens = tokenize("in 2015 140 people")
    assert [q.value for i in range(len(tokens)) if (q := read_quantity(tokens, i))] == [2015, 140]


@pytest.mark.parametrize("second", [
    "The provincial health office gave a toll of 11 dead and 40 wounded.",
    "Other media reports said at least 21 people were killed in the raid.",
    "By one report as many as 19 people died.",
])
def test_another_sources_figure_is_not_more_dead(read, second):
    text = ("Rockets slammed into a vegetable market in Maarat Misrin on Wednesday, killing "
            "at least 14 people, a war monitor said. " + second)
    claims = read(text)
    first, other = [c for c in claims if c.status == "killed"]
    assert first.count.value == 14 and other.parent == first.id
    assert killed_total(claims) == 14


@pytest.mark.parametrize("second", [
    "The Local Coordination Committees, another monitoring group, said 31 people were killed.",
    "According to the state news agency, 9 people died.",
    "Civil defence volunteers told reporters that 25 civilians had been killed.",
])
def test_a_figure_a_named_source_said_is_an_alternative_count(read, second):
    text = ("Artillery fire on the covered market of Kafr Takharim killed 19 people on Thursday, "
            "the Syrian Observatory for Human Rights said. " + second)
    claims = read(text)
    first = next(c for c in claims if c.status == "killed")
    assert first.count.value == 19
    assert killed_total(claims) == 19


@pytest.mark.parametrize("second", [
    "According to state media, another 6 people were killed.",
    "State media said 6 people were killed in Salqin on Wednesday.",
    "It said 6 more people were killed.",
])
def test_a_source_telling_further_dead_or_another_incident_still_adds(read, second):
    text = ("Artillery fire on the covered market of Kafr Takharim killed 19 people on Thursday, "
            "the Syrian Observatory for Human Rights said. " + second)
    assert killed_total(read(text)) == 25


def test_a_second_incident_without_a_source_cue_still_adds(read):
    text = ("Rockets slammed into a vegetable market in Maarat Misrin on Wednesday, killing "
            "at least 14 people, a war monitor said. In Binnish, a drone strike killed 5 people.")
    assert killed_total(read(text)) == 19


def test_a_frame_stated_after_coordinated_figures_holds_for_both(read):
    text = ("Four fighters died in an ambush near Kafr Zita on Tuesday. Altogether 62 soldiers "
            "and 140 militants have been killed since the offensive was launched in January.")
    claims = read(text)
    assert [(c.count.value, c.scope) for c in claims if c.status == "killed"] == [
        (4, "incident"), (62, "cumulative"), (140, "cumulative")]
    assert killed_total(claims) == 4


def test_killed_and_injured_joined_by_and_share_a_later_frame(read):
    text = ("An air strike killed 8 civilians in Jisr al-Shughur on Monday. More than 2 300 "
            "civilians have been killed and thousands more injured in the province since it "
            "was launched in early autumn.")
    claims = read(text)
    big = next(c for c in claims if c.count.value == 2300)
    assert big.scope == "cumulative" and killed_total(claims) == 8


def test_a_dated_first_figure_keeps_its_own_frame(read):
    text = ("Shelling killed 6 people in Kafranbel on Tuesday and 210 people have died there "
            "since the campaign began.")
    claims = read(text)
    assert [(c.count.value, c.scope) for c in claims if c.status == "killed"] == [
        (6, "incident"), (210, "cumulative")]


@pytest.mark.parametrize("text, high", [
    ("Artillery fire kills and injures 23 people in Kafr Nubl", 23),
    ("Nine soldiers were killed or wounded when a mine went off near Tal Rifaat", 9),
    ("About 35 persons killed and injured in a car bomb blast in Azaz", None),
])
def test_one_figure_for_killed_and_injured_is_a_killed_claim_without_a_value(read, text, high):
    claims = read(text)
    assert [(c.status, c.count.value, c.count.high) for c in claims] == [("killed", None, high)]
    assert killed_total(claims) == 0


def test_split_figures_in_the_body_replace_a_combined_headline(read):
    text = ("Air raids kill and injure 48 in Maaret Harma\n\nAir raids on Maaret Harma on Friday "
            "killed 17 people and injured 31 others, rescuers said.")
    assert [(c.status, c.count.value) for c in read(text)] == [("killed", 17), ("injured", 31)]


def test_vague_amounts_told_for_two_statuses_stay_unread(read):
    assert read("Barrel bombs killed and wounded dozens of residents of the old quarter.") == []


def test_a_qualifier_after_a_two_word_group_keeps_the_toll(read):
    claims = read("31 civilian casualties at least were killed by rocket fire on Jarablus.")
    assert [(c.status, c.count.value, c.count.qualifier) for c in claims] == [("killed", 31, "at_least")]


@pytest.mark.parametrize("text, high", [
    ("The mortar round caused 17 casualties among shoppers in Qamishli.", 17),
    ("Over 6 casualties in an air raid on a farm near Khan Assal", None),
])
def test_casualties_with_no_status_of_their_own_are_a_combined_figure(read, text, high):
    assert [(c.status, c.count.value, c.count.high) for c in read(text)] == [("killed", None, high)]


def test_casualties_with_their_own_verb_keep_the_figure(read):
    claims = read("Eleven casualties died when the drone struck Tal Tamr.")
    assert [(c.status, c.count.value) for c in claims] == [("killed", 11)]


def test_a_gapped_figure_repeats_the_verb_and_group_before_it(read):
    text = "Two Turkish soldiers were killed in Afrin and 3 near Jinderes on Sunday."
    assert [(c.status, c.count.value, c.group.actor) for c in read(text)] == [
        ("killed", 2, "Military Forces of Turkey"), ("killed", 3, "Military Forces of Turkey")]


def test_gapped_parts_after_a_total_are_not_added_twice(read):
    text = ("Shelling killed 9 civilians across the Hama countryside on Thursday. Seven civilians "
            "died in Kafr Zita and two in the village of Latamneh, the monitor said.")
    claims = read(text)
    assert [c.count.value for c in claims] == [9, 7, 2]
    assert killed_total(claims) == 9


def test_a_figure_after_and_with_a_verb_of_its_own_is_not_gapped(read):
    text = "Four fighters were killed in Tadif and 12 were captured near the road."
    assert [(c.status, c.count.value) for c in read(text)] == [("killed", 4), ("captured", 12)]
