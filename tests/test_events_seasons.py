"""A season summed up is no event of the report (issue 9, brief types9 of this stop).

"SOHR has documented since the 26th of April the death of 312 people in assassinations in Idlib
and the countryside of Aleppo and Hama, … killed by gunfire, by explosive devices or after being
kidnapped" made an attack and a bombing per governorate out of a running total.  A clause dated
only by a stretch of more than a month, or with no date of its own told after one in its
sentence, sums up many events.  Guards: a clause with a day of its own, an event told before the
running total, a short stretch, and a season told further on or in a relative clause about a place.
Sentences are invented for these tests."""

from __future__ import annotations

import pytest

from observatory.extract.pipeline import Extractor
from observatory.models import Document, ExtractionResult


# a headline and a closing line without events, so each sentence stands in a long report (a headline
# and one sentence are a short report, read by short_reports)
HEAD, TAIL = "Monitor's round-up from the north\n\n", " Residents said the shops stayed closed."


def run(extractor: Extractor, text: str, published: str = "2018-09-10") -> ExtractionResult:
    return extractor.extract(HEAD + text + TAIL, Document(id="t", published=published))


def types(result: ExtractionResult) -> set[str]:
    return {e.sub_event_type for e in result.events}


@pytest.mark.parametrize("text", [
    "The monitor has documented since the 3rd of March the deaths of 210 people in assassinations in Daraa "
    "province, most of them shot by unknown gunmen.",
    "The chaos goes on in the areas held by the factions, where the monitor has recorded since January the deaths "
    "of 95 fighters, who were killed by gunfire or by explosive devices.",
    "In 2018 alone, coalition jets have bombed Hajin more than 300 times, Airwars said.",
    "The monitor has counted since early May the deaths of 58 fighters in clashes around Tal Rifaat.",
])
def test_a_clause_dated_by_a_season_is_no_event(extractor: Extractor, text: str) -> None:
    assert types(run(extractor, text)) == set()


@pytest.mark.parametrize(("text", "kind"), [
    ("Gunmen shot dead two teachers in Inkhil on Sunday, raising to 57 the number of people assassinated "
     "since February.", "Attack"),
    ("Gunmen shot dead two teachers in Inkhil, raising to 57 the number of people assassinated since February.",
     "Attack"),
    ("Since January jets have pounded Kafr Sajna; on Monday warplanes struck its main market, killing nine.",
     "Air/drone strike"),
    ("A car bomb exploded on Tuesday in a village near Manbij, which has been under SDF control since August, "
     "killing 8.", "Remote explosive/landmine/IED"),
    ("Since Saturday, clashes between the army and rebels in Kafr Zita have killed 23 fighters.", "Armed clash"),
    ("A car bomb killed three people in the market of Sarmada raising to 140 the casualties since early May.",
     "Remote explosive/landmine/IED"),
])
def test_an_event_beside_a_season_stays(extractor: Extractor, text: str, kind: str) -> None:
    assert kind in types(run(extractor, text))


# -- a campaign named by how long it ran ----------------------------------------------------

@pytest.mark.parametrize(("text", "gone"), [
    ("The deal was signed after weeks of violent shelling and air strikes on the town of Kafr Batna.",
     {"Shelling/artillery/missile attack", "Air/drone strike"}),
    ("Residents returned to Saraqib following months of heavy bombardment by regime helicopters.",
     {"Air/drone strike"}),
    ("After two weeks of shelling, regime warplanes struck the bakery of Kafr Nabl on Tuesday, killing 9.",
     {"Shelling/artillery/missile attack"}),
])
def test_a_campaign_told_by_its_length_is_no_event(extractor: Extractor, text: str, gone: set[str]) -> None:
    assert not types(run(extractor, text)) & gone


@pytest.mark.parametrize(("text", "kind"), [
    ("Two weeks of clashes in Kafr Zita have killed 40 fighters, the monitor said on Monday.", "Armed clash"),
    ("After two weeks of shelling, regime warplanes struck the bakery of Kafr Nabl on Tuesday, killing 9.",
     "Air/drone strike"),
    ("Amid weeks of siege by regime troops, jets struck the hospital of Kafr Nabl on Tuesday.", "Air/drone strike"),
    ("Rebels shelled Mhardeh on Monday after years of calm.", "Shelling/artillery/missile attack"),
])
def test_the_event_beside_a_long_campaign_stays(extractor: Extractor, text: str, kind: str) -> None:
    assert kind in types(run(extractor, text))


