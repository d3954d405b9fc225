"""Tolls whose passive verb sits past words the reader stopped at (issue 9, fresh FA-KES
sample of round tolls6): an "including" aside of bare nouns written without commas
("16 civilians including women and children were killed"), and a source's word between
the auxiliary and the participle ("were reported killed", "were said to have been killed").
Both left the figure unread, so the report's toll lost it.  Reports invented for these tests."""

from __future__ import annotations

from datetime import date

from toll_totals import killed_total_of

PUBLISHED = date(2017, 2, 9)


def _figures(claims, status: str) -> list[int | None]:
    return [c.count.value for c in claims if c.status == status]


def test_a_bare_including_aside_without_commas_keeps_the_figure(read_tolls) -> None:
    claims = read_tolls("Seventeen villagers including women and children were killed when jets struck "
                        "Hish on Wednesday, activists said.")
    assert killed_total_of(claims) == 17


def test_a_bare_including_aside_before_have_been_killed(read_tolls) -> None:
    claims = read_tolls("Medics in Kafr Zita said 23 people including rescue workers have been killed "
                        "in the barrel bombing since dawn.")
    assert 23 in _figures(claims, "killed")


def test_a_figure_after_including_is_still_a_subset(read_tolls) -> None:
    """Precision guard: a numbered part after "including" is read on its own and nested."""
    claims = read_tolls("Eight farmers including three brothers were killed by a landmine near Tal Tamr.")
    assert killed_total_of(claims) == 8
    parts = [c for c in claims if c.count.value == 3]
    assert parts and parts[0].parent is not None


def test_an_including_aside_does_not_reach_across_a_clause(read_tolls) -> None:
    """Precision guard: the prisoners are not the ones killed; only the two guards are."""
    claims = read_tolls("Rebels holding 40 prisoners including officers said that two guards were killed "
                        "in the shelling of Murek.")
    assert killed_total_of(claims) == 2


def test_were_reported_killed_is_a_toll(read_tolls) -> None:
    claims = read_tolls("Nine soldiers were reported killed in an ambush near Khanasser on Tuesday.")
    assert killed_total_of(claims) == 9


def test_were_said_to_have_been_killed_is_a_toll(read_tolls) -> None:
    claims = read_tolls("At least 14 fighters were said to have been killed in the clashes around Kinsabba.")
    assert killed_total_of(claims) == 14


def test_were_reported_wounded_is_an_injured_toll(read_tolls) -> None:
    claims = read_tolls("A mortar hit the market in Jaramana and four medics were reported wounded.")
    assert _figures(claims, "injured") == [4]


def test_a_guess_or_a_modal_stays_unconfirmed(read_tolls) -> None:
    """Precision guard: "may have been killed" and "were feared killed" state no toll."""
    claims = read_tolls("Up to 25 people may have been killed in the raid on Kafranbel. Another 12 workers "
                        "were feared killed at the quarry.")
    assert killed_total_of(claims) is None


def test_reported_as_the_figure_s_own_verb_is_no_passive(read_tolls) -> None:
    """Precision guard: without an auxiliary, "reported" is what the counted people did,
    and the participle after it describes its object, not them."""
    claims = read_tolls("Eleven nurses reported wounded shepherds arriving at the clinic in Habit on Monday, "
                        "while shelling killed three people in Douma.")
    assert 11 not in _figures(claims, "injured")
    assert killed_total_of(claims) == 3


def test_have_reported_is_active_not_a_passive(read_tolls) -> None:
    """Precision guard: "have/had reported" is an active perfect: the counted people did the
    reporting, the participle after it is their object's."""
    claims = read_tolls("Five doctors have reported injured boys reaching the makeshift clinic in Kafr Owaid "
                        "after the raid.")
    assert 5 not in _figures(claims, "injured")
    claims = read_tolls("Three monitors in Harasta had reported dead bodies in the alleys on Sunday.")
    assert killed_total_of(claims) is None


