"""A weak reading told at a governorate goes to the one town where the report plainly tells
that kind of event (events._weak_to_their_sites, whose plain readings are now read once per
report): these guard the rule through the rewrite."""

from observatory.extract.pipeline import Extractor
from observatory.models import Document

_STORMED = "Rebels stormed army checkpoints in Kafr Nabudah in Hama province on Sunday. "


def _clashes(text: str) -> list[tuple[str | None, int]]:
    result = Extractor().extract(text, Document(id="t", published="2019-05-14"))
    return [(e.location.name if e.location else None, len(e.evidence))
            for e in result.events if e.sub_event_type == "Armed clash"]


def test_an_offensive_told_at_the_governorate_is_the_one_towns_fight():
    text = _STORMED + "The offensive in Hama has left 23 fighters dead, a monitor said."
    assert _clashes(text) == [("Kafr Nabudah", 2)]


def test_an_offensive_over_two_towns_of_the_governorate_keeps_its_area():
    text = (_STORMED + "Rebels also attacked army posts in Latamneh on Sunday. "
            "The offensive in Hama has left 23 fighters dead, a monitor said.")
    assert [name for name, _ in _clashes(text)] == ["Kafr Nabudah", "Al-Lataminah", "Hamah"]


def test_an_offensive_over_more_days_than_the_towns_fight_keeps_its_area():
    text = _STORMED + "The offensive in Hama has left 23 fighters dead since Friday, a monitor said."
    assert [name for name, _ in _clashes(text)] == ["Kafr Nabudah", "Hamah"]
