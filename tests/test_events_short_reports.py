"""Issue 9, family 9: a one-line report with a toll or a headline verb and a place is an
event at that place on its date, even without a report-style trigger word.  Headline
grammar is read only in short reports.  Also the headline families of a toll: told
without a figure, dead and wounded as one figure, actor-only subjects, nominal and
passive shapes, datelines, title case, names in quotes; and headlines of events
without deaths (arrests, protests, devices found).  Sentences are invented for these tests."""

from __future__ import annotations

import json

import pytest
from typer.testing import CliRunner

from observatory.cli import app
from observatory.extract.pipeline import Extractor
from observatory.models import Document, Event, ExtractionResult


def run(extractor: Extractor, text: str, published: str = "2017-10-12") -> ExtractionResult:
    return extractor.extract(text, Document(id="t", published=published))


def kinds(result: ExtractionResult) -> set[str]:
    return {e.sub_event_type for e in result.events}


def at(result: ExtractionResult, kind: str) -> set[str]:
    return {e.location.mention for e in result.events if e.sub_event_type == kind and e.location is not None}


def only(result: ExtractionResult) -> Event:
    [event] = result.events
    return event


# -- headline verbs ---------------------------------------------------------------------------

@pytest.mark.parametrize(("text", "kind", "place"), [
    ("ISIS attacks the Kurdish fighters near Tell Tamer", "Armed clash", "Tell Tamer"),
    ("Regime forces target Kafr Zita with rockets", "Shelling/artillery/missile attack", "Kafr Zita"),
    ("The factions advance against the regime forces in the outskirts of Morek", "Armed clash", "Morek"),
    ("Renewed targeting hits the town of Latamneh", "Shelling/artillery/missile attack", "Latamneh"),
    ("Aerial and ground bombardment hits the town of Kafr Nabudah", "Air/drone strike", "Kafr Nabudah"),
    ("The factions take control of the silos near Khan Tuman", "Armed clash", "Khan Tuman"),
    # a gain in the headline's present tense (a capture, typed as "ISIS captures X" is), and an
    # advance told by where it arrived
    ("ISIS control Tell Abyad and two hills near it", "Non-state actor overtakes territory", "Tell Abyad"),
    ("The factions control the village of Kafr Hamra almost entirely", "Non-state actor overtakes territory",
     "Kafr Hamra"),
    ("Regime forces reach the eastern outskirts of Palmyra", "Armed clash", "Palmyra"),
    ("The army is 4 km away from Maskanah", "Armed clash", "Maskanah"),
    ("IS throw a young man off the roof of a building in al-Bukamal", "Attack", "al-Bukamal"),
])
def test_a_headline_verb_is_an_event_at_its_place(extractor, text: str, kind: str, place: str) -> None:
    assert place in at(run(extractor, text), kind)


def test_headline_grammar_is_not_read_in_a_long_report(extractor) -> None:
    text = ("The provincial council met in the town of Qamishli on Tuesday. "
            "On Tuesday the members heard that ISIS attacks the Kurdish fighters near Tell Tamer every winter. "
            "The council then voted on the bakery budget.")
    assert "Armed clash" not in kinds(run(extractor, text))


def test_a_headline_verb_after_to_is_a_plan(extractor) -> None:
    assert run(extractor, "The army to attack the rebels near Latamneh").events == []


def test_a_headline_verb_needs_an_armed_side(extractor) -> None:
    assert run(extractor, "Prices advance in the markets of Manbij").events == []


@pytest.mark.parametrize("text", [
    "A convoy of displaced families reaches the outskirts of Azaz",  # people arriving are no advance
    "Kurdish-controlled Afrin sees a rally for the teachers",  # a state, not a gain
    "Police on alert for the anniversary of the control of Manbij city by the SDF",  # the noun
])
def test_arriving_and_holding_are_no_fight(extractor, text: str) -> None:
    assert "Armed clash" not in kinds(run(extractor, text))