def test_had_reported_killed_in_a_relative_clause_stays_the_captives(read_tolls) -> None:
    """Precision guard: "soldiers the army had reported killed" is the army's word about part
    of the captives; the 15 freed were not killed."""
    claims = read_tolls("Insurgents freed 15 detainees including conscripts the army had reported killed "
                        "in the battle for Khan Tuman.")
    assert 15 not in _figures(claims, "killed")


def test_have_been_reported_killed_is_still_a_toll(read_tolls) -> None:
    claims = read_tolls("Seven gunmen have been reported killed in clashes near Latamneh.")
    assert killed_total_of(claims) == 7


def test_were_reported_missing_or_kidnapped(read_tolls) -> None:
    claims = read_tolls("Eight aid workers were reported missing after the convoy was hit near Atarib.")
    assert _figures(claims, "missing") == [8]
    claims = read_tolls("Two journalists were reported kidnapped by gunmen outside Saraqeb on Friday.")
    assert _figures(claims, "captured") == [2]


def test_said_to_be_among_a_total_is_a_part_of_it(read_tolls) -> None:
    """"were said to be / were reported among N killed": the group is a part of the N, not
    added to it, as with "were among"."""
    claims = read_tolls("Three nurses were said to be among 14 people killed in the shelling of Ariha "
                        "on Thursday.")
    assert killed_total_of(claims) == 14
    claims = read_tolls("Five boys were reported among 18 people killed when a car bomb went off in Azaz.")
    assert killed_total_of(claims) == 18


def test_reported_to_be_among_the_wounded_nests_an_injured_part(read_tolls) -> None:
    claims = read_tolls("Two medics were reported to be among 7 people wounded in the raid on Sarmin.")
    parts = [c for c in claims if c.count.value == 2]
    assert _figures(claims, "injured") == [2, 7] and parts[0].parent is not None


def test_coordinated_groups_said_to_be_among_a_total_all_nest(read_tolls) -> None:
    """Edge: each group of a list before "were said to be among N" is a part of the N."""
    claims = read_tolls("Two teachers and a driver were said to be among 9 people killed near Maaret Misrin.")
    assert killed_total_of(claims) == 9


def test_among_after_a_verb_of_its_own_is_not_a_part(read_tolls) -> None:
    """Edge: the gap may hold only auxiliaries, a source's word and "also"/"all": "were
    killed" between the group and "among" is a predicate of its own."""
    claims = read_tolls("Four fighters were killed on the front, while among 30 people wounded in Binnish "
                        "were children.")
    fighters = [c for c in claims if c.count.value == 4]
    assert fighters and fighters[0].status == "killed" and fighters[0].parent is None
    assert killed_total_of(claims) == 4


def test_an_including_aside_stops_at_a_relative_clause(read_tolls) -> None:
    """Precision guard: "whose fathers were killed" is said of the fathers, not of the 18 carried."""
    claims = read_tolls("Volunteers carried 18 people including orphans whose fathers were killed out of the "
                        "ruins in Jisr al-Shughur.")
    assert 18 not in _figures(claims, "killed")
    claims = read_tolls("The Red Crescent moved 40 people including widows whose husbands were killed in the "
                        "siege of Zabadani to Idlib.")
    assert killed_total_of(claims) is None


def test_an_including_aside_stops_at_where(read_tolls) -> None:
    claims = read_tolls("Medics treated 20 people including pupils at a school where teachers were killed "
                        "last week.")
    assert 20 not in _figures(claims, "killed")


def test_a_campaign_s_vague_tally_does_not_hide_a_claimed_toll(read_tolls) -> None:
    """Precision guard: now that "hundreds of people including children have been killed"
    is read, that campaign tally (never a claim) must not count as the later toll that
    would set aside a figure told as "the claim … that at least 212 were killed"."""
    claims = read_tolls("Foreign ministers reacted to the claim by medics that at least 212 people were killed "
                        "in a gas attack on Zamalka. Reports that hundreds of people including children have "
                        "been killed in air raids on the Ghouta are alarming, the minister said.")
    assert killed_total_of(claims) == 212


def test_were_said_to_have_died_is_a_toll(read_tolls) -> None:
    claims = read_tolls("Eleven shepherds were said to have died when a mine went off near Tal Abyad.")
    assert killed_total_of(claims) == 11
