"""The per-document extraction budget: a report over it fails alone, the batch goes on."""

from __future__ import annotations

import pytest
from sqlalchemy import select
from typer.testing import CliRunner

from observatory.cli import app
from observatory.extract.pipeline import (
    BUDGET_ENV,
    DEFAULT_BUDGET_SECONDS,
    ExtractionTimeout,
    Extractor,
    extraction_budget,
)
from observatory.models import Document, ExtractionResult
from observatory.store.db import session_scope
from observatory.store.tables.core import DocumentRow, ExtractionRun

runner = CliRunner()
SHORT = "Two shepherds were killed by a landmine near Khanasir on Sunday, a local source said."


def _heavy_report() -> str:
    """Half a megabyte of plausible reporting: far more than a tiny budget allows."""
    lines = [
        f"Clashes went on near the {n}th checkpoint north of Tal Rifaat, where {n % 9 + 2} fighters were "
        f"killed and {n % 5 + 1} civilians wounded by shelling on the road to Azaz."
        for n in range(3000)
    ]
    return "\n".join(lines)


def test_budget_comes_from_the_option_then_the_environment_then_the_default(monkeypatch):
    monkeypatch.delenv(BUDGET_ENV, raising=False)
    assert extraction_budget() == DEFAULT_BUDGET_SECONDS
    monkeypatch.setenv(BUDGET_ENV, "12.5")
    assert extraction_budget() == 12.5
    assert extraction_budget(3.0) == 3.0
    assert extraction_budget(0) is None  # 0 turns it off
    monkeypatch.setenv(BUDGET_ENV, "0")
    assert extraction_budget() is None


@pytest.mark.parametrize("raw", ["soon", "-1", "nan", "inf"])
def test_a_bad_budget_names_where_it_came_from(monkeypatch, raw):
    monkeypatch.setenv(BUDGET_ENV, raw)
    with pytest.raises(ValueError, match=BUDGET_ENV):
        extraction_budget()


def test_a_report_over_the_budget_raises_a_timeout_that_says_how_to_raise_it():
    extractor = Extractor(budget=0.05)
    with pytest.raises(ExtractionTimeout, match=r"budget of 0.05 s .*--budget"):
        extractor.extract(_heavy_report(), Document(id="long"))
    # The timer is disarmed afterwards: the same extractor goes on with small reports.
    result = extractor.extract(SHORT, Document(id="short"))
    assert isinstance(result, ExtractionResult) and result.casualties


def test_without_a_budget_the_heavy_report_is_extracted():
    result = Extractor().extract(_heavy_report()[:20000], Document(id="long"))
    assert result.events and result.casualties


def test_run_records_the_document_over_budget_as_failed_and_extracts_the_rest(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "a-short.txt").write_text(SHORT)
    (folder / "b-long.txt").write_text(_heavy_report())
    db = tmp_path / "o.db"
    outcome = runner.invoke(app, ["run", str(folder), "--budget", "0.05", "--db", str(db)])
    assert outcome.exit_code == 1
    assert "extraction failed (ExtractionTimeout: over the extraction budget of 0.05 s" in outcome.stderr
    from observatory.commands.options import open_store

    with session_scope(open_store(str(db))) as session:
        runs = session.execute(
            select(DocumentRow.origin, ExtractionRun.status, ExtractionRun.error)
            .join(ExtractionRun, ExtractionRun.document_id == DocumentRow.id)
            .order_by(DocumentRow.origin)
        ).all()
    assert [(origin.rsplit("/", 1)[-1], status) for origin, status, _ in runs] == [
        ("a-short.txt", "ok"),
        ("b-long.txt", "failed"),
    ]
    assert "budget" in runs[1].error


def test_extract_rejects_a_bad_budget_from_the_environment(tmp_path, monkeypatch):
    (tmp_path / "r.txt").write_text(SHORT)
    monkeypatch.setenv(BUDGET_ENV, "ten")
    outcome = runner.invoke(app, ["extract", str(tmp_path / "r.txt")])
    assert outcome.exit_code == 2
    assert f"error: {BUDGET_ENV}: 'ten' is not a number of seconds" in outcome.stderr


def test_the_budget_holds_in_a_thread_that_signals_cannot_reach():
    from concurrent.futures import ThreadPoolExecutor

    extractor = Extractor(budget=0.05)
    with ThreadPoolExecutor(1) as pool:  # a Dask task or a web request runs like this
        heavy = pool.submit(extractor.extract, _heavy_report(), Document(id="long"))
        with pytest.raises(ExtractionTimeout, match=r"budget of 0.05 s"):
            heavy.result()
        short = pool.submit(extractor.extract, SHORT, Document(id="short")).result()
    assert short.casualties


def test_the_deadline_counts_cpu_time_of_its_own_thread_only():
    import time

    from observatory.extract.pipeline import Deadline

    deadline = Deadline(0.2)
    time.sleep(0.3)  # waiting is not working: a busy machine must not fail a document
    deadline.check()
    spent = time.thread_time()
    while time.thread_time() - spent < 0.25:
        pass
    with pytest.raises(ExtractionTimeout):
        deadline.check()
