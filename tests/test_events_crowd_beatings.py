"""A crowd's beating told without the word "mob" (issue 9).

"A crowd of residents beat a man to death", "angry villagers beat the driver": ACLED's Mob violence,
which stands for the attack its words tell.  Guards, police or fighters who beat someone commit their
own attack, and protesters beaten are force against the protest.  Sentences are invented for these
tests."""

from __future__ import annotations

import pytest

from observatory.extract.pipeline import Extractor
from observatory.models import Document

MOB = "Mob violence"
ATTACK = "Attack"


def types(extractor: Extractor, text: str) -> set[str]:
    return {e.sub_event_type for e in extractor.extract(text, Document(id="t", published="2019-03-11")).events}


@pytest.mark.parametrize("text", [
    "A crowd of villagers beat a young man to death in Kafr Takharim on Sunday after accusing him of stealing a motorbike.",
    "Angry residents of Binnish beat the driver of a truck that ran over a child on Wednesday, a local activist said.",
])
def test_crowd_beating_is_mob_violence(extractor: Extractor, text: str) -> None:
    found = types(extractor, text)
    assert MOB in found and ATTACK not in found


@pytest.mark.parametrize("text", [
    "Prison guards beat a detainee to death in Adra prison, a released inmate told the network.",
    "Residents said the harvest beat expectations this year.",
])
def test_beating_by_others_is_no_mob(extractor: Extractor, text: str) -> None:
    assert MOB not in types(extractor, text)
