"""Issue 9 families of outlet wording: actor aliases (4), sub-event typing (7) and short
reports that tell only a toll (9).  Sentences are invented for these tests."""

from __future__ import annotations

import pytest

from observatory.extract.pipeline import Extractor
from observatory.models import Document, ExtractionResult


def run(extractor: Extractor, text: str, published: str = "2019-05-08") -> ExtractionResult:
    return extractor.extract(text, Document(id="t", published=published))


def types(result: ExtractionResult) -> set[str]:
    return {e.sub_event_type for e in result.events}


def actors(result: ExtractionResult) -> set[str]:
    return {a.name for e in result.events for a in e.actors}


# -- family 4: actor aliases of other outlets ---------------------------------------------

@pytest.mark.parametrize(("text", "actor"), [
    ("Assad security forces stormed the village of Tell Shihab on Sunday, clashing with local gunmen.",
     "Military Forces of Syria"),
    ("Pro-Damascus forces pounded the town of Hbit with artillery on Sunday.", "Pro-Government Militias (Syria)"),
    ("Loyal militias shelled the village of Kafr Ain on Sunday.", "Pro-Government Militias (Syria)"),
    ("Iran-backed Afghan militiamen clashed with ISIS cells in the desert near Sukhnah on Sunday.",
     "Pro-Government Militias (Syria)"),
    ("Hezbollah-affiliated fighters clashed with the factions near Sirghaya on Sunday.",
     "Pro-Government Militias (Syria)"),
    ("Turkey-backed factions shelled the village of Um al-Kef on Sunday.", "SNA: Syrian National Army"),
    ("The factions operations room repelled an assault on the hill of Tal Malah on Sunday.", "Syrian Rebels"),
    ("Arab tribal forces clashed with the SDF in the town of Busayrah on Sunday.", "Arab Tribal Militias (Syria)"),
    ("The fighting near Sukhnah on Sunday cost the army 12 soldiers and militiamen.", "Pro-Government Militias (Syria)"),
    ("The AANES internal security forces arrested 9 men in the town of Amuda on Sunday.", "Asayish"),
])
def test_outlets_names_for_armed_actors_resolve_to_the_canonical_actor(extractor, text: str, actor: str) -> None:
    assert actor in actors(run(extractor, text))


def test_bare_allied_groups_beside_rebels_are_not_the_regimes_militias(extractor) -> None:
    result = run(extractor, "Rebels and allied groups clashed with the army near Kafr Zita on Sunday.")
    assert "Pro-Government Militias (Syria)" not in actors(result)


# -- family 7: sub-event typing ------------------------------------------------------------

def test_a_fighter_killed_by_sniper_fire_is_an_armed_clash(extractor) -> None:
    result = run(extractor, "A fighter of the Sham Legion was killed by sniper fire near Kafr Halab on Sunday.")
    assert types(result) == {"Armed clash"}


def test_a_civilian_killed_by_sniper_fire_is_an_attack(extractor) -> None:
    result = run(extractor, "A shepherd was killed by sniper fire on the edge of rebel-held Haish on Sunday.")
    assert types(result) == {"Attack"}


def test_an_advance_backed_by_russian_airpower_adds_a_russian_air_strike(extractor) -> None:
    result = run(extractor, "Government troops, backed by Russian airpower, stormed the village of Sukayk on Sunday.")
    assert types(result) == {"Armed clash", "Air/drone strike"}
    strike = next(e for e in result.events if e.sub_event_type == "Air/drone strike")
    assert "Military Forces of Russia" in {a.name for a in strike.actors}


def test_air_support_as_background_is_not_a_strike(extractor) -> None:
    text = ("Rebel rockets hit the town of Suqaylabiyah on Sunday, wounding 4 people. "
            "The town lies on the edge of the plain. "
            "The army's offensive in the north has been backed by Russian airpower, analysts say. "
            "Residents said the shops stayed closed.")
    assert types(run(extractor, text)) == {"Shelling/artillery/missile attack"}


def test_warplanes_shelling_is_an_air_strike_only(extractor) -> None:
    result = run(extractor, "Warplanes carried out intensive shelling on the town of Kafr Sajna on Sunday.")
    assert types(result) == {"Air/drone strike"}


def test_ground_shelling_beside_air_raids_keeps_both(extractor) -> None:
    result = run(extractor, "Regime forces shelled Kafr Sajna on Sunday, while warplanes struck the nearby town of Hish.")
    assert types(result) == {"Air/drone strike", "Shelling/artillery/missile attack"}


@pytest.mark.parametrize("text", [
    "A member of the Islamic State detonated himself in a booby-trapped vehicle at a checkpoint near Shaddadi on Sunday.",
    "A jihadist blew up a booby-trapped truck he was driving at an army post near Tal Abyad on Sunday.",
])
def test_a_bomber_dying_in_his_vehicle_is_a_suicide_bomb(extractor, text: str) -> None:
    assert types(run(extractor, text)) == {"Suicide bomb"}


