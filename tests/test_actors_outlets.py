"""Names that Kurdish, Turkish and Syrian state outlets use for the same actors."""

from __future__ import annotations

import pytest

from observatory.kb.actors import ActorKB


@pytest.fixture(scope="module")
def kb() -> ActorKB:
    return ActorKB.load()


@pytest.mark.parametrize("text, name", [
    ("an attack by the mercenaries of the Turkish occupation on Tal Tamr", "SNA: Syrian National Army"),
    ("the Turkish occupation army shelled the villages", "Military Forces of Turkey"),
    ("Turkish army neutralised 5 PKK/YPG terrorists", "YPG: People's Protection Units"),
    ("army units destroyed the terrorists' positions", "Military Forces of Syria"),
    ("strikes killed three pro-Iran fighters near Deir Ezzor", "Pro-Government Militias (Syria)"),
    ("fighters of the Nour al-Din al-Zinki movement", "Syrian Rebels"),
])
def test_outlet_names_resolve(kb: ActorKB, text: str, name: str) -> None:
    assert name in {m.name for m in kb.find(text)}
