#!/usr/bin/env python3
"""Descriptor phrases on real text: "X-backed / X-led / X-dominated / pro-X <armed noun>".

Counts such phrases in the FA-KES articles (the blind odd half of fakes100 and the frozen
check sets left out, as ``control_real_corpus`` leaves them) and
the UCDP single-source headlines of the given years, and prints how many have an actor on
their head noun and which actor, most frequent first: the unresolved ones ("-") are the
descriptors data/actors.yaml still lacks, the resolved ones are there to read for sense.

    python bench/actor_descriptors.py [--years 2016 2018] [--top 45] [--actors FILE]

``--actors`` reads another actors file in place of the package one (e.g. an older
version, for a before/after count).
"""

from __future__ import annotations

import argparse
import csv
import re
import sys
from collections import Counter
from collections.abc import Iterator
from pathlib import Path

from control_real_corpus import unread_ids

from observatory.kb.actors import PACKAGE_FILE, ActorKB

DEFAULT_FAKES = Path("/work/shared/data/fakes/fakes.csv")
DEFAULT_UCDP = Path("/work/shared/data/ucdp/ged_syria_2016_2019.csv")
NOUN = r"(?:forces|fighters|troops|militias?|militiamen|gunmen|rebels|alliance|coalition|units|factions|militants|soldiers|groups)"
# Deliberately broader than the data's descriptor list: it is what the list is checked against.
PHRASE = re.compile(r"(?<![\w-])((?:[\w.]+-(?:backed|led|allied|affiliated|supported|sponsored|dominated)|pro-\w+)"
                    r"[\s-]+(?:\w+[\s-]+)?" + NOUN + r")\b", re.IGNORECASE)


def texts(fakes: Path, ucdp: Path, years: set[str]) -> Iterator[str]:
    """FA-KES title + body (blind and frozen articles skipped), then each UCDP headline of ``years``."""
    csv.field_size_limit(sys.maxsize)
    unread = unread_ids()
    with fakes.open(encoding="utf-8", newline="") as f:
        for row in csv.DictReader(f):
            if f"fakes-{row['unit_id']}" not in unread:
                yield row["article_title"] + "\n" + row["article_content"]
    with ucdp.open(encoding="utf-8", newline="") as f:
        for row in csv.DictReader(f):
            if row["date_start"][:4] in years:
                yield from (h.strip() for h in row["source_headline"].split(";"))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--fakes", type=Path, default=DEFAULT_FAKES)
    parser.add_argument("--ucdp", type=Path, default=DEFAULT_UCDP)
    parser.add_argument("--years", nargs="*", default=["2016", "2018"])
    parser.add_argument("--top", type=int, default=45)
    parser.add_argument("--actors", type=Path, default=PACKAGE_FILE)
    args = parser.parse_args(argv)
    kb = ActorKB.from_files([args.actors])
    found: Counter[tuple[str, str]] = Counter()
    for text in texts(args.fakes, args.ucdp, set(args.years)):
        mentions = kb.find(text)
        for m in PHRASE.finditer(text):
            noun_end = m.end(1)
            actor = next((a.name for a in mentions if a.start < noun_end <= a.end), "-")
            found[re.sub(r"\s+", " ", m.group(1).lower()), actor] += 1
    total = sum(found.values())
    resolved = total - sum(n for (_, actor), n in found.items() if actor == "-")
    print(f"descriptor phrases {total}, with an actor on the noun {resolved} ({resolved / max(total, 1):.3f})")
    for (phrase, actor), n in found.most_common(args.top):
        print(f"{n:5d}  {phrase}  ->  {actor}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
