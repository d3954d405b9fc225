"""Every figure of a report gets one role; only this report's tolls become claims."""

from __future__ import annotations

from datetime import date

from observatory.extract.tolls.roles import number_roles
from observatory.nlp.sentences import split_sentences

PUBLISHED = date(2016, 5, 9)


def roles(actor_kb, text: str) -> list[tuple[str, str]]:
    return [(r.text, r.role) for r in number_roles(text, split_sentences(text), PUBLISHED, actor_kb)]


def test_each_figure_of_a_report_gets_its_role(actor_kb):
    text = ("Mortars kill 9 in Aleppo\n\nMortar fire killed 9 people, including 4 children, in "
            "Aleppo on Sunday. Since the start of the siege, 640 civilians have died in the city. "
            "More than 380,000 people have been killed since the war began. Rebels fired 35 shells.")
    assert roles(actor_kb, text) == [
        ("9", "incident"), ("9", "restatement"), ("4", "subset"), ("640", "cumulative"),
        ("More than 380,000", "background"), ("35", "other")]


def test_a_population_is_no_toll(actor_kb):
    text = "Gunmen killed 2 shepherds. Officials say there are 95000 of them in the province."
    found = roles(actor_kb, text)
    assert ("2", "incident") in found and ("95000", "incident") not in found


def test_roles_carry_a_confidence(actor_kb):
    text = "Shelling killed 5 civilians in the town on Sunday."
    (role,) = number_roles(text, split_sentences(text), PUBLISHED, actor_kb)
    assert role.role == "incident" and 0 < role.confidence <= 1
