"""Control claims in the shapes of round 10 (brief ctl9, mended by fixd9): a side that enters a
place only to massacre its people raids it and takes nothing, the state gains a place only when it
is handed to it, a repelled advance moves no one, and the Russian defence ministry's "liberated the
settlement of X"."""

from __future__ import annotations

import pytest

from observatory.extract.pipeline import Extractor
from observatory.models import Document, ExtractionResult


def run(extractor: Extractor, text: str) -> ExtractionResult:
    return extractor.extract(text, Document(id="t", published="2017-03-14"))


def changes(result: ExtractionResult) -> list[tuple[str | None, str | None]]:
    return [(c.place.mention, c.gained_by) for c in result.control_changes]


ARMY = "Military Forces of Syria"


@pytest.mark.parametrize("text", [
    "Masked gunmen broke into the village of Umm Sharshouh at night, slaughtering 15 villagers in their homes.",
    "A militia loyal to the regime entered Tell Khanzir before dawn and committed a massacre against its "
    "Bedouin families, activists said.",
])
def test_an_entry_to_massacre_the_people_there_is_a_raid_not_an_advance(extractor: Extractor, text: str) -> None:
    assert changes(run(extractor, text)) == []


@pytest.mark.parametrize(("text", "place", "side"), [
    ("Insurgents swept into the village of Kafr Rumma on Sunday and abducted 26 women and children.",
     "Kafr Rumma", "Syrian Rebels"),
    ("Jihadists of the Islamic State stormed into the town of Mheen on Thursday, executing eight civilians "
     "accused of collaborating.", "Mheen", "Islamic State"),
    ("Government troops entered the town of Kafr Rumma and killed 23 Nusra Front militants.", "Kafr Rumma", ARMY),
])
def test_an_advance_that_harms_people_on_the_way_is_still_an_advance(
        extractor: Extractor, text: str, place: str, side: str) -> None:
    """A kidnapping, an execution or enemy fighters killed are what a side taking a place also does;
    only a massacre makes the entry a raid, and only after an entry ("swept into" is an advance)."""
    assert changes(run(extractor, text)) == [(place, side)]


def test_a_capture_after_the_massacre_keeps_the_entry_s_ground(extractor: Extractor) -> None:
    result = run(extractor, "Islamic State fighters entered Mheen at dawn and massacred 11 farmers, then captured "
                            "the rest of the town after a day of clashes.")
    assert ("Mheen", "Islamic State") in changes(result)


def test_harm_done_by_another_side_after_the_entry_leaves_the_advance(extractor: Extractor) -> None:
    """The precision guard: "…, and the army shelled it" is not the entering side's raid."""
    result = run(extractor, "Islamic State fighters entered the village of Umm Sharshouh on Monday, and the army "
                            "shelled the village, massacring 12 civilians.")
    assert changes(result) == [("Umm Sharshouh", "Islamic State")]


@pytest.mark.parametrize("text", [
    "Units of the Syrian government army, supported by Russian aircraft, liberated the settlement of Kafr Nabl, "
    "the Russian Defence Ministry said.",
    "Syrian troops liberated the settlements of Kafr Nabl and Tal Dahab from militants on Monday.",
])
def test_a_settlement_liberated_in_the_russian_ministry_s_words(extractor: Extractor, text: str) -> None:
    assert ("Kafr Nabl", ARMY) in changes(run(extractor, text))


def test_a_visit_to_a_settlement_is_no_change(extractor: Extractor) -> None:
    """The precision guard: the noun names a place, the verb still has to tell a change."""
    result = run(extractor, "Russian officers visited the settlement of Kafr Nabl to deliver humanitarian aid.")
    assert changes(result) == []


@pytest.mark.parametrize("text", [
    "Regime Makes Progress in Homs as Clashes Rage. Fighting in the eastern Homs countryside left nine soldiers "
    "dead on Monday, a monitor said.",
    "IS fighters advanced in northern Hama on Tuesday, killing 12 soldiers, the monitor said of the fighting "
    "in Hama province.",
])
def test_an_advance_in_a_capital_s_name_used_for_its_governorate_is_no_control_place(
        extractor: Extractor, text: str) -> None:
    assert changes(run(extractor, text)) == []


@pytest.mark.parametrize(("text", "place"), [
    ("Rebels advanced in Hama city on Tuesday. Clashes also hit villages in Hama province.", "Hama city"),
    ("Rebels advanced into Hama on Tuesday. Clashes also hit villages in Hama province.", "Hama"),
    ("Rebels advanced in Hama on Tuesday, the monitor said.", "Hama"),
])
def test_an_advance_on_the_city_itself_stays(extractor: Extractor, text: str, place: str) -> None:
    """The precision guard: the city called a city, an advance "into" it, or a report that never
    names the governorate keep the city's advance."""
    assert changes(run(extractor, text)) == [(place, "Syrian Rebels")]


