"""A sentence that opens with an aside of time ("Two weeks after the truce, ...", "Following
clashes last month, ...", "Hours before the talks, ...") tells its news after the comma: the
news is judged by its own words and dates, while an event, a toll or a change of control
inside the aside is recalled, never news.  After an aside of a lapse of weeks or one that names
a beginning ("a year after the siege began"), a toll whose own verb is in the perfect is a
running total; an aside set in an earlier year makes undated news history.  Sentences are
invented for these tests (issue 9, family 8)."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from observatory.extract import asides
from observatory.extract.asides import opening_aside
from observatory.extract.pipeline import Extractor
from observatory.models import Document, ExtractionResult


def run(extractor: Extractor, text: str) -> ExtractionResult:
    return extractor.extract(text, Document(id="t", published="2018-06-12"))


def killed(result: ExtractionResult) -> list[int | None]:
    return [c.count.value for c in result.casualties if c.status == "killed" and c.parent is None]


def tolls(result: ExtractionResult) -> list[tuple[int | None, str, str | None]]:
    """Each killed toll's figure, scope and first day."""
    return [(c.count.value, c.scope, c.period.start if c.period else None)
            for c in result.casualties if c.status == "killed" and c.parent is None]


def places(result: ExtractionResult) -> set[str]:
    return {e.location.mention for e in result.events if e.location is not None}


def changed(result: ExtractionResult) -> set[str]:
    return {c.place.mention for c in result.control_changes}


@pytest.mark.parametrize(("text", "value", "site"), [
    ("Three weeks after the ceasefire, a roadside bomb killed 14 people in Jableh on Thursday.", 14, "Jableh"),
    ("Two years after the siege was lifted, a car bomb killed nine civilians in Azaz.", 9, "Azaz"),
    ("After a government offensive last month, rebels struck back near Morek on Friday, killing 23 soldiers.",
     23, "Morek"),
    ("Following clashes last month, gunmen shot dead five policemen in Tafas on Wednesday.", 5, "Tafas"),
    ("Weeks after rockets hit Masyaf, a car bomb killed 13 people in Tartus.", 13, "Tartus"),
    ("Hours after the deal was announced, rebels shelled Suqaylabiyah, killing four women.", 4, "Suqaylabiyah"),
    ("On the eve of the Geneva talks, a car bomb killed 21 people in Qamishli.", 21, "Qamishli"),
    ("Less than a week after the bombing, an airstrike killed 18 people in Saraqib on Sunday.", 18, "Saraqib"),
])
def test_the_news_after_an_opening_aside_keeps_its_toll(extractor: Extractor, text: str, value: int,
                                                         site: str) -> None:
    result = run(extractor, text)
    assert killed(result) == [value]
    assert site in places(result)


@pytest.mark.parametrize(("text", "site", "recalled"), [
    ("Three weeks after rockets hit Nubl, warplanes bombed Hreitan on Friday, killing eight.", "Hreitan", "Nubl"),
    ("Months after shelling hit Mhardeh, a roadside bomb killed six soldiers in Suran on Monday.", "Suran",
     "Mhardeh"),
])
def test_an_event_inside_an_aside_is_recalled_not_news(extractor: Extractor, text: str, site: str,
                                                       recalled: str) -> None:
    found = places(run(extractor, text))
    assert site in found
    assert recalled not in found


@pytest.mark.parametrize(("text", "recalled"), [
    ("After IS seized Qaryatain in 2015, it blew up the old monastery.", "Qaryatain"),
    ("After the army took Kinsabba in 2014, rebels shelled the area on Sunday, killing three soldiers.", "Kinsabba"),
    ("Following the capture of Jarablus by Turkish forces in August 2016, rebels advanced towards al-Bab.",
     "Jarablus"),
    ("After rebels captured Latamneh in March, the army shelled the town on Monday, killing two civilians.",
     "Latamneh"),
    ("After the fall of Aleppo in December 2016, rebels lost 350 fighters in Idlib.", "Aleppo"),
    # undated news set in the aside's earlier year is history too
    ("In the wake of the Russian airstrikes in October 2015, rebels lost control of Kafr Nabuda.", "Kafr Nabuda"),
])
def test_a_change_of_control_inside_an_aside_is_history(extractor: Extractor, text: str, recalled: str) -> None:
    assert recalled not in changed(run(extractor, text))


