"""One victim, told the way monitors and wires tell one (issue 9, families 2 and 9): a bare
singular noun after a headline's verb, the body of one person, a detainee who died in
custody, headline verbs in the present tense, and a plural group before its one named part.
Reports invented for these tests."""

from __future__ import annotations

from datetime import date

import pytest

from observatory.models import Document

PUBLISHED = date(2018, 3, 14)


def _claims(claims) -> list[tuple[str, int | None, str]]:
    return [(c.status, c.count.value, c.group.category) for c in claims]


@pytest.mark.parametrize(("text", "expected"), [
    ("Russian airstrike kills shepherd near Jisr al-Shughur", [("killed", 1, "civilians")]),
    ("Turkish border guards kill Syrian teenager near Khirbet al-Joz", [("killed", 1, "children")]),
    ("Gunmen shoot dead pharmacist in Tafas", [("killed", 1, "civilians")]),
    ("Unknown gunmen abduct teacher in Jasim", [("captured", 1, "civilians")]),
    ("Airstrike kills woman and child in Kafr Nabl", [("killed", 2, "women")]),
])
def test_a_bare_singular_noun_after_a_headline_verb_counts_one(read_tolls, text, expected) -> None:
    assert _claims(read_tolls(text)) == expected


@pytest.mark.parametrize("text", [
    "Russia kills hope of a truce in Geneva",
    "Campaigners say the war kills child soldiers' futures in Raqqa",
    "The strike killed civilian infrastructure in Hama",
    "An abducted shepherd was released near Maadan on Tuesday",
])
def test_no_victim_where_the_noun_is_no_person_or_only_a_modifier(read_tolls, text) -> None:
    assert read_tolls(text) == []


@pytest.mark.parametrize(("text", "expected"), [
    ("Residents recovered the body of an elderly farmer from a well in Tal Rifaat.", [("killed", 1, "civilians")]),
    ("The corpse of a young shepherd was found near Saraqib on Monday.", [("killed", 1, "civilians")]),
    ("The body of an abducted nurse was found on the road to Atarib.", [("killed", 1, "civilians")]),
])
def test_the_body_of_one_person_is_one_dead(read_tolls, text, expected) -> None:
    assert _claims(read_tolls(text)) == expected


@pytest.mark.parametrize("text", [
    "The body of the agreement was signed in Astana on Monday.",
    "A legal body of 30 lawyers was set up in Idlib to document violations.",
    "The opposition formed a transitional governing body in Gaziantep.",
])
def test_a_body_that_is_no_person_counts_no_dead(read_tolls, text) -> None:
    assert [c for c in read_tolls(text) if c.count.value is not None] == []


@pytest.mark.parametrize("text", [
    "A prisoner from Talbiseh died under torture in the regime's prisons.",
    "Activists reported the death of a young detainee in Saydnaya prison.",
    "The monitor documented the death of an abductee from Hama under torture.",
])
def test_a_detainee_who_died_in_custody_is_one_dead(read_tolls, text) -> None:
    assert [(c.status, c.count.value) for c in read_tolls(text)] == [("killed", 1)]


def test_a_prisoner_exchange_is_no_capture(read_tolls) -> None:
    assert read_tolls("A prisoner exchange took place in Hama on Sunday between the two sides.") == []


@pytest.mark.parametrize(("text", "expected"), [
    ("HTS captures three regime soldiers on the Latakia front", [("captured", 3, "combatants")]),
    ("ISIS captures an SDF fighter near Hajin", [("captured", 1, "combatants")]),
    ("Jaish al-Islam detains 12 members of Faylaq al-Rahman in Ghouta", [("captured", 12, "combatants")]),
])
def test_present_tense_capture_verbs_count_captives(read_tolls, text, expected) -> None:
    assert _claims(read_tolls(text)) == expected


def test_a_present_capture_verb_of_no_person_counts_no_one(read_tolls) -> None:
    assert read_tolls("The SDF captures the mood of the Arab tribes east of the Euphrates") == []


def test_one_named_part_of_an_unnumbered_group_goes_under_it(read_tolls) -> None:
    claims = read_tolls("Hezbollah fighters died in an ambush near Qusayr including a field commander")
    assert [(c.count.value, c.group.actor, c.parent) for c in claims] == [
        (None, "Hezbollah", None), (1, "Hezbollah", claims[0].id)]


def test_a_plural_group_beside_a_raised_total_is_no_more_dead(read_tolls) -> None:
    claims = read_tolls("More civilians die in shelling on Arbin and the death toll rises to 64")
    assert [(c.status, c.count.value) for c in claims] == [("killed", 64)]


def test_a_man_and_his_son_stay_two(read_tolls) -> None:
    assert [c.count.value for c in read_tolls("Gunmen killed a man and his son in Dael")] == [2]


@pytest.mark.parametrize(("text", "events"), [
    ("The monitor documented the death of a detainee from Inkhil under torture in regime prisons", 1),
    ("Activists documented the killing of one shepherd by a landmine near Maadan", 1),
    ("The monitor documented the deaths of 19 people in several areas of Syria on Tuesday", 0),
    ("Medics counted 16 dead in Saraqib after the raids", 0),
])
def test_one_documented_death_is_an_incident_a_tally_is_not(extractor, text, events) -> None:
    result = extractor.extract(text, Document(id="t", published="2018-03-14"))
    assert len(result.events) == events


