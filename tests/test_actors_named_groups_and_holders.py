"""Sides a strike report names that are not its parties, and "the enemy" words that name a group
told just before (issue 9, census of stop 43).

- State media call the other side "terrorist groups" or "terrorist organizations": the rebels in
  general, unless their own sentence names their group before them or as the phrase's own noun
  ("terrorist organizations affiliated to Jabhat al-Nusra").  A group named in the sentence
  before is often another town's in a round-up, so it is not theirs.
- A holder told by its abbreviation after its name ("a village held by the Islamic State (IS)
  group") or as a modifier of a settlement noun ("air strikes on a rebel town", "Daesh town") only
  says who rules the place; it did not strike it.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from observatory.extract.pipeline import Extractor
from observatory.kb.actors import ActorDataError, ActorKB
from observatory.models import Document, ExtractionResult


def run(extractor: Extractor, text: str, published: str = "2016-09-14") -> ExtractionResult:
    return extractor.extract(text, Document(id="t", published=published))


def actors(result: ExtractionResult) -> set[str]:
    """The document's actors as the scorer reads them: events', tolls' and control changes'."""
    found = {a.name for e in result.events for a in e.actors}
    found |= {c.group.actor for c in result.casualties if c.group.actor}
    return found | {side for k in result.control_changes for side in (k.gained_by, k.lost_by) if side}


@pytest.mark.parametrize("text, group", [
    ("Two people were hurt when the ISIS terrorist organization shelled Tiyas on Monday, and the terrorist "
     "groups fired 11 more rockets on the town at night, SANA said.", "Islamic State"),
    ("Terrorist groups affiliated to Jaish al-Islam fired mortar rounds on the Qassaa quarter of Damascus on "
     "Sunday, injuring four people.", "Jaysh al-Islam"),
    ("Army units repelled an attack by terrorist organizations affiliated to Jabhat al-Nusra on posts near "
     "Morek on Tuesday, killing 17 of them.", "HTS: Hayat Tahrir al-Sham"),
])
def test_terrorist_groups_whose_sentence_names_their_group_are_that_group(extractor: Extractor, text: str,
                                                                           group: str) -> None:
    found = actors(run(extractor, text))
    assert group in found
    assert "Syrian Rebels" not in found


@pytest.mark.parametrize("text", [
    "Terrorist groups fired rocket shells on the Meridian quarter of Aleppo on Monday, killing a girl, "
    "a source at Aleppo Police Command told SANA.",
    "Four civilians were injured when terrorist organizations targeted the town of Suqaylabiyah with rockets on "
    "Tuesday.",
    # a round-up: the group of the sentence before is another town's
    "Air raids killed 12 ISIL members in Deir Ezzor on Monday. The army clashed with the terrorist groups in "
    "Quneitra countryside on Tuesday, killing nine of them.",
    # more groups than the one named
    "Jabhat al-Nusra terrorists and other terrorist groups fired shells on the Midan quarter of Aleppo on "
    "Monday, killing a man.",
])
def test_terrorist_groups_with_no_group_in_their_sentence_are_the_rebels(extractor: Extractor, text: str) -> None:
    assert "Syrian Rebels" in actors(run(extractor, text))


@pytest.mark.parametrize("text, holder", [
    ("At least 13 civilians were killed on Tuesday in regime air raids on a village held by the Islamic "
     "State (IS) group in Raqa province, the Observatory said.", "Islamic State"),
    ("Russian jets struck the town of Bukamal, controlled by the Islamic State [IS] group, on Monday, killing "
     "11 civilians, activists said.", "Islamic State"),
    ("Syria air strikes kill nine in rebel town Monitor. Air strikes on Kafr Oweid killed nine civilians on "
     "Sunday, the Observatory said.", "Syrian Rebels"),
    ("Barrel bombs kill seven in Daesh town. Helicopters dropped barrel bombs on Deir Hafer on Wednesday, "
     "killing seven civilians.", "Islamic State"),
])
def test_the_holder_of_a_struck_place_is_no_party(extractor: Extractor, text: str, holder: str) -> None:
    assert holder not in actors(run(extractor, text))


@pytest.mark.parametrize("text, party", [
    ("The Islamic State (IS) group attacked a checkpoint near Shaddadi on Sunday, killing three policemen.",
     "Islamic State"),
    ("Jaysh al-Islam (JAI) fighters fired rockets on Damascus on Monday, killing two civilians.", "Jaysh al-Islam"),
    ("Rebel groups attacked the town of Mahardah on Tuesday and clashed with the army for hours.", "Syrian Rebels"),
    ("IS militants stormed the town of Sukhnah on Monday and clashed with government troops.", "Islamic State"),
])
def test_a_side_that_acts_keeps_its_part(extractor: Extractor, text: str, party: str) -> None:
    assert party in actors(run(extractor, text))


@pytest.mark.parametrize("reach", ["one", "-1", "true"])
def test_a_context_rules_reach_must_be_a_count_of_sentences(tmp_path: Path, reach: str) -> None:
    user = tmp_path / "actors.yaml"
    user.write_text("actors: []\ncontext:\n  - pattern: 'the gangs'\n    after: [Islamic State]\n"
                    f"    reach: {reach}\n", encoding="utf-8")
    with pytest.raises(ActorDataError, match=r"actors.yaml: context rule #1: 'reach' must be a whole number"):
        ActorKB.from_files([user])
