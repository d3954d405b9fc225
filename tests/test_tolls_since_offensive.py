"""A toll told in the perfect "since the offensive began on Sunday", after the report's
own incident, is the running total that holds it, as "since Sunday" is.  Reports
invented for these tests."""

from __future__ import annotations

from datetime import date

from toll_totals import killed_total_of

PUBLISHED = date(2016, 8, 5)


def test_a_tally_since_an_offensive_began_after_the_day_s_toll(read_tolls) -> None:
    claims = read_tolls("Raids kill 12 in Aleppo\n\nAir raids on the Sukkari district of Aleppo killed at least 12 "
                        "people including five children on Friday, the monitor said. According to the monitor at "
                        "least 97 civilians including 25 children have been killed in Aleppo since the rebel "
                        "offensive began on Sunday.")
    assert [c.scope for c in claims if c.count.value == 97] == ["cumulative"]
    assert killed_total_of(claims) == 12
    # Told first, such a toll is the report's own.
    own = read_tolls("Government forces have killed 30 rebels since the offensive on Tadef began on Monday, "
                     "the army said.")
    assert killed_total_of(own) == 30


def test_the_headline_s_toll_told_again_since_the_offensive_stays_the_incident(read_tolls) -> None:
    claims = read_tolls("Troops kill 85 gunmen near Morek\n\nGovernment troops have killed 85 gunmen around Morek "
                        "since their push on the town started on Tuesday, a military source said. Separately, "
                        "shelling has killed more than 600 fighters in the countryside over the past month.",
                        published=date(2016, 8, 13))
    assert killed_total_of(claims) == 85


def test_an_equal_figure_at_another_place_is_a_tally_of_its_own(read_tolls) -> None:
    claims = read_tolls("Jets killed 14 people in Ariha on Tuesday, a monitor said. Regime raids have killed 14 "
                        "civilians in Jisr al-Shughur since Saturday, the monitor added.")
    assert sorted(c.scope for c in claims if c.status == "killed") == ["cumulative", "incident"]
    assert killed_total_of(claims) == 14
