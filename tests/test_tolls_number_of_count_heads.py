"""A running count headed by "the number of" counts what its own phrase names (issue 9):
"the number of dead stands at 26" is a toll, "the number of displaced families rose
to 650" is not, however close a killing is told before it in the sentence, and a figure after
"and raised the number of …" is never one more group of the toll before.  Reports invented
for these tests."""

from __future__ import annotations

from datetime import date

PUBLISHED = date(2017, 9, 14)


def _claims(claims) -> list[tuple[str, int | None]]:
    return [(c.status, c.count.value) for c in claims]


# ------------------------------------------------------------ the head names the dead: a toll


def test_number_of_dead_standing_at_a_figure_is_a_toll(read_tolls) -> None:
    claims = read_tolls("The number of dead in the shelling of Kafr Zita stands at 26, the local "
                        "coordination committee said.")
    assert _claims(claims) == [("killed", 26)]


def test_number_of_victims_raised_by_a_later_strike_is_a_toll(read_tolls) -> None:
    claims = read_tolls("A second raid on the bakery in Hazano killed four more people on Thursday, "
                        "raising the number of victims to 17.")
    assert _claims(claims) == [("killed", 4), ("killed", 17)]


def test_number_of_wounded_standing_at_a_figure_is_injured(read_tolls) -> None:
    claims = read_tolls("The number of wounded from the car bomb in Jarablus stands at 38, "
                        "a hospital official told Anadolu.")
    assert _claims(claims) == [("injured", 38)]


# ------------------------------------------------------------ the head names others: no toll


def test_displaced_risen_after_a_killing_in_the_same_sentence_is_no_toll(read_tolls) -> None:
    claims = read_tolls("Three farmers were killed by a landmine near Maskanah, and the number of "
                        "displaced families in the camps rose to 650.")
    assert _claims(claims) == [("killed", 3)]


def test_people_sheltering_risen_after_a_toll_is_no_toll(read_tolls) -> None:
    claims = read_tolls("At least 8 people were killed on Tuesday, medics said, while the number of "
                        "people sleeping in the olive groves has risen to 1,200.")
    assert _claims(claims) == [("killed", 8)]


def test_buildings_raised_in_a_clause_joined_by_and_are_no_toll(read_tolls) -> None:
    claims = read_tolls("The raids on Khan Shaykhun killed 6 civilians and raised the number of "
                        "clinics put out of service this month to 9, the health directorate said.")
    assert _claims(claims) == [("killed", 6)]


def test_displaced_standing_after_a_death_toll_is_no_toll(read_tolls) -> None:
    claims = read_tolls("The death toll stands at eleven and the number of displaced stands at "
                        "4,500, the UN office said.")
    assert _claims(claims) == [("killed", 11)]


def test_detainees_risen_is_no_toll(read_tolls) -> None:
    claims = read_tolls("The number of detainees freed under the amnesty rose to 73, the Justice "
                        "Ministry said.")
    assert claims == []


def test_number_of_dead_before_a_partitive_one_is_no_count(read_tolls) -> None:
    claims = read_tolls("Rebels said 14 of their fighters were killed near Morek, and the monitor said "
                        "the number of dead made the day one of the worst for the group this year.")
    assert _claims(claims) == [("killed", 14)]


def test_martyrs_families_standing_at_a_figure_are_no_toll(read_tolls) -> None:
    claims = read_tolls("The number of martyrs' families receiving monthly aid in Tartus stands at "
                        "1,200, the governor said.")
    assert claims == []
