"""Property-based fuzzing of the extractor: any text, no crash, within the time budget.

Runs on a fixed seed (``derandomize``) so CI is reproducible; a failure prints the
smallest document Hypothesis found.  Each document is extracted under the production
per-document budget, so a slow path shows up as ``ExtractionTimeout``.
"""

from __future__ import annotations

import json

import pytest
from hypothesis import HealthCheck, given, settings

from fuzz_documents import documents
from observatory.extract.pipeline import DEFAULT_BUDGET_SECONDS, Extractor
from observatory.models import Document, ExtractionResult

@pytest.fixture(scope="module")
def extractor() -> Extractor:
    return Extractor(budget=DEFAULT_BUDGET_SECONDS)


@settings(max_examples=800, deadline=None, derandomize=True, database=None,
          suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
@given(text=documents())
def test_any_report_shaped_text_extracts_to_well_formed_claims(extractor, text):
    result = extractor.extract(text, Document(id="fuzz", published="2019-06-15"))
    assert isinstance(result, ExtractionResult)
    for span in _spans(result):
        assert 0 <= span.start <= span.end <= len(text)
        assert text[span.start : span.end] == span.text
    for claim in result.casualties:
        count = claim.count
        assert all(b is None or b >= 0 for b in (count.low, count.value, count.high))
        assert count.low is None or count.high is None or count.low <= count.high
    json.dumps(result.to_json_dict(), allow_nan=False)  # what `extract --format json` prints


def _spans(result: ExtractionResult):
    for event in result.events:
        yield from event.evidence
    for claim in result.casualties:
        yield claim.evidence
    for change in result.control_changes:
        yield change.evidence
