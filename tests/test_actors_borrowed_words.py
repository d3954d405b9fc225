"""A side's words read in their own setting: a name's words borrowed by a longer
description stay the name's ("the Free Syrian Army troops"), and al-Qaeda's words name a
Syrian faction only in Syria."""

from __future__ import annotations

from observatory.extract.pipeline import Extractor
import pytest

from observatory.kb.actors import ActorKB, default_kb
from observatory.models import Document, ExtractionResult


@pytest.fixture(scope="module")
def kb() -> ActorKB:
    return default_kb()


def actor_names(result: ExtractionResult) -> set[str]:
    names = {a.name for e in result.events for a in e.actors}
    return names | {c.group.actor for c in result.casualties if c.group.actor}


def run(extractor: Extractor, text: str, published: str = "2017-05-14") -> ExtractionResult:
    return extractor.extract(text, Document(id="t", published=published))


def test_an_armed_noun_after_the_free_syrian_army_is_its_men(extractor: Extractor) -> None:
    result = run(extractor, "The Free Syrian Army troops ambushed a patrol near Tal Rifaat on Thursday, "
                            "killing four Kurdish fighters.")
    assert "Syrian Rebels" in actor_names(result)
    assert "Military Forces of Syria" not in actor_names(result)


def test_the_syrian_army_troops_alone_stay_the_army(kb: ActorKB) -> None:
    """Precision guard: no name before "Syrian Army troops" to borrow from."""
    mentions = kb.find("The Syrian Army troops stormed the village of Kafr Zita at dawn.")
    assert [m.name for m in mentions] == ["Military Forces of Syria"]


def test_two_names_that_cross_keep_the_longer(kb: ActorKB) -> None:
    """Precision guard: "the army" does not cut "the Army of Conquest" short."""
    mentions = kb.find("Jets pounded positions held by the Army of Conquest near Saraqeb.")
    assert "Syrian Rebels" in [m.name for m in mentions]
    assert "Military Forces of Syria" not in [m.name for m in mentions]


def test_al_qaeda_linked_gunmen_in_yemen_are_no_syrian_faction(extractor: Extractor) -> None:
    result = run(extractor, "Al-Qaeda-linked gunmen stormed an army post in Zinjibar in southern Yemen on "
                            "Friday, killing nine soldiers.")
    assert not actor_names(result) & {"HTS: Hayat Tahrir al-Sham", "Hurras al-Din"}


def test_an_al_qaeda_affiliate_in_iraq_is_no_syrian_faction(extractor: Extractor) -> None:
    result = run(extractor, "An al-Qaeda affiliate set off a car bomb in Baqubah in Iraq on Monday, "
                            "killing 14 people.", published="2013-06-03")
    assert not actor_names(result) & {"HTS: Hayat Tahrir al-Sham", "Hurras al-Din"}


def test_al_qaeda_linked_fighters_in_idlib_stay_hts(extractor: Extractor) -> None:
    """Precision guard: in a Syrian town the words keep their Syrian faction."""
    result = run(extractor, "Al-Qaeda-linked fighters overran an army checkpoint near Khan Shaykhun in Idlib "
                            "on Friday, killing nine soldiers.")
    assert "HTS: Hayat Tahrir al-Sham" in actor_names(result)


def test_al_qaeda_linked_fighters_with_no_place_stay_hts(extractor: Extractor) -> None:
    """Precision guard: a sentence that names no place keeps the plain reading."""
    result = run(extractor, "Al-Qaeda-linked fighters ambushed an army convoy on Friday, killing nine soldiers.")
    assert "HTS: Hayat Tahrir al-Sham" in actor_names(result)


def test_one_opposition_fighter_killed_is_a_rebel(extractor: Extractor) -> None:
    result = run(extractor, "Government jets struck a hilltop post near Kafr Nubl on Sunday, killing an "
                            "opposition fighter and wounding two others.")
    sides = {c.group.actor for c in result.casualties}
    assert "Syrian Rebels" in sides
    assert "Unidentified Armed Group" not in sides


def test_an_islamist_fighter_shot_by_a_sniper_is_a_rebel(extractor: Extractor) -> None:
    result = run(extractor, "An Islamist fighter was shot dead by an army sniper in Busra al-Harir on Wednesday.")
    assert "Syrian Rebels" in {c.group.actor for c in result.casualties}


def test_an_opposition_figure_is_no_fighter(kb: ActorKB) -> None:
    """Precision guard: only the fighter is an armed side, not any opposition noun."""
    assert kb.find("An opposition figure was detained at a checkpoint outside Hama.") == []


def _sides(result: ExtractionResult) -> dict[str, tuple[str | None, str | None]]:
    return {c.evidence.text: (c.group.actor, c.group.nationality) for c in result.casualties}


