"""Sub-event types the lexicon had no words for, and readings that stand for others (issue 9, brief types9b).

A crackdown on a protest is the protest, told by what was done to it (Protest with intervention,
Excessive force against protesters); a crowd's own violence is a riot (Violent demonstration, Mob
violence); a side's new base or post is Headquarters or base established.  Such a reading stands
for the protest, arrests or attack its sentence also tells (triggers.yaml ``outranks``).  Smaller
families: Israel's missiles are its jets', a tank's fire is shelling, a vehicle bomb driven into
its target is a suicide bomb, a former fighter shot dead is a civilian, a fight told as not
having happened ("without clashes") is none, a weapons cache seized is no battle.  Each family has
its negatives.  Sentences are invented for these tests."""

from __future__ import annotations

from pathlib import Path

import pytest

from observatory.extract.pipeline import Extractor
from observatory.extract.triggers import TriggerDataError, load_lexicon
from observatory.models import Document, ExtractionResult

PWI = "Protest with intervention"
EXCESSIVE = "Excessive force against protesters"
PEACEFUL = "Peaceful protest"
VIOLENT_DEMO = "Violent demonstration"
MOB = "Mob violence"
BASE = "Headquarters or base established"


def run(extractor: Extractor, text: str, published: str = "2018-06-20") -> ExtractionResult:
    return extractor.extract(text, Document(id="t", published=published))


def types(extractor: Extractor, text: str) -> set[str]:
    return {e.sub_event_type for e in run(extractor, text).events}


@pytest.mark.parametrize("text, expected", [
    ("Police in Manbij broke up a sit-in of oil workers outside the council on Sunday and detained four of them.", {PWI}),
    ("Gunmen of a faction fired into the air to disperse dozens of protesters in the town of Sarmin on Friday.", {PWI}),
    ("The demonstration in front of the Asayish office in Derik was dispersed with tear gas on Wednesday.", {PWI}),
    ("Troops opened fire on marchers in the town of Nawa on Friday, killing two of them.", {EXCESSIVE}),
    ("Protesters were shot by guards of the local council in Shaddadi on Monday, a witness said.", {EXCESSIVE}),
    # headline grammar: gunfire at a protest is force against it, not an attack on civilians beside it
    ("A checkpoint guard opens fire on a sit-in in Karak", {EXCESSIVE}),
    ("Angry residents torched the police station in the town of Jisr al-Shughur on Sunday after a youth died in custody.", {VIOLENT_DEMO}),
    ("An enraged crowd stormed the office of the relief group in Azaz on Tuesday over unpaid aid.", {VIOLENT_DEMO}),
    ("A mob lynched a young man accused of kidnapping a child in the town of Dana on Thursday.", {MOB}),
    ("The Turkish army set up a new observation post near the village of Maar Hattat on Saturday.", {BASE}),
    ("Iranian militias established a military base on the edge of the town of al-Mayadin on Monday, local sources said.", {BASE}),
    ("Hundreds of people in Atarib demonstrated on Friday for the release of detainees held by the regime.", {PEACEFUL}),
    ("Teachers in Raqqa staged a protest on Monday against the new curriculum of the civil council.", {PEACEFUL}),
])
def test_crackdowns_crowds_and_bases_are_typed(extractor: Extractor, text: str, expected: set[str]) -> None:
    assert types(extractor, text) == expected


@pytest.mark.parametrize("text", [
    "The war began in 2011 when security forces fired on peaceful protesters in Daraa.",
    "The uprising erupted after the regime cracked down on demonstrations in the south.",
    "The government launched a riot control training course for police in Damascus.",
    "A flash mob danced in the square of Latakia on Sunday to celebrate the holiday.",
    "Regime forces mobilised reinforcements to the front line near Kafr Nabuda on Monday.",
    "The council agreed to set up a committee to study the water shortage.",
    "Residents of the town hold a commemoration for the victims on its anniversary.",
    "The base, set up in 2015, has housed Russian advisers ever since.",
    "The talks in Astana collapsed on Thursday without a statement.",
    "Shelling on 3 March wounded no one, the ministry said later in a long statement.",
])
def test_words_of_crackdowns_crowds_and_bases_that_tell_none(extractor: Extractor, text: str) -> None:
    assert not (types(extractor, text) & {PWI, EXCESSIVE, VIOLENT_DEMO, MOB, BASE, PEACEFUL})


def test_a_base_struck_is_the_strike_not_a_base_set_up(extractor: Extractor) -> None:
    text = "Coalition jets struck a base established by ISIS in the desert near Sukhnah on Monday."
    assert types(extractor, text) == {"Air/drone strike"}


