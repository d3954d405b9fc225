"""A toll told in the perfect "since the offensive began on Sunday", after the report's
own incident, is the running total that holds it, as "since Sunday" is.  Reports
invented for these tests."""

from __future__ import annotations

from datetime import date

from observatory.eval.scoring import killed_total, system_facts

PUBLISHED = date(2016, 8, 5)


def _total(claims) -> int | None:
    return killed_total(system_facts({"casualties": [c.model_dump(mode="json") for c in claims]}).claims)


def test_a_tally_since_an_offensive_began_after_the_day_s_toll(read_tolls) -> None:
    claims = read_tolls("Raids kill 12 in Aleppo\n\nAir raids on the Sukkari district of Aleppo killed at least 12 "
                        "people including five children on Friday, the monitor said. According to the monitor at "
                        "least 97 civilians including 25 children have been killed in Aleppo since the rebel "
                        "offensive began on Sunday.")
    assert [c.scope for c in claims if c.count.value == 97] == ["cumulative"]
    assert _total(claims) == 12
    # Told first, such a toll is the report's own.
    own = read_tolls("Government forces have killed 30 rebels since the offensive on Tadef began on Monday, "
                     "the army said.")
    assert _total(own) == 30


def test_the_headline_s_toll_told_again_since_the_offensive_stays_the_incident(read_tolls) -> None:
    claims = read_tolls("Army kills 150 militants in Hama. The Syrian army has killed over 150 terrorists in "
                        "northern Hama since they ended defense and went on the offensive on Thursday. Also the army "
                        "has repelled 5 waves of attacks in the northern parts of Hama in the last 12 days killing "
                        "over 1800 militants.", published=date(2016, 8, 13))
    assert _total(claims) == 150

