"""Organisation names are found in two scans (caseless names, case-sensitive titles) exactly
where one case-insensitive pattern of every name finds them."""

from __future__ import annotations

import re

import pytest
import yaml

from observatory.extract.actor_mentions import ORGANISATIONS_PATH, _Organisations, organisation_spans

TEXTS = [
    "The Jisr al-Shughur Local Council said the Idlib Health Directorate had no fuel; Maarat Media Office "
    "and Reuters confirmed it.",
    "Medics of MEDECINS SANS FRONTIERES and the Syrian Arab Red Crescent reached Kafr Zita Today.",
    "According to Al-Mayadeen, the Hama Revolutionary Council met the UN Security Council envoy.",
    "Local Coordination Committees of Tal Rifaat reported 14 dead; the Coordination Committees of Binnish did not.",
    "no capitals here, only the syrian observatory for human rights and sana.",
    "Quneitra 24 and Daraa Post ran the story, as did Amnesty International.",
    "Reuters and SANA said so; Reuters quoted SANA; Amnesty International, Reuters and the Maarat Media Office, "
    "then Reuters again.",  # caseless names again and again, a titled one among them
]


def _one_pattern() -> re.Pattern[str]:
    names = yaml.safe_load(ORGANISATIONS_PATH.read_text(encoding="utf-8"))["names"]
    return re.compile(r"(?<![\w\-])(?:" + "|".join(names) + r")(?![\w\-])", re.IGNORECASE)


@pytest.mark.parametrize("text", TEXTS)
def test_the_two_scans_find_what_one_pattern_of_all_names_finds(text: str) -> None:
    assert organisation_spans(text) == [m.span() for m in _one_pattern().finditer(text)]


def test_titled_names_are_found_in_their_written_case_only() -> None:
    text = "Officials of the Kafr Nabl Local Council and of a local council in the countryside spoke."
    assert [text[a:b] for a, b in organisation_spans(text)] == ["Kafr Nabl Local Council"]


def test_on_a_tie_the_name_earlier_in_the_file_wins() -> None:
    """Both scans match at "Syrian": the caseless name (listed first) is the one kept, and the
    titled scan goes on after it, as one alternation would."""
    found = _Organisations([r"Syrian Coalition", r"(?-i:(?:[A-Z]\w+\s+){1,2}Coalition Today)"])
    text = "Syrian Coalition Today said so; Free Syrian Coalition Today denied it."
    reference = re.compile(r"(?<![\w\-])(?:Syrian Coalition|(?-i:(?:[A-Z]\w+\s+){1,2}Coalition Today))(?![\w\-])",
                           re.IGNORECASE)
    assert found.spans(text) == [m.span() for m in reference.finditer(text)] == [(0, 16), (32, 59)]


def test_case_sensitive_names_must_come_last() -> None:
    with pytest.raises(ValueError, match="must come after"):
        _Organisations([r"(?-i:[A-Z]\w+ Media Office)", "Reuters"])


def test_a_titled_name_ending_inside_a_caseless_one_lets_the_scan_find_what_follows() -> None:
    """The caseless names are scanned once; where a titled name that won ends inside a
    caseless match ("Free Syrian" ... "Syrian Coalition Office"), the name starting after
    the titled one is searched for again, as one alternation would find it."""
    found = _Organisations([r"Syrian Coalition Office", r"Coalition Office", r"(?-i:Free [A-Z]\w+)"])
    text = "The Free Syrian Coalition Office said so; the Syrian Coalition Office agreed."
    reference = re.compile(r"(?<![\w\-])(?:Syrian Coalition Office|Coalition Office|(?-i:Free [A-Z]\w+))(?![\w\-])",
                           re.IGNORECASE)
    assert found.spans(text) == [m.span() for m in reference.finditer(text)] == [(4, 15), (16, 32), (46, 69)]
