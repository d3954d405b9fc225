#!/usr/bin/env python3
"""Control changes on real text: a broad, high-recall search for control wording in the
FA-KES articles (the blind odd half of fakes100 and the frozen check sets left out) and the UCDP single-source
headlines, and what the extractor makes of each sentence found.

A sentence is a candidate when it holds a verb of taking, losing, entering, withdrawing
or encircling, or a noun such as "control of", "recapture", "fall of" (``BROAD``); most
candidates are no change (sieges, attempts, plans, history, captured people), so the
figures are a reading aid, not a score.  The script prints how many candidates carry a
control claim, the claims by change kind, and a random sample of candidates with and
without a claim to read by hand (``--sample``): misses by shape, and claims made on
sentences that are not changes.  Grammar was studied on UCDP 2016 and 2018.

    python bench/control_real_corpus.py [--corpus fakes|ucdp] [--year 2016] [--sample 40] [--seed 1] [--dump out.jsonl]

``--dump`` writes every candidate with its claims as JSON Lines, to count shapes with grep.
Each candidate is also put in one family, the reason a change it tells would be missed
(printed as a table, and in the dump): ``claim`` (with a gainer), ``claim without gainer``,
``no control verb`` (a shape the verbs do not cover), ``verb, nothing read`` (a control
verb that passed every filter but yielded no place or side: an unresolved name, a region, an
unnamed object) and ``dropped: <filter>`` (every control verb in it was dropped, by the
first filter named; extract/control.py ``dropped_by``).  Reading a sample of each family
says which loses real changes.
"""

from __future__ import annotations

import argparse
import csv
import json
import random
import re
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from extract_speed import read_articles  # noqa: E402  (same folder; one FA-KES reader)

DEFAULT_FAKES = Path("/work/shared/data/fakes/fakes.csv")
DEFAULT_UCDP = Path("/work/shared/data/ucdp/ged_syria_2016_2019.csv")
BLIND_IDS = Path("/work/gold/odd_ids.txt")  # the blind half of fakes100: never read
# Frozen check sets: scored by their totals only, so their articles stay out of the reading sample too.
FROZEN_SETS = (Path("/work/gold/control_check.jsonl"), Path("/work/gold/types_check.jsonl"),
               Path("/work/gold/dates_check.jsonl"))
FROZEN_IDS = Path(__file__).resolve().parent / "data" / "tolls_check_ids.txt"
BROAD = re.compile(
    r"\b(?:captur\w*|seiz\w*|took|taken|tak(?:e|es|ing) (?:over|control)|retak\w*|retook|recaptur\w*|regain\w*|"
    r"control(?:s|led|ling)? (?:of|over|on)|in control|under (?:the |their |its )?(?:full )?control|fall of|fell|"
    r"fallen|los[te]|losing|withdr[ae]w\w*|pull(?:ed|s|ing)? out|retreat\w*|enter(?:ed|s|ing)|storm\w*|overr[au]n|"
    r"encircl\w*|surround\w*|besieg\w*|advance\w*|liberat\w*|expel\w*|drove|driv(?:en|ing)|push(?:ed|es|ing)? "
    r"(?:back|out)|recover\w*|abandon\w*|evacuat\w*|hand(?:ed|s)? over)\b", re.IGNORECASE)


Claim = tuple[str, str | None, str]  # place, gainer, change
Found = tuple[str, list[Claim], str]  # sentence, its claims, its family


def fakes_sentences(extractor, path: Path) -> list[Found]:
    """(sentence, its control claims, its family) for every candidate sentence of the non-blind articles."""
    from observatory.models import Document
    from observatory.nlp.sentences import split_sentences

    blind = unread_ids()
    out, seen = [], set()
    for article in read_articles(path, None):
        if article.id in blind:
            continue
        document = Document(id=article.id, published=article.published)
        result = extractor.extract(article.text, document)
        verdicts = verb_verdicts(extractor, article.text, document)
        for sentence in split_sentences(article.text):
            words = article.text[sentence.start:sentence.end].strip()
            if words in seen or not BROAD.search(words):
                continue
            seen.add(words)
            claims = [(k.place.mention or k.place.name, k.gained_by, k.change) for k in result.control_changes
                      if sentence.start <= k.evidence.start < sentence.end]
            out.append((words, claims, family(claims, [v for pos, v in verdicts if sentence.start <= pos < sentence.end])))
    return out


