"""Whose dead "N of them" and "N of its fighters" are (issue 9, family 3): the side the
words point back to, not the side doing the killing.  "The YPG repelled an attack by
Turkish-backed factions, killing 7 of them": the factions' dead; "IS stormed a checkpoint
held by the SDF, killing 6 of its members": the SDF's.  Sentences are invented for these tests."""

from __future__ import annotations

import pytest

from observatory.extract.pipeline import Extractor
from observatory.models import Document


def actors(extractor: Extractor, text: str) -> list[str | None]:
    result = extractor.extract(text, Document(id="t", published="2018-09-12"))
    return [c.group.actor for c in result.casualties if c.parent is None]


@pytest.mark.parametrize(("text", "actor"), [
    ("Kurdish fighters beat back an assault by Turkish-backed factions on Shaykh Hadid, killing 11 of them.",
     "SNA: Syrian National Army"),
    ("Army units ambushed a column of IS fighters east of Humaymah, killing 14 of them.", "Islamic State"),
    ("Opposition gunmen raided regime positions near Kafr Nabuda and killed 8 of them.", "Military Forces of Syria"),
    ("Government forces clashed with Jaish al-Islam near Harasta and killed 19 of them.", "Jaysh al-Islam"),
    ("IS militants overran a post held by the SDF near Gharanij, killing 5 of its members.",
     "SDF: Syrian Democratic Forces"),
    ("Regime aircraft bombed a convoy of the Nusra Front near Khan Sheikhoun, killing 13 of its fighters.",
     "HTS: Hayat Tahrir al-Sham"),
])
def test_the_dead_pointed_back_to_are_the_side_attacked(extractor: Extractor, text: str, actor: str) -> None:
    assert actors(extractor, text) == [actor]


@pytest.mark.parametrize(("text", "actor"), [
    ("Security forces fired on a crowd of protesters in Jasim, wounding 16 of them.", "Civilians"),
    ("Turkish drones struck a YPG convoy near Amuda, killing four of its fighters.",
     "YPG: People's Protection Units"),
    ("The army said a rebel mortar hit its post in Kafr Zita on Monday, killing three of its officers.",
     "Military Forces of Syria"),
    ("Jaish al-Islam said government shelling hit its base in Harasta, killing six of its fighters.",
     "Jaysh al-Islam"),
])
def test_one_side_alone_or_people_who_are_no_side(extractor: Extractor, text: str, actor: str) -> None:
    """Precision guards: with one side named, "them" is that side; the crowd fired on is
    people, not the side firing; a participle's killer is the subject, not the side after it;
    a side that only speaks ("the army said ...") is no killer."""
    assert actors(extractor, text) == [actor]


@pytest.mark.parametrize(("text", "wrong"), [
    ("Regime forces attacked rebel positions near Maarzaf alongside Hezbollah, killing 17 of them.", "Hezbollah"),
    ("The SDF said IS attacked a village near Shaddadi, killing eight of them.", "Islamic State"),
    ("Regime soldiers killed 14 of them near Morek.", "Military Forces of Syria"),
    ("A YPG post near Amuda was hit by a Turkish drone on Sunday, killing two of its members.",
     "Military Forces of Turkey"),
    ("An army column was ambushed by IS fighters near Resafa, killing six of them.", "Islamic State"),
    ("According to Ahrar al-Sham, IS gunmen stormed its post near Atareb, killing four of its fighters.",
     "Islamic State"),
    ("IS fighters attacked Kurdish posts near Ain Issa on Friday, and 15 of them were killed.", "YPG: People's Protection Units"),
])
def test_them_is_never_the_killer_nor_a_side_beside_it(extractor: Extractor, text: str, wrong: str) -> None:
    """Precision guards: a side fighting beside the subject, the subject after a speaker, the
    killers' own noun, the agent of a passive ("was hit by a Turkish drone") and the killers after
    "According to X," are never whose dead "them" are; a passive "N of them were killed" is
    left to the older rules."""
    assert wrong not in actors(extractor, text)
