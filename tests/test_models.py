"""The pydantic models accept the spec's worked example and reject what it forbids."""

import json
from pathlib import Path

import pytest
from pydantic import ValidationError

from observatory.models import Count, ExtractionResult, Place

SEED = Path(__file__).resolve().parents[2] / "shared" / "gold" / "seed.json"


@pytest.mark.skipif(not SEED.exists(), reason="shared/gold/seed.json not beside the checkout")
def test_seed_answer_round_trips_through_the_models():
    raw = json.loads(SEED.read_text(encoding="utf-8"))
    result = ExtractionResult.model_validate(raw)
    assert len(result.casualties) == len(raw["casualties"])
    assert result.to_json_dict()["casualties"][1]["parent"] == raw["casualties"][1]["parent"]


def test_unknown_fields_and_bad_dates_are_rejected():
    with pytest.raises(ValidationError):
        Count(value=3, qualifier="exact", text="3", colour="red")
    with pytest.raises(ValidationError):
        ExtractionResult.model_validate({"document": {"id": "d", "published": "30/09/2017"}})


def test_coordinates_are_bounded():
    with pytest.raises(ValidationError):
        Place(name="Nowhere", mention="Nowhere", lat=123.0, lon=0.0)


@pytest.mark.parametrize(
    ("qualifier", "bounds"),
    [("exact", (7, 7)), ("at_least", (7, None)), ("more_than", (8, None)), ("about", (None, None)), ("up_to", (None, 7))],
)
def test_count_bounds_follow_the_spec_table(qualifier, bounds):
    from observatory.models import count_bounds

    assert count_bounds(7, qualifier) == bounds
