"""Spellings outlets invent for one Arabic toponym: twins, near spellings, one answer per name."""

import pytest

from observatory.extract.places import PlaceFinder
from observatory.kb.gazetteer import Gazetteer, GazetteerPlace
from observatory.kb.gazetteer.builtin import builtin_places
from observatory.kb.gazetteer.normalize import vowel_key
from observatory.nlp.sentences import split_sentences

# A small invented map: two namesake villages far apart, a town, two governorates' towns.
BAYDAR = GazetteerPlace("t:baydar", "Tall Baydar", 36.40, 40.60, "village", admin1="Al-Hasakah", population=800)
QASR = GazetteerPlace("t:qasr", "Qasr Ibn Maydan", 36.45, 40.70, "village", admin1="Al-Hasakah", population=600)
HASAKAH = GazetteerPlace("t:hasakah", "Al Hasakah", 36.50, 40.75, "city", admin1="Al-Hasakah", population=180_000)
NORTH_TUWAYNA = GazetteerPlace("t:tw1", "Umm Tuwaynah", 36.30, 40.50, "village", admin1="Al-Hasakah", population=500)
SOUTH_TUWAYNA = GazetteerPlace("t:tw2", "Umm Tuwaynah", 33.10, 36.40, "village", admin1="Daraa", population=500)
IZRA = GazetteerPlace("t:izra", "Izra", 32.86, 36.25, "town", admin1="Daraa", population=20_000)


def find(finder: PlaceFinder, text: str):
    return finder.find(text, split_sentences(text))


@pytest.fixture(scope="module")
def small() -> PlaceFinder:
    return PlaceFinder(Gazetteer([BAYDAR, QASR, HASAKAH, NORTH_TUWAYNA, SOUTH_TUWAYNA, IZRA]))


@pytest.fixture(scope="module")
def builtin() -> PlaceFinder:
    return PlaceFinder(Gazetteer(builtin_places()))


@pytest.mark.parametrize("spellings", [
    ["Saraqib", "Saraqeb", "Sarakib"],
    ["Qamishli", "Qameshli", "Kamishly"],
    ["Jarabulus", "Jarabolus", "Jarabules"],
    ["Shaykh Hadid", "Sheikh Hadeed", "Sheikh Hadid"],
])
def test_spellings_differing_in_vowels_share_a_vowel_key(spellings):
    assert len({vowel_key(s) for s in spellings}) == 1


@pytest.mark.parametrize("one, other", [("Hama", "Homs"), ("Douma", "Dumayr"), ("Raqqa", "Riqqa Tower")])
def test_different_consonants_or_lengths_keep_vowel_keys_apart(one, other):
    assert vowel_key(one) != vowel_key(other)


def test_a_vowel_twin_resolves_with_a_confidence_below_the_exact_spelling(small):
    found = find(small, "Clashes broke out near Tal Beidar, north of Al Hasakah city.")
    twin = next(m.place for m in found if m.mention == "Tal Beidar")
    exact = next(m.place for m in found if m.mention.startswith("Al Hasakah"))
    assert twin.gazetteer_id == "t:baydar"
    assert exact.confidence == 1.0
    assert 0.5 <= twin.confidence < exact.confidence


def test_a_near_spelling_is_believed_only_where_the_report_already_is(small):
    placed = find(small, "Two shepherds died near the village of Qasr Bin Maydan, east of Al Hasakah city.")
    assert next(m.place.gazetteer_id for m in placed if m.mention.startswith("Qasr")) == "t:qasr"
    alone = find(small, "Two shepherds died near the village of Qasr Bin Maydan.")
    assert [m.place.lat for m in alone] == [None]


def test_one_name_gets_one_answer_in_one_report(small):
    text = ("Shelling hit Umm Tuwayna at dawn. Residents of Umm Tuwayna fled east. "
            "Later the same unit shelled Izra.")
    ids = {m.place.gazetteer_id for m in find(small, text) if m.mention == "Umm Tuwayna"}
    assert len(ids) == 1


def test_possessive_is_not_part_of_the_name(builtin):
    found = find(builtin, "Rockets fell on Hama's eastern countryside overnight.")
    place = found[0].place
    assert (place.name, place.feature) == ("Hama", "admin1")


