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


def test_an_islamist_fighter_from_a_named_group_is_that_groups(extractor: Extractor) -> None:
    """Issue 9: "Islamist fighter" is no alias of the rebels; the group named with him is his side."""
    result = run(extractor, "An Islamist fighter from Ahrar al-Sham died in clashes with the army near "
                            "Kafr Zita on Thursday.")
    assert [c.group.actor for c in result.casualties] == ["Ahrar al-Sham"]


def test_an_islamist_fighter_arrested_abroad_is_no_rebel(extractor: Extractor) -> None:
    """Issue 9: a convict in Europe is no party of the Syrian war."""
    result = run(extractor, "A former Islamist fighter was detained in Hamburg on Thursday.")
    assert "Syrian Rebels" not in actor_names(result)


def test_an_opposition_figure_is_no_fighter(kb: ActorKB) -> None:
    """Precision guard: only the fighter is an armed side, not any opposition noun."""
    assert kb.find("An opposition figure was detained at a checkpoint outside Hama.") == []


def _sides(result: ExtractionResult) -> dict[str, tuple[str | None, str | None]]:
    return {c.evidence.text: (c.group.actor, c.group.nationality) for c in result.casualties}


def test_foreign_mercenaries_beside_regime_soldiers_are_its_militias(extractor: Extractor) -> None:
    """Issue 9: the opposition's "foreign mercenaries" are Iran's militias, the loyalist default."""
    result = run(extractor, "Opposition fighters killed 24 regime soldiers and 9 foreign mercenaries in the "
                            "battles west of Khanasir, an opposition outlet reported.")
    assert _sides(result)["9 foreign mercenaries"] == ("Pro-Government Militias (Syria)", "foreign")


def test_foreign_mercenaries_listed_with_a_groups_fighters_are_its_men(extractor: Extractor) -> None:
    """Moscow's "IS fighters and N foreign mercenaries" are IS's, not the loyalist default."""
    result = run(extractor, "Some 75 Islamic State fighters and 38 foreign mercenaries died in Russian air "
                            "strikes near Mayadin, the defence ministry in Moscow said.")
    assert _sides(result)["38 foreign mercenaries"] == ("Islamic State", "foreign")


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


def test_a_terrorist_commander_takes_the_side_named_before(extractor: Extractor) -> None:
    """State media's "terrorist commander" resolves like "terrorists" when a side is named before."""
    result = run(extractor, "Army units advanced against Jaish al-Islam near Douma. The army killed a notorious "
                            "terrorist commander near the farms on Tuesday, an army source told the agency.",
                 published="2016-05-14")
    assert [c.group.actor for c in result.casualties] == ["Jaysh al-Islam"]


def test_a_terrorist_leader_with_no_side_named_is_no_rebel(extractor: Extractor) -> None:
    """Issue 9: a leader is anyone's (IS's, the PKK's): with no side named, none is guessed."""
    result = run(extractor, "A terrorist ringleader was detained by the Kurdish Asayish in Amuda on Thursday.")
    assert "Syrian Rebels" not in actor_names(result)


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


def test_its_troops_are_the_attackers_not_the_holders(extractor: Extractor) -> None:
    """Issue 9: a holder ("rebel-held") is no antecedent of a possessive: the army's troops
    take the town back."""
    result = run(extractor, "The army shelled rebel-held Kafr Batna on Tuesday. Its troops later took the town.")
    assert [(c.gained_by, c.lost_by) for c in result.control_changes] == [("Military Forces of Syria", None)]


def test_the_militants_are_the_side_named_in_their_sentence_not_the_holder(extractor: Extractor) -> None:
    """Issue 9: "the militants" after a side named in their own sentence are that side's."""
    result = run(extractor, "Faylaq al-Rahman fighters overran two IS-held hamlets near Bir Qassab on Tuesday, "
                            "and the militants took a third hamlet by evening.")
    assert actor_names(result) == {"Faylaq al-Rahman"}


def test_a_side_after_the_word_as_its_verbs_object_is_not_the_word(extractor: Extractor) -> None:
    """Issue 9: "militants attacked the YPG" are not the YPG; the default stands."""
    result = run(extractor, "Militants stormed positions of the Kurdish YPG near Jinderes on Sunday, "
                            "killing four fighters.")
    militants = {a.name for e in result.events for a in e.actors if a.mention == "Militants"}
    assert militants == {"Syrian Rebels"}


