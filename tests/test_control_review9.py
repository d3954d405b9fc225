"""Review findings on control claims and event typing (issue 9, brief fixctl3): a capture whose
subject holds civilians in a phrase of its own; "moved into" as a deployment; a repelled attack
("held off an assault") and a strike put off ("held off on strikes"); a bomb near a helicopter
base; a car that detonated after police intercepted it; a dated strike inside a season; the noun
"advance" on a bearing; counted pieces of a town in number words; a site "lost … to" a side; a
read-more link's headline that runs into the article's next sentence.
Sentences and names are invented."""

from __future__ import annotations

import pytest

from observatory.extract.pipeline import Extractor
from observatory.models import Document, ExtractionResult


def run(extractor: Extractor, text: str) -> ExtractionResult:
    return extractor.extract(text, Document(id="t", published="2017-10-25"))


def claims(result: ExtractionResult) -> list[tuple[str | None, str | None]]:
    return [(c.place.mention, c.gained_by) for c in result.control_changes]


def types(result: ExtractionResult) -> set[str]:
    return {e.sub_event_type for e in result.events}


ARMY = "Military Forces of Syria"
REBELS = "Syrian Rebels"
IS = "Islamic State"
IED = "Remote explosive/landmine/IED"


def test_civilians_among_the_subject_do_not_make_a_displacement(extractor: Extractor) -> None:
    text = "Militants holed up among civilians in the old market were expelled from Maarat Misrin by the army on Sunday."
    assert ("Maarat Misrin", ARMY) in claims(run(extractor, text))


def test_fighters_hiding_among_residents_still_withdraw(extractor: Extractor) -> None:
    text = "Gunmen hiding among residents withdrew from Kafr Nubl on Wednesday."
    assert [m for m, _ in claims(run(extractor, text))] == ["Kafr Nubl"]


def test_families_driven_out_are_still_no_side(extractor: Extractor) -> None:
    text = "Families were driven on Sunday from Kafr Nubl by the shelling."
    assert claims(run(extractor, text)) == []


@pytest.mark.parametrize("text", [
    "Russian military police moved into Tal Abyad on Tuesday to monitor the ceasefire.",
    "Turkish troops moved into Afrin district on Friday to set up observation posts under the de-escalation agreement.",
    "Government troops moved into Khan Tuman on Saturday.",
])
def test_moving_into_a_place_without_a_side_leaving_is_no_advance(extractor: Extractor, text: str) -> None:
    result = run(extractor, text)
    assert claims(result) == []
    assert "Armed clash" not in types(result)


def test_moving_into_a_place_a_side_left_is_an_advance(extractor: Extractor) -> None:
    text = "Kurdish fighters withdrew from Tal Abyad on Sunday. Turkish-backed rebels moved into Tal Abyad on Monday."
    assert [m for m, g in claims(run(extractor, text)) if g] == ["Tal Abyad"]


def test_a_repelled_assault_is_a_clash(extractor: Extractor) -> None:
    text = "Regime forces held off a rebel assault on Hama military airport on Tuesday."
    assert "Armed clash" in types(run(extractor, text))


def test_strikes_held_off_on_are_not_flown(extractor: Extractor) -> None:
    text = "Russia held off on renewed air strikes on Idlib on Monday."
    assert "Air/drone strike" not in types(run(extractor, text))


def test_a_device_near_a_helicopter_base_is_still_a_planted_bomb(extractor: Extractor) -> None:
    text = "An improvised explosive device went off near the helicopter landing pad at Kuweires on Tuesday, killing four soldiers."
    assert IED in types(run(extractor, text))


def test_devices_dropped_from_helicopters_are_no_planted_bomb(extractor: Extractor) -> None:
    text = "Helicopters dropped improvised explosive devices on Daraya on Tuesday, killing six people."
    assert IED not in types(run(extractor, text))


def test_a_car_that_detonated_after_an_interception_went_off(extractor: Extractor) -> None:
    text = ("Police intercepted a suspected bomber at a checkpoint in Tartus on Tuesday and the car detonated, "
            "killing five officers.")
    assert IED in types(run(extractor, text))


def test_a_foiled_attempt_is_no_blast(extractor: Extractor) -> None:
    text = "The army foiled an attempt to blow up a truck in Tartus, which was detonated before reaching the checkpoint."
    assert IED not in types(run(extractor, text))


def test_a_dated_strike_inside_a_season_is_news(extractor: Extractor) -> None:
    text = "Over the past month, Russian jets struck Khan Sheikhoun on Tuesday, killing 9 people."
    assert "Air/drone strike" in types(run(extractor, text))


def test_a_season_summed_up_is_still_background(extractor: Extractor) -> None:
    text = "Russian jets have killed dozens of civilians in Khan Sheikhoun over the past several weeks."
    assert types(run(extractor, text)) == set()


def test_the_noun_advance_on_a_bearing_claims_nothing(extractor: Extractor) -> None:
    text = "The army's advance west of Deir Hafer stalled on Tuesday."
    assert claims(run(extractor, text)) == []


def test_a_bearing_within_a_distance_of_a_city_is_its_countryside(extractor: Extractor) -> None:
    text = "Troops advanced to within three kilometres south of Homs on Friday."
    assert claims(run(extractor, text)) == []


@pytest.mark.parametrize("count", ["four", "seventeen", "twenty"])
def test_counted_pieces_of_a_town_in_words(extractor: Extractor, count: str) -> None:
    text = f"Rebels captured {count} checkpoints inside Maadan on Friday."
    assert ("Maadan", REBELS) in claims(run(extractor, text))


def test_a_military_airport_lost_to_a_side(extractor: Extractor) -> None:
    text = "Rebels lost the Tabqa military airport to IS on Friday."
    assert ("Tabqa military airport", IS) in claims(run(extractor, text))


def test_a_read_more_headline_ends_where_the_next_sentence_starts(extractor: Extractor) -> None:
    text = ("Gunmen attacked a bakery in Qamishli on Saturday. READ MORE Turkish Jets Pound Kurdish Positions "
            "in Afrin In a separate raid gunmen kidnapped twelve villagers in Tell Marq on Sunday")
    assert "Abduction/forced disappearance" in types(run(extractor, text))


def test_a_read_more_headline_in_sentence_case_stays_furniture(extractor: Extractor) -> None:
    text = ("Gunmen attacked a bakery in Qamishli on Saturday. "
            "Read more: the army shells rebel posts near Hama and kills 30 militants")
    assert types(run(extractor, text)) == {"Armed clash"}


@pytest.mark.parametrize("text", [
    "Pro-government militiamen committed a massacre in Tell Hamra on Tuesday, killing 14 villagers. "
    "On Monday a car bomb exploded in Tell Hamra, killing three people.",
    "Regime militias committed a massacre in Kafr Batna on Thursday, killing nine people. "
    "On Tuesday a car bomb exploded in Kafr Batna, wounding five.",
])
def test_a_massacre_on_another_day_by_its_own_doer_is_no_bombing(extractor: Extractor, text: str) -> None:
    assert types(run(extractor, text)) == {"Attack", IED}


def test_a_bombing_called_a_massacre_is_one_bombing(extractor: Extractor) -> None:
    text = "A car bomb exploded in Kafr Batna on Thursday, killing nine people in what activists called a massacre."
    assert types(run(extractor, text)) == {IED}
