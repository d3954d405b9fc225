"""Casualty claims in the voices of Turkish, Kurdish and state outlets (brief cas9, issue 9):
"neutralized" as the Turkish and Russian defence ministries kill, predicates that take no object
after a long of-phrase ("members of the Syrian Democratic Forces went missing"), and threats,
plans and guesses that kill no one.  Reports invented for these tests."""

from __future__ import annotations

from datetime import date

PUBLISHED = date(2018, 3, 6)


def _claims(claims) -> list[tuple[str, int | None, str | None]]:
    return [(c.status, c.count.value, c.group.actor if c.group else None) for c in claims]


# ------------------------------------------------------------ "neutralized" is killed


def test_neutralized_before_the_figure_kills(read_tolls) -> None:
    claims = read_tolls("Turkish warplanes neutralized 17 PKK terrorists in raids on Jinderes on Monday, "
                        "the General Staff said.")
    assert _claims(claims) == [("killed", 17, "YPG: People's Protection Units")]


def test_neutralised_after_the_group_kills(read_tolls) -> None:
    claims = read_tolls("Five militants of the Islamic State were neutralised near Hajin on Sunday, "
                        "the coalition said.")
    assert _claims(claims) == [("killed", 5, "Islamic State")]


def test_neutralizing_explosives_counts_no_one(read_tolls) -> None:
    """Precision guard: mines and bombs defused are things, not people."""
    claims = read_tolls("Clashes went on near Tadef on Monday. The army said its engineers neutralized 23 "
                        "landmines and 6 explosive devices left in the fields.")
    assert claims == []


# ------------------------------------------------------------ a predicate with no object after an of-phrase


def test_went_missing_after_a_named_force(read_tolls) -> None:
    claims = read_tolls("Clashes flared near Abu Hamam on Monday. Six members of the Syrian Democratic Forces "
                        "went missing after the attack, a commander said.")
    assert _claims(claims) == [("missing", 6, "SDF: Syrian Democratic Forces")]


def test_lost_their_lives_after_a_long_description(read_tolls) -> None:
    claims = read_tolls("Hunger worsened in the enclave on Monday. Four residents of the besieged town of "
                        "Kafr Zita lost their lives, a local council said.")
    assert _claims(claims) == [("killed", 4, "Civilians")]


def test_a_death_after_and_is_another_subjects(read_tolls) -> None:
    """Precision guard: "and" ends the reach of a predicate that takes no object."""
    claims = read_tolls("Shelling hit Tal Rifaat on Monday. Seven workers at the bakery near the old square "
                        "and its guard went missing, a medic said.")
    assert ("missing", 7, "Civilians") not in _claims(claims)


# ------------------------------------------------------------ threats, plans and guesses kill no one


def test_a_vow_to_kill_is_no_toll(read_tolls) -> None:
    claims = read_tolls("The faction vowed to kill 12 soldiers for each of its men who died in the raid on "
                        "Maarzaf.")
    assert [c for c in claims if c.count.value == 12] == []


def test_could_kill_is_no_toll(read_tolls) -> None:
    claims = read_tolls("Aid workers warned on Monday that a push on the town could kill 400 people.")
    assert claims == []


def test_an_attempted_abduction_is_no_toll(read_tolls) -> None:
    claims = read_tolls("Masked men tried to abduct 3 nurses outside a clinic in Sarmin on Monday, "
                        "residents said.")
    assert claims == []


def test_managed_to_kill_still_kills(read_tolls) -> None:
    """Precision guard: a deed done ("managed to") is a toll."""
    claims = read_tolls("Rebels managed to kill 9 soldiers at a checkpoint near Morek on Monday, "
                        "the monitor said.")
    assert _claims(claims) == [("killed", 9, "Military Forces of Syria")]


# ------------------------------------------------------------ "our fighters": the side that tells it


def test_our_fighters_are_the_speakers(read_tolls) -> None:
    claims = read_tolls("Turkish drones struck Tel Tamr on Sunday. Two of our fighters were martyred while "
                        "defending the town, the SDF media centre said.")
    assert _claims(claims) == [("killed", 2, "SDF: Syrian Democratic Forces")]


def test_an_unnamed_our_guesses_no_side(read_tolls) -> None:
    """Precision guard: with no armed side telling it, "our" names no one."""
    claims = read_tolls("Shells fell on Kafr Takharim on Sunday. Five of our neighbours were killed, a woman "
                        "told reporters.")
    assert all(c.group.actor in (None, "Civilians") for c in claims)


def test_fishermen_are_civilians(read_tolls) -> None:
    claims = read_tolls("A boat came under fire on the Euphrates near Maskanah on Sunday. Six fishermen went "
                        "missing, their relatives said.")
    assert _claims(claims) == [("missing", 6, "Civilians")]
