"""Casualty claims told the way other outlets tell them (brief cas9e, issue 9): fighters who
"fell in battle", the dead "left" by a deed, a death told as a noun before "of its fighters", throats slit and
hostages held; and an event told "last week" whose toll follows at once.  Each family has
sentences that must not yield a claim, as have "loses" and "stands at", whose rules were removed.  Reports invented for these tests."""

from __future__ import annotations

from datetime import date

from observatory.models import Document

PUBLISHED = date(2017, 5, 2)


def _claims(claims) -> list[tuple[str, int | None, str | None]]:
    return [(c.status, c.count.value if c.count else None, c.group.actor if c.group else None) for c in claims]


def _statuses(claims) -> list[tuple[str, int | None]]:
    return [(c.status, c.count.value if c.count else None) for c in claims]


# ------------------------------------------------------------ "loses": a headline's loss is not a toll


def test_a_side_that_loses_partners_or_residents_counts_no_one(read_tolls) -> None:
    """Precision guard: "loses" is not a word of death (fixcas9e removed it)."""
    assert read_tolls("Damascus loses three partners as the Geneva talks collapse") == []
    assert read_tolls("Manbij loses 2,000 residents a month as families flee north") == []
    assert read_tolls("The brigade loses 4 tanks near Kinsabba") == []


# ------------------------------------------------------------ "fell" only in battle or as martyrs


def test_fighters_fell_during_clashes(read_tolls) -> None:
    claims = read_tolls("Nine fighters fell during clashes with the Islamic State near Maskanah on Monday.")
    assert _statuses(claims) == [("killed", 9)]


def test_members_of_a_named_force_fell_in_the_clashes(read_tolls) -> None:
    claims = read_tolls("Five members of the Hamza Division fell in the clashes near Qabasin on Friday.")
    assert _statuses(claims) == [("killed", 5)]


def test_rebels_fell_as_martyrs(read_tolls) -> None:
    claims = read_tolls("Three rebels fell as martyrs in the shelling of Irbin on Tuesday.")
    assert _claims(claims) == [("killed", 3, "Syrian Rebels")]


def test_shells_and_towns_that_fell_count_no_one(read_tolls) -> None:
    """Precision guard: shells fall on towns, towns fall to a side, men fall into an ambush."""
    assert read_tolls("14 shells fell on the town of Hish on Monday.") == []
    assert read_tolls("Two villages fell to the army in the clashes on Friday.") == []
    assert read_tolls("Eight soldiers fell into an ambush near Arak on Monday.") == []


# ------------------------------------------------------------ a running count that "stands at"


def test_a_count_of_the_displaced_after_a_toll_adds_no_dead(read_tolls) -> None:
    """Precision guard: the dead of one clause do not make the next clause's count a toll."""
    claims = read_tolls("Three people were killed in Sarmin, and the number of displaced stands at 4,500.")
    assert _statuses(claims) == [("killed", 3)]


def test_a_count_of_the_living_that_stands_at_is_no_toll(read_tolls) -> None:
    """Precision guard: refugees, the displaced and prices also stand at a figure."""
    assert read_tolls("The number of refugees in Jordan now stands at 650,000.") == []
    assert read_tolls("The number of displaced people from Tabqa stood at 9,000 on Monday.") == []
    assert read_tolls("The price of diesel stood at 400 pounds in Idlib.") == []


# ------------------------------------------------------------ the dead "left" by a deed (after "be")


def test_people_were_left_dead(read_tolls) -> None:
    claims = read_tolls("Eighteen people were left dead after a bomb went off in Mare on Friday.")
    assert _statuses(claims) == [("killed", 18)]


def test_soldiers_have_been_left_injured(read_tolls) -> None:
    claims = read_tolls("Six soldiers have been left injured by the blast at a checkpoint in Sanamayn on Sunday.")
    assert _claims(claims) == [("injured", 6, "Military Forces of Syria")]


def test_left_with_its_object_or_homeless_counts_no_toll(read_tolls) -> None:
    """Precision guard: "left" with an object is the figure's own deed; the homeless are alive."""
    assert read_tolls("About 200 people were left homeless by the strike on Khan Shaykhun.") == []
    assert read_tolls("Some 300 families left Madaya on Friday.") == []


# ------------------------------------------------------------ "the death of N of its fighters"


def test_a_side_announces_the_death_of_its_fighters(read_tolls) -> None:
    claims = read_tolls("Jaysh al-Islam announced the death of 4 of its fighters in Harasta on Sunday.")
    assert _claims(claims) == [("killed", 4, "Jaysh al-Islam")]


