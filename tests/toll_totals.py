"""The killed total the scorer reads from a report's casualty claims, for toll tests.

Toll tests assert what a monitor would publish for a report; that number is the scorer's
killed total over the claims, so the tests ask the scorer's own function rather than each
summing the claims its own way.
"""

from __future__ import annotations

from observatory.eval.scoring import killed_total, system_facts


def killed_total_of(claims) -> int | None:
    """The report's killed total as `observatory eval` reads it from these claims."""
    return killed_total(system_facts({"casualties": [c.model_dump(mode="json") for c in claims]}).claims)