# -- tolls without a trigger word ------------------------------------------------------------

def test_gunmen_who_kill_a_civilian_are_an_attack_at_the_place(extractor) -> None:
    event = only(run(extractor, "Gunmen kill a pharmacist in the town of Jasim"))
    assert event.sub_event_type == "Attack"
    assert event.location is not None and "Jasim" in event.location.mention


def test_losses_of_a_named_side_without_a_figure_are_a_clash(extractor) -> None:
    event = only(run(extractor, "Human losses among the regime forces in the town of Marea"))
    assert event.sub_event_type == "Armed clash"
    assert event.location is not None and "Marea" in event.location.mention


def test_casualties_without_a_figure_or_a_side_are_an_attack_at_the_place(extractor) -> None:
    event = only(run(extractor, "Casualties in the town of Kafr Takharim"))
    assert event.sub_event_type == "Attack"
    assert event.location is not None and "Kafr Takharim" in event.location.mention


def test_casualties_without_a_place_are_no_event(extractor) -> None:
    assert run(extractor, "More casualties among the people").events == []


def test_a_roundup_of_the_day_is_no_event(extractor) -> None:
    result = run(extractor, "17 people were killed yesterday in different circumstances across Syria")
    assert result.events == []


def test_the_dead_mourned_somewhere_died_elsewhere(extractor) -> None:
    assert run(extractor, "Funeral of 9 fighters of the Sham Legion in the town of Sarmada").events == []


@pytest.mark.parametrize("text", [
    "Nurses in the town of Kafr Batna counted 11 civilians dead on Monday",
    "Volunteers pulled the bodies of 7 people from the rubble in the town of Ariha on Monday",
])
def test_a_count_or_a_recovery_of_the_dead_is_a_bulletin_for_fusion(extractor, text: str) -> None:
    result = run(extractor, text)
    assert result.events == []
    assert any(c.status == "killed" for c in result.casualties)


def test_a_month_total_is_no_event(extractor) -> None:
    assert run(extractor, "About 920 people were killed in September 2017").events == []


def test_the_news_before_a_running_total_is_an_event(extractor) -> None:
    text = ("Rocket fire targets the town of Salamiyah and raises to 31 the number of people killed "
            "there since the start of the escalation")
    assert "Salamiyah" in at(run(extractor, text), "Shelling/artillery/missile attack")


def test_a_running_total_alone_stays_a_report(extractor) -> None:
    assert run(extractor, "More casualties raise the death toll to 14 in the town of Kafr Batna").events == []


# -- strike logs -----------------------------------------------------------------------------

# Coalition strike logs: "date: (code) site, where the site is, governorate, Syria" (invented lines).
@pytest.mark.parametrize(("text", "place"), [
    ("August 14th 2019: (S3307) Abu Hamam town, Deir Ezzor governorate, Syria", "Abu Hamam"),
    ("(CS1877b) Al Shaddadi, Hasakah governorate", "Al Shaddadi"),
    ("(S2291)  Tell Ghazal Sharqi village, southern Hasakah governorate, Syria", "Tell Ghazal Sharqi"),
])
def test_a_strike_log_line_is_one_coalition_air_strike_at_its_site(extractor, text: str, place: str) -> None:
    event = only(run(extractor, text))
    assert event.sub_event_type == "Air/drone strike"
    assert [a.name for a in event.actors] == ["International Coalition"]
    assert event.location is not None and place in event.location.mention


def test_a_strike_log_line_names_one_site_the_places_after_it_say_where_it_is(extractor) -> None:
    # a street the gazetteer lacks, in a city it knows: one strike, placed at the city's point
    event = only(run(extractor, "(S6021) Al Sinaa street, Tabqa city, Raqqa governorate, Syria"))
    assert event.location is not None and event.location.precision == 1 and "Tabqa" in event.location.mention