def test_a_parked_booby_trapped_car_is_a_remote_explosive(extractor) -> None:
    result = run(extractor, "A booby-trapped car exploded near the bakery in Azaz on Sunday, killing 6 people.")
    assert types(result) == {"Remote explosive/landmine/IED"}


# -- family 9: short reports ---------------------------------------------------------------

def test_a_one_line_toll_of_fighters_is_a_clash_at_its_place(extractor) -> None:
    result = run(extractor, "Six fighters of the Hamza Division killed in Qabasin")
    [event] = result.events
    assert event.sub_event_type == "Armed clash"
    assert event.location is not None and "Qabasin" in event.location.mention


def test_a_one_line_toll_of_fighters_is_dated_on_its_stated_day(extractor) -> None:
    result = run(extractor, "Three soldiers killed in the town of Ghabagheb on Tuesday")
    [event] = result.events
    assert event.date.start == event.date.end == "2019-05-07"


def test_a_one_line_toll_of_civilians_is_an_attack_at_its_place(extractor) -> None:
    result = run(extractor, "Two women killed in the town of Ghabagheb on Tuesday")
    [event] = result.events
    assert event.sub_event_type == "Attack"
    assert event.location is not None and "Ghabagheb" in event.location.mention
    assert event.date.start == "2019-05-07"
    assert [c.count.value for c in result.casualties if c.status == "killed"] == [2]


def test_a_headline_with_a_weak_trigger_is_an_event(extractor) -> None:
    result = run(extractor, "Heavy bombardment kills 9 in the eastern countryside of Idlib")
    assert types(result) == {"Shelling/artillery/missile attack"}


def test_a_long_report_with_only_statistics_gets_no_event_from_its_toll(extractor) -> None:
    text = ("The monitor published its monthly statistics on Wednesday. "
            "It documented the names of 412 people who lost their lives across the country in April. "
            "The figure includes 96 children and 57 women, it said. "
            "The monitor renewed its appeal to the Security Council to protect civilians.")
    assert run(extractor, text).events == []


def test_a_one_line_toll_update_stays_a_report_without_an_event(extractor) -> None:
    result = run(extractor, "The number of fighters killed in the village of Jdaydet Artouz rises to 17")
    assert result.events == []
    assert [c.count.value for c in result.casualties if c.status == "killed"] == [17]
    assert run(extractor, "Seventeen fighters killed in the village of Jdaydet Artouz").events


@pytest.mark.parametrize(("text", "kind"), [
    ("Raids target the village of Maar Shamarin and leave casualties", "Air/drone strike"),
    ("Casualties in raids on the southern countryside of Maarat al-Numan", "Air/drone strike"),
    ("Helicopters drop soldiers near Kabani and kill 12 fighters of the factions", "Air/drone strike"),
    ("The Islamic State executes 3 men in the town of Shuhayl", "Attack"),
])
def test_monitor_headline_idioms_are_events(extractor, text: str, kind: str) -> None:
    assert kind in types(run(extractor, text))


def test_security_raids_on_homes_are_arrests_not_air_raids(extractor) -> None:
    result = run(extractor, "Security forces carried out raids on houses in the town of Inkhil and arrested 8 men.")
    assert types(result) == {"Arrests"}


# -- over-generation: inventories, idioms and background -------------------------------------

def test_chlorine_dropped_by_helicopters_is_a_chemical_attack_only(extractor) -> None:
    result = run(extractor, "Helicopters dropped barrels filled with chlorine gas on the town of Talmenes on Sunday.")
    assert types(result) == {"Chemical weapon"}


def test_a_seized_cache_of_grenade_launchers_is_no_grenade_attack(extractor) -> None:
    result = run(extractor, "Police seized a cache of grenade launchers and rifles in a farm near Sanamayn on Sunday.")
    assert "Grenade" not in types(result)


def test_executing_an_operation_is_not_an_execution(extractor) -> None:
    result = run(extractor, "Army units executed a special operation against militant hideouts near Tal Salmo on Sunday.")
    assert "Attack" not in types(result)


def test_fire_fighting_is_not_fighting(extractor) -> None:
    text = ("An air strike hit a fuel depot in Sarmada on Sunday. "
            "Fire-fighting crews worked through the night, a civil defence volunteer said.")
    assert types(run(extractor, text)) == {"Air/drone strike"}


def test_a_truce_that_has_been_in_place_is_background(extractor) -> None:
    text = ("Shelling hit the town of Kafr Batna on Sunday, wounding 3 people. "
            "The town lies in a zone where a truce brokered by Moscow has been in place since spring.")
    assert types(run(extractor, text)) == {"Shelling/artillery/missile attack"}


def test_the_blast_of_a_suicide_bombing_report_places_the_bombing(extractor) -> None:
    text = ("A suicide bomber struck a checkpoint of the Sham Legion on Sunday, killing 5 fighters. "
            "The blast in the town of Sarmin also damaged two shops, residents said.")
    result = run(extractor, text)
    assert types(result) == {"Suicide bomb"}
    assert any(e.location is not None and "Sarmin" in e.location.mention for e in result.events)