@pytest.mark.parametrize("text, expected", [
    # Israel's missiles over Syria are its jets'
    ("Israeli missiles hit an air defence battalion near Masyaf late on Monday, state media said.", {"Air/drone strike"}),
    ("Hezbollah fired missiles at rebel positions in the Qalamoun hills on Sunday.", {"Shelling/artillery/missile attack"}),
    # a tank's fire on a house is shelling, not gunfire at people
    ("A regime tank fired on a farmhouse near Kafr Zita on Tuesday, killing a farmer and his son.",
     {"Shelling/artillery/missile attack"}),
    # a bomb driven into its target is its driver's
    ("A militant rammed a bomb-laden truck into the gate of an SDF base near Hajin on Monday.", {"Suicide bomb"}),
    ("A car bomb parked near the bakery in Azaz exploded on Monday, killing five.", {"Remote explosive/landmine/IED"}),
    # a former fighter is a civilian; a serving one shot dead is fighting
    ("Unknown gunmen shot dead a former opposition commander near Jasim on Sunday.", {"Attack"}),
    ("Unknown gunmen shot dead an FSA commander near Jasim on Sunday.", {"Armed clash"}),
    # a fight told as not having happened
    ("Police searched the Hamidiya quarter of Deir Ezzor on Monday without clashes, the council said.", set()),
    ("Rebels clashed with regime troops on the edge of Kafr Hamra on Friday.", {"Armed clash"}),
    # a cache seized is a seizure, not a battle
    ("The army seized a depot of rockets and mines on a farm near Hirak on Thursday.", {"Disrupted weapons use"}),
    ("The army seized the village of Khirbet Ghazaleh on Thursday.", {"Government regains territory"}),
    # a zone the sides agree on; homes bulldozed
    ("Moscow and Ankara agreed on Tuesday to establish a buffer zone along the M4 road.", {"Agreement"}),
    ("Regime bulldozers razed homes of displaced families in the Yarmouk camp on Sunday, a monitor said.",
     {"Looting/property destruction"}),
])
def test_smaller_families(extractor: Extractor, text: str, expected: set[str]) -> None:
    assert types(extractor, text) == expected


@pytest.mark.parametrize("text, expected", [
    # an act named as a charge is no event; the event it is a charge in is
    ("A mob lynched a young man accused of kidnapping a child in the town of Dana on Thursday.", {MOB}),
    ("ISIS executed two men in Mayadin on Sunday on charges of kidnapping a shepherd.", {"Attack"}),
    ("Police in Azaz arrested a man on Monday suspected of planting a bomb in the market.", {"Arrests"}),
    ("Gunmen kidnapped a pharmacist in the town of Sarmada on Monday.", {"Abduction/forced disappearance"}),
    # "the military" is a target only as a noun, or with a target noun after it
    ("Officials weighed the repercussions of such an attack on the diplomatic and military levels on Monday.", set()),
    ("Militants attacked a military convoy near Palmyra on Sunday.", {"Armed clash"}),
    ("IS fighters launched an attack on the military in Deir Ezzor on Monday.", {"Armed clash"}),
])
def test_charges_and_the_military_as_a_noun(extractor: Extractor, text: str, expected: set[str]) -> None:
    assert types(extractor, text) == expected


@pytest.mark.parametrize("text, expected", [
    # a reading stands for the acts of its own words ...
    ("Security men broke up a sit-in of farmers in Tal Tamr on Tuesday and arrested nine of them.", {PWI}),
    ("Soldiers killed four demonstrators in the town of Tafas on Friday.", {EXCESSIVE}),
    # ... not for a second act its sentence tells after "as", ", and", "and in X" or a new armed subject
    ("Riot police fired on demonstrators in Jableh on Thursday, killing one, as rebel shells fell on Qardaha.",
     {EXCESSIVE, "Shelling/artillery/missile attack"}),
    ("Police beat protesters outside the bakery in Salqin on Sunday, and in Harem masked men kidnapped a pharmacist.",
     {PWI, "Abduction/forced disappearance"}),
    ("Guards dispersed a rally of nurses outside the hospital in Hasakah on Saturday, and militants abducted two "
     "aid workers on the road.", {PWI, "Abduction/forced disappearance"}),
    ("Demonstrators torched the municipal office in Manbij on Wednesday, and clashes then broke out between SDF "
     "fighters and tribal gunmen in Tabqa.", {VIOLENT_DEMO, "Armed clash"}),
])
def test_a_reading_outranks_only_its_own_acts(extractor: Extractor, text: str, expected: set[str]) -> None:
    assert types(extractor, text) == expected


