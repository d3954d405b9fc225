"""Brief misc42, families 1-2: arrests by the bodies that police where their side governs are
Arrests, an armed group's own detentions stay abductions; mergers and a people's years of arrests
are no attack and no arrest.  Sentences are invented for these tests."""

from __future__ import annotations

import pytest

from observatory.extract.pipeline import Extractor
from observatory.models import Document, ExtractionResult


def run(extractor: Extractor, text: str, published: str = "2019-03-14") -> ExtractionResult:
    return extractor.extract(text, Document(id="t", published=published))


def types(result: ExtractionResult) -> set[str]:
    return {e.sub_event_type for e in result.events}


# -- family 1: de facto police bodies ------------------------------------------------------

@pytest.mark.parametrize("text", [
    "Asayish patrols arrested six men accused of smuggling in the town of Qahtaniyah on Tuesday.",
    "The internal security forces of the Autonomous Administration detained 11 people in Shaddadi on Monday.",
    "Kurdish security forces arrested a man wanted for smuggling at a checkpoint in Hasakah on Sunday.",
    "HTS's general security arrested two pharmacists in the town of Dana on Wednesday.",
    "Hayat Tahrir al-Sham security forces detained a lawyer in the town of Salqin on Tuesday, his relatives said.",
    "The general security of the Salvation Government arrested a cameraman in Maarat Misrin on Monday.",
    "Military police affiliated with the Turkish-backed factions detained five people in Ras al-Ain on Friday.",
    "Three young men were arrested by the Asayish in Malikiyah on Saturday.",
])
def test_arrests_by_a_policing_body_are_arrests(extractor: Extractor, text: str) -> None:
    assert types(run(extractor, text)) == {"Arrests"}


@pytest.mark.parametrize("text", [
    "Hayat Tahrir al-Sham detained a pharmacist in the town of Dana on Wednesday.",
    "Islamic State militants detained a shepherd near Sukhnah on Tuesday.",
    # the police body is who was taken, not who took them
    "Gunmen detained two Asayish members on the road to Tal Hamis on Monday.",
])
def test_an_armed_groups_own_detentions_stay_abductions(extractor: Extractor, text: str) -> None:
    assert types(run(extractor, text)) == {"Abduction/forced disappearance"}


# -- family 2: not events ------------------------------------------------------------------

def test_a_merger_into_one_body_is_no_attack(extractor: Extractor) -> None:
    result = run(extractor, "Four brigades in the Qalamoun announced their merger into a single body on Thursday.")
    assert types(result) == {"Change to group/activity"}


def test_a_merger_talked_of_is_no_change_to_a_group(extractor: Extractor) -> None:
    result = run(extractor, "The two brigades have held talks on a possible merger since the spring.")
    assert types(result) == set()


def test_a_group_told_by_the_merger_it_was_born_of_keeps_only_the_days_fight(extractor: Extractor) -> None:
    result = run(extractor, "Jaysh al-Thuwar, founded in 2015 from a merger of local brigades, clashed "
                            "with IS near Tal Rifaat on Sunday.")
    assert types(result) == {"Armed clash"}


@pytest.mark.parametrize("text", [
    "Activists in Tafas, weakened by years of arrests, say few still dare to speak to reporters.",
    "Decades of repression and arrests have left the town's civil society hollow, residents say.",
])
def test_years_of_arrests_are_history(extractor: Extractor, text: str) -> None:
    assert "Arrests" not in types(run(extractor, text))


def test_a_protest_beside_years_of_arrests_is_still_told(extractor: Extractor) -> None:
    result = run(extractor, "The committee, weakened by years of arrests, held a small protest in Jasim on Friday.")
    assert types(result) == {"Peaceful protest"}


def test_the_act_after_years_of_something_else_is_still_told(extractor: Extractor) -> None:
    result = run(extractor, "After months of talks rebels shelled army positions near Harasta on Monday.")
    assert types(result) == {"Shelling/artillery/missile attack"}