def test_a_side_attached_to_the_word_is_its_side(extractor: Extractor) -> None:
    """Guard: "terrorists of the so-called <group>" name their own side after them."""
    result = run(extractor, "Army units killed 11 terrorists of the so-called Jaish al-Islam near Harasta on "
                            "Sunday.", published="2016-05-14")
    assert [c.group.actor for c in result.casualties] == ["Jaysh al-Islam"]


def test_a_first_sentence_with_no_headline_does_not_read_on(extractor: Extractor) -> None:
    """Issue 9: only a headline line (no full stop, its own line) reads into the body."""
    result = run(extractor, "Army units killed 19 terrorists near Khan Shaykhun on Monday. Elsewhere, ISIS "
                            "terrorists attacked army posts near Sukhnah.")
    assert [c.group.actor for c in result.casualties] == ["Syrian Rebels"]


def test_al_qaeda_linked_fighters_in_lebanon_stay_hts(extractor: Extractor) -> None:
    """Issue 9: a neighbour where the Syrian faction fights is no other war."""
    result = run(extractor, "Al-Qaeda-linked fighters raided Lebanese army posts near Arsal in Lebanon on "
                            "Thursday, killing three soldiers.")
    assert "HTS: Hayat Tahrir al-Sham" in actor_names(result)


def test_al_qaeda_linked_fighters_near_the_border_with_iraq_stay_hts(extractor: Extractor) -> None:
    """Issue 9: the country across a border is not where the sentence is set."""
    result = run(extractor, "Al-Qaeda-linked fighters attacked SDF posts near the border with Iraq on Monday, "
                            "killing five SDF fighters.")
    assert "HTS: Hayat Tahrir al-Sham" in actor_names(result)


def test_a_headline_over_a_blank_line_reads_on_into_the_body(extractor: Extractor) -> None:
    from observatory.ingest.records import report_text

    text = report_text("Air raids kill 19 jihadists near Tabqa",
                       "At least 19 jihadists from the Islamic State group were killed in raids on "
                       "villages west of Tabqa on Wednesday, a monitor said.")
    result = run(extractor, text)
    assert {c.group.actor for c in result.casualties if c.count.value == 19} == {"Islamic State"}


@pytest.mark.parametrize("text", [
    "Militants attacked positions of the YPG near Jindires on Monday, killing two fighters.",
    "Terrorists shelled the headquarters of Jaysh al-Islam in Harasta on Sunday, killing three.",
])
def test_a_side_owning_the_object_hit_is_not_the_doer(extractor: Extractor, text: str) -> None:
    # the attackers keep the default side; the owner of what was hit is the other party
    assert "Syrian Rebels" in actor_names(run(extractor, text))


def test_a_while_clause_does_not_lend_its_side_to_the_first_clause(extractor: Extractor) -> None:
    result = run(extractor, "Army units killed 23 terrorists near Kafr Zita on Friday, while ISIS "
                            "terrorists attacked army posts near Sukhnah.")
    assert {c.group.actor for c in result.casualties if c.count.value == 23} == {"Syrian Rebels"}


def test_militants_counted_in_a_holders_area_are_the_holders(extractor: Extractor) -> None:
    result = run(extractor, "The SDF pushed into IS-held districts of Tabqa on Thursday, killing 13 militants.")
    assert {c.group.actor for c in result.casualties if c.count.value == 13} == {"Islamic State"}


@pytest.mark.parametrize("value", ["[SY, IQ]", "{SY: 5}", "seven"])
def test_a_malformed_country_words_entry_is_named_with_its_file(tmp_path, value: str) -> None:
    """A user's actors file whose ``country_words`` is no mapping of countries to word lists
    gets one error naming the file, not a traceback from deep in the loader."""
    from observatory.kb.actors import PACKAGE_FILE, ActorDataError

    user = tmp_path / "actors.yaml"
    user.write_text(f"country_words: {value}\n", encoding="utf-8")
    with pytest.raises(ActorDataError, match=rf"{user}: 'country_words' must map"):
        ActorKB.from_files([PACKAGE_FILE, user])
