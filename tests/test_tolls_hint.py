"""The cheap test that lets a sentence be read for tolls is built from the lexicon the
grammar reads (one home for the status words): a sentence whose only status word is one a
hand-written list left out is read all the same.  Reports invented for these tests."""

from __future__ import annotations

from datetime import date

import pytest

from observatory.extract.numbers import load_lexicon
from observatory.extract.tolls.lexicon import toll_lexicon

PUBLISHED = date(2019, 2, 11)


def _claims(claims) -> list[tuple[str, int | None]]:
    return [(c.status, c.count.value) for c in claims]


def test_a_whereabouts_unknown_is_read_without_any_other_status_word(read_tolls) -> None:
    claims = read_tolls("The whereabouts of 23 shepherds from Rasm al-Tahun remain unknown, their relatives said.")
    assert _claims(claims) == [("missing", 23)]


def test_victims_were_is_read_as_killed(read_tolls) -> None:
    claims = read_tolls("The victims were 7 farmers from Umm Batna, the local council said.")
    assert _claims(claims) == [("killed", 7)]


def test_harming_is_read_as_injured(read_tolls) -> None:
    claims = read_tolls("A shell landed beside a bakery in Tafas on Thursday, harming 6 schoolchildren.")
    assert _claims(claims) == [("injured", 6)]


def test_seized_people_are_captured(read_tolls) -> None:
    claims = read_tolls("Masked gunmen seized 12 truck drivers on the road to Salamiyah on Friday.")
    assert _claims(claims) == [("captured", 12)]


@pytest.mark.parametrize("section", ["status_before", "status_after", "status_nouns", "status_among"])
def test_every_status_phrase_lets_its_sentence_be_read(section: str) -> None:
    lex = toll_lexicon()
    for phrases in load_lexicon()[section].values():
        for phrase in phrases:
            assert lex.may_tell_toll(f"Then 4 of the men, {phrase}\n by the river."), phrase


def test_a_sentence_without_status_words_is_skipped() -> None:
    assert not toll_lexicon().may_tell_toll("The council met 14 donors in Qamishli to discuss the water supply.")