@pytest.mark.parametrize("text, expected", [
    # SANA's car bomb "charged with" explosives; an officer "in charge of" a post
    ("A truck charged with explosives exploded at the entrance of Tal Abyad on Sunday, killing six.",
     {"Remote explosive/landmine/IED"}),
    ("The officer in charge of the checkpoint kidnapped a trader in Sanamayn on Monday.", {"Abduction/forced disappearance"}),
    # a government or an armed side accused of a bombing: the report of that bombing
    ("The regime has been accused of dropping barrel bombs on the town of Kafr Batna on Sunday, killing six.",
     {"Air/drone strike"}),
    ("Turkish forces, suspected of shelling the village of Maranaz on Tuesday, did not comment on the deaths of four.",
     {"Shelling/artillery/missile attack"}),
    # the act joined after a charge is the report's
    ("HTS executed three men in Idlib on Tuesday on charges of theft and shelled the town of Saraqib, killing a girl.",
     {"Attack", "Shelling/artillery/missile attack"}),
])
def test_charges_veto_only_the_charged_act(extractor: Extractor, text: str, expected: set[str]) -> None:
    assert types(extractor, text) == expected


def test_the_act_after_a_charge_keeps_its_dead(extractor: Extractor) -> None:
    result = run(extractor, "ISIS fighters killed two farmers in Hajin on charges of sorcery and crucified them "
                            "in the main square on Friday.")
    assert {e.sub_event_type for e in result.events} == {"Attack"}
    assert all(c.event is not None for c in result.casualties)


@pytest.mark.parametrize("text, absent", [
    # troops march and fighters rally; talks, leaders and shows of force are no protest
    ("Tens of thousands of Russian-backed troops marched towards Palmyra on Friday.", PEACEFUL),
    ("Hundreds of recruits rallied at the camp in Afrin on Sunday to join the Turkish-backed army.", PEACEFUL),
    ("The air force staged a demonstration of strength over Hama on Monday.", PEACEFUL),
    ("The envoys held talks over the protests with tribal leaders in Qamishli on Monday.", PEACEFUL),
    # a gathering of residents fired on is an attack on civilians; a protest attacked is no riot
    ("Gunmen opened fire on a gathering of residents in Tal Hamis on Friday, killing two.", EXCESSIVE),
    ("Protesters were attacked by militiamen in Suqaylabiyah on Saturday.", VIOLENT_DEMO),
    ("Rumours ran riot in the camp of Rukban after the convoy was delayed.", VIOLENT_DEMO),
    # a militia's mobs are an armed side
    ("Pro-regime mobs attacked the homes of opposition families in Mhardeh on Tuesday, killing three.", MOB),
    # a base with no armed side, or no base
    ("The Kurdish administration established its headquarters in Ain Issa on Monday.", BASE),
    ("The Free Syrian Army has built a base of support in the countryside of Daraa.", BASE),
    # Israel's ground-launched missiles and its defences
    ("Israeli surface-to-surface missiles hit a warehouse near Damascus airport late on Saturday.", "Air/drone strike"),
    ("The Israeli missile shield intercepted two rockets fired from Deraa province on Friday.", "Air/drone strike"),
    # a fight between sides with no arms
    ("The fight between the two Kurdish parties continued in parliament on Monday.", "Armed clash"),
    # a bombing's dead among protesters are that bombing's
    ("A car bomb exploded near a rally in Azaz on Saturday, killing five demonstrators.", EXCESSIVE),
    ("Regime helicopters dropped barrel bombs on protesters in Kafr Zita on Friday, killing eight.", EXCESSIVE),
])
def test_narrowed_families_do_not_fire(extractor: Extractor, text: str, absent: str) -> None:
    assert absent not in types(extractor, text)


@pytest.mark.parametrize("text, expected", [
    ("Iranian-backed fighters set up a base at the Imam Ali compound near Albu Kamal on Tuesday.", {BASE}),
    ("A fight between rival clans in Deir Hafer on Sunday left three dead.", {"Armed clash"}),
    ("Israeli missiles struck an arms depot near Masyaf on Thursday.", {"Air/drone strike"}),
    ("A mob lynched a suspected thief near the mobile phone market in Sarmada on Monday.", {MOB}),
    # the mob's dead are its own, not a second attack (triggers.yaml crowd_violence)
    ("A mob beat a suspected kidnapper to death in the market of Sarmada on Wednesday.", {MOB}),
])
def test_narrowed_families_keep_their_core(extractor: Extractor, text: str, expected: set[str]) -> None:
    assert types(extractor, text) == expected


@pytest.mark.parametrize("key, head, family_keys", [
    ("outranks", "", "    outranks: [Assault]\n"),
    ("crowd_violence", "crowd_violence: [Lynching]\n", ""),
])
def test_type_lists_must_name_types_of_the_file(tmp_path: Path, key: str, head: str, family_keys: str) -> None:
    bad = tmp_path / "triggers.yaml"
    bad.write_text(f"{head}families:\n  - sub_event_type: Mob violence\n    event_type: Riots\n"
                   f"{family_keys}    triggers: [lynched]\n", encoding="utf-8")
    with pytest.raises(TriggerDataError, match=key):
        load_lexicon(str(bad))