def test_foreign_mercenaries_killed_by_russian_jets_are_no_loyalists(extractor: Extractor) -> None:
    result = run(extractor, "Some 90 Islamic State fighters and 45 foreign mercenaries were killed in Russian "
                            "air strikes near Mayadin, the defence ministry in Moscow said.")
    actor, nationality = _sides(result)["45 foreign mercenaries"]
    assert actor != "Pro-Government Militias (Syria)"
    assert nationality == "foreign"


def test_foreign_terrorists_in_state_media_are_the_rebels(extractor: Extractor) -> None:
    """Guard: "terrorists" names its side itself; the foreign mark stays on the group."""
    result = run(extractor, "Army units killed 30 foreign terrorists in the countryside of Jisr al-Shughur on Monday.")
    assert _sides(result)["30 foreign terrorists"] == ("Syrian Rebels", "foreign")


def test_foreign_fighters_beside_the_army_stay_its_militias(extractor: Extractor) -> None:
    """Precision guard: the monitor's "non-Syrian"/"foreign fighters" keep the loyalist default."""
    result = run(extractor, "Clashes near Khanasir killed 12 soldiers and 7 foreign fighters on Monday.")
    assert _sides(result)["7 foreign fighters"] == ("Pro-Government Militias (Syria)", "foreign")


def test_the_militants_are_the_holders_of_the_villages_named_before(extractor: Extractor) -> None:
    result = run(extractor, "The Kurdish-led SDF pressed on towards Tabqa. Coalition jets struck two ISIS-held "
                            "villages near the dam on Sunday as the militants fought off the SDF advance.")
    clash = [e for e in result.events if any(a.mention == "the militants" for a in e.actors)]
    assert clash and all(a.name == "Islamic State" for e in clash for a in e.actors if a.mention == "the militants")


def test_a_holder_alone_is_no_party(extractor: Extractor) -> None:
    """Precision guard: the holder only names an antecedent; the strike's parties stay the
    coalition and its victims."""
    result = run(extractor, "Coalition jets struck two ISIS-held villages near Tabqa on Sunday, killing six civilians.")
    assert "Islamic State" not in actor_names(result)


def test_a_headlines_jihadists_are_the_group_the_body_names(extractor: Extractor) -> None:
    result = run(extractor, "Coalition raids kill 28 jihadists in eastern Syria\nAt least 28 jihadists from the "
                            "Islamic State group died in coalition raids near Hajin on Friday, a monitor said.")
    assert {c.group.actor for c in result.casualties} == {"Islamic State"}


def test_jihadists_before_a_plain_rebel_faction_keep_the_default(extractor: Extractor) -> None:
    """Precision guard: a later side the rule does not accept (a rebel faction for
    "jihadists") is no referent; the default stands."""
    result = run(extractor, "Air strikes killed 12 jihadists near Saraqeb on Friday. Rebels of the Free Idlib "
                            "Army said they lost no men.")
    assert [c.group.actor for c in result.casualties] == ["Syrian Rebels"]


def test_a_terrorist_commander_in_state_media_is_a_rebel(extractor: Extractor) -> None:
    result = run(extractor, "The Syrian army killed a notorious terrorist commander near Kafr Zeita on Tuesday, "
                            "an army source told the agency.", published="2016-05-14")
    assert [c.group.actor for c in result.casualties] == ["Syrian Rebels"]


def test_members_of_the_takfiri_group_take_the_group_named_before(extractor: Extractor) -> None:
    result = run(extractor, "Troops pushed into Jisr al-Shughur against the Nusra Front. Army units killed 14 "
                            "members of the Takfiri group in the town on Sunday.", published="2015-05-14")
    assert "HTS: Hayat Tahrir al-Sham" in {c.group.actor for c in result.casualties}


def test_a_terrorist_attack_names_no_side(extractor: Extractor) -> None:
    """Precision guard: only the men (commanders, leaders, the group) are a side, not an attack."""
    result = run(extractor, "The terrorist attack on the convoy killed 9 soldiers near Palmyra on Friday.")
    assert "Syrian Rebels" not in actor_names(result)


def test_militants_of_a_clash_between_named_factions_stay_the_umbrella(extractor: Extractor) -> None:
    """Precision guard: two sides named after the word name no one of them."""
    result = run(extractor, "Over 60 militants were killed in clashes between Jaysh al-Islam and Faylaq "
                            "al-Rahman in Douma on Friday.")
    assert [c.group.actor for c in result.casualties] == ["Syrian Rebels"]


def test_terrorists_in_the_body_do_not_borrow_a_later_sentences_group(extractor: Extractor) -> None:
    """Precision guard: in the body the look-ahead stops at the sentence's end."""
    result = run(extractor, "Army kills 12 terrorists near Kinsabba\nThe army pounded positions near Kinsabba "
                            "on Monday. Troops clashed with the terrorists near the hills, killing 12 of them. "
                            "Jets also struck ISIL positions near Palmyra.")
    assert "Islamic State" not in {c.group.actor for c in result.casualties}