def test_a_change_of_control_after_an_aside_is_news(extractor: Extractor) -> None:
    result = run(extractor, "Following clashes last week, regime forces captured the village of Tell Dahab on Sunday.")
    assert changed(result) == {"Tell Dahab"}


@pytest.mark.parametrize(("text", "value"), [
    ("A year after the blockade began, 45 people had died of hunger in Moadamiyeh.", 45),
    ("Two years after the war broke out, 120 people had been killed in Jisr al-Shughur.", 120),
    ("Eight months after the deal, 1300 people have been killed in Daraa province, the monitor said.", 1300),
    ("Four months after the offensive was launched, Kurdish forces have lost 230 fighters.", 230),
])
def test_a_toll_told_in_the_perfect_after_a_long_lapse_or_a_beginning_is_a_running_total(
        extractor: Extractor, text: str, value: int) -> None:
    """As after "Since the siege began, ...": a cumulative claim, not nothing."""
    assert tolls(run(extractor, text)) == [(value, "cumulative", None)]


@pytest.mark.parametrize("text", [
    # undated news the aside sets in an earlier year
    "After the uprising began in 2011, more than 500 people were killed in the town of Talbiseh.",
    "After the fall of Aleppo in December 2016, rebels lost 350 fighters in Idlib.",
    # a toll inside an aside of a lapse of weeks is recalled
    "Weeks after a car bomb killed 37 people in Manbij, rebels shut the road to Jarablus.",
])
def test_news_the_aside_makes_history_stays_background(extractor: Extractor, text: str) -> None:
    assert not [v for v in killed(run(extractor, text)) if v]


@pytest.mark.parametrize(("text", "toll", "site"), [
    # told in the past after a beginning with no day: the day's news, not a running total (review W1)
    ("After the ceasefire came into force, mortars killed four civilians in Jobar.", (4, "incident", None), "Jobar"),
    ("Soon after the battle started, a barrel bomb killed 8 people in Tamanaah.", (8, "incident", None), "Tamanaah"),
    ("After clashes broke out on Sunday, IS militants killed 13 soldiers near Sukhnah.",
     (13, "incident", "2018-06-10"), "Sukhnah"),
    # a perfect that is not the toll's own verb, or after a short lapse (review W2)
    ("Weeks after the truce, a mortar killed six people near a school that had reopened in Douma.",
     (6, "incident", None), "Douma"),
    ("Hours after the deal took effect, jets have bombed Kafr Batna, killing five civilians.",
     (5, "incident", None), "Kafr Batna"),
    ("Two weeks after the truce, a car bomb killed 10 people in Tartus on Thursday, the Observatory has reported.",
     (10, "incident", "2018-06-07"), "Tartus"),
])
def test_news_after_an_aside_stays_news_unless_its_own_verb_counts_up(extractor: Extractor, text: str,
                                                                    toll: tuple[int, str, str | None],
                                                                    site: str) -> None:
    result = run(extractor, text)
    assert tolls(result) == [toll]
    assert site in places(result)


@pytest.mark.parametrize(("text", "taken"), [
    ("After the assault began, rebels recaptured Kafr Zita and Latmin.", {"Kafr Zita", "Latmin"}),
    ("Three days after the offensive began, the army has seized the village of Abu Dali.", {"Abu Dali"}),
])
def test_a_capture_after_an_aside_that_names_a_beginning_is_news(extractor: Extractor, text: str,
                                                                  taken: set[str]) -> None:
    """A running total frames a toll only: it never drops a change of control (review W1, W2)."""
    assert changed(run(extractor, text)) == taken


