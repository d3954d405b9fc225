"""Casualty shapes of activists' posts, state media and wire copy (brief casrec9, issue 9): a
"+" glued to a figure ("15+ killed"), the "ppl" of posts, "martyred" as an active verb, "met
their deaths", kin told as "members of his family", and a foreign word before a civilian's noun.
Reports invented for these tests."""

from __future__ import annotations

from datetime import date

import pytest

from observatory.extract.numbers import read_quantity, tokenize

PUBLISHED = date(2019, 6, 4)


def _claims(claims) -> list[tuple[str, int | None, str | None]]:
    return [(c.status, c.count.value, c.group.actor if c.group else None) for c in claims]


# ------------------------------------------------------------ "15+": at least the figure


@pytest.mark.parametrize("text, value", [("12+ dead", 12), ("300+ detainees", 300)])
def test_a_glued_plus_makes_the_figure_a_lower_bound(text: str, value: int) -> None:
    quantity = read_quantity(tokenize(text), 0)
    assert (quantity.value, quantity.qualifier, quantity.low, quantity.high) == (value, "at_least", value, None)


def test_a_spaced_plus_is_no_bound() -> None:
    quantity = read_quantity(tokenize("4 + 2 raids"), 0)
    assert (quantity.value, quantity.qualifier) == (4, "exact")


def test_plus_figures_of_a_post_are_counted(read_tolls) -> None:
    claims = read_tolls("Activists: 25+ civilians killed and 40+ injured in Russian raids on Kafr Nabudah tonight.",
                        published=PUBLISHED)
    assert [(s, v) for s, v, _ in _claims(claims)] == [("killed", 25), ("injured", 40)]
    assert {c.count.qualifier for c in claims} == {"at_least"}


def test_a_bare_plus_figure_in_a_headline_is_counted(read_tolls) -> None:
    claims = read_tolls("8+ killed as shells hit the market of Maarrat Hurmah", published=PUBLISHED)
    assert [(s, v) for s, v, _ in _claims(claims)] == [("killed", 8)]


# ------------------------------------------------------------ "ppl" counts people


def test_ppl_is_people_after_a_figure(read_tolls) -> None:
    claims = read_tolls("Local sources: 6 ppl killed and 9 ppl wounded by a car bomb in Azaz city centre.",
                        published=PUBLISHED)
    assert _claims(claims) == [("killed", 6, "Civilians"), ("injured", 9, "Civilians")]


def test_ppl_after_an_active_verb(read_tolls) -> None:
    claims = read_tolls("Regime artillery injured 11 ppl in Kafr Ruma this morning.", published=PUBLISHED)
    assert _claims(claims) == [("injured", 11, "Civilians")]


# ------------------------------------------------------------ "martyred" before its object


def test_martyred_as_an_active_verb_kills(read_tolls) -> None:
    claims = read_tolls("The terrorists' rockets martyred four citizens and injured 13 others in Mhardeh, "
                        "a police source said.", published=PUBLISHED)
    assert _claims(claims) == [("killed", 4, "Civilians"), ("injured", 13, "Civilians")]


def test_martyred_with_an_article_object_kills_one(read_tolls) -> None:
    claims = read_tolls("A Russian raid martyred a young nurse near the hospital of Kafr Takharim.",
                        published=PUBLISHED)
    assert [(s, v) for s, v, _ in _claims(claims)] == [("killed", 1)]


def test_martyred_before_a_span_of_days_counts_no_days(read_tolls) -> None:
    """Precision guard: "martyred 2 days ago" dates a death already counted; days are no people."""
    claims = read_tolls("Two fighters of the Sham Legion were martyred 3 days ago in clashes near Tal Malah.",
                        published=PUBLISHED)
    assert [(s, v) for s, v, _ in _claims(claims)] == [("killed", 2)]


# ------------------------------------------------------------ "met their deaths"


@pytest.mark.parametrize("text, value", [
    ("Seven displaced people met their deaths when their tent caught fire near Atmeh.", 7),
    ("At least nineteen labourers met their death when the shelled workshop collapsed in Tartus.", 19),
])
def test_met_their_deaths_kills(read_tolls, text: str, value: int) -> None:
    assert [(s, v) for s, v, _ in _claims(read_tolls(text, published=PUBLISHED))] == [("killed", value)]


