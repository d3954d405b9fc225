"""Control changes in families found on real text (FA-KES articles, UCDP 2016/2018
headlines): a change dated "last <month>" in the verb's own clause is history, a headline's present "takes over X" and
"advances and controls X" are captures, and a share of "it" ("took control of most of it") is a
share of the place named before, unless that place only locates the thing "it" stands for.  Each
family has sentences of other shapes where it must not fire."""

from __future__ import annotations

import pytest

from observatory.extract.pipeline import Extractor
from observatory.models import Document, ExtractionResult


def run(extractor: Extractor, text: str, published: str = "2016-02-10") -> ExtractionResult:
    return extractor.extract(text, Document(id="t", published=published))


def changes(result: ExtractionResult) -> list[tuple[str, str | None]]:
    return [(c.place.mention or c.place.name, c.gained_by) for c in result.control_changes]


# --- "last September": a change months before the report is history ---------------------------

@pytest.mark.parametrize("text", [
    "Kurdish fighters drove IS out of Deir Hafer last September.",
    "The army advanced on Kafr Nabl this past August.",
    "Rebels captured Saraqib last October after a long siege.",
    "Last November the rebels seized Kafr Nabl.",
    "Last June, after weeks of shelling, the army took Hish.",
])
def test_a_change_dated_last_month_name_is_history(extractor: Extractor, text: str) -> None:
    assert changes(run(extractor, text)) == []


@pytest.mark.parametrize("text", [
    "Rebels captured Saraqib on Tuesday, a town they lost last October.",
    "Rebels captured Saraqib on Tuesday after losing it last October.",
])
def test_last_month_name_of_an_earlier_loss_does_not_date_the_news(extractor: Extractor, text: str) -> None:
    assert changes(run(extractor, text)) == [("Saraqib", "Syrian Rebels")]


@pytest.mark.parametrize(("text", "expected"), [
    ("Rebels seized Maarat al-Numan after a siege that started last November.", [("Maarat al-Numan", "Syrian Rebels")]),
    ("The army took Morek for the first time since last July, the monitor said.", [("Morek", "Military Forces of Syria")]),
    ("Government troops retook Khanasir, which IS had stormed last February.", [("Khanasir", "Military Forces of Syria")]),
    ("Rebels, who lost Kafr Nabl last May, captured Hish.", [("Hish", "Syrian Rebels")]),
    ("Rebels who were expelled last April recaptured Tal Rifaat.", [("Tal Rifaat", "Syrian Rebels")]),
])
def test_last_month_name_in_another_clause_or_after_since_does_not_date_the_news(
        extractor: Extractor, text: str, expected: list[tuple[str, str]]) -> None:
    assert changes(run(extractor, text)) == expected


# --- a headline's present "takes over X" ---------------------------------------------------------

@pytest.mark.parametrize(("text", "expected"), [
    ("IS takes over Tal Rifaat and executes five civilians", [("Tal Rifaat", "Islamic State")]),
    ("The regime forces take over the town of Maarat al-Numan after violent clashes",
     [("Maarat al-Numan", "Military Forces of Syria")]),
    ("Kurdish fighters take over Deir Hafer after IS withdrawal", [("Deir Hafer", "YPG: People's Protection Units")]),
])
def test_a_present_take_over_is_a_capture(extractor: Extractor, text: str, expected: list[tuple[str, str]]) -> None:
    assert changes(run(extractor, text)) == expected


@pytest.mark.parametrize("text", [
    "Calm takes over Binnish after a night of heavy shelling by regime jets",
    "Local councils take over the management of Kafr Nabl after the deal.",
    "The rebels threatened to take over Kafr Nabl.",
    "Russian military police will take over Tal Rifaat checkpoints next week.",
    "Turkish-backed police take over Azaz checkpoints under the agreement",
    "A local council takes over Binnish municipality after the fighting",
    "Fear takes over Idlib residents as the offensive nears",
    "Who takes over Manbij once the Americans leave?",
])
def test_take_over_of_a_mood_a_duty_or_a_plan_is_no_capture(extractor: Extractor, text: str) -> None:
    assert changes(run(extractor, text)) == []


# --- "advances and controls X", "control the western part of X" ----------------------------------

