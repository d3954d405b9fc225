"""Whose dead a fight's toll counts when its words name no side (issue 9, family 3;
extract/tolls/groups.py, ``_battle_side``, ``_noun_side``, ``_targeted``).  A combined toll of
a fight between armed sides is the fighters' (the first side named: dev and fakes100 give
such a toll both sides), not Civilians; a side noun takes the one side of the fight it fits;
"a gathering of X, killing 7 of its members" counts X's men.  Civilians stay civilians when
the text says so or a one-sided deed kills them.  Sentences are invented for these tests."""

from __future__ import annotations

import pytest

from observatory.extract.pipeline import Extractor
from observatory.models import Document


def actors(extractor: Extractor, text: str) -> list[str | None]:
    result = extractor.extract(text, Document(id="t", published="2018-09-12"))
    return [c.group.actor for c in result.casualties]


@pytest.mark.parametrize(("text", "actor"), [
    ("Violent clashes broke out on the outskirts of Maarat Hurma between HTS and the Turkistan Islamic Party, "
     "leaving 14 dead.", "HTS: Hayat Tahrir al-Sham"),
    ("Renewed fighting between the SDF and ISIS remnants near Hajin claimed 19 lives on Thursday.",
     "SDF: Syrian Democratic Forces"),
    ("Fierce confrontations pitting Jaysh al-Izza against regime forces around Latamneh killed 27 people, "
     "the Observatory said.", "Jaysh al-Izza"),
    ("The YPG clashed with Turkish-backed factions on the Marea front, and 5 people were killed.",
     "YPG: People's Protection Units"),
    ("Government troops have clashed with ISIS in the desert near Palmyra and killed 14.", "Islamic State"),
    ("At least 12 people were killed when clashes erupted between the army and rebels in Busra.",
     "Military Forces of Syria"),
])
def test_a_fights_toll_is_its_fighters(extractor: Extractor, text: str, actor: str) -> None:
    assert actors(extractor, text) == [actor]


@pytest.mark.parametrize(("text", "actor"), [
    ("Pro-regime militias clashed with ISIS cells near Albukamal, leaving 9 militiamen dead.",
     "Pro-Government Militias (Syria)"),
    ("Clashes erupted between Turkish troops and the SDF near Manbij, killing 3 soldiers.",
     "Military Forces of Turkey"),
    ("The Asayish clashed with regime forces in Qamishli, leaving 7 Kurdish fighters dead.", "Asayish"),
    ("Clashes between Hezbollah and HTS in the Qalamoun barrens left 6 jihadists dead.",
     "HTS: Hayat Tahrir al-Sham"),
])
def test_a_side_noun_takes_the_side_it_fits(extractor: Extractor, text: str, actor: str) -> None:
    assert actors(extractor, text) == [actor]


@pytest.mark.parametrize(("text", "actor"), [
    ("A car bomb hit a convoy of the SDF in Shaddadi, killing 4 of its members.",
     "SDF: Syrian Democratic Forces"),
    ("An IED targeted a position of Jaysh al-Islam in Harasta, killing 3 of its fighters.", "Jaysh al-Islam"),
    ("A suicide attacker blew himself up among a gathering of Ahrar al-Sham in Sarmada, killing 9 of its members.",
     "Ahrar al-Sham"),
])
def test_the_side_whose_gathering_was_struck(extractor: Extractor, text: str, actor: str) -> None:
    assert actors(extractor, text) == [actor]


