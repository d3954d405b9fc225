"""Event types told in the wording of rights groups and security reports, and running campaigns
named as a backdrop (issue 9, the real16/a triage, brief events42b).

A charge someone planted is a planted bomb, also when he then blew himself up; arms and ammunition
seized or confiscated are Disrupted weapons use, in the active or the passive; churches or mosques
burned, and property told burned or looted in the passive, are property destruction; "enforced
disappearance" is the rights groups' word for an abduction.  A running campaign named as the frame
of the day's event ("as regime forces pressed a campaign against rebels", "as forces have waged an
assault since October") and a war told by how long it has lasted are background.  Near misses stay
silent: a town seized with its depots, weapons shown after their seizure, a call to end
disappearances, hopes torched, fear planted, a push told with its own day.  Sentences are invented
for these tests."""

from __future__ import annotations

import pytest

from observatory.extract.pipeline import Extractor
from observatory.models import Document

IED = "Remote explosive/landmine/IED"
SUICIDE = "Suicide bomb"
DISRUPTED = "Disrupted weapons use"
LOOTING = "Looting/property destruction"
ABDUCTION = "Abduction/forced disappearance"
CLASH = "Armed clash"


def types(extractor: Extractor, text: str) -> set[str]:
    return {e.sub_event_type for e in extractor.extract(text, Document(id="t", published="2019-05-14")).events}


@pytest.mark.parametrize("text, expected", [
    ("Gunmen planted explosives at the door of a bakery in Jarablus on Saturday, killing a worker.", IED),
    ("A man planted a bomb under the car of a council member in al-Rai on Thursday and fled, police said.", IED),
    ("Army units seized a quantity of ammunition and rifles in the town of Inkhil on Tuesday, SANA said.", DISRUPTED),
    ("A large quantity of ammunition was seized at a checkpoint outside Qardaha on Sunday, the police said.", DISRUPTED),
    ("Rifles and ammunition were confiscated by the military police in Rajo on Friday.", DISRUPTED),
    ("The police detained three men in Baniyas on Monday after seizing a van carrying a large load of arms.", DISRUPTED),
    ("Militiamen torched two mosques in the village of Kabani on Wednesday, residents said.", LOOTING),
    ("Several churches have been torched in the village of Ghassaniyeh, a priest said on Monday.", LOOTING),
    ("Dozens of homes were looted by fighters in the town of Shaykh Maqsud on Sunday.", LOOTING),
    ("The shops in Kafr Jannah and Meidanki have been burned, residents told the council on Tuesday.", LOOTING),
    ("A pharmacist from Salamiyah was subjected to enforced disappearance by a security branch on Tuesday.", ABDUCTION),
])
def test_family_is_read(extractor: Extractor, text: str, expected: str) -> None:
    assert expected in types(extractor, text)


def test_planted_bomb_beside_the_bombers_own_blast(extractor: Extractor) -> None:
    """He planted one charge and then blew himself up: two bombs, the planted one and his own."""
    found = types(extractor, "The attacker planted a bomb near a school in Tal Hamis on Monday and then "
                             "blew himself up at a checkpoint, killing five.")
    assert {IED, SUICIDE} <= found


@pytest.mark.parametrize("text", [
    "Mortar shells killed three children in Jobar on Tuesday as regime forces pressed a campaign against "
    "the rebels in the eastern suburbs.",
    "Jets struck a bakery in Kafr Nabl on Sunday, killing four, as government forces have waged an air and "
    "ground assault on the province since early November.",
])
def test_running_campaign_as_backdrop_is_no_fight(extractor: Extractor, text: str) -> None:
    assert CLASH not in types(extractor, text)


def test_push_told_with_its_day_is_a_fight(extractor: Extractor) -> None:
    assert CLASH in types(extractor, "Government troops pressed on with their assault on Latamneh on Friday, "
                                     "storming two districts after heavy clashes.")


@pytest.mark.parametrize("text, absent", [
    ("The Kurdish militia has been fighting Turkish-backed factions in the area within a conflict that has "
     "lasted for more than seven years, a spokesman said.", CLASH),
    ("IS seized the town of Maadan and its arms depots in 2014.", DISRUPTED),
    ("The seized weapons were shown to reporters at a press conference in Latakia.", DISRUPTED),
    ("The council called for an end to enforced disappearance in Syria, a statement said.", ABDUCTION),
    ("Analysts say the bombing has torched hopes of a settlement.", LOOTING),
    ("The group planted fear among the farmers of the border villages, a resident said.", IED),
    ("The jihadists have planted similar devices along the roads around Tabqa, the monitor added.", IED),
    ("The monitor said it could not confirm claims that ammunition had been seized by the rebels.", DISRUPTED),
])
def test_near_miss_reads_no_such_event(extractor: Extractor, text: str, absent: str) -> None:
    assert absent not in types(extractor, text)