def test_the_last_place_of_a_log_line_is_its_governorate_not_the_city_of_that_name(extractor) -> None:
    event = only(run(extractor, "(S7310) Jadid Ekaidat village, Deir Ezzor, Syria", "2017-09-01"))
    assert event.location is not None and "Jadid" in event.location.mention


@pytest.mark.parametrize(("text", "published", "days"), [
    ("November 9th 2017: (S4471) Al Bukamal, Deir Ezzor governorate", "2018-01-20", ("2017-11-09", "2017-11-09")),
    ("June 3rd-4th 2018: (S5120) Hajin town, Deir Ezzor governorate, Syria", "2018-07-01", ("2018-06-03", "2018-06-04")),
    # "?" splits the line into two sentences; the date before it is still the strike's
    ("Around March 6th-7th? 2018 [date unclear]: (S5301) Hajin, Deir Ezzor governorate, Syria", "2018-04-01",
     ("2018-03-06", "2018-03-07")),
])
def test_a_strike_log_line_is_dated_by_the_days_it_states_however_late_it_is_published(
        extractor, text: str, published: str, days: tuple[str, str]) -> None:
    event = only(run(extractor, text, published))
    assert event.date is not None and (event.date.start, event.date.end) == days


@pytest.mark.parametrize("text", ["(R2217b) Khan Shaykhun, Idlib governorate", "(S8)", "S5120 Hajin"])
def test_other_codes_and_bare_codes_are_no_coalition_strike(extractor, text: str) -> None:
    # only the coalition's bracketed code followed by a place is a log line's shape
    assert "International Coalition" not in {a.name for e in run(extractor, text).events for a in e.actors}


def test_a_one_line_report_is_dated_on_its_stated_day_however_late_it_is_published(extractor) -> None:
    event = only(run(extractor, "November 9th 2017: warplanes bomb Al Bukamal", "2018-01-20"))
    assert event.date.start == event.date.end == "2017-11-09"


def test_a_bare_log_code_is_no_event(extractor) -> None:
    assert run(extractor, "TS291").events == []


# -- words every report may use ----------------------------------------------------------------

@pytest.mark.parametrize(("text", "kind"), [
    ("The group crucified two men in the main square of Maskanah on Friday.", "Attack"),
    ("Militants stoned a woman to death in the village of Hamrat on Friday.", "Attack"),
    ("A detainee from Inkhil died under torture in a prison of the security branch on Friday.", "Attack"),
    ("War remnants kill a shepherd near the village of Uqayribat", "Remote explosive/landmine/IED"),
    ("Protests take place in the town of Saqba against the new taxes", "Peaceful protest"),
    ("Body of a young man found near the village of Sahwa", "Attack"),
    ("Unknown gunmen assassinate a judge in the town of Tafas", "Attack"),
])
def test_more_wordings_of_known_kinds(extractor, text: str, kind: str) -> None:
    assert kind in kinds(run(extractor, text))


def test_executing_a_second_raid_is_not_an_execution(extractor) -> None:
    text = ("The jets returned an hour later, executing a second and even heavier raid on the market of "
            "Binnish on Sunday.")
    assert "Attack" not in kinds(run(extractor, text))


# -- tolls told without a figure ------------------------------------------------------------------

def killed(result: ExtractionResult) -> list:
    return [c for c in result.casualties if c.status == "killed"]


@pytest.mark.parametrize("text", [
    "Martyrs and wounded in rocket fire on Nawa",
    "More martyrs in the town of Inkhil",
    "Jets kill and injure several residents of Saraqib",
    "Regime forces kill a baker and his family in Inkhil",
    "Martyrs And Wounded In Mortar Fire On Sheikh Miskin",
])
def test_a_toll_without_a_figure_is_a_claim_no_toll_counts(extractor, text: str) -> None:
    [claim] = killed(run(extractor, text))
    assert claim.count.value is None and claim.count.low is None and claim.count.high is None
    assert claim.count.qualifier == "vague"


