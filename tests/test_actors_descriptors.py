"""Actors named by a descriptor and any armed-group noun (issue 9, family 4).

Outlets describe a side instead of naming it: "Kurdish-led fighters", "Ankara-backed
militants", "pro-Damascus gunmen".  Each descriptor in data/actors.yaml combines with the
shared noun list, so a head noun the aliases never spelled out still finds its actor.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from observatory.extract.pipeline import Extractor
from observatory.kb.actors import ActorDataError, ActorKB
from observatory.models import Document


@pytest.fixture(scope="module")
def kb() -> ActorKB:
    return ActorKB.load()


def actor_of(kb: ActorKB, text: str, words: str) -> str | None:
    """The actor of the mention covering ``words`` (None when no mention covers them)."""
    start = text.index(words)
    end = start + len(words)
    hits = [m for m in kb.find(text) if m.start <= start and m.end >= end]
    return hits[0].name if hits else None


SDF = "SDF: Syrian Democratic Forces"
SNA = "SNA: Syrian National Army"
PGM = "Pro-Government Militias (Syria)"
SYRIA = "Military Forces of Syria"
YPG = "YPG: People's Protection Units"


@pytest.mark.parametrize("text, words, name", [
    # Kurdish-led alliance, any head noun
    ("Kurdish-led militiamen pushed into Qasr Hamdan at noon.", "Kurdish-led militiamen", SDF),
    ("The Kurdish-dominated coalition said it lost four men near Um Tlel.", "Kurdish-dominated coalition", SDF),
    ("Arab-Kurdish units cut the road south of Bir Harb.", "Arab-Kurdish units", SDF),
    # Washington's partner: any noun but "rebels"
    ("US-backed militants entered the silo complex at Abu Jbar.", "US-backed militants", SDF),
    ("The Washington-backed alliance announced the start of a new phase.", "Washington-backed alliance", SDF),
    ("U.S.-backed Arab troops reached the dam on Friday.", "U.S.-backed Arab troops", SDF),
    # Ankara's factions
    ("Ankara-backed gunmen looted shops in Kafr Sawwan.", "Ankara-backed gunmen", SNA),
    ("Turkish-supported soldiers of the factions shelled Tell Nahal.", "Turkish-supported soldiers", SNA),
    ("pro-Turkish units stormed the hamlet.", "pro-Turkish units", SNA),
    # Tehran's and Damascus' militias
    ("Tehran-backed Afghan fighters were deployed to Hawijat Sakr.", "Tehran-backed Afghan fighters", PGM),
    ("Iranian-supported units took over the farm.", "Iranian-supported units", PGM),
    ("regime-allied militants set up a checkpoint at Jdeidat Bakr.", "regime-allied militants", PGM),
    ("Pro-Damascus soldiers opened fire on the crowd.", "Pro-Damascus soldiers", PGM),
    ("loyalist gunmen raided the farms of Wadi Rahib.", "loyalist gunmen", PGM),
    # the army itself
    ("Moscow-backed troops shelled the hills west of Ghazlan.", "Moscow-backed troops", SYRIA),
    ("government fighters advanced from Tell Sawda.", "government fighters", SYRIA),
    ("Syrian army units took up positions near Kherbet Maan.", "Syrian army units", SYRIA),
    # Kurdish armed nouns stay the YPG
    ("Kurdish gunmen fired on a patrol at Tell Jamal.", "Kurdish gunmen", YPG),
])
def test_descriptor_and_any_armed_noun_name_the_actor(kb: ActorKB, text: str, words: str, name: str) -> None:
    assert actor_of(kb, text, words) == name


@pytest.mark.parametrize("text, words, name", [
    # before the SDF the "US-backed rebels" were vetted factions: the descriptor leaves them alone
    ("US-backed rebels received new anti-tank missiles in 2014.", "rebels", "Syrian Rebels"),
    ("Kurdish fighters held the hill above Derbasiyah.", "Kurdish fighters", YPG),
    ("opposition fighters shelled Qarnabiyeh.", "opposition fighters", "Syrian Rebels"),
    ("the regime militias withdrew from Um Sharshuh.", "regime militias", PGM),
])
def test_ambiguous_or_already_named_phrases_keep_their_actor(kb: ActorKB, text: str, words: str, name: str) -> None:
    assert actor_of(kb, text, words) == name


def test_a_descriptor_without_an_armed_noun_names_no_one(kb: ActorKB) -> None:
    text = "A Kurdish-led council runs the water station; Iran-backed schools reopened."
    assert kb.find(text) == []


def test_a_control_change_by_described_fighters_has_a_gainer(extractor: Extractor) -> None:
    text = ("Kurdish-led fighters took control of the village of Khirbet Jahash on Tuesday "
            "after two days of clashes with Islamic State militants.")
    result = extractor.extract(text, Document(id="d", published="2017-06-21"))
    assert [(c.gained_by, c.change) for c in result.control_changes] == [(SDF, "captured")]


def test_user_file_adds_a_descriptor_to_a_known_actor(tmp_path: Path) -> None:
    user = tmp_path / "actors.yaml"
    user.write_text("descriptors:\n  - actor: Hezbollah\n    words: [Beirut-backed]\n", encoding="utf-8")
    kb = ActorKB.from_files([Path(__file__).resolve().parents[1] / "src/observatory/data/actors.yaml", user])
    assert actor_of(kb, "Beirut-backed fighters crossed at dawn.", "Beirut-backed fighters") == "Hezbollah"


@pytest.mark.parametrize("body, message", [
    ("descriptors:\n  - actor: Nobody Known\n    words: [X-backed]\n", "unknown actor"),
    ("descriptors:\n  - actor: Hezbollah\n", "needs 'words'"),
    ("descriptors:\n  - words: [X-backed]\n", "needs an 'actor'"),
    ("descriptors:\n  - actor: Hezbollah\n    words: {Beirut: backed}\n", "'words' must be a list of strings"),
    ("descriptors:\n  - actor: Hezbollah\n    words: [Beirut-backed]\n    nouns: [7]\n", "'nouns' must be a list of strings"),
    ("descriptors:\n  - actor: Hezbollah\n    words: [Beirut-backed]\n    nouns: []\n", "'nouns' is empty"),
])
def test_a_bad_descriptor_names_the_file_and_entry(tmp_path: Path, body: str, message: str) -> None:
    bad = tmp_path / "actors.yaml"
    bad.write_text("actors:\n  - name: Hezbollah\n    type: political_militia\n" + body, encoding="utf-8")
    with pytest.raises(ActorDataError, match=rf"actors\.yaml: descriptor #1.*{message}"):
        ActorKB.from_files([bad])


def test_a_bad_shared_noun_list_names_the_file_and_the_list(tmp_path: Path) -> None:
    bad = tmp_path / "actors.yaml"
    bad.write_text("armed_nouns:\n  squads: 3\nactors:\n  - name: Hezbollah\n    type: political_militia\n",
                   encoding="utf-8")
    with pytest.raises(ActorDataError, match=r"actors\.yaml: 'armed_nouns' must be a list of strings"):
        ActorKB.from_files([bad])


def test_a_casualty_group_of_described_men_takes_their_actor(extractor: Extractor) -> None:
    text = "Six Tehran-backed militiamen were killed on Sunday when a drone struck their truck near the Hmeimat crossing."
    result = extractor.extract(text, Document(id="g", published="2018-09-02"))
    assert [(c.count.value, c.group.actor) for c in result.casualties] == [(6, PGM)]
