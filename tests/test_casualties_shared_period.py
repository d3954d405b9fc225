"""A day or period told after coordinated tolls ("N killed and M wounded in August") dates them all; a running
total's scope holds for the figures told with it in one breath."""

from __future__ import annotations

from datetime import date

from observatory.extract.casualties import read_report
from observatory.nlp.sentences import split_sentences


def periods(actor_kb, text: str, published: date) -> dict[int | None, tuple[str | None, str | None] | None]:
    claims = read_report(text, split_sentences(text), published, actor_kb).claims
    return {c.value: (c.period.start, c.period.end) if c.period else None for c in claims}


def test_a_month_told_after_the_wounded_dates_the_dead_too(actor_kb):
    text = ("Council counts shelling victims\n\nMore than 70 civilians have been killed and 310 hurt in "
            "October shelling of Inkhil, the town council said on Saturday.")
    found = periods(actor_kb, text, date(2015, 11, 7))
    assert found[70] == found[310] == ("2015-10-01", "2015-10-31")


def test_a_day_after_the_second_figure_dates_the_first(actor_kb):
    text = "Rocket fire killed 6 people and wounded 19 in Jableh on Thursday, state media said."
    found = periods(actor_kb, text, date(2019, 5, 4))
    assert found[6] == found[19] == ("2019-05-02", "2019-05-02")


def test_a_span_after_three_figures_dates_each(actor_kb):
    text = ("Medics in Talbiseh said 14 fighters died, 35 were wounded and 8 went missing over the "
            "past three days of fighting.")
    found = periods(actor_kb, text, date(2018, 4, 20))
    assert found[14] == found[35] == found[8] == ("2018-04-18", "2018-04-20")


def test_a_two_figure_list_with_a_comma_shares_the_day(actor_kb):
    text = "A car bomb killed 11 people, wounded 40 in Tal Abyad on Wednesday."
    found = periods(actor_kb, text, date(2019, 10, 12))
    assert found[11] == found[40] == ("2019-10-09", "2019-10-09")


def test_a_day_of_another_clause_dates_no_toll_before_it(actor_kb):
    # a relative clause, a clause of its own after ", and", and more dead told apart
    for text, published in (
        ("Rockets killed 4 people and wounded 13 at a bakery in Kafr Nbouda, which reopened in March.",
         date(2016, 3, 29)),
        ("Rockets killed 4 people and wounded 13 in Kafr Nbouda, and the truce there collapsed on Sunday.",
         date(2016, 3, 29)),
        ("Rockets killed 4 people and wounded 13 in Kafr Nbouda and a further 2 died in hospital on Sunday.",
         date(2016, 3, 29)),
    ):
        assert periods(actor_kb, text, published)[4] is None, text


def test_a_list_with_its_own_days_keeps_them(actor_kb):
    text = "Shelling killed 5 on Friday, 7 were wounded and 2 went missing on Saturday in Hraytan."
    found = periods(actor_kb, text, date(2016, 1, 25))
    assert found[5] == ("2016-01-22", "2016-01-22")
    assert found[2] == ("2016-01-23", "2016-01-23")


def test_a_day_past_a_full_stop_dates_nothing_before_it(actor_kb):
    # a caption glued to the next paragraph: the tally's days are not the strike's
    text = ("Strike on bakery\n\nTwo workers killed and nine injured in the strike on the bakery. - Idlib Press "
            "Between 4 and 10 June the city's hospitals received 160 wounded.")
    found = periods(actor_kb, text, date(2017, 6, 12))
    assert found[2] is None


def test_the_pages_dateline_opening_the_body_dates_no_toll(actor_kb):
    # the day the page was filed, under its headline: the toll's own words date it
    text = ("Jets strike Maarat Misrin\n\n14 March 2018 Russian jets killed 7 people and wounded 22 in Maarat Misrin "
            "on Monday, rescuers said.")
    assert periods(actor_kb, text, date(2018, 3, 14))[7] == ("2018-03-12", "2018-03-12")
    text = ("Council counts shelling victims\n\nNovember 4 2015 More than 70 civilians have been killed and 310 hurt "
            "in October shelling of Inkhil, the town council said.")
    assert periods(actor_kb, text, date(2015, 11, 4))[70] == ("2015-10-01", "2015-10-31")


def scopes(actor_kb, text: str, published: date) -> dict[int | None, str]:
    return {c.value: c.scope for c in read_report(text, split_sentences(text), published, actor_kb).claims}


def test_the_wounded_told_with_an_outsized_running_total_are_the_same_tallys(actor_kb):
    text = ("Jets pound Douma\n\nWarplanes struck a market in Douma on Tuesday, killing 14 people, rescuers "
            "said. The bombing of the enclave went on for the thirtieth day. At least 380 civilians have been "
            "killed and 1,900 civilians injured in government and Russian strikes, the monitor said.")
    assert scopes(actor_kb, text, date(2018, 3, 20)) == {14: "incident", 380: "cumulative", 1900: "cumulative"}


def test_the_wounded_told_first_share_the_running_total_too(actor_kb):
    text = ("Jets pound Douma\n\nWarplanes struck a market in Douma on Tuesday, killing 14 people, rescuers "
            "said. Some 1,900 civilians have been wounded and 380 killed in government and Russian strikes on "
            "the enclave, the monitor said.")
    assert scopes(actor_kb, text, date(2018, 3, 20)) == {14: "incident", 1900: "cumulative", 380: "cumulative"}


def test_the_wounded_of_another_sentence_stay_the_incidents(actor_kb):
    text = ("Jets pound Douma\n\nWarplanes struck a market in Douma on Tuesday, killing 14 people, rescuers "
            "said. Government and Russian strikes on the enclave have killed at least 380 civilians, the "
            "monitor said. Rescuers pulled 25 wounded from the rubble of the market.")
    assert scopes(actor_kb, text, date(2018, 3, 20)) == {14: "incident", 380: "cumulative", 25: "incident"}