def test_a_massacre_named_only_in_passing_is_no_attack_of_its_own(extractor) -> None:
    text = ("Regime shelling killed 7 civilians in the town of Kafr Rouma on Sunday. "
            "The opposition coalition described it as a massacre and called on the UN to act. "
            "Residents buried the dead in the afternoon.")
    assert types(run(extractor, text)) == {"Shelling/artillery/missile attack"}


def test_people_fleeing_the_fighting_are_not_a_clash(extractor) -> None:
    text = ("A drone strike killed 4 civilians near Hajin on Sunday as they tried to flee the fighting. "
            "Their car was hit on the river road.")
    assert types(run(extractor, text)) == {"Air/drone strike"}


@pytest.mark.parametrize("text", [
    "The Syrian Coalition mourned 3 medics killed by an air strike on Atareb on Sunday.",
    "A coalition of jihadist factions shelled the village of Jurin on Sunday.",
])
def test_coalitions_other_than_the_us_led_one_are_not_the_international_coalition(extractor, text: str) -> None:
    assert "International Coalition" not in actors(run(extractor, text))


def test_the_us_led_coalition_is_still_the_international_coalition(extractor) -> None:
    result = run(extractor, "Coalition warplanes struck the town of Shaafa on Sunday, killing 6 people.")
    assert "International Coalition" in actors(result)


def test_a_truce_named_to_date_an_escalation_is_no_agreement(extractor) -> None:
    text = ("Regime artillery shelled the district of Qaboun on Sunday, three weeks after a truce "
            "reached between its notables and the army, wounding 5 residents.")
    assert "Agreement" not in types(run(extractor, text))


def test_a_weapons_cache_is_not_a_rocket_attack(extractor) -> None:
    text = ("Kurdish police found a cache of rocket-propelled grenades in a farmhouse near Tal Hamis on Sunday. "
            "Two men were arrested.")
    assert "Shelling/artillery/missile attack" not in types(run(extractor, text))


def test_factions_that_target_a_countryside_shell_it(extractor) -> None:
    result = run(extractor, "The factions target the northern countryside of Latakia and positions in Jurin")
    assert types(result) == {"Shelling/artillery/missile attack"}


def test_strikes_by_a_named_air_force_are_air_strikes(extractor) -> None:
    text = ("Kurdish fighters pushed into the Ghuwayran district on Sunday, helped by strikes by the US-led "
            "coalition on the edge of the city.")
    assert "Air/drone strike" in types(run(extractor, text))


def test_a_bombardment_that_included_chemical_weapons_is_a_chemical_attack(extractor) -> None:
    text = "The army said militants killed 9 people in Hamdaniyah on Sunday in a bombardment that included chemical weapons."
    assert "Chemical weapon" in types(run(extractor, text))


def test_a_blast_in_the_headline_is_the_news(extractor) -> None:
    text = ("Twelve commanders of a rebel brigade killed in Sarmin blast\n\n"
            "The men had gathered in a farmhouse outside the town for a meeting. "
            "The cause of the explosion was not known, the monitor said. "
            "The brigade named a new leader.")
    assert types(run(extractor, text)) == {"Remote explosive/landmine/IED"}


def test_guns_a_base_holds_are_no_shelling(extractor) -> None:
    text = ("Islamic State fighters overran the airbase near Tabqa on Sunday. "
            "The base reportedly holds several planes, helicopters, tanks and artillery.")
    assert "Shelling/artillery/missile attack" not in types(run(extractor, text))


@pytest.mark.parametrize("text", [
    "Regime warplanes struck areas under the control of Hayat Tahrir al-Sham in Saraqib on Sunday.",
    "Regime warplanes struck areas held by Hayat Tahrir al-Sham in Saraqib on Sunday.",
    "Regime warplanes struck HTS-held areas in Saraqib on Sunday.",
])
def test_the_group_holding_a_struck_area_is_not_named_a_party(extractor, text: str) -> None:
    assert "HTS: Hayat Tahrir al-Sham" not in actors(run(extractor, text))


def test_a_group_fought_is_still_a_party(extractor) -> None:
    text = "Regime forces clashed with Hayat Tahrir al-Sham near Saraqib on Sunday."
    assert "HTS: Hayat Tahrir al-Sham" in actors(run(extractor, text))


def test_the_first_strike_since_a_truce_began_is_news(extractor) -> None:
    result = run(extractor, "Warplanes carry out the first massacre since the start of the truce in Kafr Batna, killing 9 people")
    assert types(result) == {"Air/drone strike"}


def test_a_total_since_the_start_of_an_offensive_is_background(extractor) -> None:
    result = run(extractor, "Warplanes have killed 300 people in Kafr Batna since the start of the offensive")
    assert result.events == []
