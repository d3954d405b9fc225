"""The number-role model: what it may take out of a report's killed sum, and how it loads."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest

from observatory.extract.casualties import read_report
from observatory.extract.tolls.role_model import (
    feature_names, figure_features, load_role_model, restated, role_model, toll_pool,
)
from observatory.nlp.sentences import split_sentences

PUBLISHED = date(2017, 3, 14)


@pytest.fixture
def pool_of(actor_kb):
    """The rules' top-level killed figures of a report, before the model has a say.

    The reports below open on a lead sentence, not a headline set apart by a blank line: a
    headline's one figure is settled by the rules (``consolidate.headline_covers``)."""

    def pool(text: str):
        report = read_report(text, split_sentences(text), PUBLISHED, actor_kb, settle=False)
        return toll_pool(report.claims)

    return pool


def test_a_close_figure_of_another_sentence_goes_under_the_counted_one(pool_of) -> None:
    figures = pool_of("Barrel bombs kill 30 in Kafr Zita. A sniper killed two farmers near Latamna on "
                      "Monday. In Kafr Zita, barrel bombs killed 26 people, rescuers said.")
    assert [f.value for f in figures] == [30, 2, 26]
    moved = restated(figures, [0.9, 0.8, 0.1], threshold=0.5)
    assert [(f.value, home.value) for f, home in moved] == [(26, 30)]


def test_a_far_smaller_figure_stays_counted_whatever_the_model_says(pool_of) -> None:
    figures = pool_of("Shelling on the market of Tell Rifaat killed 40 civilians on Monday. "
                      "In a village near Mare, a sniper killed 3 shepherds.")
    assert [f.value for f in figures] == [40, 3]
    assert restated(figures, [0.95, 0.01], threshold=0.5) == []


def test_two_figures_of_one_sentence_are_never_one_toll(pool_of) -> None:
    figures = pool_of("Raids killed 18 fighters in Tabqa and 16 fighters were killed near Maskanah on Friday.")
    assert [f.value for f in figures] == [18, 16]
    assert restated(figures, [0.9, 0.05], threshold=0.5) == []


def test_the_most_trusted_figure_is_counted_even_below_the_threshold(pool_of) -> None:
    figures = pool_of("Car bomb kills 12 in Azaz. A drone killed two men near Marea on Sunday. In Azaz, "
                      "a car bomb killed 11 people.")
    assert [f.value for f in figures] == [12, 2, 11]
    moved = restated(figures, [0.2, 0.1, 0.3], threshold=0.5)
    assert [(f.value, home.value) for f, home in moved] == [(12, 11)]


def test_features_are_named_and_bounded(pool_of) -> None:
    figures = pool_of("Jets kill 9 in Jisreen\n\nJets killed nine people in Jisreen on Tuesday. Since the "
                      "offensive began, 210 people have been killed in the enclave, the monitor said.")
    names = set(feature_names())
    for figure in figures:
        features = figure_features(figure, figures, 200, PUBLISHED)
        assert set(features) <= names
        assert all(0.0 <= v <= 1.5 for v in features.values())
    assert 0.0 < role_model().probability(figure_features(figures[0], figures, 200, PUBLISHED)) < 1.0


def test_the_shipped_weights_name_only_known_features() -> None:
    model = role_model()
    assert set(model.weights) <= set(feature_names())
    assert 0.0 < model.threshold < 1.0


def test_weights_for_a_feature_the_code_lacks_are_refused_with_the_file(tmp_path: Path) -> None:
    path = tmp_path / "roles.json"
    path.write_text(json.dumps({"bias": 0.1, "threshold": 0.5, "weights": {"moon_phase": 1.0}}))
    with pytest.raises(ValueError, match=r"roles\.json.*moon_phase"):
        load_role_model(path)


def test_broken_weights_file_names_file_and_line(tmp_path: Path) -> None:
    path = tmp_path / "roles.json"
    path.write_text('{"bias": 0.1,\n "threshold": ,\n}')
    with pytest.raises(ValueError, match=r"roles\.json:2: invalid JSON"):
        load_role_model(path)


def test_the_report_sum_counts_a_restated_headline_once(read_tolls) -> None:
    claims = read_tolls("Airstrike kills 22 in Hazano\n\nAn airstrike on a bakery queue in Hazano on Monday "
                        "killed 19 people, local medics said. Rescue teams were still searching the rubble.")
    top = [c.count.value for c in claims if c.status == "killed" and c.parent is None]
    assert len(top) == 1


def test_a_restatement_the_model_keeps_as_a_claim_has_the_restatement_role(pool_of) -> None:
    from observatory.extract.tolls.roles import _classify

    figures = pool_of("Barrel bombs kill 30 in Kafr Zita. A sniper killed two farmers near Latamna on "
                      "Monday. In Kafr Zita, barrel bombs killed 26 people, rescuers said.")
    [(body, headline)] = restated(figures, [0.9, 0.8, 0.1], threshold=0.5)
    body.parent, body.restates = headline, True
    assert _classify(body, kept=True)[0] == "restatement"
    assert _classify(headline, kept=True)[0] == "incident"