@pytest.mark.parametrize(("text", "actor"), [
    ("IS dead in fighting near Qaryatayn", "Islamic State"),
    ("Losses among the SDF near Ain Issa", "SDF: Syrian Democratic Forces"),
])
def test_a_figureless_toll_of_a_named_side_counts_that_sides_people(extractor, text: str, actor: str) -> None:
    [claim] = killed(run(extractor, text))
    assert claim.group.actor == actor and claim.group.category == "combatants"


def test_the_side_that_kills_is_not_the_side_counted(extractor) -> None:
    [claim] = killed(run(extractor, "Regime forces kill and injure several people in Tafas"))
    assert claim.group.actor is None


@pytest.mark.parametrize("text", [
    "The Qadisiyah Martyrs Brigade advances near Nawa",
    "Fears of executing the captives held in Saraqib",
])
def test_a_name_or_a_fear_is_no_toll(extractor, text: str) -> None:
    assert run(extractor, text).casualties == []


def test_a_figure_elsewhere_in_the_report_tells_the_toll(extractor) -> None:
    text = "Seven fighters of the Sultan Murad Division killed near Akhtarin\n\nTheir bodies reached Azaz at night."
    assert [c.count.value for c in killed(run(extractor, text))] == [7]


def test_a_long_report_gets_no_figureless_claims(extractor) -> None:
    text = ("Mortar fire hit the market of Nawa on Monday morning. Martyrs and wounded were taken to the clinic. "
            "The local council closed the schools for two days. Traders said the market would reopen on Thursday.")
    assert killed(run(extractor, text)) == []


@pytest.mark.parametrize("text", [
    "Rocket fire on Ariha leaves 17 dead and wounded",
    "17 killed and injured in rocket fire on Ariha",
])
def test_one_figure_for_dead_and_wounded_is_at_most_that_many_dead(extractor, text: str) -> None:
    [claim] = killed(run(extractor, text))
    assert claim.count.value is None and claim.count.low is None and claim.count.high == 17


# -- headline shapes of a toll -----------------------------------------------------------------------

@pytest.mark.parametrize(("text", "value", "actor"), [
    ("Two more Russian soldiers killed", 2, "Military Forces of Russia"),
    ("Three Hezbollah Fighters Killed Near Qusayr", 3, "Hezbollah"),
    ("The death of 4 shepherds in Sheikh Miskin", 4, "Civilians"),
    ("11 bodies found in Saraqib", 11, "Civilians"),
    ("8 dead as car bomb hits Inkhil", 8, "Civilians"),
    ("Toll rises to 23 in Nawa market strike", 23, "Civilians"),
    ("Nawa: 5 killed in shelling", 5, "Civilians"),
    ("Gunmen execute 3 hostages in the desert east of Sukhnah", 3, "Civilians"),
    ("Farmers find 14 corpses in a well near Shaddadi", 14, "Civilians"),
    ("6 \u201cIslamic State\u201d members killed in clashes near Tabqa", 6, "Islamic State"),
    ("3 \u201cJaish al-Islam\u201d killed near Harasta", 3, "Jaysh al-Islam"),
    ("At least 40 citizens, fighters and soldiers killed in clashes near Harasta", 40, "Civilians"),
])
def test_headline_shapes_of_a_toll(extractor, text: str, value: int, actor: str) -> None:
    [claim] = killed(run(extractor, text))
    assert claim.count.value == value and claim.group.actor == actor


def test_a_dateline_place_is_where_it_happened(extractor) -> None:
    assert "Nawa" in at(run(extractor, "Nawa: 5 killed in shelling"), "Shelling/artillery/missile attack")


def test_a_list_of_places_is_an_event_at_each(extractor) -> None:
    result = run(extractor, "Shelling on Sheikh Miskin, Nawa and Inkhil kills 6")
    assert {"Sheikh Miskin", "Nawa", "Inkhil"} <= at(result, "Shelling/artillery/missile attack")


# -- events without deaths ---------------------------------------------------------------------------

