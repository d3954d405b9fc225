"""A count of days read from a day the report states, not from the day it appears: a run
or duration whose sentence names the day it ended or began on ("lasted five days and ended
on Saturday", "erupted on 9 October and raged for three days"), and days counted on from a
day the story told ("… on 3 October. Two days later …", "Two days after the strike on
Sunday, …"); days after a bare "in" when a verb of fighting tells them ("kills 38 in 3
days").  Invented reports."""

from __future__ import annotations

from datetime import date

import pytest

from observatory.eval.scoring import event_days
from observatory.extract import context
from observatory.extract.dates import find_dates
from observatory.extract.pipeline import Extractor
from observatory.extract.places import PlaceFinder
from observatory.kb.actors import default_kb
from observatory.kb.gazetteer import load_gazetteer
from observatory.models import Document

TUESDAY = date(2022, 10, 18)


def _days(extractor: Extractor, text: str, sub_type: str | None = None) -> set[str]:
    result = extractor.extract(text, Document(id="c", published=TUESDAY.isoformat()))
    return set().union(*(event_days(e.date.model_dump()) for e in result.events
                         if e.date and (sub_type is None or e.sub_event_type == sub_type)))


def _run(first: int, last: int) -> set[str]:
    return {date(2022, 10, day).isoformat() for day in range(first, last + 1)}


@pytest.mark.parametrize(("text", "first", "last"), [
    # a duration and the day it ended on
    ("The battle for the Jabal Zawiya ridge lasted five days and ended on Saturday, leaving 23 fighters dead.", 11, 15),
    # a run and a day the sentence states farther on
    ("Shelling went on for 4 days in a row across the plain north of Suran until troops entered the town on Friday.",
     11, 14),
    # the day it began on starts it
    ("Fighting erupted on 9 October around Tal Abyad and raged for three days, leaving 12 fighters dead.", 9, 11),
    ("Clashes broke out on Wednesday between rival factions in Jarablus and continued for two days.", 12, 13),
    # "before" a later day ends the run on it
    ("Shelling went on for three days in a row around Tell Rifaat before the hill fell to the army on Thursday.",
     11, 13),
    # a day after "after" is where the run started from
    ("Clashes around Kafr Nabudah lasted three days after militants stormed checkpoints on 7 October, "
     "leaving 16 fighters dead.", 7, 9),
])
def test_a_counted_run_takes_the_day_its_sentence_states(extractor: Extractor, text: str, first: int,
                                                         last: int) -> None:
    assert _days(extractor, text) == _run(first, last)


@pytest.mark.parametrize(("later", "day"), [
    ("Two days later", "2022-10-05"),
    ("A week afterwards", "2022-10-10"),
    ("Three days after that", "2022-10-06"),
])
def test_days_counted_on_from_a_told_day(extractor: Extractor, later: str, day: str) -> None:
    text = (f"Drones struck a fuel depot in Sarmin on 3 October, killing two guards. "
            f"{later} a second drone strike hit a bakery in the town, killing four people.")
    assert _days(extractor, text, "Air/drone strike") == {"2022-10-03", day}


@pytest.mark.parametrize(("earlier", "day"), [
    ("A day earlier", "2022-10-12"),
    ("Two days earlier", "2022-10-11"),
    ("One week earlier,", "2022-10-06"),
    ("Three days earlier,", "2022-10-10"),
])
def test_days_counted_back_from_a_told_day(extractor: Extractor, earlier: str, day: str) -> None:
    """"… on Thursday. Two days earlier …" counts back from Thursday, not from the day the
    report appears."""
    text = (f"Gunmen stormed an army post outside Inkhil on Thursday, killing three soldiers. "
            f"{earlier} a roadside bomb killed a captain on the road to the town.")
    assert _days(extractor, text) == {"2022-10-13", day}


def test_days_earlier_than_planned_count_nothing_back(extractor: Extractor) -> None:
    """"Three days earlier than planned" compares with a plan: the day told before holds."""
    text = ("Gunmen stormed an army post outside Inkhil on Thursday. Three days earlier than planned, "
            "the army had shelled Jasim, killing a farmer.")
    assert _days(extractor, text) == {"2022-10-13"}


def test_days_earlier_with_no_told_day_count_back_from_publication(extractor: Extractor) -> None:
    text = "Two days earlier, a roadside bomb had torn through a patrol near Inkhil, killing a captain."
    assert _days(extractor, text) == {"2022-10-16"}


