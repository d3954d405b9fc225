"""Control claims as different outlets word them: one claim per place, fights on a
town's edge, fights in "its streets", state-media "restored security", old losses."""

from __future__ import annotations

from observatory.extract.pipeline import Extractor
from observatory.models import Document, ExtractionResult


def run(extractor: Extractor, text: str) -> ExtractionResult:
    return extractor.extract(text, Document(id="t", published="2019-06-12"))


def changes(result: ExtractionResult) -> list[tuple[str, str | None, str]]:
    return [(c.place.name, c.gained_by, c.change) for c in result.control_changes]


def test_a_withdrawal_beside_a_capture_of_the_same_place_is_one_claim(extractor: Extractor) -> None:
    result = run(extractor, "Turkish-backed rebels seized the town of Jarablus on Wednesday. The Islamic State "
                            "said its fighters had withdrawn from Jarablus to avoid losses.")
    assert [c[2] for c in changes(result)] == ["captured"]


def test_an_advance_into_a_place_still_fought_over_is_only_contested(extractor: Extractor) -> None:
    result = run(extractor, "Regime forces advanced into the western neighbourhoods of Morek on Tuesday, "
                            "and fierce fighting is still continuing inside the town.")
    assert [(c[1], c[2]) for c in changes(result)] == [(None, "contested")]


def test_clashes_on_the_outskirts_do_not_contest_the_town(extractor: Extractor) -> None:
    result = run(extractor, "Violent clashes broke out on Tuesday on the outskirts of Kafr Nabl between the "
                            "regime forces and the rebel factions.")
    assert changes(result) == []


def test_fighting_in_its_streets_contests_the_town_just_named(extractor: Extractor) -> None:
    result = run(extractor, "Government troops stormed the town of Latamina on Tuesday, and street battles "
                            "were raging in its streets until the evening.")
    assert (None, "contested") in [(c[1], c[2]) for c in changes(result)]


def test_state_media_restored_security_and_stability_is_a_recapture(extractor: Extractor) -> None:
    result = run(extractor, "Army units restored security and stability to the town of Kafr Zita on Tuesday "
                            "after eliminating the last terrorists in it.")
    assert changes(result) and changes(result)[0][1:] == ("Military Forces of Syria", "recaptured")


def test_a_loss_weeks_before_is_background_not_a_capture(extractor: Extractor) -> None:
    result = run(extractor, "The regime forces regained control of Morek on Tuesday, two months after they "
                            "lost it to the rebel factions.")
    assert [c[2] for c in changes(result)] == ["recaptured"]


def test_lost_the_town_to_names_the_gainer_after_to(extractor: Extractor) -> None:
    result = run(extractor, "The rebel factions lost the town of Kafr Zita to the regime forces on Tuesday after "
                            "heavy bombardment.")
    assert changes(result) and changes(result)[0][1] == "Military Forces of Syria"


def test_a_relative_aside_with_an_old_date_does_not_date_the_sentence(extractor: Extractor) -> None:
    result = run(extractor, "The regime forces recaptured the town of Latamina, which the rebels had seized in "
                            "2015, on Tuesday.")
    assert [(c[1], c[2]) for c in changes(result)] == [("Military Forces of Syria", "recaptured")]


def test_fighting_in_its_named_quarters_contests_the_town(extractor: Extractor) -> None:
    result = run(extractor, "ISIS fighters stormed the town of Morek on Monday and clashes are ongoing in its "
                            "northern neighbourhoods.")
    assert (None, "contested") in [(c[1], c[2]) for c in changes(result)]
