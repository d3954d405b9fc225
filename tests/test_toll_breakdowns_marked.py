"""Breakdowns of a toll by side in the shapes monitors and wires write (issue 9, family 2): a
colon or a dash after the total's place or day ("killed 40 people in Manbij: 25 …"), a list
with no "and" after the mark, and the negatives where a mark opens no breakdown.  Sentences
are invented for these tests."""

from __future__ import annotations

import pytest

from observatory.extract.pipeline import Extractor
from observatory.models import Document


def claims(extractor: Extractor, text: str) -> list[tuple[str, int | None, int | None]]:
    result = extractor.extract(text, Document(id="t", published="2018-03-14"))
    ids = {c.id: c.count.value for c in result.casualties}
    return [(c.status, c.count.value, ids.get(c.parent) if c.parent else None) for c in result.casualties]


@pytest.mark.parametrize(("text", "expected"), [
    ("Heavy fighting killed 37 people around Ain Issa: 22 IS fighters and 15 SDF fighters.",
     [("killed", 37, None), ("killed", 22, 37), ("killed", 15, 37)]),
    ("Regime air strikes killed at least 23 people on Wednesday – 14 civilians and 9 rebels, the monitor said.",
     [("killed", 23, None), ("killed", 14, 23), ("killed", 9, 23)]),
    ("A truck bomb killed 18 people in the town of Jarabulus late on Sunday - 12 civilians and 6 policemen.",
     [("killed", 18, None), ("killed", 12, 18), ("killed", 6, 18)]),
    ("Some 29 people were injured in Qardaha: 17 civilians and 12 soldiers, state television said.",
     [("injured", 29, None), ("injured", 17, 29), ("injured", 12, 29)]),
    ("The Observatory documented the death of 41 people on Saturday, distributed as follows: 24 civilians, "
     "10 fighters of Ahrar al-Sham and 7 members of the regime forces.",
     [("killed", 41, None), ("killed", 24, 41), ("killed", 10, 41), ("killed", 7, 41)]),
])
def test_a_mark_after_the_totals_place_or_day_opens_its_breakdown(extractor: Extractor, text: str,
                                                                  expected) -> None:
    assert claims(extractor, text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("The regiment lost 34 soldiers – 9 officers, 25 conscripts.",
     [("killed", 34, None), ("killed", 9, 34), ("killed", 25, 34)]),
    ("Shelling killed 21 people in Saraqeb: 13 civilians, 8 fighters.",
     [("killed", 21, None), ("killed", 13, 21), ("killed", 8, 21)]),
    ("Kurdish units lost 16 fighters on Thursday - 10 YPG fighters, 6 YPJ fighters.",
     [("killed", 16, None), ("killed", 10, 16), ("killed", 6, 16)]),
])
def test_a_marked_list_without_and_keeps_every_part(extractor: Extractor, text: str, expected) -> None:
    assert claims(extractor, text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("The blast killed 13 people in Baniyas: 24 more were wounded.", [("killed", 13, None), ("injured", 24, None)]),
    ("Mortars killed 8 people in Jaramana on Tuesday: 17 others were wounded.",
     [("killed", 8, None), ("injured", 17, None)]),
    ("Rockets killed 6 people in Afrin, the monitor said: 4 soldiers died in Jindires.",
     [("killed", 6, None), ("killed", 4, None)]),
    ("Clashes killed 19 soldiers on Monday - 7 more died later in hospital.",
     [("killed", 19, None), ("killed", 7, None)]),
    ("Warplanes killed at least 22 people in Atareb: 16, according to state media.", [("killed", 22, None)]),
    ("Air strikes killed 31 people in Tabqa: 13 others remain under the rubble.", [("killed", 31, None)]),
    ("The raid killed 9 people in Kafr Nabl while fighting in Hama killed 12: 7 soldiers and 5 rebels.",
     [("killed", 9, None), ("killed", 12, None), ("killed", 7, 12), ("killed", 5, 12)]),
])
def test_a_mark_after_a_total_opens_no_breakdown_of_other_people(extractor: Extractor, text: str,
                                                                 expected) -> None:
    assert claims(extractor, text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("At least 23 people were wounded: 13 children and 10 women.",
     [("injured", 23, None), ("injured", 13, 23), ("injured", 10, 23)]),
    ("The mortar fire left 15 people killed: 9 conscripts and 6 students.",
     [("killed", 15, None), ("killed", 9, 15), ("killed", 6, 15)]),
    ("Seven fighters were captured near Marea: 4 commanders and 3 medics.",
     [("captured", 7, None), ("captured", 4, 7), ("captured", 3, 7)]),
])
def test_a_groups_own_predicate_before_a_colon_keeps_its_figure(extractor: Extractor, text: str,
                                                                 expected) -> None:
    assert claims(extractor, text) == expected


