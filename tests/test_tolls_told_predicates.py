"""Tolls whose passive verb sits past words the reader stopped at (issue 9, fresh FA-KES
sample of round tolls6): an "including" aside of bare nouns written without commas
("16 civilians including women and children were killed"), and a source's word between
the auxiliary and the participle ("were reported killed", "were said to have been killed").
Both left the figure unread, so the report's toll lost it.  Reports invented for these tests."""

from __future__ import annotations

from datetime import date

from observatory.eval.scoring import killed_total, system_facts

PUBLISHED = date(2017, 2, 9)


def _total(claims) -> int | None:
    return killed_total(system_facts({"casualties": [c.model_dump(mode="json") for c in claims]}).claims)


def _figures(claims, status: str) -> list[int | None]:
    return [c.count.value for c in claims if c.status == status]


def test_a_bare_including_aside_without_commas_keeps_the_figure(read_tolls) -> None:
    claims = read_tolls("Seventeen villagers including women and children were killed when jets struck "
                        "Hish on Wednesday, activists said.")
    assert _total(claims) == 17


def test_a_bare_including_aside_before_have_been_killed(read_tolls) -> None:
    claims = read_tolls("Medics in Kafr Zita said 23 people including rescue workers have been killed "
                        "in the barrel bombing since dawn.")
    assert 23 in _figures(claims, "killed")


def test_a_figure_after_including_is_still_a_subset(read_tolls) -> None:
    """Precision guard: a numbered part after "including" is read on its own and nested."""
    claims = read_tolls("Eight farmers including three brothers were killed by a landmine near Tal Tamr.")
    assert _total(claims) == 8
    parts = [c for c in claims if c.count.value == 3]
    assert parts and parts[0].parent is not None


def test_an_including_aside_does_not_reach_across_a_clause(read_tolls) -> None:
    """Precision guard: the prisoners are not the ones killed; only the two guards are."""
    claims = read_tolls("Rebels holding 40 prisoners including officers said that two guards were killed "
                        "in the shelling of Murek.")
    assert _total(claims) == 2


def test_were_reported_killed_is_a_toll(read_tolls) -> None:
    claims = read_tolls("Nine soldiers were reported killed in an ambush near Khanasser on Tuesday.")
    assert _total(claims) == 9


def test_were_said_to_have_been_killed_is_a_toll(read_tolls) -> None:
    claims = read_tolls("At least 14 fighters were said to have been killed in the clashes around Kinsabba.")
    assert _total(claims) == 14


def test_were_reported_wounded_is_an_injured_toll(read_tolls) -> None:
    claims = read_tolls("A mortar hit the market in Jaramana and four medics were reported wounded.")
    assert _figures(claims, "injured") == [4]


def test_a_guess_or_a_modal_stays_unconfirmed(read_tolls) -> None:
    """Precision guard: "may have been killed" and "were feared killed" state no toll."""
    claims = read_tolls("Up to 25 people may have been killed in the raid on Kafranbel. Another 12 workers "
                        "were feared killed at the quarry.")
    assert _total(claims) is None


def test_reported_as_the_figure_s_own_verb_is_no_passive(read_tolls) -> None:
    """Precision guard: without an auxiliary, "reported" is what the counted people did."""
    claims = read_tolls("Eleven hospitals reported shortages on Monday, while shelling killed three people "
                        "in Douma.")
    assert _total(claims) == 3


def test_a_campaign_s_vague_tally_does_not_hide_a_claimed_toll(read_tolls) -> None:
    """Precision guard: now that "hundreds of people including children have been killed"
    is read, that campaign tally (never a claim) must not count as the later toll that
    would set aside a figure told as "the claim … that at least 212 were killed"."""
    claims = read_tolls("Foreign ministers reacted to the claim by medics that at least 212 people were killed "
                        "in a gas attack on Zamalka. Reports that hundreds of people including children have "
                        "been killed in air raids on the Ghouta are alarming, the minister said.")
    assert _total(claims) == 212
