"""The data files the date grammar and the clause filters are built from: a bad entry
stops loading with the file and the entry named; the possessive words of
data/dates/possessive.yaml date the noun after a day."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from observatory.extract import context, dates
from observatory.extract.dates import DateDataError, find_dates, is_reporting_date

_PERIODS = """duration_verbs: [simmered, kept up]
fight_nouns: [skirmish, push]
week_of_month: {{first: 1, closing: {closing}}}
done_in_verbs: [overran, razed]
plan_words: [will]
side_clause_cues: [ahead of]
witness_pronouns: [who]
witness_verbs: [said]
month_parts: {{early: [1, 10]}}
since_began_verbs: [reopened]
since_ended_verbs: [lapsed]
single_blow_nouns: [push]
since_reference_words: [gravest]
longest_event_days: 5
shortest_tally_days: 2
lapse_units: {{fortnight: {fortnight}}}
lapse_qualifiers: [barely]
lapse_counts: [a few]
unit_nouns: [squadron]
habitual_words: [every]
"""


@pytest.mark.parametrize("closing, complaint", [
    ("5", "week_of_month: 'closing': 5 must be 1, 2, 3, 4 or -1"),
    ("last", "week_of_month: 'closing': 'last' must be 1, 2, 3, 4 or -1"),
    ("true", "week_of_month: 'closing': True must be"),
])
def test_a_bad_week_of_a_month_is_named(tmp_path: Path, closing: str, complaint: str) -> None:
    bad = tmp_path / "periods.yaml"
    bad.write_text(_PERIODS.format(closing=closing, fortnight=14), encoding="utf-8")
    with pytest.raises(DateDataError, match=complaint) as raised:
        dates.load_periods(bad)
    assert str(bad) in str(raised.value)


def test_a_string_where_the_duration_verbs_belong_is_named(tmp_path: Path) -> None:
    bad = tmp_path / "periods.yaml"
    bad.write_text("duration_verbs: simmered\nfight_nouns: [push]\nweek_of_month: {first: 1}\n"
                   "done_in_verbs: [razed]\nplan_words: [will]\nmonth_parts: {early: [1, 10]}\n", encoding="utf-8")
    with pytest.raises(DateDataError, match="'duration_verbs' must be a non-empty list of strings"):
        dates.load_periods(bad)


def test_an_empty_fight_noun_is_named(tmp_path: Path) -> None:
    bad = tmp_path / "periods.yaml"
    bad.write_text("duration_verbs: [simmered]\nfight_nouns: [push, '']\nweek_of_month: {first: 1}\n", encoding="utf-8")
    with pytest.raises(DateDataError, match="'fight_nouns' must be a non-empty list"):
        dates.load_periods(bad)


def test_a_well_formed_period_file_loads(tmp_path: Path) -> None:
    good = tmp_path / "periods.yaml"
    good.write_text(_PERIODS.format(closing="-1", fortnight=14), encoding="utf-8")
    periods = dates.load_periods(good)
    assert periods.week_of_month == {"first": 1, "closing": -1}
    assert periods.lapse_units == {"fortnight": 14.0}


@pytest.mark.parametrize("fortnight", ["0", "two", "true", "-3"])
def test_a_lapse_unit_without_a_positive_length_is_named(tmp_path: Path, fortnight: str) -> None:
    bad = tmp_path / "periods.yaml"
    bad.write_text(_PERIODS.format(closing="-1", fortnight=fortnight), encoding="utf-8")
    with pytest.raises(DateDataError, match="lapse_units: 'fortnight': .* must be a positive number of days"):
        dates.load_periods(bad)


@pytest.mark.parametrize(("text", "days"), [
    ("they were found on Monday three days after gunmen seized them", [3]),
    ("the body was found only a day after the raid", [1]),
    ("the town fell a few days after the siege began", []),  # a vague count dates nothing
    ("the town fell 20 days after the siege began", []),  # too long to count back from a stated day
    ("weeks after the raid", []),
])
def test_a_counted_lapse_of_days_dates_back_from_a_stated_day(text: str, days: list[int]) -> None:
    assert [n for _, _, n in dates.days_after_cues(text, 0, len(text))] == days


_FILTERS = """window: {window}
stale_days: 9
irrealis: ['\\bvowed to\\s+$']
background: [{background}]
"""


@pytest.mark.parametrize("window, background, complaint", [
    ("60", "'\\bsince the (?:war'", "background: bad pattern"),
    ("sixty", "'\\bdecade ago\\b'", "'window' must be a positive whole number, not 'sixty'"),
    ("0", "'\\bdecade ago\\b'", "'window' must be a positive whole number, not 0"),
    ("60", "", "'background' must be a non-empty list of strings"),
])
def test_a_bad_filters_entry_is_named(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, window: str,
                                      background: str, complaint: str) -> None:
    bad = tmp_path / "filters.yaml"
    bad.write_text(_FILTERS.format(window=window, background=background), encoding="utf-8")
    monkeypatch.setattr(context, "FILTERS_PATH", bad)
    context.load_filters.cache_clear()
    try:
        with pytest.raises(context.FilterDataError, match=complaint) as raised:
            context.load_filters()
        assert str(bad) in str(raised.value)
        assert not isinstance(raised.value, DateDataError)  # the clause filters' file, not a date file
    finally:
        context.load_filters.cache_clear()


def test_a_bad_optional_cue_list_is_named(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    bad = tmp_path / "filters.yaml"
    bad.write_text(_FILTERS.format(window=60, background="'\\bdecade ago\\b'") + "today: still raging\n",
                   encoding="utf-8")
    monkeypatch.setattr(context, "FILTERS_PATH", bad)
    context.load_filters.cache_clear()
    try:
        with pytest.raises(context.FilterDataError, match="'today' must be a non-empty list of strings"):
            context.load_filters()
    finally:
        context.load_filters.cache_clear()


def test_a_bad_possessive_fragment_is_named(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    bad = tmp_path / "possessive.yaml"
    bad.write_text("day: 'day$'\nlost_apostrophe: 'days$'\napostrophe_s: \"['s\"\nbetween: ''\n", encoding="utf-8")
    monkeypatch.setattr(dates, "POSSESSIVE_PATH", bad)
    dates._possessive.cache_clear()
    try:
        with pytest.raises(DateDataError, match="apostrophe_s: bad pattern") as raised:
            dates._possessive()
        assert str(bad) in str(raised.value)
    finally:
        dates._possessive.cache_clear()


def _day(text: str, published: date, words: str) -> dates.DateMention:
    return next(m for m in find_dates(text, published) if m.text == words)


def test_a_day_before_a_briefing_is_a_day_something_was_said() -> None:
    """Apostrophe or not, "Thursday" before a statement noun is when it was said."""
    text = "At a Thursday press briefing, the governor gave a toll of nine dead in Talbiseh."
    assert is_reporting_date(text, _day(text, date(2019, 11, 2), "Thursday"))
    text = "Officials in Talbiseh released Thursday's casualty report."
    assert is_reporting_date(text, _day(text, date(2019, 11, 2), "Thursday"))


def test_only_a_possessive_names_the_event_of_a_day() -> None:
    """ "Wednesday's shelling" and, with the apostrophe lost, "Wednesdays shelling" name an
    event of that day; "on Wednesday shelling resumed" names none."""
    for text, words, named in [
        ("Medics in Kafr Zita counted the victims of Wednesday's shelling.", "Wednesday", True),
        ("Medics in Kafr Zita counted the victims of Wednesdays shelling.", "Wednesdays", True),
        ("Medics in Kafr Zita said that on Wednesday shelling resumed.", "on Wednesday", False),
    ]:
        assert context._names_event(text, _day(text, date(2019, 11, 2), words)) is named, text


def test_a_numbered_day_is_found_wherever_it_stands_in_a_long_report() -> None:
    """The numbered days are looked for only before each "day of": one deep in a long
    report, one right after a comma and one after a run of spaces are found as a scan of
    the whole text finds them, and a "day of" with no number before it is none."""
    filler = "Residents queued for bread in Salqin as aid lorries waited at the crossing. " * 400
    text = (filler + "Drones struck Atarib on Friday, the ninth day of the offensive."
            + " On the day of the raid, shops shut. They advanced on  their   12th day of  the assault.")
    found = dates.nth_days_of_fighting(text)
    assert [number for _, _, number in found] == [9, 12]
    assert text[found[0][0]:found[0][1]] == ", the ninth day of the offensive"
    assert text[found[1][0]:found[1][1]].startswith("on  their   12th")


def test_a_third_of_a_month_without_two_days_is_named(tmp_path: Path) -> None:
    bad = tmp_path / "periods.yaml"
    bad.write_text(_PERIODS.format(closing="-1", fortnight=14).replace("early: [1, 10]", "early: [10]"), encoding="utf-8")
    with pytest.raises(DateDataError, match=r"month_parts: 'early': \[10\] must be \[first day, last day\]"):
        dates.load_periods(bad)
