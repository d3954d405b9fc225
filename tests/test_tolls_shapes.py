"""Toll shapes real outlets use that the grammar missed (issue 9, family 2): "killing all
five", "were confirmed killed", captives who died, a passive predicate a few words after
the group that starts with a status word of its own ("were shot dead").  Reports invented
for these tests."""

from __future__ import annotations

from datetime import date

PUBLISHED = date(2017, 9, 20)


def _claims(claims) -> list[tuple[str, int | None]]:
    return [(c.status, c.count.value) for c in claims]


def test_killing_all_of_a_counted_group(read_tolls) -> None:
    claims = read_tolls("A transport plane came down near Hmeimim, killing all 32 passengers on board.")
    assert _claims(claims) == [("killed", 32)]


def test_were_confirmed_killed(read_tolls) -> None:
    claims = read_tolls("Seven militiamen were confirmed killed after the raid on Tell Rifaat, the group said.")
    assert _claims(claims) == [("killed", 7)]


def test_detainees_who_died_are_killed(read_tolls) -> None:
    claims = read_tolls("Five detainees died under torture in the military police branch in Homs last month.")
    assert _claims(claims) == [("killed", 5)]


def test_freed_detainees_stay_captured(read_tolls) -> None:
    claims = read_tolls("The rebels handed over 19 detainees at the crossing near Abu al-Zuhur.")
    assert _claims(claims) == [("captured", 19)]


def test_shot_dead_a_few_words_after_the_group(read_tolls) -> None:
    claims = read_tolls("Six farmers in the fields east of Kishkiyah were shot dead by snipers on Monday.")
    assert _claims(claims) == [("killed", 6)]


def test_a_vague_share_of_counted_captives_adds_no_claim(read_tolls) -> None:
    claims = read_tolls("Gunmen seized 26 travellers near Jirud. Some of the abductees were later moved to a "
                        "farm outside Ruhaybah.")
    assert _claims(claims) == [("captured", 26)]
