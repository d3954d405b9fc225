"""Event wording that differs between outlets: strikes called massacres, Israeli missile
raids, devices made safe, and today's clashes told beside a running total."""

from __future__ import annotations

from observatory.extract.pipeline import Extractor
from observatory.models import Document, ExtractionResult


def run(extractor: Extractor, text: str) -> ExtractionResult:
    return extractor.extract(text, Document(id="t", published="2019-03-12"))


def types(result: ExtractionResult) -> set[str]:
    return {e.sub_event_type for e in result.events}


def test_a_massacre_by_warplanes_is_an_air_strike(extractor: Extractor) -> None:
    result = run(extractor, "The monitor documented the massacre committed by the regime warplanes in the town "
                            "of Ariha on Monday, where 11 civilians were killed.")
    assert types(result) == {"Air/drone strike"}


def test_israeli_missile_strikes_are_air_strikes(extractor: Extractor) -> None:
    result = run(extractor, "Israeli missile strikes hit positions of Iranian forces near Masyaf overnight, and "
                            "Syrian air defences said they intercepted most of the missiles.")
    assert types(result) == {"Air/drone strike"}


def test_dismantled_devices_are_not_explosions(extractor: Extractor) -> None:
    result = run(extractor, "Engineering units dismantled 30 explosive devices and landmines planted by the "
                            "terrorists in the streets of Morek on Monday.")
    assert "Remote explosive/landmine/IED" not in types(result)
    assert "Disrupted weapons use" in types(result)


def test_todays_clashes_stay_events_beside_an_appended_running_total(extractor: Extractor) -> None:
    result = run(extractor, "Five fighters of the factions were killed today in clashes with the regime forces "
                            "near Kafr Nabl, bringing to 96 the number of fighters killed since the start of "
                            "the offensive.")
    assert "Armed clash" in types(result)


def test_fire_opened_at_army_positions_is_a_clash(extractor: Extractor) -> None:
    result = run(extractor, "Militants opened fire 9 times at positions of the government troops near Kafr Nabl "
                            "on Monday, the Russian Centre for Reconciliation said.")
    assert "Armed clash" in types(result)


def test_an_old_shell_that_explodes_is_an_explosive_remnant(extractor: Extractor) -> None:
    result = run(extractor, "Three children were killed when an old shell exploded near their home in Tafas on "
                            "Monday.")
    assert types(result) == {"Remote explosive/landmine/IED"}