@pytest.mark.parametrize(("text", "kind", "place"), [
    ("Police arrest 12 young men in Nawa", "Arrests", "Nawa"),
    ("Protesters rally in Saraqib against the council", "Peaceful protest", "Saraqib"),
    ("Demonstrations in Kafr Nubl against the new governor", "Peaceful protest", "Kafr Nubl"),
    ("An IED found near Inkhil", "Disrupted weapons use", "Inkhil"),
    ("Security forces find a car bomb in Azaz", "Disrupted weapons use", "Azaz"),
    ("Clashes continue in the outskirts of Nawa", "Armed clash", "Nawa"),
])
def test_a_headline_without_deaths_is_an_event(extractor, text: str, kind: str, place: str) -> None:
    assert {kind} == kinds(result := run(extractor, text)) and place in at(result, kind)


@pytest.mark.parametrize(("text", "kind", "place"), [
    ("Aerial bombardments hit the countryside of Saraqib", "Air/drone strike", "Saraqib"),
    ("Helicopters drop 9 barrels on Daraya", "Air/drone strike", "Daraya"),
    ("Turkish air force bombs positions in Tell Rifaat", "Air/drone strike", "Tell Rifaat"),
    ("Gunmen set fire to a car of the council in Inkhil", "Looting/property destruction", "Inkhil"),
    ("Rebels devastate a tank of the regime forces near Morek", "Armed clash", "Morek"),
    ("The \u201cIslamic State\u201d advance in the desert of Sukhnah", "Armed clash", "Sukhnah"),
    ("Kurdish units continue their military operations against ISIS near Shaddadi", "Armed clash", "Shaddadi"),
    ("Fight returns to the vicinity of Nubl between the factions and the regime forces", "Armed clash", "Nubl"),
    ("The Coalition continues to bombard the town of Hajin", "Air/drone strike", "Hajin"),
    ("The \u201cIslamic State\u201d stone a young woman in Tabqa", "Attack", "Tabqa"),
    ("The regime forces renew their attempts to advance in the outskirts of Harasta", "Armed clash", "Harasta"),
])
def test_more_headline_wordings(extractor, text: str, kind: str, place: str) -> None:
    assert place in at(run(extractor, text), kind)


def test_operations_of_rescue_are_no_fighting(extractor) -> None:
    assert run(extractor, "Civil defence continues its rescue operations against the clock in Douma").events == []


def test_stone_blocks_are_no_stoning(extractor) -> None:
    assert run(extractor, "Workers carry stone blocks to the mosque of Tabqa").events == []


def test_barrels_of_fuel_are_no_bombs(extractor) -> None:
    assert run(extractor, "Trucks drop 40 barrels of fuel at the bakery of Daraya").events == []


@pytest.mark.parametrize("text", [
    "Regime forces are preparing to attack Sukhnah",
    "The army plans to try to advance on Morek",
])
def test_a_prepared_or_planned_attempt_is_no_event(extractor, text: str) -> None:
    assert run(extractor, text).events == []


def test_a_planned_arrest_is_no_event(extractor) -> None:
    assert run(extractor, "The factions plan to arrest the smugglers in Nawa").events == []


def test_figureless_one_line_reports_add_no_dead_to_the_run_summary(tmp_path) -> None:
    reports = tmp_path / "lines.jsonl"
    reports.write_text("".join(json.dumps({"id": n, "published": "2017-04-02", "text": text}) + "\n" for n, text in [
        ("h1", "IS dead in fighting near Qaryatayn"),
        ("h2", "Martyrs and wounded in rocket fire on Nawa"),
        ("h3", "Rocket fire on Nawa kills 4 civilians"),
    ]))
    outcome = CliRunner().invoke(app, ["run", str(reports), "--db", str(tmp_path / "o.db")])
    assert outcome.exit_code == 0, outcome.output
    assert "4 killed (low 4, high 4)" in outcome.output
