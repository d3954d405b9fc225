"""Status words that only describe the people counted (issue 9): a captivity noun set before
another noun ("prisoner escorts") or followed by what befell the captives ("two prisoners
were executed") is no capture; a vague amount told beside an exact count of the same people
with the same status is those people again.  Reports invented for these tests."""

from __future__ import annotations

from datetime import date

PUBLISHED = date(2018, 6, 4)


def _claims(claims) -> list[tuple[str, int | None]]:
    return [(c.status, c.count.value) for c in claims]


def test_a_captivity_noun_before_another_noun_is_a_modifier(read_tolls) -> None:
    claims = read_tolls("Three prisoner escorts were shot dead on the road out of Maskanah on Sunday.")
    assert _claims(claims) == [("killed", 3)]


def test_a_possessive_captivity_noun_is_a_modifier(read_tolls) -> None:
    claims = read_tolls("Two detainees' guards were killed when the convoy was ambushed near Khan Shaykhun.")
    assert _claims(claims) == [("killed", 2)]


def test_captives_who_were_executed_are_killed(read_tolls) -> None:
    claims = read_tolls("Eleven captives were executed by the group in the desert east of Sukhnah.")
    assert _claims(claims) == [("killed", 11)]


def test_people_held_as_captives_are_still_captured(read_tolls) -> None:
    assert _claims(read_tolls("The militia is holding 40 shepherds captive near Tal Tamr.")) == [("captured", 40)]
    assert _claims(read_tolls("Nine prisoners were freed in an exchange at Qalaat al-Madiq.")) == [("captured", 9)]


def test_a_vague_amount_beside_an_exact_count_of_the_same_people_is_no_claim(read_tolls) -> None:
    claims = read_tolls("Rockets hit the market in Sanamayn, wounding 16 civilians, as several civilians were "
                        "hurt by flying glass, the agency said.")
    assert _claims(claims) == [("injured", 16)]


def test_others_told_beside_an_exact_count_are_more_people(read_tolls) -> None:
    claims = read_tolls("A truck bomb killed 3 people and injured 15 others, while dozens of others were "
                        "injured in the panic that followed.")
    assert _claims(claims) == [("killed", 3), ("injured", 15), ("injured", None)]


def test_a_vague_amount_with_its_own_parts_stays(read_tolls) -> None:
    claims = read_tolls("Shelling on Hamouriyah killed 6 civilians and wounded dozens, including 11 children.")
    assert ("injured", None) in _claims(claims)


def test_a_predicate_told_of_others_later_in_the_sentence_does_not_take_the_figure(read_tolls) -> None:
    claims = read_tolls("A mortar round killed 4 people in the Old City of Homs and others were injured.")
    assert ("killed", 4) in _claims(claims)
    assert ("injured", 4) not in _claims(claims)
