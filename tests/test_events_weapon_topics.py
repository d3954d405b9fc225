"""A weapon named without its use is no event of the report (issue 9, family 8; brief
s25-types): an agent that symptoms are compared with, the politics of a weapon (a "red line",
resolutions banning it), an aircraft that drops aid or is destroyed on the ground.  The
same weapon or aircraft told as used on a day and a place stays an event.  Sentences are invented."""

from __future__ import annotations

import pytest

from observatory.extract.pipeline import Extractor
from observatory.models import Document, ExtractionResult


def run(extractor: Extractor, text: str) -> ExtractionResult:
    return extractor.extract(text, Document(id="t", published="2017-09-20"))


def types(result: ExtractionResult) -> set[str]:
    return {e.sub_event_type for e in result.events}


LEAD = "Government artillery shelled the village of Umm Jalal on Tuesday, killing three farmers. "


@pytest.mark.parametrize(
    "topic",
    [
        "Nurses in Maarzaf said the wounded showed symptoms consistent with chlorine.",
        "Doctors described signs typical of nerve agent poisoning in two of the patients.",
        "A pharmacist said her symptoms were similar to those caused by toxic gas, but no test was made.",
        "Any use of sarin in the valley would cross a red line, the envoy told reporters.",
        "The envoy said the gas attacks of the past were a red line the council could not ignore.",
        "The council passed resolutions banning the use of chemical weapons and toxic substances.",
    ],
)
def test_a_weapon_named_without_its_use_adds_no_event(extractor: Extractor, topic: str) -> None:
    result = run(extractor, LEAD + topic)
    assert "Shelling/artillery/missile attack" in types(result)
    assert "Chemical weapon" not in types(result)


@pytest.mark.parametrize(
    "act",
    [
        "On Tuesday a helicopter dropped two barrels of chlorine on the nearby hamlet of Tell Dhahab.",
        "A chlorine attack on Tell Dhahab on Tuesday left nine people choking, a rescuer said.",
    ],
)
def test_a_weapon_told_as_used_stays(extractor: Extractor, act: str) -> None:
    assert "Chemical weapon" in types(run(extractor, LEAD + act))


# -- an aircraft that does not strike ------------------------------------------------

@pytest.mark.parametrize(
    "aircraft",
    [
        "Russian planes carried out airdrops of flour over the besieged quarter of Joura on Tuesday.",
        "Cargo helicopters dropped food parcels to the garrison in Tell Hawash on Tuesday.",
        "Rebels said four army helicopters were destroyed on the runway of the Tell Hawash base on Tuesday.",
    ],
)
def test_an_aircraft_that_does_not_strike_is_no_air_strike(extractor: Extractor, aircraft: str) -> None:
    result = run(extractor, LEAD + aircraft)
    assert "Shelling/artillery/missile attack" in types(result)
    assert "Air/drone strike" not in types(result)


@pytest.mark.parametrize(
    "strike",
    [
        "Regime warplanes bombed a bakery in Tell Hawash on Tuesday, killing six people.",
        "Helicopters dropped barrels of explosives on Tell Hawash on Tuesday, wounding eleven.",
    ],
)
def test_an_aircraft_that_strikes_stays(extractor: Extractor, strike: str) -> None:
    assert "Air/drone strike" in types(run(extractor, LEAD + strike))


# -- a denial ------------------------------------------------------------------------

@pytest.mark.parametrize(
    "denial",
    [
        "Moscow said its aircraft had not carried out any air strikes near Kafr Zita that week.",
        "The ministry said the army hasn't launched any chlorine attacks in the province.",
    ],
)
def test_a_denied_act_is_no_event(extractor: Extractor, denial: str) -> None:
    found = types(run(extractor, LEAD + denial))
    assert "Shelling/artillery/missile attack" in found
    assert not found & {"Air/drone strike", "Chemical weapon"}


def test_a_strike_beside_a_denial_of_casualties_stays(extractor: Extractor) -> None:
    text = LEAD + "The raid did not cause any casualties, but warplanes bombed Kafr Zita an hour later."
    assert "Air/drone strike" in types(run(extractor, text))


# -- a campaign over two countries ---------------------------------------------------

@pytest.mark.parametrize(
    "frame",
    [
        "A US-led alliance is waging air strikes and artillery fire against the jihadists in Iraq and Syria.",
        "The jihadists have seized wide areas of desert across both Syria and Iraq since their rise.",
    ],
)
def test_a_campaign_over_two_countries_adds_no_event(extractor: Extractor, frame: str) -> None:
    found = types(run(extractor, "Coalition jets struck a depot near Tell Hawash on Tuesday, a monitor said. " + frame))
    assert found == {"Air/drone strike"}


def test_a_dated_deed_beside_the_campaign_stays(extractor: Extractor) -> None:
    text = ("The alliance is fighting the jihadists in Syria and Iraq with air strikes and backing for local "
            "fighters, who on Tuesday captured the town of Tell Hawash.")
    result = run(extractor, text)
    assert result.control_changes
