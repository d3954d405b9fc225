"""A toponym is written in one script: an Arabic gloss beside a transliterated name the
gazetteer lacks is no part of it, as it is none of a known one."""

from __future__ import annotations

import pytest

from observatory.kb.gazetteer import Gazetteer
from observatory.kb.gazetteer.builtin import builtin_places
from observatory.kb.gazetteer.recognise import Recogniser


@pytest.fixture(scope="module")
def recogniser() -> Recogniser:
    return Recogniser(Gazetteer(builtin_places()))


def names(recogniser: Recogniser, text: str) -> list[str]:
    return [text[m.start:m.end] for m in recogniser.scan(text, 0, len(text))]


def test_an_arabic_gloss_after_an_unknown_headed_name_is_left_out(recogniser):
    assert "Kafr Zumlan" in names(recogniser, "Two shells hit Kafr Zumlan كفرزملان at dawn.")


def test_an_arabic_gloss_after_a_cued_unknown_name_is_left_out(recogniser):
    found = names(recogniser, "Rebels shelled the farms of Barqumiya برقومية on Sunday.")
    assert "Barqumiya" in found and not any("برقومية" in name for name in found)


def test_a_latin_name_after_an_arabic_one_starts_a_name_of_its_own(recogniser):
    found = names(recogniser, "Warplanes struck برقومية Barqumiya village overnight.")
    assert "Barqumiya village" in found and "برقومية" in found