@pytest.mark.parametrize("text", [
    "Militants handed over the town of Dumayr to the Syrian authorities on Monday after laying down their arms, "
    "the Russian reconciliation centre said.",
    "Opposition gunmen handed Dumayr back over to the state on Friday under a local truce.",
    "Jaish al-Islam fighters pulled out of Dumayr on Sunday, handing the town over to the government.",
])
def test_a_handover_to_the_state_named_by_a_common_noun_is_the_state_s_gain(extractor: Extractor, text: str) -> None:
    assert changes(run(extractor, text)) == [("Dumayr", ARMY)]


@pytest.mark.parametrize(("text", "place"), [
    ("Jihadist fighters pulled out of the town of Maskanah on Friday, according to state television.", "Maskanah"),
    ("The PYD's fighters retreated from Manbij, a source close to the government told reporters.", "Manbij"),
    ("Opposition fighters abandoned the village of Tal Kurdi on Friday, SANA said, quoting a letter to the "
     "state's reconciliation committee.", "Tal Kurdi"),
    ("The rebels withdrew from Dumayr to the government-held town of Ruhaibeh.", "Dumayr"),
])
def test_the_state_named_after_a_withdrawal_but_not_handed_the_place_gains_nothing(
        extractor: Extractor, text: str, place: str) -> None:
    """Who told the news ("according to state television", "close to the government"), the state's
    own committee, or where the fighters went are not who gained the place."""
    assert changes(run(extractor, text)) == [(place, None)]


def test_a_plural_noun_after_a_list_is_shared_by_its_names(extractor: Extractor) -> None:
    result = run(extractor, "Army units restored security and stability to Tal Sharshouh and Khirbet al-Hasan "
                            "villages in the northern Hama countryside on Tuesday.")
    assert changes(result) == [("Tal Sharshouh", ARMY), ("Khirbet al-Hasan", ARMY)]


@pytest.mark.parametrize("text", [
    "Syrian troops captured Tal Dahab and three Hama villages on Tuesday.",
    "Syrian troops captured Tal Dahab and Hama villages on Tuesday.",
])
def test_counted_or_governorate_villages_after_a_list_are_no_place(extractor: Extractor, text: str) -> None:
    """The precision guard: a count ("three Hama villages") or a governorate's name heads no place."""
    assert changes(run(extractor, text)) == [("Tal Dahab", ARMY)]


@pytest.mark.parametrize("text", [
    "Regime forces and Russian-backed militias took over al-Ruweid in the southern Idlib countryside on Friday.",
    "Regime forces took over al-Ruweid following a week of heavy bombardment, Enab Baladi reported.",
    "Regime forces took over al-Ruweid under heavy Russian air cover on Friday.",
])
def test_an_unknown_name_taken_before_its_governorate_or_a_following_phrase(extractor: Extractor, text: str) -> None:
    assert changes(run(extractor, text)) == [("al-Ruweid", ARMY)]


def test_an_advance_in_a_governorate_s_countryside_names_no_place(extractor: Extractor) -> None:
    """The precision guard: with no name before it, the governorate is still no control place."""
    result = run(extractor, "Regime forces advanced in the southern Idlib countryside following a week of bombardment.")
    assert changes(result) == []


@pytest.mark.parametrize(("text", "expected"), [
    ("SDF fighters are advancing slowly against IS remnants in Hajin, the coalition said.",
     [("Hajin", "SDF: Syrian Democratic Forces")]),
    ("Government troops pressed on with their advances against Jaish al-Fatah in Khan Tuman and Zitan.",
     [("Khan Tuman", ARMY), ("Zitan", ARMY)]),
])
def test_an_advance_against_a_named_side_in_a_place(extractor: Extractor, text: str,
                                                    expected: list[tuple[str, str]]) -> None:
    assert changes(run(extractor, text)) == expected


@pytest.mark.parametrize("text", [
    "Opposition fighters beat back a regime advance against their trenches in Latamneh on Saturday.",
    "Rebels repelled regime advances against their positions in Latamneh, killing 14 soldiers.",
    "The army's advances against the Nusra Front in Latamneh have cost many civilian lives, the monitor said.",
    "Rebels halted an Islamic State push into Latamneh on Saturday.",
    "Turkish-backed rebels are advancing against IS, the monitor said.",
])
def test_a_repelled_or_bare_advance_against_a_side_is_no_change(extractor: Extractor, text: str) -> None:
    """The side advanced on is never the gainer; a noun advance, or one stopped, moves no one."""
    assert changes(run(extractor, text)) == []


def test_an_advance_after_a_repelled_attack_stays(extractor: Extractor) -> None:
    """The precision guard: the stopping verb governs its own object, not a verb after "and"."""
    result = run(extractor, "Rebels repelled an attack on Tuesday and advanced into Latamneh.")
    assert changes(result) == [("Latamneh", "Syrian Rebels")]


def test_a_stop_word_inside_a_compound_is_no_repelled_advance(extractor: Extractor) -> None:
    """The precision guard: "non-stop fighting" tells how the side fought, not that it was stopped."""
    result = run(extractor, "Government troops after two days of non-stop fighting drove the militants out of the "
                            "village of Kafr Rumma.")
    assert changes(result) == [("Kafr Rumma", ARMY)]