@pytest.mark.parametrize("text, governorate", [
    ("A car bomb went off in Sarakib market.", "Idlib"),
    ("Patrols moved through Qameshli at noon.", "Al-Hasakah"),
    ("Gunfire was heard across Jarablous on Friday.", "Aleppo"),
])
def test_builtin_gazetteer_finds_other_romanisations(builtin, text, governorate):
    placed = [m.place for m in find(builtin, text) if m.place.lat is not None]
    assert placed and placed[0].admin1 == governorate


def test_headline_case_is_not_read_from_name_words(builtin):
    """"Sheikh" and "Khan" are English words too; they must not make a sentence a headline."""
    found = find(builtin, "Mortars hit Sheikh Hadeed and Khan Tuman")
    assert {m.mention for m in found} >= {"Sheikh Hadeed", "Khan Tuman"}


def test_many_repetitions_of_one_name_resolve_alike(builtin):
    text = "Aleppo, " * 3000 + "Idlib."
    found = find(builtin, text)
    assert len(found) == 3001
    assert len({m.place.gazetteer_id for m in found[:-1]}) == 1


def test_a_head_word_an_article_and_a_known_name_are_one_toponym(builtin):
    """"Jamiyat al-X": the quarter, not the village X somewhere else."""
    found = find(builtin, "Mortar rounds landed in the Jamiyat al-Hamdaniya quarter on Monday.")
    assert [m.place.name for m in found][:1] == ["Jamiyat al-Hamdaniya"]


def test_plural_cue_words_type_the_name_before_them(builtin):
    found = find(builtin, "Fighting spread to the Abu Ghurab and Wadi Tahun crossings.")
    typed = {m.place.name: m.place.feature for m in found}
    assert typed.get("Wadi Tahun") == "crossing"


def test_at_between_two_names_is_the_english_preposition(builtin):
    found = find(builtin, "A bomb went off in the Bustan al-Qasr quarter at Aleppo on Friday.")
    assert "Aleppo" in {m.mention for m in found}


@pytest.mark.parametrize(("text", "mention"), [
    ("Mortars fell on Qasr Ibn Meydan at dawn", "Qasr Ibn Meydan"),   # one vowel off the curated name
    ("Mortars fell on Qasr Ibn Maidan at dawn", "Qasr Ibn Maidan"),   # another diphthong
])
def test_a_lone_curated_village_written_with_other_vowels_is_found(small, text, mention):
    [found] = [m for m in find(small, text) if m.mention == mention]
    assert found.place.gazetteer_id == "t:qasr" and 0 < found.place.confidence < 1


def test_a_lone_geonames_village_written_with_other_vowels_needs_the_report_s_support():
    listed = GazetteerPlace("t:listed", "Qasr Ibn Maydan", 36.45, 40.70, "village", admin1="Al-Hasakah",
                            population=600, source="geonames-cities500")
    finder = PlaceFinder(Gazetteer([listed, HASAKAH]))
    alone = [m for m in find(finder, "Mortars fell on Qasr Ibn Meydan at dawn") if m.place.gazetteer_id]
    beside = [m.place.gazetteer_id for m in find(finder, "Mortars fell on Qasr Ibn Meydan near Al Hasakah")]
    assert alone == [] and "t:listed" in beside


def test_a_short_village_name_a_letter_away_is_another_village(small):
    found = [m for m in find(small, "Mortars fell on Izla at dawn") if m.place.gazetteer_id == "t:izra"]
    assert found == []


def test_a_glued_article_is_split_off_only_for_a_name_nothing_matched():
    """"Elmaydan town": no place is spelt so, but Maydan is once the article comes off; a
    name the gazetteer has with its first letters ("Elbeyli") keeps them."""
    maydan = GazetteerPlace("t:maydan", "Al Maydan", 35.10, 38.20, "town", admin1="Hama", population=5_000)
    elbeyli = GazetteerPlace("t:elbeyli", "Elbeyli", 36.67, 37.55, "village", admin1="Aleppo", population=900)
    beyli = GazetteerPlace("t:beyli", "Beyli", 34.20, 36.90, "village", admin1="Homs", population=300)
    finder = PlaceFinder(Gazetteer([maydan, elbeyli, beyli]))
    found = find(finder, "Shells hit Elmaydan town and Elbeyli village on Monday.")
    assert [m.place.gazetteer_id for m in found] == ["t:maydan", "t:elbeyli"]
