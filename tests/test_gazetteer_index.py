"""The in-memory index: lookups by spelling and by sound, aliases, fuzzy search."""

from observatory.kb.gazetteer import Gazetteer, GazetteerPlace

QARYATAYN = GazetteerPlace("t:1", "Al Qaryatayn", 34.23, 37.24, "town", admin1="Homs",
                           population=31748, alt_names=("القريتين",))
SUKHNAH = GazetteerPlace("t:2", "As Sukhnah", 34.885, 38.871, "town", admin1="Homs")


def test_lookup_by_spelling_is_exact_and_by_sound_is_not():
    g = Gazetteer([QARYATAYN, SUKHNAH])
    assert [(c.place.id, c.exact) for c in g.lookup("al-Qaryatayn")] == [("t:1", True)]
    assert [(c.place.id, c.exact) for c in g.lookup("Qaryatein")] == [("t:1", False)]
    assert [c.place.id for c in g.lookup("القريتين")] == ["t:1"]
    assert g.lookup("Palmyra") == []


def test_alias_makes_a_new_spelling_exact():
    g = Gazetteer([SUKHNAH])
    g.add_alias("t:2", "Sokhna")
    assert [(c.place.id, c.exact) for c in g.lookup("Sokhna")] == [("t:2", True)]
    assert "Sokhna" in g.get("t:2").alt_names


def test_replacing_a_place_drops_its_old_names():
    g = Gazetteer([SUKHNAH])
    g.add(GazetteerPlace("t:2", "Sukhna Oasis", 34.885, 38.871, "town"))
    assert g.lookup("As Sukhnah") == []
    assert len(g) == 1


def test_search_tolerates_typos():
    g = Gazetteer([QARYATAYN, SUKHNAH])
    assert g.search("Qaryatain", limit=1)[0].id == "t:1"
