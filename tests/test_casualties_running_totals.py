"""A toll in the perfect with no day, told as an aside to a report's news, is a running total."""

from __future__ import annotations

from datetime import date

from observatory.extract.casualties import read_report
from observatory.extract.tolls.roles import number_roles
from observatory.nlp.sentences import split_sentences

PUBLISHED = date(2017, 3, 14)


def roles(actor_kb, text: str) -> dict[str, str]:
    return {r.text: r.role for r in number_roles(text, split_sentences(text), PUBLISHED, actor_kb)}


def test_an_undated_perfect_aside_over_a_province_is_a_running_total(actor_kb):
    text = ("Shelling kills 7 in Tafas\n\nArtillery fire killed 7 civilians in Tafas on Sunday, "
            "a local medic said. At least 260 people have also been killed in fighting in the "
            "neighbouring province of Quneitra, the monitor added.")
    assert roles(actor_kb, text)["At least 260"] == "cumulative"


def test_an_aside_with_its_own_day_stays_an_incident(actor_kb):
    text = ("Shelling kills 7 in Tafas\n\nArtillery fire killed 7 civilians in Tafas on Sunday, "
            "a local medic said. Eleven people have also been killed in an air strike on "
            "Nawa on Monday, the monitor added.")
    assert roles(actor_kb, text)["Eleven"] == "incident"


def test_the_leads_own_perfect_toll_stays_an_incident(actor_kb):
    text = ("Air strikes have killed 23 people in Jasim province town, a monitor said on Tuesday. "
            "The dead included 5 children.")
    assert roles(actor_kb, text)["23"] == "incident"



def test_the_lead_after_a_headline_is_no_running_total(actor_kb):
    text = ("Gunmen kill 6 herders near Lake Qattinah\n\nA gang in the Homs countryside has killed "
            "seven herders, the monitor said.")
    report = read_report(text, split_sentences(text), PUBLISHED, actor_kb)
    assert report.claims and all(claim.scope == "incident" for claim in report.claims)
