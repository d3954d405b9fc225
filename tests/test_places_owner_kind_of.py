""""the Damascus suburb of X", "the Idlib town of X", "Aleppo city's rebel-held district of X":
a governorate (or the city named after it), the kind of place it holds, then the place.  The
event is at X (and, for a quarter, in its city too), never only at the owner.  Likewise
"struck X with a barrage of rockets": the weapon trigger points back at X.  Sentences are
invented for these tests."""

from __future__ import annotations

import pytest

from observatory.extract.pipeline import Extractor
from observatory.models import Document


@pytest.fixture(scope="module")
def extractor() -> Extractor:
    return Extractor()


def sites(extractor: Extractor, text: str) -> set[str]:
    result = extractor.extract(text, Document(id="t", published="2016-05-02"))
    return {e.location.name for e in result.events if e.location is not None}


@pytest.mark.parametrize(("text", "site"), [
    ("A car bomb killed 14 people in the Damascus suburb of Jaramana on Monday.", "Jaramana"),
    ("Government jets bombed a market in the Idlib town of Saraqeb on Monday, killing seven.", "Saraqib"),
])
def test_a_town_the_governorate_holds_is_the_site(extractor: Extractor, text: str, site: str) -> None:
    assert sites(extractor, text) == {site}


@pytest.mark.parametrize(("text", "quarter", "city"), [
    ("Warplanes struck a bakery in Aleppo city's rebel-held district of Bustan al-Qasr on Monday, killing nine.",
     "Bustan al-Qasr", "Aleppo"),
    ("Warplanes struck a bakery in Aleppos eastern district of Bustan al-Qasr on Monday, killing nine.",
     "Bustan al-Qasr", "Aleppo"),
    ("Shelling killed six people in the Aleppo district of Sheikh Maqsoud on Tuesday.", "Sheikh Maqsoud", "Aleppo"),
    ("Helicopters struck Aleppo citys Bustan al-Qasr neighborhood with barrel bombs on Monday, killing nine.",
     "Bustan al-Qasr", "Aleppo"),
])
def test_a_quarter_the_city_holds_is_the_site_with_its_city(extractor: Extractor, text: str, quarter: str,
                                                            city: str) -> None:
    assert sites(extractor, text) == {quarter, city}


def test_a_place_of_an_area_of_a_governorate_is_not_owned_by_it(extractor: Extractor) -> None:
    """Precision guard: "the X area of Quneitra province" has the finer place first; the
    governorate after it only locates it and never becomes the event's site."""
    assert sites(extractor, "Rebels shelled the Naba al-Fawwar area of Quneitra province on Monday.") \
        == {"Naba al-Fawwar"}


def test_a_town_named_with_a_kind_of_the_capital_does_not_own_the_capital(extractor: Extractor) -> None:
    """Precision guard: "the Jaramana suburb of Damascus": Jaramana stands for no governorate,
    so it owns nothing and stays the site."""
    assert sites(extractor, "Rebels shelled the Jaramana suburb of Damascus on Monday.") == {"Jaramana"}


def test_a_list_of_a_city_and_a_town_keeps_both(extractor: Extractor) -> None:
    """Precision guard: "Aleppo city and the town of X" lists two sites; "and" is no kind noun."""
    assert sites(extractor, "Shelling killed six people in Aleppo city and the town of Atarib on Monday.") \
        == {"Aleppo", "Al Atarib"}


def test_a_weapon_told_after_the_place_it_struck_points_back_at_it(extractor: Extractor) -> None:
    """"struck X with a barrage of rockets": the trigger is the weapon; X is where it fell."""
    text = "Insurgents struck the Mezzeh neighbourhood with a barrage of rockets late on Friday, the army said."
    assert sites(extractor, text) == {"Al-Mezzeh"}


@pytest.mark.parametrize("text", [
    "Insurgents struck the Mezzeh neighbourhood late on Friday, with rockets also hitting Jaramana.",
    "Rebel fighters struck Mezzeh on Friday, along with mortar fire on Jaramana.",
    "Rebel fighters struck Mezzeh in tandem with artillery shelling on Jaramana that wounded six.",
])
def test_a_weapon_after_a_comma_or_a_joining_word_is_not_the_first_places(extractor: Extractor, text: str) -> None:
    """Precision guard: a comma or "along with", "in tandem with" joins another strike; its
    weapon is not what struck the place before ("hit X, with rockets also hitting Y")."""
    result = extractor.extract(text, Document(id="t", published="2016-05-02"))
    shelled = {e.location.name for e in result.events
               if e.location is not None and e.sub_event_type.startswith("Shelling")}
    assert shelled == {"Jaramana"}


@pytest.mark.parametrize(("text", "site"), [
    ("Government jets dropped barrel bombs on the Daraa town of Jasim on Sunday, killing four.", "Jasim"),
    ("Government jets dropped barrel bombs on the Quneitra town of Khan Arnabah on Sunday, killing four.",
     "Khan Arnabah"),
])
def test_a_governorate_seat_the_gazetteer_calls_a_town_owns_its_towns(extractor: Extractor, text: str,
                                                                      site: str) -> None:
    """Daraa and Quneitra are towns in the gazetteer, yet stand for their governorates."""
    assert sites(extractor, text) == {site}


def test_a_weapon_after_another_clause_does_not_reach_back(extractor: Extractor) -> None:
    """Precision guard: "struck X ... and fighters answered with mortar shells on Y": an "and"
    between the struck place and the weapon puts them in two clauses; the shells fell on Y."""
    result = extractor.extract("Warplanes struck Saraqeb on Monday and rebel fighters answered with mortar "
                                 "shells on Jableh.", Document(id="t", published="2016-05-02"))
    shelled = {e.location.name for e in result.events
               if e.location is not None and e.sub_event_type.startswith("Shelling")}
    assert shelled == {"Jablah"}


def test_a_town_the_gazetteer_lacks_stands_for_no_governorate(extractor: Extractor) -> None:
    """Precision guard: an unknown town is lent its governorate's point, yet is no seat; a
    known town told in the next sentence is no finer site of it."""
    text = ("Gunmen burned houses in the town of Tell Qasrouna in Idlib province on Monday, the brigade said. "
            "The brigade is also active in the town of Salqin.")
    assert sites(extractor, text) == {"Tell Qasrouna"}
