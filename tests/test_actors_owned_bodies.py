"""Security bodies named without their owner, and other outlets' names for the sides.

"The internal security forces" are the Asayish in a report about the SDF's Qamishli, the
regime's men in Damascus, HTS's in Idlib: whose they are is what the report says about
who rules there, never a guess when it names two rulers or none.
"""

from __future__ import annotations

from datetime import date

import pytest

from observatory.api import extract
from observatory.extract.actor_mentions import resolve_actors
from observatory.kb.actors import ActorDataError, ActorKB, default_kb

DAY = date(2019, 6, 11)


def _named(text: str) -> dict[str, str]:
    """Mention text -> actor, as the document-level resolver reads ``text``."""
    return {m.mention: m.name for m in resolve_actors(text, default_kb(), DAY)}


@pytest.mark.parametrize("text, body, owner", [
    # the one side the body's own sentence names as the ruler of its place
    ("Two members of the internal security forces died when their patrol hit a mine near Amuda, a town "
     "held by the SDF.", "the internal security forces", "Asayish"),
    ("Security forces searched the market of Derbasiyah, under the control of the YPG, on Friday.",
     "Security forces", "Asayish"),
    ("A bomb went off at a bakery in Harem, and general security forces cordoned off the street; HTS "
     "blamed a cell of the regime.", "general security forces", None),
    ("In regime-held Shahba, security forces set up checkpoints on the road to Sweida.",
     "security forces", "Military Forces of Syria"),
    ("Unknown men threw a grenade at the security forces in SDF-held Hajin.", "the security forces", "Asayish"),
    # the side attached to the words
    ("Members of the security apparatus of HTS arrested a preacher in Darkush.", "the security apparatus",
     "HTS: Hayat Tahrir al-Sham"),
    ("The internal security forces affiliated to the SDF raided a house in Shaddadi.",
     "The internal security forces", "Asayish"),
    ("ISIS security men flogged a smoker in Mayadin.", "ISIS", "Islamic State"),
])
def test_a_body_belongs_to_the_side_the_report_says_rules_there(text: str, body: str, owner: str | None) -> None:
    found = _named(text)
    if owner is None:  # "HTS blamed the regime": no ruler of Harem named
        assert body not in found
    else:
        assert found.get(body) == owner


def test_the_attached_owner_beats_the_ruler_named_elsewhere() -> None:
    text = ("Regime forces shelled Kafr Oweid. In Sarmada, security forces of the Salvation Government "
            "detained three smugglers.")
    assert _named(text)["security forces of the Salvation Government"] == "HTS: Hayat Tahrir al-Sham"


@pytest.mark.parametrize("text, body", [
    # two rulers named: which one's, the report does not say
    ("Security forces closed the bridge between SDF-held Manbij and the regime-held villages west of it.",
     "Security forces"),
    # a side that rules nowhere owns no security forces: the attacker is not their owner
    ("IS gunmen attacked security forces at a checkpoint near Sukhnah.", "security forces"),
    # another state's body, named by its own word
    ("The Lebanese security forces detained four Syrians in Arsal, the SDF said.", "security forces"),
    # a side told in another role, or in another sentence, is no owner: the men they meant to
    # join, the accused, a side that only said something or took a village
    ("In Amman, security forces detained six men who planned to join HTS in Syria.", "security forces"),
    ("HTS accused Faylaq al-Sham of breaking the truce. Security forces in Azaz arrested seven men.",
     "Security forces"),
    ("The SDF took the village of Tal Baydar. Security personnel later detained nine men there.",
     "Security personnel"),
    ("Security forces searched the market of Tal Tamr on Friday, the YPG said.", "Security forces"),
    # the place they fight their way into is the enemy's
    ("Security forces stormed a quarter held by the SDF in Hasakah, killing three Asayish men.", "Security forces"),
    ("Security forces shelled HTS-held Sarmin at dawn, killing two children.", "Security forces"),
    ("General security raided the Asayish-held village of Tal Hajar.", "General security"),
    # outside Syria the body is that country's, whoever rules a Syrian place in the report
    ("Turkish guns shelled SDF-held Ain Issa. In Ankara, security forces detained 14 IS suspects.",
     "security forces"),
])
def test_no_owner_is_guessed(text: str, body: str) -> None:
    assert body not in _named(text)