# A season needs a tally beside it: "since" after a superlative, an ordinal or "first time" dates a
# comparison, and after a truce or a siege a state; neither sums up events (review of types9).
@pytest.mark.parametrize(("text", "kind"), [
    ("The bloodiest car bomb since February exploded at the bus station of Jableh, killing 22 people.",
     "Remote explosive/landmine/IED"),
    ("In the heaviest shelling this year rockets slammed into the Salah al-Din quarter of Aleppo, killing 7 "
     "people.", "Shelling/artillery/missile attack"),
    ("For the first time since October, Israeli jets hit an arms depot near Masyaf.", "Air/drone strike"),
    ("A car bomb, the fourth in Tal Abyad since March, killed 11 people near the mosque.",
     "Remote explosive/landmine/IED"),
    ("Although a ceasefire has held since mid-January, gunmen attacked a checkpoint at Tafas, killing 2 soldiers.",
     "Armed clash"),
    ("Pro-government militias, who have encircled the enclave since November, shelled Madaya, killing 4 women.",
     "Shelling/artillery/missile attack"),
])
def test_a_season_of_a_comparison_or_a_state_keeps_the_event(extractor: Extractor, text: str, kind: str) -> None:
    assert kind in types(run(extractor, text))


# Only modifiers of the campaign noun come between "weeks of" and it: the next clause's subject
# ("following months of silence gunmen ambushed") tells the day's event.
@pytest.mark.parametrize(("text", "kind"), [
    ("Following months of silence gunmen ambushed a patrol near Busra al-Harir on Thursday.", "Armed clash"),
    ("Amid weeks of rumours a suicide bomber blew himself up at a checkpoint in Jableh on Friday, killing 3.",
     "Suicide bomb"),
    ("After two weeks of fighting the rebels took the hill of Tal Sukkar on Saturday.", "Armed clash"),
    ("Shops in Kafr Nabl reopened after weeks of clashes and rebels shelled the army post on Tuesday.",
     "Shelling/artillery/missile attack"),
])
def test_the_next_clause_after_a_long_campaign_stays(extractor: Extractor, text: str, kind: str) -> None:
    assert kind in types(run(extractor, text))


@pytest.mark.parametrize(("text", "gone"), [
    ("The convoy left Zamalka after months of relentless bombardment by Russian jets.", {"Air/drone strike"}),
    ("Families fled Tal Rifaat amid weeks of heavy clashes and shelling between rebels and Kurdish fighters.",
     {"Armed clash", "Shelling/artillery/missile attack"}),
    ("Shops in Kafr Nabl reopened after weeks of clashes and rebels shelled the army post on Tuesday.",
     {"Armed clash"}),
])
def test_a_long_campaign_with_modifiers_is_no_event(extractor: Extractor, text: str, gone: set[str]) -> None:
    assert not types(run(extractor, text)) & gone


@pytest.mark.parametrize("key, value", [("season_days", 0), ("season_reach", "thirty")])
def test_a_bad_season_bound_is_named_with_its_file(tmp_path, monkeypatch: pytest.MonkeyPatch, key: str,
                                                   value: object) -> None:
    import yaml

    from observatory.extract import context, events

    data = yaml.safe_load(context.FILTERS_PATH.read_text(encoding="utf-8"))
    data[key] = value
    bad = tmp_path / "filters.yaml"
    bad.write_text(yaml.safe_dump(data), encoding="utf-8")
    monkeypatch.setattr(context, "FILTERS_PATH", bad)
    monkeypatch.setattr(events, "FILTERS_PATH", bad)
    events._season_cues.cache_clear()
    try:
        with pytest.raises(context.FilterDataError, match=f"{key!r} must be a positive whole number") as raised:
            events._season_cues()
        assert str(bad) in str(raised.value)
    finally:
        events._season_cues.cache_clear()
