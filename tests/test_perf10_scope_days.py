"""The days that can date a sentence's tolls, sorted out once per sentence (``_own_days``)."""

from __future__ import annotations

from datetime import date

from observatory.extract.dates import find_dates
from observatory.extract.tolls.scope import _own_days
from observatory.nlp.sentences import Sentence

PUBLISHED = date(2019, 4, 10)


def _own(text: str) -> list[str]:
    return [d.text for d in _own_days(find_dates(text, PUBLISHED), Sentence(0, len(text), text))]


def test_the_day_something_was_said_dates_no_toll() -> None:
    assert _own("Shelling killed six shepherds near Tal Rifaat on Saturday, the monitor said on Tuesday.") \
        == ["on Saturday"]


def test_the_day_a_count_was_raised_dates_no_toll() -> None:
    assert _own("The toll rose on Wednesday to 31 after two more wounded men died in Saraqeb on Monday.") \
        == ["on Monday"]
