"""Casualty figures a real report still got wrong (issue 9, round cas42): people told in a
condition ("remain in critical condition", "in intensive care") are wounded, never dead; a
source correcting its own count ("first said 10 were injured, but later said 26") keeps the
later figure only, of any status; dead told as more after a first count ("four more died of
their wounds") add to it.  Ordinary sentences with the same words make no new claim."""

from __future__ import annotations

from datetime import date

import pytest

PUBLISHED = date(2017, 6, 10)


def _top(claims, status: str) -> list[int | None]:
    return [c.count.value for c in claims if c.status == status and c.parent is None]


def _all(claims) -> list[tuple[str, int | None]]:
    return [(c.status, c.count.value) for c in claims]


# ---------------------------------------------------------------- condition counts

@pytest.mark.parametrize("text, wounded", [
    ("Rockets hit the bus station in Salamiyah on Wednesday and the toll is expected to rise, as 12 people "
     "remain in critical condition.", 12),
    ("Medics in Darkush said 5 children were admitted to intensive care after the shelling.", 5),
    ("Doctors said 8 people were being treated in intensive care after the chlorine attack on Kafr Zita.", 8),
    ("Rockets fell on the market in Azaz, wounding 21 people, 6 of them in critical conditions.", 6),
    ("Two women are in a critical state after the barrel bomb fell on their home in Tal Rifaat, the "
     "civil defence said.", 2),
])
def test_people_in_a_condition_are_wounded_not_dead(read_tolls, text: str, wounded: int) -> None:
    claims = read_tolls(text)
    assert _top(claims, "killed") == []
    assert wounded in [v for s, v in _all(claims) if s == "injured"]


def test_a_condition_told_of_some_of_the_wounded_is_a_part_of_them(read_tolls) -> None:
    claims = read_tolls("Turkish artillery killed 3 villagers and wounded 14 near Jandairis, ANHA said. Four of "
                        "the wounded are in serious condition.")
    assert _top(claims, "killed") == [3]
    assert ("injured", 4) in _all(claims) and _top(claims, "injured") == [14]


def test_a_condition_after_a_toll_adds_no_dead(read_tolls) -> None:
    claims = read_tolls("The toll from the car bomb in Qardaha reached 17 dead on Sunday, with 8 more still in "
                        "critical condition.")
    assert _top(claims, "killed") == [17]
    assert ("injured", 8) in _all(claims)


# ---------------------------------------------------------------- a source correcting itself

@pytest.mark.parametrize("text, status, later", [
    ("Paramedics first said 7 people were wounded in the blast in al-Rai, but later said 18 had been hurt.",
     "injured", 18),
    ("The governor initially reported 22 injured in the shelling of Suqaylabiyah, but later said 31 people "
     "were wounded.", "injured", 31),
    ("The ministry said 14 people died in the explosion at the depot in Masyaf, but later revised the death "
     "toll down to 10.", "killed", 10),
    ("Pro-government media initially said 6 soldiers were killed near Khanasir, then corrected the figure "
     "to 4.", "killed", 4),
])
def test_a_source_s_own_later_count_replaces_its_first(read_tolls, text: str, status: str, later: int) -> None:
    assert _top(read_tolls(text), status) == [later]


def test_a_toll_revised_up_in_the_next_sentence_holds_the_first(read_tolls) -> None:
    claims = read_tolls("Medics said 5 people were killed and 11 wounded in the raid on Maarshourin. The death "
                        "toll was later revised up to 8.")
    assert _top(claims, "killed") == [8]
    assert _top(claims, "injured") == [11]


def test_an_earlier_wounded_count_gives_way_to_the_later_one_told_next(read_tolls) -> None:
    claims = read_tolls("Local activists had earlier said 17 people were wounded in the air strike on Kansafra. "
                        "They later put the number of wounded at 29.")
    assert _top(claims, "injured") == [29]


def test_a_revised_wounded_count_keeps_the_dead_of_the_first_clause(read_tolls) -> None:
    claims = read_tolls("Shelling killed 6 people and wounded 20 in Jobar; the monitor later raised the number "
                        "of wounded to 27.")
    assert _top(claims, "killed") == [6]


# ---------------------------------------------------------------- more dead after a first count

def test_dead_told_as_more_add_to_a_first_count(read_tolls) -> None:
    claims = read_tolls("The monitor first counted 9 dead in the raid on Kafranbel. Three more died of their "
                        "wounds overnight.")
    assert sorted(_top(claims, "killed")) == [3, 9]


def test_more_bodies_after_a_headline_toll_add_to_it(read_tolls) -> None:
    claims = read_tolls("Air strikes killed 7 people in Hazzeh. Later, rescuers pulled 5 more bodies from the "
                        "rubble.")
    assert sorted(_top(claims, "killed")) == [5, 7]


def test_more_bodies_after_a_count_of_bodies_add_to_it(read_tolls) -> None:
    claims = read_tolls("Civil defence teams recovered 12 bodies from the flattened building in Douma. On "
                        "Friday they found 3 more bodies in the cellar.")
    assert sorted(_top(claims, "killed")) == [3, 12]


# ---------------------------------------------------------------- the same words, no new claim

@pytest.mark.parametrize("text", [
    "The only hospital in Kafr Zita remains in critical condition after months without fuel, its director said.",
    "Talks on the evacuation of the besieged town are in a critical state, the UN envoy said.",
    "The intensive care unit of the hospital in Saraqib, which has 9 beds, was damaged in the raid.",
    "The hospital in Maarat al-Numan had 30 beds, 8 of them in intensive care, before the strike.",
    "The district has 16 bridges, 4 of them in critical condition after the winter floods.",
    "Of the 35 bakeries in the province, 7 are in a critical state, the local council said.",
    "The council first said the bakery would reopen on Monday, but later said repairs would take 12 days.",
    "Officials later revised the number of aid trucks allowed into Madaya to 40.",
    "Another 6 convoys entered al-Waer on Sunday, bringing the total to 20 this month.",
])
def test_the_same_words_with_no_toll_make_no_claim(read_tolls, text: str) -> None:
    assert read_tolls(text) == []


@pytest.mark.parametrize("text, killed", [
    ("A drone strike killed 4 people in Sarmada. Another strike in Atmeh killed 6 people.", [4, 6]),
    ("Nine people were killed in the shelling; the toll was first reported by local activists.", [9]),
    ("The army said it had killed 30 militants, and later said it had taken 4 more villages.", [30]),
    ("Two buildings remain in a critical state after the strike on the market, which killed 5.", [5]),
    ("The army killed 14 militants near Tadmur and then raised the number of troops in the town to 600.", [14]),
    ("Clashes killed 7 fighters; the group later increased the number of its men on the front to 250.", [7]),
])
def test_the_same_words_beside_a_toll_leave_it_as_it_was(read_tolls, text: str, killed: list[int]) -> None:
    claims = read_tolls(text)
    assert sorted(_top(claims, "killed")) == killed
    assert _top(claims, "injured") == []


def test_a_condition_in_a_list_after_among_them_with_no_comma_is_a_part(read_tolls) -> None:
    claims = read_tolls("Mortar shells fell on Jaramana killing two people and wounding another eleven among them "
                        "a woman in a critical condition.")
    assert _top(claims, "injured") == [11]
    assert ("injured", 1) in _all(claims)
