"""Control shapes of SOHR's English headlines that the recall proxy of bench/real_corpus.py
(``--control-year``) found unread on UCDP 2016/2018 lines: the present "<side> control(s) X"
as a report's headline (its first line, without a full stop), the nominal "advance to <side> in X", and a site or ground a
side held in X ("the last ISIS pocket in X").  Every sentence here is invented."""

from __future__ import annotations

import pytest

from observatory.extract.pipeline import Extractor
from observatory.models import Document

REGIME, SDF, REBELS, YPG = ("Military Forces of Syria", "SDF: Syrian Democratic Forces", "Syrian Rebels",
                            "YPG: People's Protection Units")


def changes(extractor: Extractor, text: str) -> list[tuple[str | None, str | None, str]]:
    result = extractor.extract(text, Document(id="t", published="2016-09-21"))
    return [(c.place.mention or c.place.name, c.gained_by, c.change) for c in result.control_changes]


@pytest.mark.parametrize(("text", "place", "gainer"), [
    ("The factions control Kafr Nabudah after violent clashes with the regime forces", "Kafr Nabudah", REBELS),
    ("YPG control Tal Tamr town and shelling targets the countryside of Hasakah", "Tal Tamr town", YPG),
    ("The regime forces control large parts of the Bani Zaid neighborhood and raids target Aleppo",
     "Bani Zaid neighborhood", REGIME),
    ("The Syria Democratic Forces control the village of Abu Qalqal and clashes go on near Manbij",
     "Abu Qalqal", SDF),
])
def test_a_headline_present_control_is_a_capture(extractor: Extractor, text: str, place: str, gainer: str) -> None:
    assert (place, gainer, "captured") in changes(extractor, text)


@pytest.mark.parametrize("text", [
    "A fighter was killed in Hama today. The regime forces control Khan Tuman",  # past the first sentence
    "Government forces control Khan Shaykhun, while the rest of the province is held by rebels.",  # a full stop
    "Rebels still control Daraya despite the siege",
    "The factions continue to control Morek",
    "Fighters who control Jobar reject the deal",
    "Who controls Tabqa?",
    "The regime forces control most of Aleppo",
])
def test_a_present_control_that_tells_a_state_is_no_change(extractor: Extractor, text: str) -> None:
    assert changes(extractor, text) == []


@pytest.mark.parametrize(("text", "place", "gainer"), [
    ("Heavy shelling on Douma and advance to regime forces on the outskirts of Harasta", "Harasta", REGIME),
    ("Violent attack and advance to the factions and Jaish al-Izza in Morek and shelling on Hama", "Morek", REBELS),
    ("Continued clashes and advances to the Syrian Democratic Forces in Tal Abyad countryside",
     "Tal Abyad countryside", SDF),
])
def test_an_advance_to_a_side_names_the_side_that_advanced(extractor: Extractor, text: str, place: str,
                                                           gainer: str) -> None:
    assert (place, gainer, "advanced") in changes(extractor, text)


@pytest.mark.parametrize("text", [
    "The army captured crossroads to advance to Raqqa in eastern Aleppo.",
    "The factions advance to about 11 km away of Hama city",
    "Rebels advance to the regime forces positions in Kafr Nabudah",
])
def test_an_advance_to_a_place_is_no_advance_to_a_side(extractor: Extractor, text: str) -> None:
    assert [(p, c) for p, _, c in changes(extractor, text) if p in ("Aleppo", "Hama city", "Raqqa")] == []


@pytest.mark.parametrize(("text", "place", "gainer"), [
    ("SDF fighters took over the last ISIS pocket in Tabqa city on Friday", "Tabqa city", SDF),
    ("Jaish al-Islam seized the remaining regime positions in Mesraba", "Mesraba", "Jaysh al-Islam"),
    ("The SDF seized the last IS positions in Shaddadi", "Shaddadi", SDF),
])
def test_the_ground_a_side_held_in_a_place_stands_for_it(extractor: Extractor, text: str, place: str,
                                                         gainer: str) -> None:
    assert (place, gainer, "captured") in changes(extractor, text)


@pytest.mark.parametrize("text", [
    "Hezbollah fighters were seen in the last IS pocket in Qalamoun.",
    "The army shelled IS positions in Tabqa.",
    "The rebels attacked army positions in Kafr Nabudah.",
])
def test_fire_on_a_side_s_ground_takes_nothing(extractor: Extractor, text: str) -> None:
    assert changes(extractor, text) == []
