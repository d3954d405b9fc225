"""Running the extractor over gold documents, as ``observatory eval`` and benchmarks do."""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable, Sequence
from pathlib import Path
from typing import Any

from observatory.extract.pipeline import Extractor
from observatory.ingest.records import report_text
from observatory.models import Document

Results = dict[str, dict[str, Any]]


def extract_gold(
    documents: Sequence[dict[str, Any]],
    on_failure: Callable[[str, Exception], None],
    progress: Callable[[Sequence[dict[str, Any]]], Iterable[dict[str, Any]]] = iter,
    extractor: Extractor | None = None,
) -> Results:
    """The extractor's result (as JSON) for each gold document, keyed by id.

    One document failing (a bug, an odd text) goes to ``on_failure`` and is left out,
    so it scores as an empty answer and does not hide the figures of the others.
    """
    chosen = extractor if extractor is not None else Extractor()
    results: Results = {}
    for gold in progress(documents):
        try:
            document = Document(
                id=gold["id"], title=gold.get("title"), source=gold.get("source"), url=gold.get("url"),
                published=gold.get("published"),
            )
            text = report_text(gold.get("title"), gold.get("text") or "")
            results[gold["id"]] = chosen.extract(text, document).to_json_dict()
        except Exception as error:  # any failure of one document must not stop the run
            on_failure(gold["id"], error)
    return results


def write_results(results: Iterable[dict[str, Any]], path: Path) -> None:
    """Results as JSON Lines, to rescore later with ``observatory eval --output``."""
    with open(path, "w", encoding="utf-8") as handle:
        for result in results:
            handle.write(json.dumps(result, ensure_ascii=False) + "\n")
