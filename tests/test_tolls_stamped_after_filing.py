"""A report whose text is stamped a day or more after its publication date still reads.

Headline feeds carry the outlet's own stamp ("… 11/05/2019") while the feed's publication day can be
earlier (a copy filed the next day, a wrong feed date). A toll over "a week of battles" told that way
used to be stretched "up to the day it was filed", a range ending before it starts, and the whole
report failed with a validation error; it now keeps the days the report states.
"""

from __future__ import annotations

import pytest

from observatory.api import extract


@pytest.mark.parametrize("text, published", [
    ("More than 60 fighters of the factions were killed and wounded during a week of battles in the "
     "countryside of Jisr al-Shughur  11/05/2019", "2019-05-03"),
    ("Over 35 members of the regime forces and their allies were killed and injured during a week of "
     "clashes on the outskirts of Kabani  21/06/2019", "2019-06-20"),
])
def test_a_stamp_after_the_publication_day_gives_an_ordered_period(text: str, published: str) -> None:
    result = extract(text, published=published)
    assert result.casualties, "the toll is still read"
    for claim in result.casualties:
        if claim.period is not None and claim.period.start and claim.period.end:
            assert claim.period.start <= claim.period.end


def test_a_stamp_on_the_publication_day_still_runs_to_it() -> None:
    result = extract("More than 60 fighters of the factions were killed and wounded during a week of battles "
                     "in the countryside of Jisr al-Shughur  03/05/2019", published="2019-05-03")
    assert [c.period.end for c in result.casualties if c.period is not None] == ["2019-05-03"]