def test_a_tables_labels_still_give_each_figure_its_status(extractor: Extractor) -> None:
    assert claims(extractor, "Sunday's figures - killed: 11, wounded: 26.") == [("killed", 11, None),
                                                                              ("injured", 26, None)]


@pytest.mark.parametrize(("text", "expected"), [
    ("The fatalities are distributed as follows: 13 civilians, 6 rebels and 2 policemen.",
     [("killed", 13, None), ("killed", 6, None), ("killed", 2, None)]),
    ("The dead are as follows: 5 children, 4 women and 8 men.",
     [("killed", 5, None), ("killed", 4, None), ("killed", 8, None)]),
    ("The wounded are broken down as follows: 9 students and 3 teachers.",
     [("injured", 9, None), ("injured", 3, None)]),
    ("The Observatory counted the deaths of 26 people on Monday. The fatalities are distributed as follows: "
     "15 civilians, 7 rebels and 4 soldiers.",
     [("killed", 26, None), ("killed", 15, 26), ("killed", 7, 26), ("killed", 4, 26)]),
])
def test_a_subject_of_the_dead_announcing_a_list_counts_its_groups(extractor: Extractor, text: str,
                                                                    expected) -> None:
    assert claims(extractor, text) == expected


def test_a_list_announced_for_the_living_counts_no_dead(extractor: Extractor) -> None:
    assert claims(extractor, "The victims of the abduction are as follows: 5 aid workers and 2 drivers.") == []


def sides(extractor: Extractor, text: str) -> list[tuple[str, int | None, str | None]]:
    result = extractor.extract(text, Document(id="t", published="2018-03-14"))
    return [(c.status, c.count.value, c.group.actor) for c in result.casualties]


@pytest.mark.parametrize(("text", "expected"), [
    ("Clashes killed 14 fighters of the Army of Islam, 5 of the Rahman Legion and 3 civilians.",
     [("killed", 14, "Jaysh al-Islam"), ("killed", 5, "Faylaq al-Rahman"), ("killed", 3, "Civilians")]),
    ("The battle left 16 members of the SDF, 11 of the Islamic State and 4 civilians dead.",
     [("killed", 16, "SDF: Syrian Democratic Forces"), ("killed", 11, "Islamic State"), ("killed", 4, "Civilians")]),
    ("Raids killed 7 fighters of Jaish al-Izza, 5 of Ahrar al-Sham and 2 of the Nusra Front near Latamneh.",
     [("killed", 7, "Jaysh al-Izza"), ("killed", 5, "Ahrar al-Sham"), ("killed", 2, "HTS: Hayat Tahrir al-Sham")]),
])
def test_a_bare_figure_of_another_side_in_a_list_counts_that_sides_fighters(extractor: Extractor, text: str,
                                                                            expected) -> None:
    assert sides(extractor, text) == expected


def test_no_side_is_borrowed_by_a_share_nor_read_in_things(extractor: Extractor) -> None:
    shares = sides(extractor, "Strikes killed 17 fighters of the group, 6 of them foreigners.")
    assert [actor for _, _, actor in shares] == ["Unidentified Armed Group", "Unidentified Armed Group"]
    assert sides(extractor, "Rebels seized 3 of the Russian Tanks near Kinsabba.") == []


@pytest.mark.parametrize(("text", "expected"), [
    ("A Syrian jet crashed near Hama, killing its two pilots.", [("killed", 2, None)]),
    ("IS said the ambush cost it dearly, killing its 6 commanders.", [("killed", 6, None)]),
    ("The drone struck the convoy and wounded its 3 drivers.", [("injured", 3, None)]),
    ("The Hamza Division lost its 4 commanders in the ambush.", [("killed", 4, None)]),
])
def test_a_figure_after_its_takes_the_verb_before(extractor: Extractor, text: str, expected) -> None:
    assert claims(extractor, text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Rebels downed a regime helicopter over Kafr Zita, killing its crew of three.", [("killed", 3, None)]),
    ("A barrel bomb on Tamanaah killed a family of six.", [("killed", 6, None)]),
    ("The shelling wounded a team of 4 rescuers in Jisr al-Shughur.", [("injured", 4, None)]),
    ("Kurdish fighters captured a patrol of 5 soldiers near Hasakah.", [("captured", 5, None)]),
])
def test_a_figure_counting_a_crew_or_family_takes_the_verb_before_it(extractor: Extractor, text: str,
                                                                     expected) -> None:
    assert claims(extractor, text) == expected


