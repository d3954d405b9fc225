"""Toll shapes real outlets use that the grammar missed (issue 9, family 2): "killing all
five", "were confirmed killed", captives who died, a passive predicate a few words after
the group that starts with a status word of its own ("were shot dead").  Reports invented
for these tests."""

from __future__ import annotations

from datetime import date

PUBLISHED = date(2017, 9, 20)


def _claims(claims) -> list[tuple[str, int | None]]:
    return [(c.status, c.count.value) for c in claims]


def test_killing_all_of_a_counted_group(read_tolls) -> None:
    claims = read_tolls("A transport plane came down near Hmeimim, killing all 32 passengers on board.")
    assert _claims(claims) == [("killed", 32)]


def test_were_confirmed_killed(read_tolls) -> None:
    claims = read_tolls("Seven militiamen were confirmed killed after the raid on Tell Rifaat, the group said.")
    assert _claims(claims) == [("killed", 7)]


def test_detainees_who_died_are_killed(read_tolls) -> None:
    claims = read_tolls("Five detainees died under torture in the military police branch in Homs last month.")
    assert _claims(claims) == [("killed", 5)]


def test_freed_detainees_stay_captured(read_tolls) -> None:
    claims = read_tolls("The rebels handed over 19 detainees at the crossing near Abu al-Zuhur.")
    assert _claims(claims) == [("captured", 19)]


def test_shot_dead_a_few_words_after_the_group(read_tolls) -> None:
    claims = read_tolls("Six farmers in the fields east of Kishkiyah were shot dead by snipers on Monday.")
    assert _claims(claims) == [("killed", 6)]


def test_a_vague_share_of_counted_captives_adds_no_claim(read_tolls) -> None:
    claims = read_tolls("Gunmen seized 26 travellers near Jirud. Some of the abductees were later moved to a "
                        "farm outside Ruhaybah.")
    assert _claims(claims) == [("captured", 26)]


def test_stoning_and_slaughter_are_killings(read_tolls) -> None:
    assert _claims(read_tolls("Militants stone a woman to death in a square in Tabqa.")) == [("killed", 1)]
    assert _claims(read_tolls("The group is slaughtering 4 shepherds in the desert near Arak.")) == [("killed", 4)]


def test_beaten_to_death_is_killed(read_tolls) -> None:
    claims = read_tolls("Three traders were beaten to death at a checkpoint outside Jableh.")
    assert _claims(claims) == [("killed", 3)]


def test_a_death_sentence_kills_no_one(read_tolls) -> None:
    assert read_tolls("A field court sentenced 6 men to death in Raqqa on Thursday.") == []


def test_an_emir_is_a_counted_person(read_tolls) -> None:
    assert _claims(read_tolls("Rebels behead an emir of the group near Mare'.")) == [("killed", 1)]


def test_a_count_frame_with_those_after_the_figure(read_tolls) -> None:
    claims = read_tolls("Renewed shelling raises to 58 the number of those who have been killed in Jisreen.")
    assert _claims(claims) == [("killed", 58)]
    claims = read_tolls("Snipers kill a teacher, raising to 23, the number of those who were killed in the camp.")
    assert ("killed", 23) in _claims(claims)


def test_a_toll_over_a_stated_range_of_weeks_is_a_tally(read_tolls) -> None:
    claims = read_tolls("Two boys were killed by a mine in Tafas on Tuesday. A monitoring group said the number of "
                        "victims from Saturday August 6 2016 to Sunday August 28 2016 has reached 311 individuals.",
                        published=date(2016, 8, 31))
    tally = next(c for c in claims if c.count.value == 311)
    assert tally.scope == "cumulative"
    assert (tally.period.start, tally.period.end) == ("2016-08-06", "2016-08-28")


def test_a_range_the_date_grammar_reads_whole_is_the_tally_period(read_tolls) -> None:
    claims = read_tolls("Medics said the number of people killed by barrel bombs in Kafr Laha from May 20 to "
                        "June 9 has reached 187.", published=date(2019, 6, 12))
    tally = next(c for c in claims if c.count.value == 187)
    assert tally.scope == "cumulative"
    assert (tally.period.start, tally.period.end) == ("2019-05-20", "2019-06-09")

