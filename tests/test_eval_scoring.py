"""``observatory eval`` on a hand-written gold set and output, and its agreement with the reference scorer."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from observatory.eval.scoring import Evaluation, GoldFormatError, evaluate, load_gold, load_results

FIXTURES = Path(__file__).parent / "fixtures" / "eval"
GOLD = FIXTURES / "gold.jsonl"
OUTPUT = FIXTURES / "output.jsonl"
# The shared folder sits beside the main checkout (../shared) or two levels up from a worktree.
REFERENCE_SCORER = next((p / "shared" / "tools" / "score.py" for p in Path(__file__).resolve().parents
                         if (p / "shared" / "tools" / "score.py").exists()), Path("shared/tools/score.py"))
EXAMPLES_GOLD = Path(__file__).resolve().parents[1] / "examples" / "gold.jsonl"


@pytest.fixture(scope="module")
def gold() -> dict[str, dict]:
    return {doc["id"]: doc for doc in load_gold(GOLD)}


@pytest.fixture(scope="module")
def results() -> dict[str, dict]:
    return load_results(OUTPUT)[0]


def scored(gold_doc: dict, result: dict | None) -> Evaluation:
    evaluation = Evaluation()
    evaluation.add(gold_doc, result)
    return evaluation


def test_unreadable_output_lines_are_counted_not_fatal():
    results, unreadable = load_results(OUTPUT)
    assert unreadable == 1
    assert "fx-nested" in results and "fx-no-output" not in results


def test_nested_toll_is_found_and_counted_once(gold, results):
    evaluation = scored(gold["fx-nested"], results["fx-nested"])
    assert evaluation.rows[0].system_killed == 31
    numbers, casualties = evaluation.tallies["casualty_numbers"], evaluation.tallies["casualties"]
    assert (numbers.tp, numbers.fp, numbers.fn) == (3, 0, 0)
    # the injured were given to the wrong side: right number, wrong claim
    assert (casualties.tp, casualties.fp, casualties.fn) == (2, 1, 1)


def test_place_found_by_coordinates_when_the_name_differs(gold, results):
    evaluation = scored(gold["fx-cumulative-only"], results["fx-cumulative-only"])
    assert evaluation.tallies["places"].tp == 1
    assert evaluation.rows[0].system_killed == 312


def test_vague_count_and_long_date_range(gold, results):
    evaluation = scored(gold["fx-vague"], results["fx-vague"])
    assert evaluation.tallies["casualties"].tp == 2
    assert evaluation.rows[0].system_killed == 16
    dates = evaluation.tallies["dates"]
    assert (dates.tp, dates.fp, dates.fn) == (1, 1, 1)  # Jan 1 .. Mar 2 counts its two ends only
    assert evaluation.tallies["control"].tp == 1  # "Palmyra" is an alternative name of Tadmur


def test_document_without_output_is_an_empty_answer(gold):
    evaluation = scored(gold["fx-no-output"], None)
    assert evaluation.missing_documents == 1
    assert all(t.tp == 0 and t.fp == 0 for t in evaluation.tallies.values())
    assert evaluation.tallies["casualties"].fn == 1
    assert evaluation.killed_total_exact == 0.0 and evaluation.killed_total_mape == 1.0


def test_misplaced_place_and_estimated_publication_date(gold, results):
    evaluation = scored(gold["fx-misplaced"], results["fx-misplaced"])
    assert (evaluation.placed, evaluation.misplaced) == (2, 1)  # Al-Bab put near Damascus; Aleppo not in gold
    assert evaluation.tallies["places"].tp == 1  # still the right name
    dates = evaluation.tallies["dates"]
    assert (dates.tp, dates.fp, dates.fn) == (0, 0, 0)  # a guessed publication date leaves dates out


def test_a_report_with_nothing_to_find_is_perfect_when_nothing_is_found(gold, results):
    evaluation = scored(gold["fx-nothing-happened"], results["fx-nothing-happened"])
    assert evaluation.killed_total_exact == 1.0
    assert all(t.f1 == 1.0 for t in evaluation.tallies.values())


def test_summary_score_is_the_mean_of_the_headline_figures(gold, results):
    summary = evaluate(gold.values(), results).summary()
    headline = [summary[k]["f1"] for k in ("sub_event_types", "actors", "places", "casualties", "control", "dates")]
    assert summary["score"] == pytest.approx((sum(headline) + summary["killed_total"]["exact_rate"]) / 7, abs=0.0006)
    assert summary["missing_docs"] == 1 and summary["killed_total"]["docs"] == 6


def _figures(summary: dict, prefix: str = "") -> dict[str, float]:
    flat: dict[str, float] = {}
    for key, value in summary.items():
        if isinstance(value, dict):
            flat.update(_figures(value, f"{prefix}{key}."))
        elif isinstance(value, int | float):
            flat[f"{prefix}{key}"] = value
    return flat


def assert_agrees_with_reference_scorer(gold_path: Path, output_path: Path) -> None:
    completed = subprocess.run(
        [sys.executable, str(REFERENCE_SCORER), str(gold_path), str(output_path), "--json"],
        capture_output=True, text=True, check=True,
    )
    reference = _figures(json.loads(completed.stdout))
    results, unreadable = load_results(output_path)
    ours = _figures(evaluate(load_gold(gold_path), results, unparsable_lines=unreadable).summary())
    assert reference.keys() <= ours.keys()
    for key, value in reference.items():
        assert ours[key] == pytest.approx(value, abs=0.01), key


needs_reference = pytest.mark.skipif(not REFERENCE_SCORER.exists(), reason="shared reference scorer not available")


@needs_reference
def test_figures_agree_with_the_reference_scorer():
    assert_agrees_with_reference_scorer(GOLD, OUTPUT)


@needs_reference
def test_figures_agree_on_the_extractor_s_own_output(tmp_path):
    """The example reports run through the real extractor: realistic, messier output."""
    pipeline = pytest.importorskip("observatory.extract.pipeline")
    from observatory.models import Document

    extractor = pipeline.Extractor()
    output = tmp_path / "output.jsonl"
    with open(output, "w", encoding="utf-8") as handle:
        for doc in load_gold(EXAMPLES_GOLD):
            document = Document(id=doc["id"], title=doc["title"], source=doc["source"], published=doc["published"])
            handle.write(json.dumps(extractor.extract(doc["text"], document).to_json_dict()) + "\n")
    assert_agrees_with_reference_scorer(EXAMPLES_GOLD, output)


def test_gold_that_is_not_utf8_is_refused_with_its_line(tmp_path):
    path = tmp_path / "gold.jsonl"
    path.write_bytes(b'{"id": "a"}\n{"id": "Ma\xe2rrat"}\n')
    with pytest.raises(GoldFormatError, match=r"gold.jsonl:2: not valid UTF-8"):
        load_gold(path)


@pytest.mark.parametrize(
    ("line", "complaint"),
    [
        ('{"id": "x", "casualties": [}', "malformed JSON"),
        ('["not", "an", "object"]', "expected a JSON object"),
        ('{"title": "no id"}', 'missing "id"'),
        ('{"id": "x", "places": "Douma"}', '"places" must be a list'),
        ('{"id": "x", "casualties": [{"value": 3}]}', "casualties[0]"),
        ('{"id": "x", "killed_total": "many"}', "killed_total"),
    ],
)
def test_malformed_gold_line_names_file_and_line(tmp_path, line, complaint):
    path = tmp_path / "gold.jsonl"
    good = GOLD.read_text(encoding="utf-8").splitlines()[0]
    path.write_text(f"{good}\n\n{line}\n", encoding="utf-8")
    with pytest.raises(GoldFormatError) as raised:
        load_gold(path)
    assert f"{path}:3:" in str(raised.value)
    assert complaint in str(raised.value)


def test_control_entry_borrows_the_spellings_of_its_gold_place():
    """The annotator lists "Kafr Zaytun" once, with its other spelling, among the places."""
    gold_doc = {
        "id": "alt-borrow",
        "places": [{"name": "Kafr Zaytun", "alt": ["Kfar Zeitoun"], "lat": 35.61, "lon": 36.72},
                   {"name": "Tall Ward", "alt": ["Tell al-Ward"], "lat": 35.98, "lon": 37.41}],
        "control": [{"place": "Kafr Zaytun", "gained_by": "Hayat Tahrir al-Sham", "change": "captured"},
                    {"place": "Tal Wardah", "lat": 35.9805, "lon": 37.4102, "gained_by": "Islamic State",
                     "change": "captured"}],
    }
    result = {"control_changes": [
        {"place": {"name": "Kfar Zeitoun", "mention": "Kfar Zeitoun"}, "gained_by": "Hayat Tahrir al-Sham",
         "change": "captured"},
        {"place": {"name": "Tell al-Ward", "mention": "Tell al-Ward"}, "gained_by": "Islamic State",
         "change": "captured"},
    ]}
    control = scored(gold_doc, result).tallies["control"]
    assert (control.tp, control.fp, control.fn) == (2, 0, 0)  # by name, then by the place 30 m away


def test_control_entry_does_not_borrow_from_a_different_place():
    gold_doc = {
        "id": "alt-apart",
        "places": [{"name": "Tall Ward", "alt": ["Tell al-Ward"], "lat": 35.98, "lon": 37.41}],
        "control": [{"place": "Ard Hamra", "lat": 36.10, "lon": 37.41, "gained_by": "Islamic State",
                     "change": "captured"}],
    }
    result = {"control_changes": [{"place": {"name": "Tell al-Ward", "mention": "Tell al-Ward"},
                                   "gained_by": "Islamic State", "change": "captured"}]}
    control = scored(gold_doc, result).tallies["control"]
    assert (control.tp, control.fp, control.fn) == (0, 1, 1)


@needs_reference
def test_alt_spellings_borrowed_from_the_places_agree_with_the_reference_scorer(tmp_path):
    gold_doc = {
        "id": "alt-agree", "published": "2016-05-02", "title": "", "text": "",
        "places": [{"name": "Kafr Zaytun", "alt": ["Kfar Zeitoun"], "lat": 35.61, "lon": 36.72},
                   {"name": "Tall Ward", "alt": ["Tell al-Ward"], "lat": 35.98, "lon": 37.41}],
        "control": [{"place": "Kafr Zaytun", "gained_by": "Hayat Tahrir al-Sham", "change": "captured"},
                    {"place": "Tal Wardah", "lat": 35.9805, "lon": 37.4102, "gained_by": "Islamic State",
                     "change": "captured"}],
        "casualties": [], "killed_total": None, "dates": [], "sub_event_types": [], "actors": [],
    }
    output = {"document": {"id": "alt-agree", "published": "2016-05-02"}, "events": [], "casualties": [],
              "control_changes": [
                  {"place": {"name": "Kfar Zeitoun", "mention": "Kfar Zeitoun"}, "gained_by": "Hayat Tahrir al-Sham",
                   "change": "captured"},
                  {"place": {"name": "Tell al-Ward", "mention": "Tell al-Ward"}, "gained_by": "Islamic State",
                   "change": "captured"}]}
    gold_path, output_path = tmp_path / "gold.jsonl", tmp_path / "output.jsonl"
    gold_path.write_text(json.dumps(gold_doc) + "\n", encoding="utf-8")
    output_path.write_text(json.dumps(output) + "\n", encoding="utf-8")
    assert_agrees_with_reference_scorer(gold_path, output_path)