def test_the_army_announces_the_deaths_of_its_officers(read_tolls) -> None:
    claims = read_tolls("The army announced the deaths of 3 of its officers in Deir ez-Zor on Friday.")
    assert _claims(claims) == [("killed", 3, "Military Forces of Syria")]


def test_a_killing_verb_keeps_its_subject_the_killer(read_tolls) -> None:
    """Precision guard: after a verb, the actor before it killed "its" men, it did not lose them."""
    claims = read_tolls("Russian jets claimed the lives of 6 of its fighters, Ahrar al-Sham said.")
    assert [c.group.actor for c in claims] != ["Military Forces of Russia"]


def test_the_side_blamed_for_the_deaths_does_not_own_them(read_tolls) -> None:
    """Precision guard: after a word of blame the actor before the death noun is the killer."""
    claims = read_tolls("Ankara blamed the PKK for the deaths of 6 of its soldiers near Afrin on Monday.")
    assert [c.group.actor for c in claims] != ["YPG: People's Protection Units"] and len(claims) == 1
    claims = read_tolls("The council held the Kurdish militia responsible for the death of 5 of its members.")
    assert [c.group.actor for c in claims] != ["YPG: People's Protection Units"] and len(claims) == 1


# ------------------------------------------------------------ throats slit, hostages held


def test_throats_slit(read_tolls) -> None:
    assert _statuses(read_tolls("Gunmen slit the throats of 4 farmers near Salamiyah on Monday.")) == [("killed", 4)]
    assert _statuses(read_tolls("Militants cut the throats of two shepherds in Uqayribat on Friday.")) == \
        [("killed", 2)]


def test_hostages_held_or_taken(read_tolls) -> None:
    assert _statuses(read_tolls("The jihadists held 30 villagers hostage in Mayadin on Sunday.")) == [("captured", 30)]
    assert _statuses(read_tolls("Gunmen took 7 engineers hostage near Tabqa on Monday.")) == [("captured", 7)]


def test_hostage_as_a_modifier_counts_no_one(read_tolls) -> None:
    """Precision guard: cases and talks are not people."""
    assert read_tolls("Negotiators reviewed the 25 hostage files in Geneva on Monday.") == []


# ------------------------------------------------------------ an event told "last week" with its toll


def test_last_week_with_its_toll_keeps_the_event(extractor) -> None:
    result = extractor.extract("Jets bombed Kafr Nubl last week, killing 17 people, activists said on Monday.",
                               Document(id="t", published=PUBLISHED.isoformat()))
    assert _statuses(result.casualties) == [("killed", 17)]
    assert len(result.events) == 1 and result.casualties[0].event == result.events[0].id
    assert result.events[0].location is not None and result.events[0].location.name == "Kafranbel"


def test_last_week_as_backstory_is_still_background(extractor) -> None:
    """Precision guard: an act told "last week" without its toll right after is the story's past."""
    result = extractor.extract("The factions signed a truce last week, and on Monday residents returned to Tayba.",
                               Document(id="t", published=PUBLISHED.isoformat()))
    assert result.casualties == []
    assert not any(e.sub_event_type == "Armed clash" for e in result.events)


def test_last_week_leaving_a_figure_keeps_the_event(extractor) -> None:
    result = extractor.extract("Jets bombed Kafr Nubl last week, leaving 12 people dead.",
                               Document(id="t", published=PUBLISHED.isoformat()))
    assert _statuses(result.casualties) == [("killed", 12)] and len(result.events) == 1


def test_last_week_leaving_no_figure_is_still_background(extractor) -> None:
    """Precision guard: "leaving the road closed" tells no toll, so the act stays backstory."""
    result = extractor.extract("Clashes broke out in Nawa last week, leaving the road closed.",
                               Document(id="t", published=PUBLISHED.isoformat()))
    assert result.events == []


# ------------------------------------------------------------ wounds "sustained" or "suffered"


def test_others_sustained_wounds_are_injured(read_tolls) -> None:
    claims = read_tolls("A mortar round killed two children in Harasta on Monday and 14 others sustained wounds.")
    assert _statuses(claims) == [("killed", 2), ("injured", 14)]


def test_soldiers_suffered_wounds(read_tolls) -> None:
    claims = read_tolls("Nine soldiers suffered wounds in the attack on the Kuweires airbase on Friday.")
    assert _claims(claims) == [("injured", 9, "Military Forces of Syria")]
