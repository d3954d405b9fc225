"""A figure told as "initial reports" or "an earlier toll" counts no one when the report
gives a later figure, and is the report's toll when it gives none.  Reports invented for
these tests."""

from __future__ import annotations

from datetime import date

from observatory.eval.scoring import killed_total, system_facts

PUBLISHED = date(2017, 11, 14)


def _total(claims) -> int | None:
    return killed_total(system_facts({"casualties": [c.model_dump(mode="json") for c in claims]}).claims)


def test_initial_reports_are_the_toll_when_no_other_is_told(read_tolls) -> None:
    claims = read_tolls("Coalition condemns massacre in Sarmin\n\nThe coalition condemns the crime committed by "
                        "jets in the town of Sarmin on Monday. Initial reports indicated that over 30 civilians were "
                        "killed and hundreds more were injured when jets fired missiles on a market in the town.")
    assert _total(claims) == 30
    # With a later figure told, the earlier one still counts no one.
    revised = read_tolls("Shelling hits Nubl\n\nAn initial toll put the dead at 12. Shelling on Nubl killed at "
                         "least 19 people on Monday, medics said.")
    assert _total(revised) == 19
