"""Title Case headlines (issue 10): a capitalised English verb, adjective or adverb is a place
only after a locative word ("in", "near", "west of"), whatever verb or feature noun stands
beside it; a name that is only a place stays."""

from __future__ import annotations

import pytest

from observatory.extract.pipeline import Extractor
from observatory.nlp.sentences import split_sentences


def mentions(extractor: Extractor, text: str) -> list[str]:
    return [m.mention for m in extractor.places.find(text, split_sentences(text))]


@pytest.mark.parametrize(("headline", "expected"), [
    ("Drones Hit Side Entrance of Jarablus Hospital", ["Jarablus"]),  # "Side" (Turkey) is a word here
    ("Shells Hit Van Carrying Workers South of Qamishli", ["Qamishli"]),
    ("Militants Dam Canal Near Maskanah to Cut Water", ["Maskanah"]),  # "Dam" (Damascus) neither
    ("Big Blast Rocks Market in Azaz", ["Azaz"]),
    ("Main Road to Palmyra Cut by Militants", ["Palmyra"]),
    ("Iron Resolve: Fighters Hold Lines Around Tadif", ["Tadif"]),
])
def test_an_ordinary_word_beside_a_verb_or_feature_noun_is_no_place(extractor: Extractor, headline: str,
                                                                    expected: list[str]) -> None:
    assert mentions(extractor, headline) == expected


@pytest.mark.parametrize(("headline", "word"), [
    ("Ambush Near Hit Kills Six Iraqi Troops", "Hit"),
    ("Suicide Bomber Strikes Checkpoint Outside Van", "Van"),
])
def test_an_ordinary_word_after_a_locative_word_stays_a_place(extractor: Extractor, headline: str, word: str) -> None:
    assert word in mentions(extractor, headline)


@pytest.mark.parametrize("headline", [
    "Dim Hopes for Truce as Fighting Rages Near Collapse",
    "Tell Tale Signs of Chemical Use Reported",
    "Rebels Seize Hill Overlooking Ruined Farms",
    "Patrols Resume in Demined Strip After Deal",  # no list holds "Demined": its ending tells
    "Monitors Report Calm in Deconflicted Corridor",
    "Talks Resume on Truce in Demilitarised Belt",  # an inflected verb
])
def test_english_words_after_a_locative_word_are_no_village(extractor: Extractor, headline: str) -> None:
    assert mentions(extractor, headline) == []
