"""A section's sentences scanned with one tokenisation of the section find what each
sentence scanned alone finds, also where a sentence's edge cuts a word; words that stand
alone and can be no name are passed over without changing what is found beside them."""

from __future__ import annotations

import pytest

from observatory.kb.gazetteer import Gazetteer
from observatory.kb.gazetteer.builtin import builtin_places
from observatory.kb.gazetteer.recognise import RawMention, Recogniser
from observatory.nlp.caseless import CaselessPattern

SECTION = ("Militants shelled Tadmur and the village of Qaryat Nufal on Wednesday. "
           "Gunmen from Jabhat Ansar ambushed a convoy near the capital, killing four. "
           "Regime jets struck Maarat al-Numan's eastern countryside, the SOHR said.")


@pytest.fixture(scope="module")
def recogniser() -> Recogniser:
    return Recogniser(Gazetteer(builtin_places()))


def _spans(text: str, cuts: list[int]) -> list[tuple[int, int]]:
    bounds = [0, *cuts, len(text)]
    return list(zip(bounds, bounds[1:]))


def _alone(recogniser: Recogniser, text: str, spans: list[tuple[int, int]]) -> list[RawMention]:
    return [m for n, (a, b) in enumerate(spans) for m in recogniser.scan(text, a, b, n)]


def test_sentences_of_a_section_find_what_each_finds_alone(recogniser):
    cuts = [i + 1 for i, ch in enumerate(SECTION) if ch == "." and i + 1 < len(SECTION)]
    spans = _spans(SECTION, cuts)
    found = recogniser.scan_sentences(SECTION, spans)
    assert found == _alone(recogniser, SECTION, spans)
    names = [SECTION[m.start:m.end] for m in found]
    assert "Tadmur" in names and "capital" in names and {m.sentence for m in found} == {0, 1, 2}


def test_a_sentence_edge_inside_a_word_reads_that_sentence_alone(recogniser):
    cut = SECTION.index("Tadmur") + 3  # "Tad" | "mur": no token of the whole section
    spans = _spans(SECTION, [cut, SECTION.index("Gunmen")])
    assert recogniser.scan_sentences(SECTION, spans) == _alone(recogniser, SECTION, spans)


@pytest.mark.parametrize("text, expected", [
    ("Monday saw clashes in Binnish and Sarmin.", ["Binnish", "Sarmin"]),  # a day, then a list
    ("SDF fighters entered Raqqa city on Friday.", ["Raqqa city"]),
    ("Clashes broke out at the Regime checkpoint near Saraqib.", ["Saraqib"]),
])
def test_lone_words_that_are_no_names_leave_the_places_beside_them(recogniser, text, expected):
    assert [text[m.start:m.end] for m in recogniser.scan(text, 0, len(text))] == expected


def test_a_pattern_absent_from_a_section_is_absent_from_its_parts():
    capital = CaselessPattern(r"\bthe\s+(?P<name>capital)\b")
    assert not capital.may_occur_in("Shells hit Harasta. Two died in Douma.")
    assert capital.may_occur_in("Shells hit Harasta. Two died near THE CAPITAL.")
    assert capital.may_occur_in("Shells hit the ſuburbs.")  # read only under IGNORECASE: may always match
