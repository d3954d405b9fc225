"""Figures that would add the same dead twice or add dead of another week (issue 9,
FA-KES overcounts): a second outlet's figure brought in by "also reported by", a person
"among Tuesday's dead" of a toll already told, a toll dated only "last week" beside the
report's own news.  Reports invented for these tests."""

from __future__ import annotations

from datetime import date

PUBLISHED = date(2018, 3, 15)  # a Thursday


def _top_killed(claims) -> list[int | None]:
    return [c.count.value for c in claims if c.status == "killed" and c.parent is None]


def test_a_figure_also_reported_by_another_outlet_is_no_more_dead(read_tolls) -> None:
    claims = read_tolls("A truck bomb killed 13 people at a crossing near Tal Abyad on Tuesday, the monitor "
                        "said. The explosion was also reported by a Kurdish news agency, which said at least "
                        "nine people had died and 40 were hurt.")
    assert _top_killed(claims) == [13]
    nine = next(c for c in claims if c.count.value == 9)
    assert nine.parent is not None


def test_another_blast_reported_by_an_outlet_still_adds(read_tolls) -> None:
    claims = read_tolls("A truck bomb killed 13 people near Tal Abyad on Tuesday. A Kurdish news agency "
                        "reported that a second blast killed five fighters in Ain Issa.")
    assert _top_killed(claims) == [13, 5]


def test_one_among_a_weekday_s_dead_is_a_part(read_tolls) -> None:
    for day in ("Monday's", "Mondays"):  # outlets that drop apostrophes write "Mondays dead"
        claims = read_tolls(f"Rocket fire killed 22 civilians in Jaramana on Monday, the monitor said, adding "
                            f"that a paramedic was among {day} dead.")
        assert _top_killed(claims) == [22], day


def test_one_among_their_dead_is_a_part(read_tolls) -> None:
    claims = read_tolls("Clashes near Morek killed 17 rebels on Monday. A field commander was among their dead.")
    assert _top_killed(claims) == [17]


def test_last_week_s_toll_beside_today_s_is_background(read_tolls) -> None:
    claims = read_tolls("Barrel bombs killed nine civilians in Kafr Zita on Wednesday. Last week, an air "
                        "strike on a bakery in Latamneh killed 27 people, activists said.")
    assert _top_killed(claims) == [9]


def test_last_week_s_toll_told_alone_is_the_report_s_news(read_tolls) -> None:
    claims = read_tolls("An air strike on a bakery in Latamneh killed 27 people last week, activists said.")
    assert _top_killed(claims) == [27]


def test_a_toll_earlier_this_week_still_adds(read_tolls) -> None:
    claims = read_tolls("Barrel bombs killed nine civilians in Kafr Zita on Wednesday. Earlier this week, an "
                        "air strike on a bakery in Latamneh killed 27 people, activists said.")
    assert _top_killed(claims) == [9, 27]


def test_last_week_s_toll_beside_undated_dead_stays(read_tolls) -> None:
    claims = read_tolls("Medics said 140 people died in the gas attack on Zamalka last week. A fighter said "
                        "his brother and eight other men were killed in a depot nearby.")
    assert _top_killed(claims) == [140, 8]


def test_a_toll_another_source_puts_at_a_figure_is_no_more_dead(read_tolls) -> None:
    claims = read_tolls("Jets struck two markets in Kafr Takharim on Tuesday. At least 16 people died, including "
                        "four women. A local doctor placed the death toll from both strikes at 29.")
    assert _top_killed(claims) == [16]
    assert next(c for c in claims if c.count.value == 29).parent is not None