def verb_verdicts(extractor, text: str, document) -> list[tuple[int, str | None]]:
    """Where each control verb of the text starts, and the filter that drops it (None: kept)."""
    from datetime import date

    from observatory.extract.context import DocContext, report_day
    from observatory.extract.control import dropped_by
    from observatory.extract.control_data import control_data

    published = date.fromisoformat(document.published) if document.published else None
    ctx = DocContext.build(text, report_day(text, published), extractor.actors, extractor.places)
    return [(m.start(), dropped_by(ctx, verb, m)) for verb in control_data().verbs for m in verb.regex.finditer(text)
            if not ctx.in_furniture(m.start())]


def family(claims: list[Claim], verdicts: list[str | None]) -> str:
    """Why a change the sentence tells would be missed, or that it is claimed."""
    if claims:
        return "claim" if any(gainer or change == "contested" for _, gainer, change in claims) else "claim without gainer"
    if not verdicts:
        return "no control verb"
    if None in verdicts:
        return "verb, nothing read"
    return f"dropped: {verdicts[0]}"


def unread_ids() -> set[str]:
    """The blind fakes100 half and the frozen check sets: articles this reading aid never shows."""
    ids = {f"fakes-{i}" for i in BLIND_IDS.read_text().split()} if BLIND_IDS.exists() else set()
    if FROZEN_IDS.exists():
        ids |= {f"fakes-{line.strip()}" for line in FROZEN_IDS.read_text().splitlines()
                if line.strip() and not line.startswith("#")}
    for path in FROZEN_SETS:
        if path.exists():
            ids |= {json.loads(line)["id"] for line in path.read_text(encoding="utf-8").splitlines() if line.strip()}
    return ids


def ucdp_sentences(extractor, path: Path, year: str) -> list[Found]:
    """(headline, its control claims, its family) for the year's distinct single-source candidate headlines."""
    from observatory.models import Document

    out, seen = [], set()
    with open(path, encoding="utf-8", newline="") as handle:
        for row in csv.DictReader(handle):
            headline = row["source_headline"].strip()
            if (row["year"] != year or row["number_of_sources"] != "1" or ";" in headline or headline in seen
                    or not BROAD.search(headline)):
                continue
            seen.add(headline)
            day = row["source_date"] if row["source_date"] >= "2000" else None
            document = Document(id=f"ucdp-{row['id']}", published=day)
            claims = [(k.place.mention or k.place.name, k.gained_by, k.change)
                      for k in extractor.extract(headline, document).control_changes]
            verdicts = [v for _, v in verb_verdicts(extractor, headline, document)]
            out.append((headline, claims, family(claims, verdicts)))
    return out


def report(name: str, found: list[Found], sample: int, seed: int) -> None:
    claimed = [f for f in found if f[1]]
    kinds = Counter(change for _, claims, _ in claimed for _, _, change in claims)
    print(f"{name}: {len(found)} candidate sentences, {len(claimed)} with a control claim "
          f"({len(claimed) / max(len(found), 1):.3f})")
    print("  claims by change: " + ", ".join(f"{k} {n}" for k, n in kinds.most_common()))
    print("  families: " + ", ".join(f"{k} {n}" for k, n in Counter(f for _, _, f in found).most_common()))
    rng = random.Random(seed)
    for label, group in (("with a claim", claimed), ("without a claim", [f for f in found if not f[1]])):
        if sample and group:
            print(f"  sample {label}:")
            for words, claims, kind in rng.sample(group, min(sample, len(group))):
                print(f"    [{kind}] {words[:170]}  {claims if claims else ''}")


def main(argv: list[str] | None = None) -> int:
    from observatory.extract.pipeline import Extractor

    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--corpus", choices=("fakes", "ucdp"), default="ucdp")
    parser.add_argument("--fakes", type=Path, default=DEFAULT_FAKES)
    parser.add_argument("--ucdp", type=Path, default=DEFAULT_UCDP)
    parser.add_argument("--year", default="2016")
    parser.add_argument("--sample", type=int, default=0)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--dump", type=Path, help="write every candidate and its claims here (JSON Lines)")
    args = parser.parse_args(argv)
    extractor = Extractor()
    if args.corpus == "fakes":
        name, found = ("FA-KES (blind fakes100 half and frozen check sets left out)",
                       fakes_sentences(extractor, args.fakes))
    else:
        name, found = f"UCDP {args.year} single-source headlines", ucdp_sentences(extractor, args.ucdp, args.year)
    report(name, found, args.sample, args.seed)
    if args.dump:
        with args.dump.open("w", encoding="utf-8") as out:
            for words, claims, kind in found:
                out.write(json.dumps({"text": words, "claims": claims, "family": kind}, ensure_ascii=False) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
