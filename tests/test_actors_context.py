"""Actors a report names through what came before ("gunmen loyal to them")."""

from __future__ import annotations

import pytest

from observatory.extract.actor_mentions import organisation_spans, resolve_actors
from observatory.kb.actors import ActorKB, default_kb


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