@pytest.mark.parametrize(("text", "expected"), [
    ("Regime shelling on Kafr Nabudah killed 6 people.", ["Civilians"]),
    ("Clashes continued in Daraa while regime shelling on Nawa killed 4 civilians.", ["Civilians"]),
    ("Russian airstrikes on Saraqib killed 9 people as clashes raged nearby between rebels and regime forces.",
     ["Civilians"]),
    ("Clashes between rebels and regime forces continued, and an airstrike on Ariha killed 10 people.",
     ["Civilians"]),
    ("Fighting between the SDF and ISIS near Hajin killed 8 people, including 3 children.",
     ["Civilians", "Civilians"]),
    ("Clashes between the army and ISIS killed 12 soldiers and 3 civilians.",
     ["Military Forces of Syria", "Civilians"]),
    ("Gunmen opened fire on a gathering of mourners in Jasim, killing 7 of them.", ["Civilians"]),
    ("A Turkish drone struck a car in Qamishli, killing 3 soldiers.", ["Military Forces of Syria"]),
    ("Four people were killed by a landmine left over from the fighting between ISIS and the SDF near Tabqa.",
     ["Civilians"]),
    ("Two people were killed in crossfire during clashes between the YPG and the Asayish in Amuda.", ["Civilians"]),
    ("Rebels and government forces fought in Anadan on Tuesday as 20 people were killed by barrel bombs.",
     ["Civilians"]),
])
def test_civilians_and_one_sided_deeds_keep_their_side(extractor: Extractor, text: str,
                                                         expected: list[str]) -> None:
    assert actors(extractor, text) == expected


def test_civilians_of_another_clause_leave_the_fights_toll_alone(extractor: Extractor) -> None:
    assert actors(extractor, "Clashes between the army and rebels in Wadi Barada killed 8, while 3 children "
                             "died in shelling on Ain al-Fijeh.") == ["Military Forces of Syria", "Civilians"]


def test_a_toll_the_fight_claimed_is_no_word_of_saying(extractor: Extractor) -> None:
    """"claimed the lives of 8" tells a toll: a one-line report so worded is dated on its day,
    as "left 8 dead" is (data/dates/stamps.yaml)."""
    result = extractor.extract("Clashes near Jarablus claimed the lives of 12 fighters.",
                               Document(id="t", published="2018-09-12"))
    assert [e.date.start for e in result.events] == ["2018-09-12"]


@pytest.mark.parametrize(("text", "expected"), [
    # a side opening the sentence ("Members of X", "A group of X") attacks; only a side struck is a target
    ("Members of Jaysh al-Izza raided a regime post near Kafr Zita, killing 5 of its soldiers.",
     ["Military Forces of Syria"]),
    ("A group of HTS militants stormed a checkpoint of Ahrar al-Sham in Ariha, killing 3 of its fighters.",
     ["Ahrar al-Sham"]),
    ("A blast hit a crowd of shoppers close to a base of the Sultan Murad Division, killing 6 of them.",
     ["Civilians"]),
])
def test_a_side_opening_the_sentence_is_the_doer(extractor: Extractor, text: str, expected: list[str]) -> None:
    assert actors(extractor, text) == expected


@pytest.mark.parametrize("text", [
    # the killing verb's subject kills; a deed of an air strike, shelling or gunfire on civilians is not the fight's
    "Despite the verbal clash between Damascus and Ankara, Russian warplanes killed 13 people in Maarat Misrin.",
    "Barrels dropped by regime helicopters killed 21 people as clashes intensified in Khan Tuman.",
    "Regime artillery pounded a school in Taftanaz during clashes with Jaysh al-Izza, killing 7 people.",
    "Security men of the Asayish opened fire on demonstrators during clashes with the NDF in Qamishli, "
    "killing 4 people.",
    "Turkish jets pounded Jandairis as clashes raged between the YPG and the SNA nearby, killing 9 people.",
    # the fight word in another clause
    "Seven people were killed at a bakery in Saqba as fighting raged between rebels and regime forces.",
    "Clashes between ISIS and the SDF went on in Baghouz, after coalition jets killed 15 people in Susah.",
    # civilians told by their site, their plight or their kin
    "Fighting between the SNA and the YPG near Tal Tamr killed 5 people in their homes.",
    "Clashes between HTS and the Zinki movement killed 3 people queuing for bread in Darat Izza.",
    "Fighting between ISIS and the SDF killed 4 people who were trying to flee Shafa.",
    "Two people died when their bus was caught between regime troops and rebels fighting near Morek.",
])
def test_a_fights_neighbours_keep_their_civilians(extractor: Extractor, text: str) -> None:
    assert actors(extractor, text) == ["Civilians"]


def test_kin_of_a_fighter_are_no_sides_men(extractor: Extractor) -> None:
    assert actors(extractor, "A fighter of the Sultan Murad Division was killed and 4 members of his family "
                             "died in the clashes with the YPG.")[1] != "SNA: Syrian National Army"