@pytest.mark.parametrize(("text", "day"), [
    ("Before dawn on Sunday, jets struck Maarat al-Numan, killing seven people.", "2018-06-10"),
    ("Following clashes on Saturday, rebels killed 9 soldiers near Kinsabba.", "2018-06-09"),
    ("After nightfall on Monday, gunmen shot dead three farmers near Masyaf.", "2018-06-11"),
    # a day the aside names with a lapse, or an old day, is its own event's
    ("Two weeks after the raid on Monday, jets bombed Latamneh, killing six people.", None),
    ("After rebels stormed the town on May 20, jets bombed Latamneh, killing six people.", None),
])
def test_the_recent_day_of_an_aside_without_a_lapse_dates_the_toll(extractor: Extractor, text: str,
                                                                   day: str | None) -> None:
    """Review W3: the aside states when the news happened."""
    assert [period for _, _, period in tolls(run(extractor, text))] == [day]


def test_a_short_lapse_after_a_beginning_with_its_own_day_is_news(extractor: Extractor) -> None:
    result = run(extractor, "Three days after the ceasefire collapsed, jets bombed Kafr Nabl on Sunday, killing 11.")
    assert killed(result) == [11]


@pytest.mark.parametrize("text", [
    "The bombing came two weeks after rockets killed 16 people in Nubl.",
    "After the army captured the town last year, thousands of families fled to Afrin.",
    "Since the war began in 2011, more than 400 people have been killed in Saraqib.",
])
def test_an_earlier_event_told_without_an_opening_aside_stays_background(extractor: Extractor, text: str) -> None:
    """Precision guard: with no opening aside closed by a comma the old rules hold."""
    assert not [v for v in killed(run(extractor, text)) if v]


@pytest.mark.parametrize(("sentence", "aside"), [
    ("Two weeks after the truce, a bomb went off.", "Two weeks after the truce, "),
    ("After a raid last month, rebels left.", "After a raid last month, "),
    ("Weeks after the raid, rebels left.", "Weeks after the raid, "),
    ("Days before the vote, a shell fell.", "Days before the vote, "),
    ("In the wake of the strikes, rebels left.", "In the wake of the strikes, "),
    ("After the attack, which killed four, rebels left.", None),
    ("Rebels left after the attack, officials said.", None),
    ("Two weeks later, rebels left.", None),
    # a comma that closes the news itself: an attribution or a clause joined to it
    ("After two days of clashes rebels took Tal Sousin, the Observatory said.", None),
    ("After clashes rebels seized Kafr Hamra, and the army fell back.", None),
])
def test_an_opening_aside_ends_at_its_comma_unless_its_event_goes_on(sentence: str, aside: str | None) -> None:
    found = opening_aside(sentence, 0, len(sentence))
    assert (sentence[:found.end] if found is not None else None) == aside


@pytest.mark.parametrize(("key", "value", "complaint"), [
    ("leads", "after", "'leads' must be a non-empty list of strings"),
    ("attribution_words", "many", "'attribution_words' must be a positive whole number"),
])
def test_a_malformed_asides_file_is_named(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, key: str, value: str,
                                          complaint: str) -> None:
    data = yaml.safe_load(asides.ASIDES_PATH.read_text(encoding="utf-8"))
    data[key] = yaml.safe_load(value)
    bad = tmp_path / "asides.yaml"
    bad.write_text(yaml.safe_dump(data), encoding="utf-8")
    monkeypatch.setattr(asides, "ASIDES_PATH", bad)
    asides._asides.cache_clear()
    try:
        with pytest.raises(asides.AsideDataError, match=complaint) as raised:
            asides.opening_aside("After the raid, rebels left.", 0, 28)
    finally:
        asides._asides.cache_clear()
    assert str(bad) in str(raised.value)
