"""Missing people told without the word "missing" (issue 9): a fate said to be unknown,
people unaccounted for; but "decide the fate of" is no toll.  Reports invented for these
tests."""

from __future__ import annotations

from datetime import date

PUBLISHED = date(2015, 8, 30)


def _claims(claims) -> list[tuple[str, int | None]]:
    return [(c.status, c.count.value) for c in claims]


def test_an_unknown_fate_is_missing(read_tolls) -> None:
    claims = read_tolls("The airport at Abu al-Duhur fell after a week. The fate of roughly 90 other troops "
                        "is still unknown, activists said.")
    assert _claims(claims) == [("missing", 90)]


def test_unaccounted_for_is_missing(read_tolls) -> None:
    claims = read_tolls("A ferry of displaced families capsized off Jableh. Twenty-six passengers remained "
                        "unaccounted for on Monday.")
    assert _claims(claims) == [("missing", 26)]


def test_deciding_a_fate_counts_no_one(read_tolls) -> None:
    claims = read_tolls("Envoys met in Astana. The deal would settle the fate of 4000 gunmen still inside "
                        "the pocket.")
    assert claims == []


def test_an_unknown_fate_told_with_doubled_spaces(read_tolls) -> None:
    claims = read_tolls("Rebels overran a post near Umm Batinah. The fate of 17 conscripts was  still  not  known "
                        "on Sunday.")
    assert _claims(claims) == [("missing", 17)]