@pytest.mark.parametrize("text, place", [
    ("Regime-held Suqaylabiyah was shelled again on Sunday. In Beirut, general security detained 12 Syrians "
     "without papers.", "Beirut"),
    ("SDF-held Qamishli saw protests on Monday. On Tuesday in Mosul, security forces shot dead two IS militants.",
     "Mosul"),
    ("In Regime-held Jableh, the market reopened. Security forces in Gaziantep raided a flat and arrested "
     "three IS suspects.", "Gaziantep"),
])
def test_a_body_outside_syria_is_no_syrian_rulers(text: str, place: str) -> None:
    events = [e for e in extract(text, published="2019-06-10").events if e.location and e.location.name == place]
    owners = {"Asayish", "Military Forces of Syria", "HTS: Hayat Tahrir al-Sham", "SNA: Syrian National Army"}
    assert events and not any(a.name in owners for e in events for a in e.actors)


def test_a_body_of_the_casualty_group_takes_its_owner_in_the_toll() -> None:
    result = extract("A car bomb went off at a checkpoint in SDF-held Tal Hamis on Sunday, killing four members "
                     "of the internal security forces.", published="2019-06-10")
    assert {c.group.actor for c in result.casualties if c.count.value == 4} == {"Asayish"}


@pytest.mark.parametrize("text, mention, name", [
    # the rebels' unit words and translated copy's "fractions"
    ("Rebel brigades shelled the Hamdaniya district overnight.", "Rebel brigades", "Syrian Rebels"),
    ("Opposition battalions ambushed a convoy near Talbiseh.", "Opposition battalions", "Syrian Rebels"),
    ("Opposition fractions in Daraa launched a counter-attack.", "Opposition fractions", "Syrian Rebels"),
    ("A drone hit the headquarters of an Islamic faction near Kafr Takharim.", "Islamic faction", "Syrian Rebels"),
    # the Free Syrian Army by its short name: not the army it fights
    ("Free Army fighters overran a checkpoint near Inkhil.", "Free Army", "Syrian Rebels"),
    # a state's security apparatus by its adjective
    ("Syrian security forces arrested a courier in Tartus.", "Syrian security forces", "Military Forces of Syria"),
    ("Iraqi security forces sealed the border at Qaim.", "Iraqi security forces", "Military Forces of Iraq"),
    # the Salvation Government's police are HTS's, not Damascus's
    ("The Salvation Government's police closed the shops of Binnish.", "The Salvation Government's police",
     "HTS: Hayat Tahrir al-Sham"),
    # two adjectives sharing one noun across a comma or a slash
    ("Civilians fled Khan Tuman under Syrian, Russian air strikes.", "Syrian", "Military Forces of Syria"),
    ("Syrian/Russian jets pounded Kafr Nabl.", "Syrian", "Military Forces of Syria"),
])
def test_other_outlets_names_resolve(text: str, mention: str, name: str) -> None:
    assert _named(text).get(mention) == name


def test_the_room_of_the_side_that_fought_before_it() -> None:
    text = "Jaysh al-Izza fighters stormed two hills north of Morek. The operations room said 14 soldiers died."
    assert _named(text).get("The operations room") == "Jaysh al-Izza"


def test_the_operations_room_is_the_room_named_before() -> None:
    text = ("The Fath al-Mubin operations room announced an offensive on Kafr Nabudah. The operations room "
            "said its fighters took two hills.")
    found = [(m.mention, m.name) for m in resolve_actors(text, default_kb(), DAY)]
    assert ("operations room", "Syrian Rebels") in found