def test_meeting_people_is_no_death(read_tolls) -> None:
    """Precision guard: "met" alone is a meeting."""
    claims = read_tolls("The governor met 12 tribal elders in Deir ez-Zor on Monday.", published=PUBLISHED)
    assert claims == []


# ------------------------------------------------------------ kin are civilians


def test_members_of_his_family_are_civilians(read_tolls) -> None:
    claims = read_tolls("A farmer and five members of his family were killed when a shell fell on their home "
                        "in Kafr Uwayd.", published=PUBLISHED)
    assert {a for _, _, a in _claims(claims)} == {"Civilians"}
    assert sum(v for _, v, _ in _claims(claims)) == 6


def test_members_of_the_same_family_are_civilians(read_tolls) -> None:
    claims = read_tolls("Air strikes killed nine members of the same family in Ma'arrat Harma.", published=PUBLISHED)
    assert _claims(claims) == [("killed", 9, "Civilians")]


def test_members_of_a_named_side_stay_fighters(read_tolls) -> None:
    """Precision guard: "members of the" before a side is no household."""
    claims = read_tolls("Four members of the Hamza Division were killed in clashes near Tadef.", published=PUBLISHED)
    assert [a for _, _, a in _claims(claims)] != ["Civilians"]


# ------------------------------------------------------------ a foreign civilian


def test_a_foreign_civilian_noun_stays_civilian(read_tolls) -> None:
    claims = read_tolls("A mortar round landed near the citadel, killing a tour guide and wounding a foreign "
                        "visitor.", published=PUBLISHED)
    assert _claims(claims) == [("killed", 1, "Civilians"), ("injured", 1, "Civilians")]


def test_foreign_aid_workers_are_civilians(read_tolls) -> None:
    claims = read_tolls("Gunmen abducted three foreign aid workers on the road to Sarmada.", published=PUBLISHED)
    assert _claims(claims) == [("captured", 3, "Civilians")]


@pytest.mark.parametrize("text, count", [
    ("Seven foreign engineers were wounded when a rocket hit the Tishreen dam.", 7),
    ("Two foreign nurses were abducted on the road out of Tal Abyad.", 2),
])
def test_foreign_civilians_keep_their_nationality(read_tolls, text: str, count: int) -> None:
    """Precision guard: only the foreign fighters' default side is gated, not the nationality."""
    claims = read_tolls(text, published=PUBLISHED)
    assert [(c.count.value, c.group.actor, c.group.nationality) for c in claims] == [(count, "Civilians", "foreign")]


def test_foreign_fighters_keep_their_default_side(read_tolls) -> None:
    claims = read_tolls("Fourteen foreign fighters were killed in clashes near Khanasir.", published=PUBLISHED)
    assert _claims(claims) == [("killed", 14, "Pro-Government Militias (Syria)")]


# ------------------------------------------------------------ "and another wounded": one more person


@pytest.mark.parametrize("text, expected", [
    ("A shepherd was killed and another wounded when a mine went off near Tal Abyad.",
     [("killed", 1, "Civilians"), ("injured", 1, "Civilians")]),
    ("Two boys drowned in the canal, and another was injured by the current near Raqqa.",
     [("killed", 2, "Civilians"), ("injured", 1, "Civilians")]),
    ("Three soldiers died and another was taken prisoner in the ambush near Kinsabba.",
     [("killed", 3, "Military Forces of Syria"), ("captured", 1, "Military Forces of Syria")]),
    ("One nurse was shot dead and another was seriously injured at the checkpoint in Sanamayn.",
     [("killed", 1, "Civilians"), ("injured", 1, "Civilians")]),
])
def test_another_with_a_status_of_its_own_is_one_more(read_tolls, text: str, expected) -> None:
    assert _claims(read_tolls(text, published=PUBLISHED)) == expected


