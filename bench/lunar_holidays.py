#!/usr/bin/env python3
"""The lunar feasts of data/dates/holidays.yaml, generated again from the Umm al-Qura calendar.

The table's ``lunar`` rows are the first day of Ramadan (1 Ramadan), of Eid al-Fitr (1 Shawwal)
and of Eid al-Adha (10 Dhu al-Hijjah) of each Hijri year whose day falls in 2011-2030.  This
prints those rows as ``hijridate`` gives them and each day where the table differs, and exits
1 on any difference: the table is regenerated with it (``--rows``), never edited by hand.

``hijridate`` is no dependency of the project (the table is read offline); install it in a
scratch environment: ``python -m venv /tmp/h && /tmp/h/bin/pip install hijridate pyyaml``,
then ``/tmp/h/bin/python bench/lunar_holidays.py``.
"""

from __future__ import annotations

import argparse
import sys
from datetime import date
from pathlib import Path

import yaml
from hijridate import Hijri

TABLE = Path(__file__).resolve().parent.parent / "src" / "observatory" / "data" / "dates" / "holidays.yaml"
FIRST_YEAR, LAST_YEAR = 2011, 2030
# name in the table -> (Hijri month, day) of its first day
FEASTS = {"eid al-fitr": (10, 1), "eid al-adha": (12, 10), "ramadan": (9, 1)}
# Hijri years whose feasts can fall in FIRST_YEAR..LAST_YEAR (1432 AH began in December 2010)
HIJRI_YEARS = range(1431, 1453)


def generated(month: int, day: int) -> list[date]:
    """The Gregorian days of ``day`` ``month`` of each Hijri year, within the table's years."""
    days = []
    for year in HIJRI_YEARS:
        g = Hijri(year, month, day).to_gregorian()
        if FIRST_YEAR <= g.year <= LAST_YEAR:
            days.append(date(g.year, g.month, g.day))
    return days


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", action="store_true", help="print the generated rows as the table writes them")
    args = parser.parse_args()
    table = yaml.safe_load(TABLE.read_text())["lunar"]
    differences = 0
    for name, (month, day) in FEASTS.items():
        want, have = generated(month, day), list(table[name])
        if args.rows:
            print(f"  {name}: [{', '.join(d.isoformat() for d in want)}]")
        wrong = [(w, h) for w, h in zip(want, have) if w != h]
        if len(want) != len(have):
            wrong.append((len(want), len(have)))
        differences += len(wrong)
        print(f"{name}: {len(have)} days, {'same as Umm al-Qura' if not wrong else f'{len(wrong)} differ'}")
        for w, h in wrong:
            print(f"  generated {w}, table {h}")
    return 1 if differences else 0


if __name__ == "__main__":
    sys.exit(main())
