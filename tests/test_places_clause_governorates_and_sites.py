"""Issue 10, two families found on real reports.

A place whose own clause goes on to name the governorate it lies in ("... crossroads on the
old highway in the western countryside of Raqqa province") is no namesake hundreds of km
away in another governorate; the governorate named for another place, another clause, or in
"X-based" says nothing of it.  A site the gazetteer holds is found under another spelling of
its name or another site word ("Kweyris air base" for "Kuweires airbase"), never for a site
word that names no site."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from observatory.extract.places import PlaceFinder
from observatory.kb.gazetteer import Gazetteer
from observatory.kb.gazetteer.builtin import builtin_places
from observatory.models import Document, Place
from observatory.nlp.sentences import split_sentences


@pytest.fixture(scope="module")
def place_of() -> Callable[[str, str], Place]:
    """The place of the first mention starting with a name, as the built-in gazetteer reads the text."""
    finder = PlaceFinder(Gazetteer(builtin_places()))
    return lambda text, name: next(m.place for m in finder.find(text, split_sentences(text))
                                   if m.mention.startswith(name))


# Kafr Shams and Jasim are towns of Daraa, Sanamayn As Sanamayn of Daraa: far from Hasakah, Latakia and Idlib.
@pytest.mark.parametrize("text, name, far", [
    ("Fighters ambushed a patrol near Kafr Shams on the old highway in the northern countryside of Hasakah "
     "province.", "Kafr Shams", "Daraa"),
    ("Gunmen stormed Jasim junction 5 km off the main road in the southern countryside of Hasakah province.",
     "Jasim", "Daraa"),
    ("Drones hit Jasim bridge in rural Latakia on Wednesday.", "Jasim", "Daraa"),
    ("Shelling struck Sanamayn in the eastern countryside of Idlib province.", "Sanamayn", "Daraa"),
])
def test_a_name_its_clause_puts_in_a_far_governorate_is_not_the_namesake_elsewhere(place_of, text, name, far):
    assert place_of(text, name).admin1 != far


@pytest.mark.parametrize("text, name", [
    ("Families from Kafr Shams fled to Tall Abyad in Raqqa province.", "Kafr Shams"),  # Tall Abyad's governorate
    ("Jasim was shelled on Monday, while in Latakia province clashes continued.", "Jasim"),  # another clause
    ("Jets struck Sanamayn, and clashes raged in the countryside of Idlib.", "Sanamayn"),  # another statement
    ("The Hasakah-based group shelled Kafr Shams on Friday.", "Kafr Shams"),
    ("Jets struck Jasim near Nawa and bombed a bakery in Latakia province.", "Jasim"),  # a verb between
])
def test_a_governorate_named_for_another_place_or_statement_leaves_the_name_alone(place_of, text, name):
    assert place_of(text, name).admin1 == "Daraa"


@pytest.mark.parametrize("text, name, governorate", [
    ("Two farmers died in the southern countryside of Hassak province.", "Hassak", "Al-Hasakah"),
    ("Shelling hit villages in the western countryside of Quneitr province.", "Quneitr", "Quneitra"),
])
def test_a_mistyped_governorate_before_its_cue_word_is_the_governorate(place_of, text, name, governorate):
    place = place_of(text, name)
    assert place.feature == "admin1" and place.admin1 == governorate


@pytest.mark.parametrize("text, name, site", [
    ("Clashes flared again around Kweyris air base on Friday.", "Kweyris", "observatory:kuweires-airbase"),
    ("Rebels shelled the Mennagh airport north of Aleppo.", "Mennagh", "observatory:menagh-airbase"),
    ("Regime helicopters took off from the Tayfour military airport at dawn.", "Tayfour", "observatory:tiyas-airbase"),
    ("Islamic State fighters stormed Tabaqa air base after a long siege.", "Tabaqa", "observatory:tabqa-airbase"),
    ("A car bomb went off near the Abu Dhuhur airfield.", "Abu Dhuhur", "observatory:abu-al-duhur-airbase"),
    ("Fighters seized the army's 17th Division base after a week of clashes.", "Division", "observatory:division-17"),
])
def test_a_curated_site_is_found_under_another_spelling_or_site_word(place_of, text, name, site):
    assert place_of(text, name).gazetteer_id == site


@pytest.mark.parametrize("text, name", [
    ("Tabqa became the militants' base of support in the province.", "Tabqa"),  # no site word after the name
    ("Kurdish fighters entered the town of Tabqa on Sunday.", "Tabqa"),
    ("Tabqa residents crossed the river by boat.", "Tabqa"),
])
def test_a_name_without_a_site_word_after_it_stays_the_town(place_of, text, name):
    assert place_of(text, name).feature != "military_site"


def test_a_site_word_of_another_kind_takes_no_site_of_the_name(place_of):
    # the gazetteer holds a Tabqa dam and a Tabqa airbase: the dam is meant
    assert place_of("Engineers inspected the Tabaqa dam for cracks.", "Tabaqa").feature == "dam"


def test_a_foreign_base_is_no_syrian_site(place_of):
    assert place_of("Jets flew from Incirlik air base in southern Turkey.", "Incirlik").admin1 is None


def test_a_report_about_a_base_is_at_the_base_though_a_city_is_named_more(extractor):
    # the base twice, the town beside it once, the capital three times
    text = ("Militants overrun air base after week of fighting\n\n"
            "Militants stormed an air base in the desert on Monday after a week of fighting over Dmeir base. "
            "In Damascus crowds gathered. Jets were heard over Damascus. "
            "Families in Damascus and in Dumayr town watched the smoke over Dmeir airbase. "
            "Earlier on Monday warplanes had bombed areas around the base.")
    result = extractor.extract(text, Document(id="t", published="2016-11-14"))
    assert {e.location.gazetteer_id for e in result.events if e.location} == {"observatory:dumayr-airbase"}


def test_a_report_about_a_town_that_names_its_airbase_later_stays_at_the_town(extractor):
    text = ("Shelling kills five in desert town\n\n"
            "Shelling killed five people in Dumayr town on Monday. Residents of Dumayr fled east. "
            "In Damascus officials blamed rebels. Officials in Damascus said the town lies "
            "beside the Dmeir airbase.")
    result = extractor.extract(text, Document(id="t", published="2016-11-14"))
    assert {e.location.gazetteer_id for e in result.events if e.location} == {"geonames:170589"}


@pytest.mark.parametrize("text, name, site", [
    ("A drone struck the Tanaf base outside Latakia city, wounding two.", "Tanaf", "observatory:tanf-base"),
    ("Rockets hit the Omary oil field south of Hasakah city.", "Omary", "observatory:al-omar-oilfield"),
])
def test_a_site_only_like_the_name_is_no_match_where_the_report_puts_it_far_off(place_of, text, name, site):
    assert place_of(text, name).gazetteer_id != site


@pytest.mark.parametrize("text", [
    "Rebels shelled the Division 7 base, killing six.",  # the gazetteer holds Division 17
    "Government troops retook the Brigade 90 base after heavy clashes.",  # and Brigade 93
    "Rebels said the 4th Division base was hit by rockets.",
    "Insurgents overran the 93rd Regiment base at dawn.",
])
def test_a_units_number_or_bare_word_takes_no_site_of_another_number(extractor, text):
    result = extractor.extract(text, Document(id="t", published="2016-11-14"))
    assert not any(e.location and e.location.feature == "military_site" for e in result.events)


def test_a_site_named_once_leaves_the_report_at_the_town_it_keeps_naming(extractor):
    # the airport once, the city beside it twice: the clash told without a place is in the city
    text = ("Fighting raged overnight. Rebels shelled the Hama military airport. Two children died in Hama. "
            "Hama was shelled again later.")
    result = extractor.extract(text, Document(id="t", published="2016-11-14"))
    clash = next(e for e in result.events if e.sub_event_type == "Armed clash")
    assert clash.location is not None and clash.location.feature != "military_site"