@pytest.mark.parametrize("text, expected", [
    ("One car bomb killed four people in Azaz and another wounded six in Afrin.",
     [("killed", 4, "Civilians"), ("injured", 6, "Civilians")]),
    ("One shell killed a farmer and another injured two girls in Kafr Nabl.",
     [("killed", 1, "Civilians"), ("injured", 2, "Civilians")]),
    ("A boy was killed and another fled to the fields near Jasim.", [("killed", 1, "Civilians")]),
    ("One truck was burned and another seized by the gunmen outside Manbij.", []),
    ("A bridge was blown up and another damaged, and two farmers were killed near Deir Hafer.",
     [("killed", 2, "Civilians")]),
    ("One outpost was shelled and another captured by the Kurdish fighters north of Tabqa.", []),
])
def test_another_bomb_or_another_deed_is_no_person(read_tolls, text: str, expected) -> None:
    """Precision guard: "another" with an object of its own is the other weapon; a verb of no
    status counts no one; "another" after a thing ("one truck … and another seized") is a thing."""
    assert _claims(read_tolls(text, published=PUBLISHED)) == expected


# ------------------------------------------------------------ headlines that drop the auxiliary after an aside


@pytest.mark.parametrize("text, expected", [
    ("11 civilians most of them women and children killed in raids on Kafr Sajna",
     [("killed", 11, "Civilians")]),
    ("At least 8 people, mostly farmers wounded by shelling on Latamneh", [("injured", 8, "Civilians")]),
    ("Five men including a local mukhtar abducted by gunmen near Sanamayn",
     [("captured", 5, "Civilians"), ("captured", 1, "Civilians")]),  # the mukhtar: a subset, as gold sets list it
])
def test_a_bare_participle_after_an_aside_is_the_groups_status(read_tolls, text: str, expected) -> None:
    assert _claims(read_tolls(text, published=PUBLISHED)) == expected


def test_a_participle_with_an_object_after_an_aside_is_the_groups_deed(read_tolls) -> None:
    """Precision guard: "20 gunmen mostly foreigners … killed 3 soldiers": the group killed."""
    claims = read_tolls("40 gunmen mostly foreigners killed three soldiers at a checkpoint near Sukhnah",
                        published=PUBLISHED)
    assert _claims(claims) == [("killed", 3, "Military Forces of Syria")]


@pytest.mark.parametrize("text", [
    "25 fighters mostly from Liwa al-Quds killed regime deserters near Salma",
    "60 militiamen including local recruits executed prisoners in Tadef",
    "12 youths some of them masked killed their cousins in a feud in Shahba",
])
def test_an_aside_group_whose_participle_takes_a_bare_object_killed_no_one_of_theirs(read_tolls, text: str) -> None:
    """Precision guard: a bare noun or a possessive after the participle is its object: the group's deed."""
    assert all(c.count.value is None for c in read_tolls(text, published=PUBLISHED))


# ------------------------------------------------------------ "more martyrs raise the number to N"


@pytest.mark.parametrize("text, expected", [
    ("More martyrs raise the number to 16 in the shelling on Arbin", [("killed", 16, "Civilians")]),
    ("Jets strike Zamalka again, raising the number of martyrs in the town to 23", [("killed", 23, "Civilians")]),
    ("The number of wounded in Jarablus rose to 37 after a second blast.", [("injured", 37, "Civilians")]),
])
def test_a_status_noun_names_the_raised_count(read_tolls, text: str, expected) -> None:
    assert _claims(read_tolls(text, published=PUBLISHED)) == expected


def test_a_raised_count_of_the_living_is_no_toll(read_tolls) -> None:
    """Precision guard: the displaced and refugees are counted alive."""
    claims = read_tolls("The shelling raised the number of displaced families in Atmeh camp to 3,500.",
                        published=PUBLISHED)
    assert claims == []


@pytest.mark.parametrize("text", [
    "The number of martyrs' widows registered with the council rose to 2,300.",
    "The council raised the number of martyrs' tombs in the new cemetery to 940.",
    "The number of martyrs families in the camp rose to 450.",
    "The number of detainees handed over in the swap rose to 160.",
])
def test_a_raised_count_of_others_than_the_dead_is_no_toll(read_tolls, text: str) -> None:
    """Precision guard: after "number of" the status noun must head its phrase, and captives
    raised may be those set free."""
    assert all(c.count.value is None for c in read_tolls(text, published=PUBLISHED))


