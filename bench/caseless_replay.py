#!/usr/bin/env python3
"""Record every ``CaselessPattern`` call an extraction makes, then replay them alone.

Each pass on issue 14 asked whether a change to ``nlp/caseless.py`` (needles, finders,
gathered alternatives) finds the same matches faster; timed inside a whole extraction on
two shared cores, a 5 % gain in the scans (under 1 % of the report) is lost in the noise.
Replayed alone, the same calls are timed to a few per cent and their matches hashed, so
two versions (``PYTHONPATH=old/src``) can be compared call for call:

    python bench/caseless_replay.py record [--kb 250] [--documents docs.jsonl --limit 150]
    python bench/caseless_replay.py replay [--rounds 5] [--top 20]

``record`` extracts the first ``--kb`` kB of the 1 MB report of ``adversarial.py`` (and
the first ``--limit`` documents of a JSON Lines file, if given) and pickles each call:
the pattern's constructor arguments, ``search`` or ``finditer``, the text and positions.
``replay`` builds the patterns with the code on the path, prints a hash of every match
(span and groups), the best CPU time of ``--rounds`` passes per part, and the patterns
that took longest.  The pickle holds report text: keep it out of the repository.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import pickle
import sys
import time
from collections import Counter
from pathlib import Path
from typing import Any

from observatory.nlp import caseless

sys.path.insert(0, str(Path(__file__).resolve().parent))  # adversarial.megabyte_report

Call = tuple[tuple[str, int], str, str, int, int]  # (pattern, flags), kind, text, pos, endpos
DEFAULT_CALLS = Path("/tmp/caseless-calls.pickle")


def record(kb: int, documents: Path | None, limit: int, out: Path) -> None:
    """Extract the report slice (and documents) with every caseless call logged."""
    calls: list[Call] = []
    recording = False
    cls: Any = caseless.CaselessPattern
    init, search, finditer = cls.__init__, cls.search, cls.finditer

    def logged_init(self: Any, pattern: str, flags: int = 0) -> None:
        init(self, pattern, flags)
        self.recorded = (pattern, flags)

    def logged_search(self: Any, text: str, pos: int = 0, endpos: int = sys.maxsize) -> Any:
        if recording:
            calls.append((self.recorded, "search", text, pos, endpos))
        return search(self, text, pos, endpos)

    def logged_finditer(self: Any, text: str) -> Any:
        if recording:
            calls.append((self.recorded, "finditer", text, 0, 0))
        return finditer(self, text)

    cls.__init__, cls.search, cls.finditer = logged_init, logged_search, logged_finditer
    from adversarial import megabyte_report  # patterns built on import are recorded from here on

    from observatory.extract.pipeline import Extractor
    from observatory.models import Document

    extractor = Extractor()
    extractor.extract("Shelling killed two men in Harasta on Tuesday.", Document(id="warm-up"))
    recording = True
    extractor.extract(megabyte_report()[:kb * 1000], Document(id="report", published="2018-02-20"))
    parts = {"report": len(calls)}
    if documents is not None:
        with documents.open(encoding="utf-8") as lines:
            for n, line in enumerate(lines):
                if n >= limit:
                    break
                doc = json.loads(line)
                extractor.extract(doc["text"], Document(id=str(doc.get("id", n)), published=doc.get("published")))
        parts["documents"] = len(calls) - parts["report"]
    with out.open("wb") as sink:
        pickle.dump((parts, calls), sink)
    print(f"{len(calls):,} calls ({parts}) to {out}")


def replay(source: Path, rounds: int, top: int) -> None:
    """Hash and time the recorded calls with the ``CaselessPattern`` on the path."""
    with source.open("rb") as stream:
        parts, calls = pickle.load(stream)
    patterns = {key: caseless.CaselessPattern(*key) for key in {call[0] for call in calls}}
    digest = hashlib.sha1()
    for key, kind, text, pos, endpos in calls:
        found = [patterns[key].search(text, pos, endpos)] if kind == "search" else patterns[key].finditer(text)
        digest.update(repr([(m.span(), m.groups()) if m else None for m in found]).encode())
    print(f"matches hash {digest.hexdigest()[:16]}")
    start = 0
    for name, count in parts.items():
        part = calls[start:start + count]
        start += count
        best = min(_run(patterns, part) for _ in range(rounds))
        print(f"{name:10s} {count:7,} calls  best of {rounds}: {best:.4f} CPU s")
    per: Counter[str] = Counter()
    for call in calls[:parts["report"]]:
        per[call[0][0][:70]] += _run(patterns, [call])
    for pattern, seconds in per.most_common(top):
        print(f"  {seconds:.4f}  {pattern!r}")


def _run(patterns: dict[tuple[str, int], Any], calls: list[Call]) -> float:
    began = time.process_time()
    for key, kind, text, pos, endpos in calls:
        if kind == "search":
            patterns[key].search(text, pos, endpos)
        else:
            for _ in patterns[key].finditer(text):
                pass
    return time.process_time() - began


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    commands = parser.add_subparsers(dest="command", required=True)
    rec = commands.add_parser("record")
    rec.add_argument("--kb", type=int, default=250, help="kB of the 1 MB report to extract")
    rec.add_argument("--documents", type=Path, help="JSON Lines of documents (id, text, published)")
    rec.add_argument("--limit", type=int, default=150, help="documents to extract")
    rec.add_argument("--calls", type=Path, default=DEFAULT_CALLS)
    rep = commands.add_parser("replay")
    rep.add_argument("--calls", type=Path, default=DEFAULT_CALLS)
    rep.add_argument("--rounds", type=int, default=5)
    rep.add_argument("--top", type=int, default=20)
    args = parser.parse_args()
    if args.command == "record":
        record(args.kb, args.documents, args.limit, args.calls)
    else:
        replay(args.calls, args.rounds, args.top)


if __name__ == "__main__":
    main()
