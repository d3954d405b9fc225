"""Work the extractor does once instead of many times gives the answers it gave before.

The irrealis, background and "today" cue lists are searched as one combined pattern
per list; the garbage collector runs less often while a report is extracted and is put
back as it was afterwards, also when the budget stops a report or threads overlap.
"""

from __future__ import annotations

import gc
import threading

import pytest

from observatory.extract.context import load_filters
from observatory.extract.pipeline import ExtractionTimeout, Extractor
from observatory.models import Document
from observatory.nlp.caseless import CaselessPattern

# Hand-written clause beginnings and clauses: cue words at the start, in the middle and
# at the end (several cues end in "$" or start with "^"), in mixed case, and none at all.
_PIECES = [
    "the militia has threatened to storm",
    "Jaish al-Tawhid fighters would then",
    "To retake",
    "rebels said they were preparing to",
    "gunmen shelled the grain silo at Khan Tuman",
    "SINCE THE START OF the siege, the mill",
    "the first convoy since the start of the ceasefire",
    "comes two weeks after a raid on the depot",
    "the ten-year-old war has displaced",
    "drones have repeatedly struck the bakery",
    "a sniper killed a farmer in Kafr Nabudah",
    "Clashes are still raging near the dam today",
    "",
]


@pytest.mark.parametrize("cues", ["irrealis", "background", "today"])
def test_a_combined_cue_list_matches_exactly_where_one_of_its_cues_does(cues):
    import yaml

    from observatory.extract.context import FILTERS_PATH

    separate = [CaselessPattern(p) for p in yaml.safe_load(FILTERS_PATH.read_text(encoding="utf-8"))[cues]]
    combined = getattr(load_filters(), cues)
    answers = set()
    for words in _PIECES:
        expected = any(p.search(words) for p in separate)
        assert (combined.search(words) is not None) == expected, words
        answers.add(expected)
    assert answers == {True, False}  # the pieces exercise both answers for every list


def test_the_collector_threshold_is_restored_after_extraction():
    before = gc.get_threshold()
    result = Extractor().extract("Shelling killed four farmers in Kafr Nabudah on Tuesday.",
                                 Document(id="t1", published="2019-05-21"))
    assert result.casualties
    assert gc.get_threshold() == before


def test_the_threshold_is_restored_when_the_budget_stops_a_report():
    before = gc.get_threshold()
    heavy = " ".join(f"Mortars hit the market of Kafr Zita on day {n}, killing {n % 7 + 2} traders."
                     for n in range(4000))
    with pytest.raises(ExtractionTimeout):
        Extractor(budget=0.05).extract(heavy, Document(id="t2", published="2019-05-21"))
    assert gc.get_threshold() == before


def test_overlapping_extractions_in_threads_restore_the_threshold_once_all_end():
    before = gc.get_threshold()
    extractor = Extractor()
    errors: list[BaseException] = []

    def work(n: int) -> None:
        try:
            for k in range(5):
                extractor.extract(f"An air strike killed {n + k + 2} people in Maarzaf.", Document(id=f"w{n}{k}"))
        except BaseException as error:  # surfaced below: a thread's failure must fail the test
            errors.append(error)

    threads = [threading.Thread(target=work, args=(n,)) for n in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert not errors
    assert gc.get_threshold() == before
