"""Control shapes of SOHR's English headlines that the recall proxy of bench/real_corpus.py
(``--control-year``) found unread on UCDP 2016/2018 lines: the present "<side> control(s) X"
as a report of one line without a full stop, the subjectless nominal "clashes and advance to <side>
in X", and the last ground a side held in X ("the last ISIS pocket in X"); on 2018 lines, the opening
aside that recalls a capture ("Hours after seizing X…the SDF ...", "After controlling the entire X…the
regime forces ..."), its taker the subject after the ellipsis, and an advance "in the vicinity of" a
town, an advance on the town as one on its outskirts is.  Every sentence here is invented; the
negatives reword the misfires a review found on ordinary text, or the wordings a shape must leave alone."""

from __future__ import annotations

import pytest

from observatory.extract.pipeline import Extractor
from observatory.models import Document

REGIME, SDF, REBELS, YPG, IS = ("Military Forces of Syria", "SDF: Syrian Democratic Forces", "Syrian Rebels",
                                "YPG: People's Protection Units", "Islamic State")
RUSSIA = "Military Forces of Russia"


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


@pytest.mark.parametrize(("text", "place", "gainer"), [
    ("Days after capturing Kafr Nabudah…the regime forces shell the villages around it", "Kafr Nabudah", REGIME),
    ("About 3 days after seizing Khanasir…ISIS fighters execute 4 men in the town", "Khanasir", IS),
    ("Hours after controlling Maskanah…the factions repel an attack by the regime forces", "Maskanah", REBELS),
    ("After controlling Sukhnah, the regime forces pushed east towards the desert.", "Sukhnah", REGIME),
    ("The rebels shelled the airbase after controlling Tal Hamis.", "Tal Hamis", REBELS),
])
def test_an_opening_aside_s_capture_is_the_subject_s(extractor: Extractor, text: str, place: str,
                                                      gainer: str) -> None:
    assert (place, gainer, "captured") in changes(extractor, text)


@pytest.mark.parametrize(("text", "wrong"), [
    # the side after the ellipsis is not its clause's subject, or fights from the air
    ("After seizing Khanasir…violent clashes break out between the YPG and ISIS near the town", (YPG, IS)),
    ("Hours after capturing Kafr Nabudah…Russian warplanes strike the town", (RUSSIA,)),
])
def test_a_side_after_the_ellipsis_that_is_no_taker_gains_nothing(extractor: Extractor, text: str,
                                                                   wrong: tuple[str, ...]) -> None:
    assert [c for c in changes(extractor, text) if c[1] in wrong] == []


@pytest.mark.parametrize("text", [
    # a span held, not a capture
    "IS executed 12 men after controlling Tal Hamis for two weeks.",
    "After controlling Maskanah for more than three years, IS lost its fighters there to air strikes.",
    # "controlling" that is no recalled capture, and an aside that tells no change
    "The army is capable of controlling Kafr Nabudah.",
    "12 days after kidnapping him…unidentified gunmen kill a commander in Jasim",
    "Hours after shelling Khanasir…the regime forces bomb Maskanah",
])
def test_controlling_that_is_no_recalled_capture_is_no_change(extractor: Extractor, text: str) -> None:
    assert [c for c in changes(extractor, text) if c[2] == "captured"] == []


@pytest.mark.parametrize(("text", "place", "gainer"), [
    ("The regime forces advanced to the vicinity of Maskanah on Sunday.", "Maskanah", REGIME),
    ("Kurdish fighters advanced in the vicinity of Tal Hamis after heavy clashes.", "Tal Hamis", YPG),
    ("Rebels advanced into the surroundings of Kafr Nabudah overnight.", "Kafr Nabudah", REBELS),
    ("Clashes and advance to the rebel factions in the vicinity of Khanasir", "Khanasir", REBELS),
])
def test_an_advance_in_a_town_s_vicinity_is_an_advance_on_it(extractor: Extractor, text: str, place: str,
                                                             gainer: str) -> None:
    assert (place, gainer, "advanced") in changes(extractor, text)


@pytest.mark.parametrize("text", [
    # no advance: fire, flight, deployment, a goal
    "The army shelled the vicinity of Maskanah.",
    "Residents fled to the vicinity of Maskanah.",
    "IS fighters were stationed in the vicinity of Khanasir after the truce.",
    "The factions seek to advance in the vicinity of Kafr Nabudah",
    # a capture of the vicinity does not take the town
    "Rebels captured the vicinity of Kafr Nabudah.",
    # around a governorate's capital the vicinity is somewhere in its countryside
    "The regime forces advanced in the vicinity of Aleppo.",
])
def test_the_vicinity_of_a_town_without_an_advance_on_it_is_no_change(extractor: Extractor, text: str) -> None:
    assert changes(extractor, text) == []
