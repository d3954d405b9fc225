"""Control shapes of SOHR's English headlines that the recall proxy of bench/real_corpus.py
(``--control-year``) found unread on UCDP 2016/2018 lines: the present "<side> control(s) X"
as a report of one line without a full stop, the subjectless nominal "clashes and advance to <side>
in X", and the last ground a side held in X ("the last ISIS pocket in X").  Every sentence here is
invented; the negatives reword the misfires a review found on ordinary text."""

from __future__ import annotations

import pytest

from observatory.extract.pipeline import Extractor
from observatory.models import Document

REGIME, SDF, REBELS, YPG, IS = ("Military Forces of Syria", "SDF: Syrian Democratic Forces", "Syrian Rebels",
                                "YPG: People's Protection Units", "Islamic State")


def changes(extractor: Extractor, text: str) -> list[tuple[str | None, str | None, str]]:
    result = extractor.extract(text, Document(id="t", published="2016-09-21"))
    return [(c.place.mention or c.place.name, c.gained_by, c.change) for c in result.control_changes]


@pytest.mark.parametrize(("text", "place", "gainer"), [
    ("The factions control Kafr Zita after violent clashes with the regime forces", "Kafr Zita", REBELS),
    ("YPG control Ain Issa town and shelling targets the countryside of Hasakah", "Ain Issa town", YPG),
    ("The regime forces control large parts of the Sheikh Saeed neighborhood and raids target Aleppo",
     "Sheikh Saeed neighborhood", REGIME),
    ("The Syria Democratic Forces control the village of Sarrin and clashes go on near Manbij", "Sarrin", SDF),
    ("Rebels now control Saraqib", "Saraqib", REBELS),
])
def test_a_one_line_present_control_is_a_capture(extractor: Extractor, text: str, place: str, gainer: str) -> None:
    assert (place, gainer, "captured") in changes(extractor, text)


@pytest.mark.parametrize("text", [
    # a report of more than one line: a title over a body, or a body's sentence
    "Rebels control Jisr al-Shughur\n\nJisr al-Shughur, Syria - Rebels have run the town since 2015 through a council.",
    "A fighter was killed in Hama today. The regime forces control Khan Tuman",
    # a full stop, also inside a quote
    "The factions control Kafr Zita.",
    'Government forces control Latakia."',
    # a word before the verb that tells a holding, or no control at all
    "Rebels don't control Saraqib",
    "Rebels do not control Saraqib",
    "The rebels no longer control Ariha",
    "Rebels already control Ariha and parts of Jisr al-Shughur",
    "Rebels effectively control Dumayr",
    "The regime forces largely control Mayadin city",
    "Rebels partially control Tafas",
    "The YPG fully controls Amuda and Derbasiyeh",
    "Rebels also control Kafr Zita",
    "Rebels still control Daraya despite the siege",
    "The factions continue to control Talbiseh",
    "Rebels will control Ariha within weeks",
    "Fighters who control Jobar reject the deal",
    # a clause that frames it
    "Where ISIS controls Mayadin, farmers suffer",
    "While rebels control Ariha, the regime holds Mhardeh",
    "Since the YPG controls Amuda, Turkey threatens to attack",
    "Because the regime forces control Qudsaya, the rebels are trapped",
    "If rebels control Ariha, the regime will attack",
    "Who controls Tabqa?",
    # a second clause after a comma
    "Regime forces control Latakia, rebels hold the mountains",
    "The regime forces control most of Mayadin",
])
def test_a_present_control_that_tells_a_state_is_no_change(extractor: Extractor, text: str) -> None:
    assert changes(extractor, text) == []


@pytest.mark.parametrize(("text", "place", "gainer"), [
    ("Heavy shelling on Douma and advance to regime forces on the outskirts of Qudsaya", "Qudsaya", REGIME),
    ("Violent attack and advance to the factions and Jaish al-Islam in Kafr Zita and shelling on Hama",
     "Kafr Zita", "Jaysh al-Islam"),
    ("Continued clashes and advances to the Syrian Democratic Forces in Ain Issa countryside",
     "Ain Issa countryside", SDF),
    ("Renewed clashes and advance to ISIS in Mayadin", "Mayadin", IS),
    ("Clashes and advance to Hezbollah and the regime forces in Madaya", "Madaya", REGIME),
])
def test_an_advance_to_a_side_names_the_side_that_advanced(extractor: Extractor, text: str, place: str,
                                                           gainer: str) -> None:
    found = changes(extractor, text)
    assert (place, gainer, "advanced") in found
    assert [c for c in found if c[0] == place] == [(place, gainer, "advanced")]


@pytest.mark.parametrize("text", [
    "The army captured crossroads to advance to Raqqa in eastern Aleppo.",
    "The factions advance to about 9 km away of Homs city",
    # a side before the noun: the verb is that side's, its object a place, not the side that advanced
    "The rebels attack and advance to the regime forces in Talbiseh",
    "ISIS attacks and advance to the regime forces in Mayadin",
    "Turkish-backed factions advance to the YPG positions in Amuda and advance to the Kurdish fighters in Tal Tamr",
    # the noun as money
    "Advances to fighters in Ariha were paid in dollars by the group",
])
def test_an_advance_to_a_place_or_a_side_s_own_advance_is_no_advance_to_a_side(extractor: Extractor,
                                                                                text: str) -> None:
    assert [c for c in changes(extractor, text) if c[1] in (REGIME, "YPG: People's Protection Units")
            or c[0] in ("Raqqa", "Homs city", "Ariha")] == []


@pytest.mark.parametrize(("text", "place", "gainer"), [
    ("SDF fighters took over the last ISIS pocket in Tabqa city on Friday", "Tabqa city", SDF),
    ("Jaish al-Islam seized the remaining regime positions in Zamalka", "Zamalka", "Jaysh al-Islam"),
    ("The SDF seized the last IS positions in Shaddadi", "Shaddadi", SDF),
    ("Rebels captured all the army positions in Tafas", "Tafas", REBELS),
])
def test_the_last_ground_a_side_held_in_a_place_stands_for_it(extractor: Extractor, text: str, place: str,
                                                              gainer: str) -> None:
    assert (place, gainer, "captured") in changes(extractor, text)


@pytest.mark.parametrize(("text", "place"), [
    # one position, or positions not said to be the last: a spot in the place, not the place
    ("Rebels seized a regime position in Idlib", "Idlib"),
    ("IS fighters captured an army position in Mayadin city", "Mayadin city"),
    ("ISIS fighters took over a position in Sukhnah", "Sukhnah"),
    ("Rebels overran the army positions in Kafr Zita", "Kafr Zita"),
    # no capture: a withdrawal, an entry, an advance on positions
    ("Rebels withdrew from a position in Idlib city", "Idlib city"),
    ("IS fighters entered a regime position in Mayadin city before being driven back", "Mayadin city"),
    ("The army advanced on the rebel positions in Homs city", "Homs city"),
])
def test_a_position_in_a_place_is_not_the_place(extractor: Extractor, text: str, place: str) -> None:
    assert [c for c in changes(extractor, text) if c[0] == place] == []


@pytest.mark.parametrize("text", [
    "Hezbollah fighters were seen in the last IS pocket in Qalamoun.",
    "The army shelled IS positions in Tabqa.",
    "The rebels attacked army positions in Kafr Zita.",
])
def test_fire_on_a_side_s_ground_takes_nothing(extractor: Extractor, text: str) -> None:
    assert changes(extractor, text) == []
