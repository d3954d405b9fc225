"""Issue 10: places on reports the rules were not written for.  A toll-only event takes
every place of its list, "rural X" is the governorate (Rif Dimashq for Damascus), and
quarters and villages the monitors name often are in the gazetteer, with no namesake
abroad chosen for them.  Sentences are invented for these tests."""

from __future__ import annotations

import pytest

from observatory.extract.pipeline import Extractor
from observatory.models import Document, ExtractionResult
from observatory.nlp.sentences import split_sentences


def run(extractor: Extractor, text: str) -> ExtractionResult:
    return extractor.extract(text, Document(id="t", published="2018-03-14"))


def sites(result: ExtractionResult) -> set[str]:
    return {e.location.mention for e in result.events if e.location is not None}


@pytest.mark.parametrize(("text", "places"), [
    ("Five civilians killed in Kafr Zita and Latamna", {"Kafr Zita", "Latamna"}),
    ("Three children dead in Sarmin, Binnish and Taftanaz", {"Sarmin", "Binnish", "Taftanaz"}),
    ("Human losses among the factions in Morek and Kafr Zita", {"Morek", "Kafr Zita"}),
])
def test_a_toll_only_event_takes_every_place_of_its_list(extractor, text: str, places: set[str]) -> None:
    assert sites(run(extractor, text)) == places


def test_rural_before_a_governorate_name_is_the_governorate(extractor) -> None:
    result = run(extractor, "Warplanes killed seven people in rural Hama and rural Damascus on Friday.")
    located = {(e.location.name, e.location.feature) for e in result.events if e.location is not None}
    assert located == {("Hama", "admin1"), ("Rif Dimashq", "admin1")}


def test_rural_idlib_is_not_idlib_city(extractor) -> None:
    [event] = run(extractor, "An airstrike on a market in rural Idlib killed 12 people on Sunday.").events
    assert event.location is not None and event.location.feature == "admin1" and event.location.precision == 4


@pytest.mark.parametrize(("text", "name", "admin1"), [
    ("Shells fired from the east hit the Mogambo district of Aleppo, wounding six.", "Mogambo", "Aleppo"),
    ("Rockets landed in al-Muhafaza and al-Meridian neighbourhoods, wounding 3.", "Al-Muhafaza", "Aleppo"),
    ("Mortar rounds struck al-Muhajirin and Mezzeh 86 on Tuesday, killing a boy.", "Mezzeh 86", "Damascus"),
    ("Coalition jets bombed the village of Tokhar north of Manbij, killing 20.", "Tokhar", "Aleppo"),
])
def test_quarters_and_villages_monitors_name_are_placed_in_syria(extractor, text: str, name: str,
                                                                 admin1: str) -> None:
    found = extractor.places.find(text, split_sentences(text))
    placed = {p.place.name: p.place for p in found}
    assert name in placed
    assert placed[name].country == "SY" and placed[name].admin1 == admin1 and placed[name].precision == 1


@pytest.mark.parametrize(("text", "names"), [
    ("Rockets fell on the neighborhoods of al-Hamdaniyah al-Sheikh Taha al-Midan and New Aleppo, wounding 5.",
     ["al-Hamdaniyah", "al-Sheikh Taha", "al-Midan", "New Aleppo"]),
    ("Army units destroyed positions in the villages of al-Tamanah al-Khuwayn and al-Sukayk in Idlib countryside.",
     ["al-Tamanah", "al-Khuwayn", "al-Sukayk", "Idlib countryside"]),
    # a name of two article parts the gazetteer knows stays whole
    ("Mortars fell on the neighbourhoods of al-Hajar al-Aswad and al-Qadam.", ["al-Hajar al-Aswad", "al-Qadam"]),
    # a part ends before a word that starts a known name
    ("Snipers fired on the districts of al-Fadila al-Tadamon Jobar and al-Qaboun on Monday.",
     ["al-Fadila", "al-Tadamon", "Jobar", "al-Qaboun"]),
])
def test_a_commaless_list_of_article_names_is_one_name_per_article(extractor, text: str, names: list[str]) -> None:
    assert [p.mention for p in extractor.places.find(text, split_sentences(text))] == names


def test_every_name_of_a_commaless_list_is_a_site_of_the_event(extractor) -> None:
    result = run(extractor, "Terrorists fired shells on the neighbourhoods of al-Shaar al-Sheikh Taha al-Midan, "
                            "killing two people.")
    assert sites(result) == {"al-Shaar", "al-Sheikh Taha", "al-Midan"}


def _features(extractor: Extractor, text: str, mention: str) -> list[str | None]:
    return [p.place.feature for p in extractor.places.find(text, split_sentences(text)) if p.mention == mention]


def test_a_bare_name_stays_the_city_when_the_report_also_calls_it_a_city(extractor) -> None:
    text = ("Shells kill 3 in Hama\n\nShells fell on a market in Hama city, in Hama province, on Sunday, "
            "killing three people.")
    assert _features(extractor, text, "Hama") == ["city"]


def test_a_toll_site_that_only_locates_quarters_gives_way_to_them(extractor) -> None:
    result = run(extractor, "Four civilians were injured when terrorists targeted al-Shaar and al-Sukkari neighbourhoods "
                            "in Aleppo city")
    assert sites(result) == {"al-Shaar", "al-Sukkari neighbourhoods", "Aleppo city"}


def test_an_old_city_the_gazetteer_knows_is_no_unresolved_name(extractor) -> None:
    text = "Mortars fell on Damascus's old city on Sunday, wounding four."
    [core] = [p.place for p in extractor.places.find(text, split_sentences(text)) if "old city" in p.mention]
    assert core.name == "Old City of Damascus" and core.gazetteer_id is not None


def test_a_city_written_beside_its_governorate_stays_the_city(extractor) -> None:
    text = "Strike log 12: al-Mishlab quarter, Hama, Hama governorate, Syria"
    assert _features(extractor, text, "Hama") == ["city"]