def test_a_collective_of_the_living_counts_no_dead(extractor: Extractor) -> None:
    assert all(value != 7 for _, value, _ in claims(extractor, "The family of 7 fled Saqba after a strike "
                                                               "killed their neighbour."))


@pytest.mark.parametrize(("text", "expected"), [
    # the parts fall one short of the total told before: still its parts, the 47 stays 47
    ("The monitor counted 47 dead in Maarat on Sunday. The victims are distributed as follows: 20 civilians, "
     "17 rebels and 9 soldiers.",
     [("killed", 47, None), ("killed", 20, 47), ("killed", 17, 47), ("killed", 9, 47)]),
    ("Activists said at least 52 people died in the raids. The dead are as follows: 30 civilians, among them "
     "11 children, and 22 fighters.",
     [("killed", 52, None), ("killed", 30, 52), ("killed", 11, 30), ("killed", 22, 52)]),
    ("Clashes near Kinsabba killed 26 fighters. The fatalities are distributed as follows: 13 rebels "
     "and 11 soldiers.",
     [("killed", 26, None), ("killed", 13, 26), ("killed", 11, 26)]),
])
def test_a_subject_list_after_a_total_breaks_it_down(extractor: Extractor, text: str, expected) -> None:
    assert claims(extractor, text) == expected


def test_an_announced_list_beyond_the_total_told_gives_no_second_toll(extractor: Extractor) -> None:
    text = ("Shelling killed 19 people in Jisr al-Shughur. The dead are distributed as follows: 12 civilians, "
            "6 rebels and 4 soldiers.")
    assert claims(extractor, text) == [("killed", 19, None)]


@pytest.mark.parametrize("text", [
    "Jaish al-Izza fighters seized 2 of the FSA armoured vehicles near Kafr Zita.",
    "Rebels overran 3 of the Hezbollah positions above Madaya.",
    "The SDF lost 3 of the YPG bases near Tal Tamr.",
    "Rebels captured 4 of the Regime Tanks near Latamneh.",
    "The jet lost its 2 engines over Khan Sheikhoun and crashed.",
    "IS lost its 3 oil fields near Mayadin.",
    "The village lost its 900 residents, who fled north to Atmeh.",
])
def test_things_of_a_side_or_after_its_count_no_one(extractor: Extractor, text: str) -> None:
    assert claims(extractor, text) == []


@pytest.mark.parametrize(("text", "expected"), [
    ("Barrel bombs killed 16 people in Kafr Nabl – 7 children, 4 women – and 5 more in Hass.",
     [("killed", 16, None), ("killed", 7, 16), ("killed", 4, 16), ("killed", 5, None)]),
    ("Shells killed 13 people in Zabadani: 6 children, 2 women, and 10 others in Madaya.",
     [("killed", 13, None), ("killed", 6, 13), ("killed", 2, 13), ("killed", 10, None)]),
])
def test_a_marked_breakdown_ends_at_its_closing_mark_or_more_people(extractor: Extractor, text: str,
                                                                   expected) -> None:
    assert claims(extractor, text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("In all 31 people died: 19 civilians drowned and 12 workers froze.", [("killed", 31, None), ("killed", 19, 31)]),
    ("At least 17 people were killed: 9 soldiers were killed by a mine and 8 rebels died in clashes.",
     [("killed", 17, None), ("killed", 9, 17), ("killed", 8, 17)]),
])
def test_a_predicate_before_the_mark_takes_parts_with_verbs_of_their_own(extractor: Extractor, text: str,
                                                                        expected) -> None:
    assert claims(extractor, text) == expected


def test_a_part_with_a_verb_of_its_own_after_a_place_is_another_toll(extractor: Extractor) -> None:
    text = "Air raids killed 8 civilians in Sarmin: 5 fighters were killed in Binnish."
    assert claims(extractor, text) == [("killed", 8, None), ("killed", 5, None)]


def test_others_told_in_a_later_sentence_may_still_make_up_the_total(extractor: Extractor) -> None:
    text = ("Raids on Homs killed 31 civilians on Friday including 10 when their van was hit. As well as the "
            "10 civilians killed on the van 21 others died in strikes on the old city.")
    assert [c for c in claims(extractor, text) if c[2] is None] == [("killed", 31, None)]
