"""An adjective that closes an Arabic place name ("al-Kabira", the big; "al-Sharqiya", the
eastern: ``data/places/name_qualifiers.txt``) ends that name.  Reports copied without their
commas run a list of villages on after it ("the villages of X al-Kabira X al-Saghira and Y"),
and the word after the adjective starts the next village; a further adjective, a cue word
("cemetery", "Street") or a group's name keep their usual readings."""

from __future__ import annotations

import pytest

from observatory.nlp.sentences import split_sentences


def _mentions(place_finder, text: str) -> list[str]:
    return [p.mention for p in place_finder.find(text, split_sentences(text))]


@pytest.mark.parametrize(("text", "names"), [
    ("Warplanes bombed the villages of Hamra al-Kabira Hamra al-Saghira and Ruwaysat on Friday the Observatory said.",
     ["Hamra al-Kabira", "Hamra al-Saghira"]),
    ("Army units destroyed terrorist dens in the villages of al-Qusair al-Sharqi Batish and Karm Hadid a military "
     "source told SANA.", ["al-Qusair al-Sharqi", "Batish", "Karm Hadid"]),
    ("Regime artillery shelled the villages of al-Dweir al-Gharbi al-Dweir al-Sharqi and Khattab activists said.",
     ["al-Dweir al-Gharbi", "al-Dweir al-Sharqi"]),
    ("Coalition raids targeted the villages of al-Ramla al-Janoubiya Wadi Ashour and Ruweished activists said.",
     ["al-Ramla al-Janoubiya", "Wadi Ashour", "Ruweished"]),
    ("IS militants attacked the villages of Masloukh al-Gharbi Masloukh al-Sharqi and Atshana killing three shepherds.",
     ["Masloukh al-Gharbi", "Masloukh al-Sharqi", "Atshana"]),
])
def test_the_adjective_closes_a_listed_name(place_finder, text: str, names: list[str]) -> None:
    found = _mentions(place_finder, text)
    for name in names:
        assert name in found
    assert not any(m.endswith((" Hamra", " Batish", " Masloukh")) or m.startswith("al-Sh") for m in found)


def test_a_known_name_with_its_adjective_is_another_village(place_finder) -> None:
    """"Sabkha al-Janoubiya" (the southern Sabkha) is not the Sabkha the gazetteer knows, which
    the same words without the adjective still name."""
    text = "The army took control of the villages of Sabkha al-Janoubiya Marrat and Hatla."
    found = {p.mention: p.place for p in place_finder.find(text, split_sentences(text))}
    assert "Sabkha al-Janoubiya" in found and found["Sabkha al-Janoubiya"].name == "Sabkha al-Janoubiya"
    assert "Marrat" in found
    assert not any(m.startswith("al-Janoubiya") for m in found)
    text = "The army took control of Sabkha on Friday."
    assert [p.place.lat is not None for p in place_finder.find(text, split_sentences(text))] == [True]


@pytest.mark.parametrize(("text", "names"), [
    # a cue word after the adjective still joins it
    ("A car bomb exploded near the Bab al-Saghir cemetery in Damascus killing nine people.", ["Damascus"]),
    ("Shells hit the al-Sharqiya Street in Deir ez-Zor wounding three.", ["Deir ez-Zor"]),
    # two adjectives are one name's
    ("Floods hit villages along the Nahr al-Kabir al-Shamali in Latakia countryside.", ["Latakia countryside"]),
    # a group named by a region is no place
    ("Fighters of the Ahrar al-Sharqiya group clashed with the YPG near Tal Abyad.", ["Tal Abyad"]),
    # a headed name known without its adjective keeps its place
    ("Clashes erupted in Tell Rifaat al-Shamali and Kafr Naya on Monday.", ["Tell Rifaat", "Kafr Naya"]),
])
def test_ordinary_uses_keep_their_places(place_finder, text: str, names: list[str]) -> None:
    found = _mentions(place_finder, text)
    for name in names:
        assert name in found
    assert not any(m.startswith(("al-Shamali", "al-Saghir ", "Ahrar")) for m in found)