@pytest.mark.parametrize("text, absent", [
    ("Assad regime airstrikes killed five civilians in Ariha.", "Assad"),  # whose strikes, not two sides
    ("US coalition strikes hit a bridge near Shaddadi.", "US"),
    ("Russian operations room officers met Turkish officers in Saraqib.", "operations room"),
    # a room of no armed body, whoever fought before it
    ("Faylaq al-Rahman fighters held off a push on Zamalka. The civil defence operations room said shelling "
     "killed five people in Hamouriyah.", "operations room"),
    ("Ahrar al-Sham repelled a raid near Kafranbel. The emergency operations room of the Hama health "
     "directorate said a strike killed three people.", "operations room"),
    ("Jaysh al-Izza shelled Suqaylabiyah. The media operations room in Khan Sheikhoun counted two dead.",
     "operations room"),
    ("Jaysh al-Islam fighters repelled an assault on Douma. The rescue operations room of the local council "
     "said four civilians died.", "operations room"),
    ("The blast lasted only fractions of a second, witnesses said.", "fractions"),
    ("The brigades of the army's 4th Division moved north.", "brigades"),
])
def test_words_that_name_no_side_here(text: str, absent: str) -> None:
    assert absent not in _named(text)


def test_an_owned_rule_must_name_known_actors(tmp_path) -> None:
    path = tmp_path / "actors.yaml"
    path.write_text("actors: []\nowned:\n  - pattern: 'security forces'\n    owners: {Nobody: Asayish}\n"
                    "    owner_after: ' of '\n    ruled_by: 'held by '\n    against: 'stormed'\n    home: SY\n",
                    encoding="utf-8")
    with pytest.raises(ActorDataError, match="Nobody"):
        ActorKB.from_files([path])


@pytest.mark.parametrize("text, mention, name", [
    # the Autonomous Administration's forces are the SDF
    ("AANES forces repelled a raid on the village of Tal Samen.", "AANES forces", "SDF: Syrian Democratic Forces"),
    ("Forces of the Autonomous Administration closed the crossing at Simalka.",
     "Forces of the Autonomous Administration", "SDF: Syrian Democratic Forces"),
    # a descriptor keeps its side across "moderate" ("Kurdish-led moderate rebels" are the SDF)
    ("A coalition strike hit 9 Kurdish-led moderate rebels near Tabqa.", "Kurdish-led moderate rebels",
     "SDF: Syrian Democratic Forces"),
    # Tehran's militias by whom they are loyal to
    ("Militiamen loyal to Iran shelled the outskirts of Albu Kamal.", "Militiamen loyal to Iran",
     "Pro-Government Militias (Syria)"),
    ("Fighters loyal to Tehran stormed a farm near Mayadin.", "Fighters loyal to Tehran",
     "Pro-Government Militias (Syria)"),
    # Hezbollah's own fighters stay Hezbollah's
    ("Fighters loyal to Hezbollah shelled Zabadani at dawn.", "Hezbollah", "Hezbollah"),
])
def test_aanes_and_tehrans_men(text: str, mention: str, name: str) -> None:
    assert _named(text).get(mention) == name


@pytest.mark.parametrize("text, place", [
    ("In Basra, militias loyal to Iran fired rockets at a US base, wounding two guards.", "Basrah"),
    ("Iranian-backed militias attacked a convoy near Karbala, killing five Iraqi soldiers.", "Karbala"),
])
def test_tehrans_militias_elsewhere_are_no_syrian_militias(text: str, place: str) -> None:
    events = [e for e in extract(text, published="2019-06-10").events if e.location and e.location.name == place]
    assert events and not any(a.name == "Pro-Government Militias (Syria)" for e in events for a in e.actors)


@pytest.mark.parametrize("text, umbrella, side", [
    ("Factions of the Syrian National Army shelled Tal Rifaat.", "Syrian Rebels", "SNA: Syrian National Army"),
    ("Gunmen of the Islamic State executed two shepherds near Sukhnah.", "Unidentified Armed Group", "Islamic State"),
    ("Army units killed dozens of terrorists of Jabhat al-Nusra near Zabadani.", "Syrian Rebels",
     "HTS: Hayat Tahrir al-Sham"),
])
def test_an_umbrella_noun_of_a_named_side_is_that_sides(text: str, umbrella: str, side: str) -> None:
    actors = set(_named(text).values())
    assert umbrella not in actors and side in actors


def test_an_umbrella_noun_from_a_country_stays() -> None:
    # "from" says where they came from, not whose they are
    assert _named("Rebels from Turkey crossed into Atmeh at night.").get("Rebels") == "Syrian Rebels"