def test_a_status_noun_carried_somewhere_raises_no_count(read_tolls) -> None:
    """Precision guard: "brought to one field hospital" moves the dead; "one" is no new toll."""
    claims = read_tolls("Medics said at least 14 bodies had been brought to one field hospital in Hamouriyah.",
                        published=PUBLISHED)
    assert [(s, v) for s, v, _ in _claims(claims)] == [("killed", 14)]


# ------------------------------------------------------------ animals are no casualties


@pytest.mark.parametrize("text, expected", [
    ("Regime shelling killed 60 sheep and wounded two shepherds near Uqayribat.", [("injured", 2, "Civilians")]),
    ("The strike killed three farmers and 25 cows on a farm outside Ras al-Ain.", [("killed", 3, "Civilians")]),
])
def test_animals_killed_are_not_counted(read_tolls, text: str, expected) -> None:
    assert _claims(read_tolls(text, published=PUBLISHED)) == expected


@pytest.mark.parametrize("text, expected", [
    ("The airstrike killed 30 goats and three herders near Khanasir.", [("killed", 3, "Civilians")]),
    ("Mortar fire killed 12 cows, a farmer and his daughter in Tal Tamr.", [("killed", 2, "Civilians")]),
    ("A landmine killed two camels and a boy east of Palmyra.", [("killed", 1, "Civilians")]),
    ("The raid killed dozens of chickens and a worker at the poultry farm in Sarmin.", [("killed", 1, "Civilians")]),
])
def test_a_verb_before_animals_reaches_the_people_listed_after(read_tolls, text: str, expected) -> None:
    assert _claims(read_tolls(text, published=PUBLISHED)) == expected


@pytest.mark.parametrize("text, expected", [
    ("The frost killed 30 sheep and the farmers sold 20 cows in Salamiyah market.", []),
    ("The cold killed 14 goats and 3 herders lost their flocks near Qaryatayn.", []),
    ("The strike killed 22 sheep and a boy was wounded near Binnish.", [("injured", 1, "Civilians")]),
])
def test_people_after_animals_with_a_verb_of_their_own_keep_it(read_tolls, text: str, expected) -> None:
    """Precision guard: people after animals with a verb or status of their own are a clause of their own."""
    assert [claim for claim in _claims(read_tolls(text, published=PUBLISHED)) if claim[1] is not None] == expected


def test_killing_two_birds_counts_no_one(read_tolls) -> None:
    claims = read_tolls("The reopened crossing killed two birds with one stone for traders in Bab al-Salama.",
                        published=PUBLISHED)
    assert all(c.count.value is None for c in claims)


# ------------------------------------------------------------ "N killings": a period's tally or one day's deeds


@pytest.mark.parametrize("text, expected", [
    ("Gunmen carried out 6 killings in Tafas yesterday.", [("killed", 6, "Civilians")]),
    ("Militiamen committed 14 killings at the Sinjar checkpoint on Friday.", [("killed", 14, "Civilians")]),
])
def test_killings_of_a_day_are_counted(read_tolls, text: str, expected) -> None:
    assert _claims(read_tolls(text, published=PUBLISHED)) == expected


@pytest.mark.parametrize("text", [
    "Activists documented 47 killings in Deir ez-Zor during May 2018.",
    "There were 9 killings in Homs this week, the network said.",
    "Killings of civilians rose to 75 in Daraa last month.",
    "Revenge killings climbed to 31 in Tabqa after the takeover.",
])
def test_killings_of_a_period_are_no_incident_toll(read_tolls, text: str) -> None:
    """Precision guard: a period or a rise with no day of its own makes "killings" a tally."""
    assert all(c.count.value is None for c in read_tolls(text, published=PUBLISHED))


def test_migrants_drowned_at_sea_are_no_conflict_toll(read_tolls) -> None:
    """Precision guard: a shipwreck is an accident; "migrants" names no victims of the war."""
    claims = read_tolls("Eight migrants drowned when their dinghy sank off the coast of Jableh.", published=PUBLISHED)
    assert all(c.count.value is None for c in claims)