@pytest.mark.parametrize(("text", "first"), [
    ("Rival factions kill 38 fighters in 3 days around Azaz", 16),
    ("At least 52 soldiers were killed in two days in an offensive on the Hama plain, a monitor said.", 17),
    ("Kurdish units seized eleven villages in four days south of Manbij.", 15),
    ("Some 40 were killed in 5 days of military operations in the truce areas.", 14),
])
def test_days_a_fight_was_done_in_run_to_the_report(text: str, first: int) -> None:
    [mention] = find_dates(text, TUESDAY)
    assert (mention.first_day, mention.last_day, mention.period) == (date(2022, 10, first), TUESDAY, True)


@pytest.mark.parametrize(("done", "plan"), [
    ("The convoy was shelled twice in 3 days.", "Aid trucks will reach the camp in 3 days."),
    ("Rebels retook the district in five days.", "The governor vowed to retake the district in five days."),
])
def test_days_of_a_plan_date_nothing_unlike_days_a_fight_was_done_in(done: str, plan: str) -> None:
    assert find_dates(done, TUESDAY) and find_dates(plan, TUESDAY) == []


def test_an_event_told_days_after_a_dated_one_is_dated_that_many_days_later() -> None:
    text = ("Two days after the drone strike that killed a commander near Jindires on Sunday, "
            "gunmen ambushed a patrol on the road to Rajo.")
    ctx = context.DocContext.build(text, TUESDAY, default_kb(), PlaceFinder(load_gazetteer()))
    strike, ambush = text.index("drone strike"), text.index("ambushed")
    assert ctx.event_date(ctx.clause_at(strike), strike)[0].start == "2022-10-16"
    assert ctx.event_date(ctx.clause_at(ambush), ambush)[0].start == "2022-10-18"


def test_a_run_in_another_clause_keeps_its_own_days() -> None:
    text = "Jets bombed Ariha on Sunday, while near Tal Abyad the four-day battle for the grain silos went on."
    ctx = context.DocContext.build(text, TUESDAY, default_kb(), PlaceFinder(load_gazetteer()))
    [run] = [m for m in ctx.dates if "four-day" in m.text]
    assert (run.first_day.isoformat(), run.last_day.isoformat()) == ("2022-10-15", "2022-10-18")


def _all_days(extractor: Extractor, text: str, published: date) -> set[str]:
    result = extractor.extract(text, Document(id="d", published=published.isoformat()))
    return set().union(*(event_days(e.date.model_dump()) for e in result.events if e.date))


@pytest.mark.parametrize("text", [
    "Clashes erupted on Saturday between tribal fighters and the army near the town of Busra al-Harir. "
    "The fighting raged on until Monday, when mediators from Daraa secured a truce; 17 fighters were killed.",
    "Tribal fighters attacked army posts near Busra al-Harir on 15 October, killing six soldiers. "
    "The clashes continued until 17 October, a local council said.",
])
def test_a_run_that_went_on_until_a_day_begins_on_the_day_told_before(extractor: Extractor, text: str) -> None:
    """Saturday 15 (or 15 October) to Monday 17 October: one run, not one event on each end."""
    assert _all_days(extractor, text, TUESDAY) == {"2022-10-15", "2022-10-16", "2022-10-17"}


@pytest.mark.parametrize("text", [
    # no day told before "until": the day alone
    "Clashes near Busra al-Harir continued until Monday, when mediators secured a truce; 17 fighters were killed.",
    # a day after "until" that no verb of going on leads to ("until Monday" tells a curfew)
    "Gunmen attacked an army post near Busra al-Harir on Saturday, killing four soldiers. "
    "The army imposed a curfew on the town until Monday and shelled its outskirts.",
])
def test_until_without_a_day_told_before_or_a_verb_of_going_on_starts_no_run(extractor: Extractor,
                                                                              text: str) -> None:
    """The precision guard: no run from the day told before to the day after "until"."""
    assert not {"2022-10-15", "2022-10-16", "2022-10-17"} <= _all_days(extractor, text, TUESDAY)


def test_another_story_told_on_the_day_a_run_went_on_until_keeps_that_day_alone(extractor: Extractor) -> None:
    """ "kept up the shelling until Monday, when troops stormed Jasim": the storming is
    Monday's, not the run's from Saturday."""
    text = ("Rebels shelled Nawa on Saturday, killing three civilians. Army units kept up the shelling until "
            "Monday, when troops stormed Jasim, killing 14 rebels.")
    result = extractor.extract(text, Document(id="d", published=TUESDAY.isoformat()))
    [storm] = [e for e in result.events if e.sub_event_type == "Armed clash"]
    assert (storm.date.start, storm.date.end) == ("2022-10-17", "2022-10-17")
