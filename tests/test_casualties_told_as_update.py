"""A casualty claim told as an update of an earlier toll carries the flag (``CasualtyClaim.update``),
set by the extractor from the one list of update wording (data/events/toll_events.yaml
``update_cues``), which incident matching reads too; the same words told of a range's bound,
a hospital, a rubble heap or a running total flag nothing."""

from __future__ import annotations

import pytest

from observatory.fuse.features import normalise_text, wording_facts
from observatory.models import Document

DAY = Document(id="upd", published="2019-07-09")

UPDATES = [
    ("The death toll from Monday's air raids on the village of Kafr Ruma rose to 27, the monitor said.", 27),
    ("Toll of Khan Sheikhoun market strike climbs to 18.", 18),
    ("Local medics said on Tuesday that 33 people were killed in the shelling of Maarzita, in a new toll.", 33),
    ("Two wounded women died overnight, bringing the death toll in Hish to 15, rescuers said.", 15),
    ("Jets pounded the town of Kansafra, raising to 24 the number of civilians killed there this week.", 24),
    ("The Observatory said 41 soldiers died in the ambush near Morek, updating an earlier toll of 30.", 41),
    ("Death toll in Tal Tamr bombing reaches 16, Kurdish officials said.", 16),
    ("According to the latest toll, 52 fighters were killed in the battle for Kabani.", 52),
    # a result told with "to" (a monitor's idiom) is an update; "likely to increase" (MISFIRES) is none
    ("Barrel bombs kill 4 civilians in Kafr Sijna to raise the death toll of the week to 21.", 4),
]

MISFIRES = [
    "Up to 14 people were killed when a car bomb went off near a bakery in Al-Bab, a local official said.",
    "Six wounded fighters were brought to hospital in Afrin after the clashes near Jinderes.",
    "The toll of 12 dead includes a man who rose from the rubble only to die of his wounds in Hass.",
    "Residents took to the streets of Jasim after gunmen shot dead 2 farmers.",
    "The death toll since the start of the year stands at 410 civilians in the province, the monitor said.",
    "Medics said 9 people were killed in Sarmada and that the many critically wounded were likely to increase the death toll.",
]


def _claims(extractor, text: str):
    return extractor.extract(text, DAY).casualties


@pytest.mark.parametrize("text, figure", UPDATES)
def test_a_toll_told_as_an_update_is_flagged(extractor, text, figure):
    claims = _claims(extractor, text)
    told = [c for c in claims if figure in (c.count.value, c.count.low, c.count.high)]
    assert told and all(c.update for c in told), [(c.count.text, c.update) for c in claims]


@pytest.mark.parametrize("text", MISFIRES)
def test_the_same_words_telling_no_update_flag_nothing(extractor, text):
    claims = _claims(extractor, text)
    assert claims and not any(c.update for c in claims), [(c.count.text, c.update) for c in claims]


def test_a_fresh_report_of_a_strike_is_no_update(extractor):
    claims = _claims(extractor, "Russian warplanes killed 11 civilians in Kafr Nubl on Monday, rescuers said.")
    assert claims and not any(c.update for c in claims)


def test_only_the_sentence_that_tells_the_update_is_flagged(extractor):
    text = ("Regime shelling killed 7 people in Jisr al-Shughur on Sunday. "
            "On Monday the death toll rose to 13 after more bodies were found, the civil defence said.")
    flags = {c.count.value: c.update for c in _claims(extractor, text)}
    assert flags == {7: False, 13: True}


@pytest.mark.parametrize("text", [t for t, _ in UPDATES] + MISFIRES)
def test_incident_matching_reads_the_same_wording_as_the_claim_flag(extractor, text):
    """One list, one reader: an event's wording tells an update exactly when the claims of that
    one-sentence report are flagged."""
    flagged = any(c.update for c in _claims(extractor, text))
    assert wording_facts(normalise_text(text)).updates == flagged
