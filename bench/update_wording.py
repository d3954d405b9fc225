"""Tolls told as an update of an earlier one (``CasualtyClaim.update``) on invented reports
(bench/data/casualties_told_as_update_probe.jsonl): each line lists the figures a reader would
take as updates ("the toll rose to 38") and those that are not ("rose from the rubble", "so far").

    PYTHONPATH=src python bench/update_wording.py [--data FILE] [--misses]
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

from observatory.api import extract

DATA = Path(__file__).parent / "data" / "casualties_told_as_update_probe.jsonl"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=DATA, help="another set of the same shape")
    parser.add_argument("--misses", action="store_true", help="list the reports read wrong")
    args = parser.parse_args()
    found = missed = false = 0
    for line in args.data.read_text(encoding="utf-8").splitlines():
        row = json.loads(line)
        result = extract(row["text"], published=row.get("published"))
        flagged = {c.count.value for c in result.casualties if c.update}
        wrong = [v for v in row["updates"] if v not in flagged] + [v for v in row["not_updates"] if v in flagged]
        found += sum(v in flagged for v in row["updates"])
        missed += sum(v not in flagged for v in row["updates"])
        false += sum(v in flagged for v in row["not_updates"])
        if args.misses and wrong:
            print(f"{row['id']}: {wrong} | {row['text']}")
    print(f"updates found {found}, missed {missed}; figures wrongly flagged {false}")


if __name__ == "__main__":
    main()
