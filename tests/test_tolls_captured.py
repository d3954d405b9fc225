"""Captives told with the status after the group (issue 9, family 2): "took 14 soldiers
prisoner", "holding 90 men captive".  Reports invented for these tests."""

from __future__ import annotations

from datetime import date

PUBLISHED = date(2015, 6, 2)


def _claims(claims) -> list[tuple[str, int | None, str]]:
    return [(c.status, c.count.value, c.group.actor) for c in claims]


def test_took_them_prisoner_is_a_capture(read_tolls) -> None:
    claims = read_tolls("The factions stormed the checkpoint at Tal Kurdi. They took 17 soldiers prisoner "
                        "and seized two tanks.")
    assert _claims(claims) == [("captured", 17, "Military Forces of Syria")]


def test_holding_them_captive_is_a_capture(read_tolls) -> None:
    claims = read_tolls("The hill fell on Thursday. The jihadists were holding some 65 villagers captive "
                        "in a school, a local activist said.")
    assert _claims(claims) == [("captured", 65, "Civilians")]


def test_executing_captive_troops_is_a_killing(read_tolls) -> None:
    claims = read_tolls("A video surfaced on Monday. The militants executed 23 captive soldiers near Tabqa.")
    assert [(c.status, c.count.value) for c in claims] == [("killed", 23)]
