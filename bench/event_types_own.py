"""Sub-event types on 129 short texts written for brief types9b (bench/data/event_types_own.jsonl).

Each text is invented in the shape of an outlet (SOHR, wires, Al Jazeera, Anadolu, SANA, Kurdish
outlets, Enab Baladi, North Press, OCHA, ACLED's notes), labelled with the types an ACLED coder would
give it (none for metaphors, plans, background and deaths from old wounds).  Every third text is the
"blind" part: its figures are read overall only; the tuning part may be listed text by text.

    PYTHONPATH=src python bench/event_types_own.py [--misses]
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

from observatory.api import extract

DATA = Path(__file__).parent / "data" / "event_types_own.jsonl"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--misses", action="store_true", help="list the tuning part's texts typed wrong")
    parser.add_argument("--data", type=Path, default=DATA, help="another set of the same shape: "
                        "data/event_types_9d.jsonl holds 66 texts of acts not told as news (brief types9d)")
    args = parser.parse_args()
    totals: dict[str, list[int]] = {}
    for line in args.data.read_text(encoding="utf-8").splitlines():
        row = json.loads(line)
        gold = set(row["sub_event_types"])
        got = {e.sub_event_type for e in extract(row["text"], published="2018-06-20").events}
        tp, system, expected = totals.setdefault(row["part"], [0, 0, 0])
        totals[row["part"]] = [tp + len(got & gold), system + len(got), expected + len(gold)]
        if args.misses and row["part"] == "tuning" and got != gold:
            print(f"{row['id']} gold={sorted(gold)} got={sorted(got)}\n    {row['text'][:160]}")
    for part, (tp, system, expected) in sorted(totals.items()):
        precision = tp / system if system else 1.0
        recall = tp / expected if expected else 1.0
        f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
        print(f"{part:7s} P {precision:.3f}  R {recall:.3f}  F1 {f1:.3f}  (right {tp}, system {system}, gold {expected})")


if __name__ == "__main__":
    main()
