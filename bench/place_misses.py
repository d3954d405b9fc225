"""Gold places the extractor misses, by family, and the places it adds that gold lacks.

    python bench/place_misses.py GOLD.jsonl [--family NAME] [--extra]

Extracts every gold report, matches its places to gold as the scorer does
(``shared/tools/score.py``: by name first, then within 15 km), and names why each
unmatched gold place was missed, in the order the pipeline fails:

- not recognised: no toponym of the report has the gold place's name or point;
- recognised, unresolved: found, but the gazetteer placed none of its mentions;
- near / between / bearing: its mention follows "near", "between", "north of", "km from" …
  (a relation the event took the other end of);
- control place: gold has it as a control change's place only;
- list / coordination: its mention follows a comma or "and" (a list the event took
  part of);
- recognised, not attached: placed, yet no event or control change took it.

Study the tuning sets only (dev, fakes_even): the blind half's texts are never read, so
a file holding any of its ids (``/work/gold/odd_ids.txt``) is refused.
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import re
import sys
from collections import Counter
from pathlib import Path
from types import ModuleType
from typing import Any

from observatory.extract.pipeline import Extractor
from observatory.extract.places import PlaceMention
from observatory.models import Document
from observatory.nlp.sentences import split_sentences

SCORER = Path("/work/shared/tools/score.py")
ODD_IDS = Path("/work/gold/odd_ids.txt")
RADIUS_KM = 15.0
FAMILIES = ("not recognised", "recognised, unresolved", "near / between / bearing", "control place",
            "list / coordination", "recognised, not attached")
_RELATION_BEFORE = re.compile(r"\b(?:near|between|outskirts|north|south|east|west|from|km)\b[^.]{0,30}$", re.I)
_LIST_BEFORE = re.compile(r"(?:,|\band)\s*$", re.I)


def scorer() -> ModuleType:
    """The shared scorer, so that "missed" means what the eval figures count."""
    spec = importlib.util.spec_from_file_location("score", SCORER)
    if spec is None or spec.loader is None:
        sys.exit(f"error: {SCORER}: cannot load the scorer")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def blind_ids() -> set[str]:
    if not ODD_IDS.exists():
        return set()
    return {f"fakes-{line.strip()}" for line in ODD_IDS.read_text().splitlines() if line.strip()}


def matched(score: ModuleType, gold: list[dict[str, Any]], system: list[dict[str, Any]]) -> set[int]:
    """Indices of the gold places the scorer's greedy matching pairs with a system place."""
    taken_gold: set[int] = set()
    taken_system: set[int] = set()
    for mode in ("name", "any"):
        for i, g in enumerate(gold):
            if i in taken_gold:
                continue
            for j, s in enumerate(system):
                if j not in taken_system and score.place_match(g, s, mode):
                    taken_gold.add(i)
                    taken_system.add(j)
                    break
    return taken_gold


def family(score: ModuleType, gold_place: dict[str, Any], text: str, mentions: list[PlaceMention],
           control_names: set[str]) -> tuple[str, PlaceMention | None]:
    """Why a gold place was missed, and the mention that shows it."""
    names = {score.norm_name(gold_place["name"])} | {score.norm_name(a) for a in gold_place.get("alt") or []}

    def same(m: PlaceMention) -> bool:
        if score.norm_name(m.place.name) in names or score.norm_name(m.mention) in names:
            return True
        return m.place.lat is not None and m.place.lon is not None and gold_place.get("lat") is not None \
            and score.km(gold_place["lat"], gold_place["lon"], m.place.lat, m.place.lon) <= RADIUS_KM

    hits = [m for m in mentions if same(m)]
    if not hits:
        return FAMILIES[0], None
    placed = [m for m in hits if m.place.lat is not None]
    if not placed:
        return FAMILIES[1], hits[0]
    first = placed[0]
    before = text[max(0, first.start - 40):first.start]
    if _RELATION_BEFORE.search(before):
        return FAMILIES[2], first
    if score.norm_name(gold_place["name"]) in control_names:
        return FAMILIES[3], first
    if _LIST_BEFORE.search(before):
        return FAMILIES[4], first
    return FAMILIES[5], first


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("gold", type=Path)
    parser.add_argument("--family", choices=FAMILIES, default=None, help="print only this family's misses")
    parser.add_argument("--extra", action="store_true", help="also print the places gold lacks")
    args = parser.parse_args()
    docs = [json.loads(line) for line in args.gold.read_text(encoding="utf-8").splitlines() if line.strip()]
    if blind_ids() & {d["id"] for d in docs}:
        sys.exit(f"error: {args.gold}: holds blind (odd) documents; study dev or fakes_even only")
    score = scorer()
    extractor = Extractor()
    counts: Counter[str] = Counter()
    extra = 0
    for doc in docs:
        result = extractor.extract(doc["text"], Document(id=doc["id"], published=doc.get("published")))
        system = score.facts_of(json.loads(result.model_dump_json()))["places"]
        gold = doc.get("places") or []
        hit = matched(score, gold, system)
        mentions = extractor.places.find(doc["text"], split_sentences(doc["text"]))
        control_names = {score.norm_name(c["place"] if isinstance(c.get("place"), str) else (c.get("place") or {})
                                         .get("name")) for c in doc.get("control") or []}
        for i, gold_place in enumerate(gold):
            if i in hit:
                continue
            name, shown = family(score, gold_place, doc["text"], mentions, control_names)
            counts[name] += 1
            if args.family in (None, name):
                words = doc["text"][max(0, shown.start - 90):shown.end + 50] if shown else ""
                print(f"[{name}] {doc['id']} {gold_place['name']}  system: {[p.get('name') for p in system]}")
                if words:
                    print(f"    … {' '.join(words.split())} …")
        extra += len(system) - len(hit)
        if args.extra:
            names = [p.get("name") for p in system]
            print(f"[system places] {doc['id']} {names}  gold: {[g['name'] for g in gold]}")
    print("\nmissed gold places by family")
    for name in FAMILIES:
        print(f"  {name:28}{counts[name]:>4}")
    print(f"system places gold lacks    {extra:>4}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
