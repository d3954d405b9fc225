"""The day something was said is its events' day only when the sentence tells them as that
day's news: in the present perfect, as a run that began, or from a teller on the ground.  A
past-tense round-up "…, the monitor said on Tuesday" states no day of its own and stays
undated (spec: a past-tense story that never states the day gives no date).  Invented reports
(bench/data/dates_statement_day_probe.jsonl holds more)."""

from __future__ import annotations

from datetime import date

import pytest

from observatory.eval.scoring import event_days
from observatory.extract.dates import find_dates, is_reporting_date, tells_news_of_day_said
from observatory.extract.pipeline import Extractor
from observatory.models import Document

WEDNESDAY = date(2022, 3, 9)


def _days(extractor: Extractor, text: str, published: date = WEDNESDAY) -> set[str]:
    result = extractor.extract(text, Document(id="d", published=published.isoformat()))
    assert result.events, text
    return set().union(*(event_days(e.date.model_dump()) for e in result.events if e.date))


@pytest.mark.parametrize("text", [
    "Airstrikes killed seven civilians in the town of Kansafra, the Syrian Observatory for Human Rights said on Wednesday.",
    "A car bomb exploded outside a bakery in Al-Rai, killing five people, Anadolu Agency reported on Wednesday.",
    "Regime helicopters dropped barrel bombs on Tell Hamka, killing a farmer, local activists said Wednesday.",
    "Gunmen shot dead a former rebel commander in the town of Nawa, the monitor told AFP on Tuesday.",
    "Clashes between Turkish-backed factions in Bzaa left four fighters dead, ANHA said in a statement on Tuesday.",
])
def test_a_past_tense_round_up_said_on_a_day_stays_undated(extractor: Extractor, text: str) -> None:
    assert _days(extractor, text) == set()


@pytest.mark.parametrize(("text", "day"), [
    ("The death toll from the air raids on Kafranbel has risen to 19, the Observatory said on Wednesday.", "2022-03-09"),
    ("At least 11 people have been killed in shelling on Ariha, the White Helmets said on Tuesday.", "2022-03-08"),
    ("Rebel factions launched an offensive on army posts west of Hama, a commander told Orient News on Wednesday.",
     "2022-03-09"),
    ("Army units clashed with terrorists near the village of Kernaz, a military source told SANA on Wednesday.",
     "2022-03-09"),
    ("Rocket shells fired by terrorists injured four civilians in al-Midan neighborhood, SANA reporter said on Tuesday.",
     "2022-03-08"),
])
def test_news_of_the_day_said_is_dated_that_day(extractor: Extractor, text: str, day: str) -> None:
    assert _days(extractor, text) == {day}


def test_the_day_an_event_is_stated_on_wins_over_the_day_it_was_said(extractor: Extractor) -> None:
    text = "Warplanes bombed the market in Saraqib on Monday, killing nine, activists said on Wednesday."
    assert _days(extractor, text) == {"2022-03-07"}


def test_a_day_after_what_was_said_is_the_story_s_day(extractor: Extractor) -> None:
    # "said shelling on Monday hit …": the day opens what was said, it is not the day of saying
    text = "The Observatory said shelling on Monday hit the Jobar district of Damascus, killing two civilians."
    assert _days(extractor, text) == {"2022-03-07"}


@pytest.mark.parametrize(("before", "told"), [
    ("the monitor said on ", True),
    ("the governor told reporters on ", True),
    ("the agency said late on ", True),
    ("a spokesman said in a statement on ", True),
    ("the Observatory said shelling on ", False),
    ("rebels said that on ", False),
])
def test_which_words_make_the_day_a_day_of_saying(before: str, told: bool) -> None:
    text = before + "Monday"
    [mention] = find_dates(text, WEDNESDAY)
    assert is_reporting_date(text, mention) is told


@pytest.mark.parametrize(("sentence", "news"), [
    ("The toll has risen to 40, the monitor said on Monday.", True),
    ("Fighting erupted near Tal Tamr, activists said on Monday.", True),
    ("A military source told SANA on Monday, adding that units destroyed a tunnel.", True),
    ("The governor told reporters on Monday that a bomb killed six.", True),
    ("A drone strike killed two men near Sarmada, the monitor said on Monday.", False),
    ("A bomb killed six in Manbij, the governor told reporters on Monday, adding that more had died.", False),
])
def test_which_sentences_tell_the_news_of_the_day_said(sentence: str, news: bool) -> None:
    said_end = sentence.index("Monday") + len("Monday")
    assert tells_news_of_day_said(sentence, said_end) is news


def test_what_was_said_on_a_day_after_the_day_is_that_day_s(extractor: Extractor) -> None:
    text = "The Kurdish-led council said on Tuesday that Turkish shelling killed three farmers in Ain Issa."
    assert _days(extractor, text) == {"2022-03-08"}