@pytest.mark.parametrize(("text", "expected"), [
    ("The SDF advances and controls Tal Rifaat", [("Tal Rifaat", "SDF: Syrian Democratic Forces")]),
    ("IS attacks and controls the village of Tal Rifaat after a night of clashes", [("Tal Rifaat", "Islamic State")]),
    ("The factions advance and control the western part of Kafr Nabl", [("Kafr Nabl", "Syrian Rebels")]),
])
def test_a_headline_advance_and_control_is_a_capture(extractor: Extractor, text: str,
                                                    expected: list[tuple[str, str]]) -> None:
    assert changes(run(extractor, text)) == expected


@pytest.mark.parametrize("text", [
    "IS, which holds Raqqa and controls Tal Rifaat, lost 20 fighters.",
    "The group is the strongest in the area and controls Tal Rifaat.",
    "Rebels hold Binnish and control the northern part of Saraqib.",
    "Rebel fighters advance and control parts of the Infantry College on the edge of Hama city",
])
def test_controls_as_a_state_or_a_site_near_a_city_is_no_capture(extractor: Extractor, text: str) -> None:
    assert changes(run(extractor, text)) == []


# --- a share of "it" ------------------------------------------------------------------------------

@pytest.mark.parametrize(("text", "expected"), [
    ("Residents fled Tal Rifaat after the SDF took control of most of it.",
     ("Tal Rifaat", "SDF: Syrian Democratic Forces")),
    ("Fighting raged in Kafr Nabl after rebels captured large parts of it on Monday.", ("Kafr Nabl", "Syrian Rebels")),
    ("IS shelled Tal Rifaat.\n\nKurdish fighters later took control of most of it.",
     ("Tal Rifaat", "YPG: People's Protection Units")),
])
def test_a_share_of_it_is_a_share_of_the_place_named_before(extractor: Extractor, text: str,
                                                            expected: tuple[str, str]) -> None:
    assert expected in changes(run(extractor, text))


@pytest.mark.parametrize("text", [
    "Rebels ambushed an army convoy near Kafr Nabl and seized most of it.",
    "Rebels attacked a checkpoint north of Saraqib and took control of it.",
    "Rebels shelled army positions near Hish and captured them.",
    "The army attacked the airport of Hama and seized most of it.",
    "IS stormed the Raqqa stadium and seized parts of it.",
    "Government troops make fresh gains and enter a second village in the Hama countryside, controlling large parts of it",
])
def test_it_is_not_the_place_that_only_locates_it(extractor: Extractor, text: str) -> None:
    assert changes(run(extractor, text)) == []


@pytest.mark.parametrize(("text", "expected"), [
    ("Rebels gathered near Kafr Nabl at dawn and captured it by noon.", [("Kafr Nabl", "Syrian Rebels")]),
    ("Kurdish fighters advanced to the south of Tal Rifaat and seized it on Friday.",
     [("Tal Rifaat", "YPG: People's Protection Units")]),
])
def test_it_after_a_movement_near_the_place_is_the_place(extractor: Extractor, text: str,
                                                         expected: list[tuple[str, str]]) -> None:
    assert changes(run(extractor, text)) == expected


# --- SOHR's gerund with its taker after "by" ------------------------------------------------------

@pytest.mark.parametrize(("text", "expected"), [
    ("Residents returned to Kafr Nabl days after capturing it by the rebels", [("Kafr Nabl", "Syrian Rebels")]),
    ("Dozens were killed after seizing Tal Rifaat by the Kurdish fighters",
     [("Tal Rifaat", "YPG: People's Protection Units")]),
    ("About 300 civilians leave Saraqib after taking control of large parts of it by the SDF",
     [("Saraqib", "SDF: Syrian Democratic Forces")]),
])
def test_a_gerund_capture_names_its_taker_after_by(extractor: Extractor, text: str,
                                                   expected: list[tuple[str, str]]) -> None:
    assert changes(run(extractor, text)) == expected


@pytest.mark.parametrize("text", [
    "Civilians fled Saraqib after capturing it by force",
    "Civilians fled Saraqib after capturing it, backed by the Turkish army",
    "Civilians fled after seizing Tal Rifaat held by IS for two years",
])
def test_a_means_a_supporter_or_a_holder_after_by_is_no_taker(extractor: Extractor, text: str) -> None:
    assert all(gainer is None for _, gainer in changes(run(extractor, text)))
