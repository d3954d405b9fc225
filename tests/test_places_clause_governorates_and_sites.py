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


# Zakiyeh: the only Zakiyeh the gazetteer holds is a town of Rif Dimashq, far from Raqqa.
@pytest.mark.parametrize("text", [
    "Militants overran army posts at Zakiyeh crossroads on the old Tabqa highway in the western "
    "countryside of Raqqa province overnight.",
    "Jets pounded Zakiyeh junction in rural Raqqa on Thursday.",
    "A convoy was ambushed near Zakiyeh 12 km off the Ithriya road in the southern Raqqa countryside.",
    "Heavy clashes took place at Zakiyeh in the western countryside of Raqa province.",  # a mistyped governorate
])
def test_a_name_its_clause_puts_in_a_far_governorate_is_not_the_namesake_elsewhere(place_of, text):
    place = place_of(text, "Zakiyeh")
    assert place.admin1 != "Rif Dimashq"


@pytest.mark.parametrize("text", [
    "Families from Zakiyeh fled to Tall Abyad in Raqqa province.",  # the governorate is Tall Abyad's
    "Zakiyeh was shelled on Monday, while in Raqqa province clashes continued.",  # another clause
    "Shelling hit Zakiyeh and clashes erupted in the countryside of Raqqa.",  # another statement
    "The Raqqa-based group shelled Zakiyeh, south of Damascus.",
    "Warplanes struck Zakiyeh near Kisweh and bombed a bakery in Raqqa province.",  # a verb between
])
def test_a_governorate_named_for_another_place_or_statement_leaves_the_name_alone(place_of, text):
    assert place_of(text, "Zakiyeh").admin1 == "Rif Dimashq"


def test_a_mistyped_governorate_before_its_cue_word_is_the_governorate(place_of):
    place = place_of("Three soldiers died in the eastern countryside of Raqq province.", "Raqq")
    assert place.feature == "admin1" and place.admin1 == "Ar-Raqqah"


@pytest.mark.parametrize("text, name, site", [
    ("Clashes flared again around Kweyris air base on Friday.", "Kweyris", "observatory:kuweires-airbase"),
    ("Rebels shelled the Mennagh airport north of Aleppo.", "Mennagh", "observatory:menagh-airbase"),
    ("Regime helicopters took off from the Tayfour military airport at dawn.", "Tayfour", "observatory:tiyas-airbase"),
    ("Islamic State fighters stormed Tabaqa air base after a long siege.", "Tabaqa", "observatory:tabqa-airbase"),
    ("A car bomb went off near the Abu Dhuhur airfield.", "Abu Dhuhur", "observatory:abu-al-duhur-airbase"),
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
