"""Actors a report names through what came before ("gunmen loyal to them")."""

from __future__ import annotations

from pathlib import Path

import pytest

from observatory.extract.actor_mentions import organisation_spans, resolve_actors
from observatory.kb.actors import ActorDataError, ActorKB, default_kb

PACKAGE_ACTORS = Path(__file__).parents[1] / "src/observatory/data/actors.yaml"


@pytest.fixture(scope="module")
def kb() -> ActorKB:
    return default_kb()


def named(kb: ActorKB, text: str) -> list[tuple[str, str]]:
    return [(m.mention, m.name) for m in resolve_actors(text, kb)]


def test_gunmen_loyal_to_them_after_regime_forces(kb: ActorKB) -> None:
    text = "The regime forces supported by the gunmen loyal to them attacked the town."
    assert named(kb, text) == [("regime forces", "Military Forces of Syria"),
                               ("gunmen loyal to them", "Pro-Government Militias (Syria)")]


def test_the_organization_after_isis(kb: ActorKB) -> None:
    text = "ISIS launched an attack, and the organization managed to recover two villages."
    assert named(kb, text)[-1] == ("the organization", "Islamic State")


def test_the_organization_with_nothing_before_is_no_one(kb: ActorKB) -> None:
    assert named(kb, "The organization said it documented the deaths.") == []


def test_its_soldiers_belong_to_the_army_named_before(kb: ActorKB) -> None:
    text = "The Turkish military said one of its soldiers was killed."
    assert [n for _, n in named(kb, text)] == ["Military Forces of Turkey", "Military Forces of Turkey"]


def test_a_reporting_source_is_not_a_party(kb: ActorKB) -> None:
    found = named(kb, "A source at Aleppo Police Command said two women were killed.")
    assert found == [("women", "Civilians")]


def test_reporting_organisations_are_masked() -> None:
    text = "the Syrian Observatory for Human Rights said, citing Human Rights Watch"
    assert [text[a:b] for a, b in organisation_spans(text)] == [
        "the Syrian Observatory for Human Rights", "Human Rights Watch"]


def test_a_generic_noun_after_a_named_side_is_that_sides_men(kb: ActorKB) -> None:
    text = "Four Jaysh al-Islam gunmen and unidentified gunmen near the mill were shot."
    assert named(kb, text) == [("Jaysh al-Islam", "Jaysh al-Islam"),
                               ("unidentified gunmen", "Unidentified Armed Group")]


@pytest.mark.parametrize(("flag", "expected"), [
    ("    generic: true\n", ["Islamic State"]),
    ("", ["Islamic State", "Tribal Fighters"]),
])
def test_an_umbrella_is_generic_by_its_flag_in_the_data(tmp_path: Path, flag: str, expected: list[str]) -> None:
    user = tmp_path / "actors.yaml"
    user.write_text("actors:\n  - name: Tribal Fighters\n    type: identity_militia\n" + flag
                    + "    aliases: [clansmen]\n", encoding="utf-8")
    kb = ActorKB.from_files([PACKAGE_ACTORS, user])
    assert [m.name for m in resolve_actors("Islamic State clansmen ambushed a patrol.", kb)] == expected


def test_the_generic_flag_must_be_a_boolean(tmp_path: Path) -> None:
    user = tmp_path / "actors.yaml"
    user.write_text("actors:\n  - name: Tribal Fighters\n    type: identity_militia\n    generic: \"yes\"\n",
                    encoding="utf-8")
    with pytest.raises(ActorDataError, match=r"actor #1 \(Tribal Fighters\): 'generic' must be true or false"):
        ActorKB.from_files([user])


@pytest.mark.parametrize("text", [
    "Regime forces entered Kafr Batna; gunmen loyal to them looted shops. The organization later denied it.",
    "• Turkish troops shelled Tal Abyad and its soldiers crossed the border, as the group's fighters withdrew.",
    "ISIS fighters attacked Sukhnah. The militants, who had held the town, killed 6 of their own men.",
])
def test_the_rules_words_are_found_in_one_scan_as_each_rule_finds_them(kb: ActorKB, text: str) -> None:
    """All context rules are scanned for together; each gets the matches its own pattern finds."""
    together = kb.context_matches(text)
    assert [[m.span() for m in found] for found in together] == \
        [[m.span() for m in rule.regex.finditer(text)] for rule in kb.context_rules]
    assert any(together)
