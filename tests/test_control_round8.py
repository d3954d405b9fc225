"""Control claims of issue 9, round 8 (brief ctl4), from a fourth held-out file of invented
reports written before the change (bench/data/control_heldout4.jsonl) and a judged sample of
unseen FA-KES articles: a hand-over with its particle after the object ("handed X over to
the army"); an adverb inside a passive ("was fully taken by"); a side declaring a place
"free of terrorists"; a side that "now holds" a place after the other withdrew; "the
abovementioned villages" reading back past a wire's aside to a list that a province only
locates.  Sentences and names below are new, not the file's."""

from __future__ import annotations

import pytest

from observatory.extract.pipeline import Extractor
from observatory.models import Document, ExtractionResult


def run(extractor: Extractor, text: str) -> ExtractionResult:
    return extractor.extract(text, Document(id="t", published="2018-04-11"))


def claims(result: ExtractionResult) -> list[tuple[str | None, str | None]]:
    return [(c.place.mention, c.gained_by) for c in result.control_changes]


ARMY = "Military Forces of Syria"
SDF = "SDF: Syrian Democratic Forces"
IS = "Islamic State"


@pytest.mark.parametrize(("text", "place", "gainer"), [
    ("Local gunmen handed Busra al-Sham over to government troops on Wednesday under a Russian-brokered deal.",
     "Busra al-Sham", ARMY),
    ("The Kurdish militia hands Manbij back over to the Syrian army, the Kremlin said.", "Manbij", ARMY),
])
def test_a_hand_over_with_its_particle_after_the_object(extractor: Extractor, text: str, place: str,
                                                        gainer: str) -> None:
    assert (place, gainer) in claims(run(extractor, text))


def test_handing_people_over_is_no_hand_over_of_ground(extractor: Extractor) -> None:
    text = "Rebels handed four captured soldiers over to the Red Crescent in Saraqeb on Monday."
    assert claims(run(extractor, text)) == []


@pytest.mark.parametrize(("text", "place", "gainer"), [
    ("Al-Shaddadi was completely seized by the SDF on Thursday after a short battle.", "Al-Shaddadi", SDF),
    ("Palmyra has been finally captured by Islamic State militants on Sunday.", "Palmyra", IS),
])
def test_an_adverb_inside_a_passive_capture(extractor: Extractor, text: str, place: str, gainer: str) -> None:
    assert (place, gainer) in claims(run(extractor, text))


@pytest.mark.parametrize(("text", "place"), [
    ("Army units declared the town of Kafr Batna free of terrorists on Saturday, SANA said.", "Kafr Batna"),
    ("The Syrian army announced Al-Mayadin completely cleared of Daesh mercenaries late on Friday.", "Al-Mayadin"),
])
def test_a_place_declared_free_of_militants(extractor: Extractor, text: str, place: str) -> None:
    assert (place, ARMY) in claims(run(extractor, text))


def test_a_place_now_held_after_the_other_side_withdrew(extractor: Extractor) -> None:
    text = "Government troops now hold most of Khan Sheikhoun after the insurgents pulled out on Tuesday."
    assert ("Khan Sheikhoun", ARMY) in claims(run(extractor, text))


def test_a_place_now_held_with_nothing_settled_is_a_state(extractor: Extractor) -> None:
    assert claims(run(extractor, "Government troops now hold most of Khan Sheikhoun, residents say.")) == []


def test_abovementioned_villages_read_back_past_an_aside(extractor: Extractor) -> None:
    text = ("Soldiers fought Nusra Front militants around the villages of Souran, Maardes and Taybat al-Imam "
            "in northern Hama. Footage of the battle was shared widely online. Officers said losses were light. "
            "The troops imposed control over the abovementioned villages after the clashes, the command said.")
    assert claims(run(extractor, text)) == [("Souran", ARMY), ("Maardes", ARMY), ("Taybat al-Imam", ARMY)]


@pytest.mark.parametrize(("text", "place"), [
    ("Government forces freed Kafr Zita from the armed gangs on Wednesday, the agency said.", "Kafr Zita"),
    ("Army units freed the village of Latmin from Nusra terrorists at dawn.", "Latmin"),
    ("After four days of clashes the army has won the battle against Nusra terrorists in Morek town.", "Morek town"),
    ("The army won the battle for Kinsabba late on Monday.", "Kinsabba"),
])
def test_state_media_freeing_a_place_or_winning_its_battle(extractor: Extractor, text: str, place: str) -> None:
    assert (place, ARMY) in claims(run(extractor, text))


@pytest.mark.parametrize("text", [
    "Soldiers freed eleven hostages from a farm near Salamiyah on Sunday.",
    "Police freed Hassan Darwish from custody in Homs, his family said.",
])
def test_freeing_people_is_no_capture(extractor: Extractor, text: str) -> None:
    assert claims(run(extractor, text)) == []


def test_a_side_deploying_where_the_other_left(extractor: Extractor) -> None:
    text = "Faylaq al-Rahman fighters began leaving Arbin at dawn and the army deployed in the town by noon."
    assert ("Arbin", ARMY) in claims(run(extractor, text))


def test_a_deployment_where_no_side_left_is_no_change(extractor: Extractor) -> None:
    assert claims(run(extractor, "Syrian troops deployed in Busra al-Harir on Friday.")) == []


def test_its_districts_stand_for_the_place_named(extractor: Extractor) -> None:
    text = "Turkish-backed rebels besieged Afrin for weeks and seized its northern districts on Thursday."
    assert ("Afrin", "SNA: Syrian National Army") in claims(run(extractor, text))
