""""villages of the Hama countryside such as X and Y": the towns "such as" gives are the
examples of the area before them, the finer answer for the event, not another clause's
places (the "as" of "such as" is no "as" opening a clause)."""

from __future__ import annotations

import pytest

PUBLISHED = "2017-05-10"


def _sites(extractor, text: str) -> list[tuple[str | None, int | None]]:
    from observatory.models import Document

    result = extractor.extract(text, Document(id="t", published=PUBLISHED)).to_json_dict()
    return [((e.get("location") or {}).get("name"), (e.get("location") or {}).get("precision"))
            for e in result["events"]]


@pytest.mark.parametrize(("text", "towns"), [
    ("Russian jets raided villages in the southern Idlib countryside such as Hass and Kafr Sajna on Friday, "
     "killing six civilians, local activists said.", {"Hass", "Kafr Sajna"}),
    ("Regime artillery shelled towns in the northern Hama countryside such as Kafr Zita, wounding a boy.",
     {"Kafr Zayta"}),
])
def test_the_towns_such_as_gives_are_the_events_places(extractor, text: str, towns: set[str]) -> None:
    sites = _sites(extractor, text)
    assert {name for name, _ in sites} == towns
    assert all((precision or 1) < 4 for _, precision in sites)


@pytest.mark.parametrize(("text", "place"), [
    # an "as" that opens another clause still parts the governorate from a later town
    ("Warplanes bombed the Idlib countryside on Sunday as fighters clashed near Saraqib.", "Idlib"),
    # "such as" giving weapons, not places: the area stays the answer
    ("Helicopters dropped explosive devices such as barrels on the Daraa countryside, killing two.", "Daraa"),
])
def test_an_as_that_gives_no_towns_changes_nothing(extractor, text: str, place: str) -> None:
    assert (place, 4) in _sites(extractor, text)
