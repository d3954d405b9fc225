"""Event places (issue 10/11): where the people an event hit came from is not where it
happened.  A convoy of evacuees bombed at a crossing, refugees shelled in a camp: the
report names the people's home town ("evacuees from the towns of X and Y") beside the site;
taking the home town put one bombing in two governorates, and fusion then kept it as two
incidents, counting its dead twice.  Alone, the home town stays the place (a fallback, as
a speaker's seat is).  Sentences are invented for these tests."""

from __future__ import annotations

import pytest

from observatory.extract.pipeline import Extractor
from observatory.models import Document, ExtractionResult


def run(extractor: Extractor, text: str) -> ExtractionResult:
    return extractor.extract(text, Document(id="t", published="2017-05-02"))


def mentions(result: ExtractionResult) -> set[str]:
    return {e.location.mention for e in result.events if e.location is not None and e.event_type != "Strategic developments"}


@pytest.mark.parametrize(("text", "site"), [
    ("A car bomb struck buses carrying evacuees from the besieged villages of Nubl and Zahraa at a crossing "
     "point in Ramouseh on Tuesday, killing 41 people.", "Ramouseh"),
    ("An explosion tore through a bus carrying displaced people from Tal Rifaat near the town of Azaz on "
     "Friday, killing 15.", "Azaz"),
    ("Warplanes bombed a camp sheltering refugees from Palmyra in the desert near Raqqa, killing 20 people "
     "on Sunday.", "Raqqa"),
    ("Gunmen opened fire on a minibus transporting families from Qusayr at a checkpoint outside Talkalakh on "
     "Monday, killing four.", "Talkalakh"),
])
def test_the_home_town_of_the_people_hit_gives_way_to_the_site(extractor: Extractor, text: str, site: str) -> None:
    assert mentions(run(extractor, text)) == {site}


@pytest.mark.parametrize(("text", "site"), [
    ("Buses carrying refugees from Qusayr came under fire on Sunday, wounding 12.", "Qusayr"),
    ("Four civilians from Douma were killed by a sniper in Harasta on Wednesday.", "Harasta"),
    ("Government shelling killed 12 residents of Saqba and two children in Kafr Batna on Thursday.", None),
    ("A roadside bomb killed three returnees from Tal Abyad on Monday as they came back from Turkey.", "Tal Abyad"),
    ("The bomb went off as evacuees from Madaya waited to continue their journey to Idlib.", "Madaya"),
])
def test_a_home_town_alone_or_a_town_of_residents_stays(extractor: Extractor, text: str, site: str | None) -> None:
    """Precision guards: with no other place the home town is the place (a country or a
    journey's end is no other place); "residents of X" and "civilians from X" often tell the
    dead of a strike on X itself, so they are no origin."""
    found = mentions(run(extractor, text))
    if site is None:
        assert {"Saqba", "Kafr Batna"} <= found
    else:
        assert found == {site}


@pytest.mark.parametrize("text", [
    "Many residents of Nubl and Zahraa lost their lives after gunmen attacked their buses on Tuesday.",
    "Eleven inhabitants of Madaya were killed when a roadside bomb hit their convoy on Friday.",
    "A mortar shell killed six residents of Tal Rifaat who were fleeing towards the border on Sunday.",
    "Families who fled Sarmin were killed when a shell struck their bus on Saturday, killing 9.",
    "Eight residents of Taftanaz who fled on Friday were killed by a landmine.",
])
def test_people_of_a_town_on_the_move_tell_no_event_in_it(extractor: Extractor, text: str) -> None:
    """Issue 10: people of X told travelling after X ("their buses", "their convoy", "who were
    fleeing") were hit on the road, which the sentence does not name: the event is not placed
    at X (it takes the report's other places, or none)."""
    assert mentions(run(extractor, text)) == set()


@pytest.mark.parametrize(("text", "site"), [
    ("Nine residents of Saqba were killed by government shelling on the town on Thursday.", "Saqba"),
    ("Fourteen residents of Kafr Zita were executed by militants in the village on Monday.", "Kafr Zita"),
    ("Air strikes hit the convoy of rebels in Saraqib on Monday, killing 12.", "Saraqib"),
    ("Mortar fire killed five residents of Ariha on Tuesday as families were fleeing the town.", "Ariha"),
    ("Hundreds of families were fleeing Manbij on Sunday after shelling killed 22 people in the city.", "Manbij"),
    ("A rocket killed seven inhabitants of Salqin on Friday while they were on their way to the bakery in "
     "the town.", "Salqin"),
    ("Six families of Atarib were killed in a helicopter raid on the town on their way back from the fields.",
     "Atarib"),
    ("Four residents of Darkush died when a shell hit their bus in the village on Monday.", "Darkush"),
    ("Gunmen killed three residents of Jisr al-Shughur and burned their cars on Sunday.", "Jisr al-Shughur"),
])
def test_residents_hit_at_home_or_a_convoy_at_its_site_stay(extractor: Extractor, text: str, site: str) -> None:
    """Precision guards: residents killed in their own town, a convoy struck in a named town,
    a journey told of other people ("as families were fleeing the town") or with no vehicle
    ("on their way"), people fleeing X with no other site, and a sentence that refers back
    to the town ("in the village") keep the town."""
    assert mentions(run(extractor, text)) == {site}


def test_residents_on_the_move_give_way_to_the_site(extractor: Extractor) -> None:
    """"buses evacuating residents of X", "residents of X who fled" are people of X on the
    move, so X gives way to the site the sentence names, as "evacuees from X" does."""
    text = "A bomb hit buses evacuating residents of Madaya at a checkpoint in Ramouseh on Sunday, killing 20."
    assert mentions(run(extractor, text)) == {"Ramouseh"}
    text = "The bodies of 11 residents of Tal Abyad who fled the town were found near Raqqa on Monday."
    assert mentions(run(extractor, text)) == {"Raqqa"}