@pytest.mark.parametrize(("text", "expected"), [
    ("IS executes man accused of witchcraft in Mayadin", [("killed", 1, "unknown")]),
    ("SDF captures IS emir in Raqqa", [("captured", 1, "combatants")]),
    ("Gunmen kill mayor of Tell Abyad", [("killed", 1, "civilians")]),
    ("A militia kills a displaced young man inside Jindires", [("killed", 1, "unknown")]),
    ("A rebel group commander was killed in Nawa on Friday", [("killed", 1, "combatants")]),
])
def test_one_victim_named_by_an_acronym_a_participle_an_office_or_nouns_as_modifiers(read_tolls, text, expected) -> None:
    assert _claims(read_tolls(text)) == expected


def test_the_dead_man_is_the_person_named_after_it(read_tolls) -> None:
    claims = read_tolls("The dead man was identified as a teacher from Nawa.")
    assert _claims(claims) == [("killed", 1, "civilians")]


@pytest.mark.parametrize("text", [
    "Air strikes on Ariha killed 23 people on Monday, rescuers said. A video showed the lifeless body of a boy "
    "covered in dust on top of the rubble.",
    "Shelling killed 12 civilians in Douma on Monday. Nearby the body of a woman in a black coat lay on the pavement.",
])
def test_one_body_seen_among_a_larger_toll_is_no_claim_of_its_own(read_tolls, text) -> None:
    assert [c.count.value for c in read_tolls(text)] == [23 if "23" in text else 12]


def test_one_body_told_alone_is_the_report_toll(read_tolls) -> None:
    claims = read_tolls("The body of a young shepherd was found near Maadan on Monday. Locals said he had been "
                        "missing since Friday.")
    assert _claims(claims) == [("killed", 1, "civilians")]


@pytest.mark.parametrize(("text", "expected"), [
    ("Shrapnel tore into the body of a girl in Hazano but surgeons saved her", []),
    ("Bruises covered the body of a man freed from Adra prison last month", []),
    ("Surgeons removed a bullet from the body of a boy who was wounded in Tafas", [("injured", 1, "children")]),
])
def test_the_body_of_a_person_nobody_found_is_no_death(read_tolls, text, expected) -> None:
    assert _claims(read_tolls(text)) == expected


@pytest.mark.parametrize("text", [
    "Kidnapped engineer freed in Jasim after ransom paid",
    "She lost husband in a barrel bomb attack years ago",
    "Relatives demand the release of detained lawyer in Homs",
    "The army did not kill civilian in Tafas, officials claim",
    "Fighters launched an operation to capture army officer near Morek",
    "A squad carried out a raid to kidnap 5 nurses in Daraa",
    "The court ordered the arrest of a trader accused of smuggling",
])
def test_a_status_word_that_describes_denies_or_plans_counts_no_bare_victim(read_tolls, text) -> None:
    assert read_tolls(text) == []


@pytest.mark.parametrize("text", [
    "Wounded rebel treated in Jordanian hospital recalls the battle",
    "Surgeons fought to save wounded boy who died at dawn in Inkhil",
])
def test_a_wounded_participle_before_a_noun_counts_no_one_wounded(read_tolls, text) -> None:
    assert [c for c in read_tolls(text) if c.status == "injured" and c.count.value == 1] == []


def test_a_wounded_person_who_died_later_stays_dead(extractor) -> None:
    result = extractor.extract("Surgeons fought to save wounded boy who died at dawn in Inkhil",
                               Document(id="t", published="2018-03-14"))
    assert [c.status for c in result.casualties] == ["killed"]


@pytest.mark.parametrize("text", [
    "Gunmen killed a man carrying baby in Saqba",
    "A woman whose daughter was wounded in Douma spoke to reporters",
])
def test_the_noun_a_clause_follows_is_the_head_not_a_modifier(read_tolls, text) -> None:
    assert [c for c in read_tolls(text) if c.group.category == "children"] == []


def test_a_title_case_headline_victim_gives_way_to_the_body(read_tolls) -> None:
    text = ("Rebels Kill Senior Regime Officer in Hama\n\nA senior officer of the Republican Guard was killed "
            "along with 7 of his men near Suran on Monday.\n")
    assert [(c.count.value, c.group.description) for c in read_tolls(text)] == [
        (1, "senior officer of the Republican Guard"), (7, "of his men")]


@pytest.mark.parametrize("text", [
    "Residents fled the bombing in Ariha, including a girl who was wounded",
    "Commanders from three brigades gathered in Atarib, including one killed months later",
])
def test_a_plural_group_without_a_status_of_its_own_holds_no_part(read_tolls, text) -> None:
    assert [c.count.value for c in read_tolls(text)] == [1]


def test_hostage_before_another_noun_is_no_victim(read_tolls) -> None:
    assert [c.group.category for c in read_tolls("Police killed 4 hostage takers in Homs")] != ["civilians"]


def test_a_figure_after_capture_and_kill_is_the_dead(read_tolls) -> None:
    claims = read_tolls("Airstrikes help SDF capture and kill more than 15 ISIS fighters near Hajin")
    assert [(c.status, c.count.value, c.count.qualifier) for c in claims] == [("killed", 15, "more_than")]


def test_others_wounded_beside_a_bare_victim_are_read(read_tolls) -> None:
    claims = read_tolls("Militiamen kill farmer and wound others near Masyaf")
    assert [(c.status, c.count.value) for c in claims] == [("killed", 1), ("injured", None)]
