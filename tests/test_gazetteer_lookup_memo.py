"""Lookups are memoised; every change to the index must still show in the next lookup."""

from observatory.kb.gazetteer import Gazetteer, GazetteerPlace

SUKHNAH = GazetteerPlace("t:2", "As Sukhnah", 34.885, 38.871, "town", admin1="Homs")
TAYBA = GazetteerPlace("t:3", "At Tayyibah", 35.0, 38.6, "village", admin1="Homs")


def test_an_alias_taught_after_a_lookup_is_found():
    g = Gazetteer([SUKHNAH])
    assert all(not c.exact for c in g.lookup("Sokhna"))
    g.add_alias("t:2", "Sokhna")
    assert [(c.place.id, c.exact) for c in g.lookup("Sokhna")] == [("t:2", True)]


def test_added_and_removed_places_show_at_once():
    g = Gazetteer([SUKHNAH])
    assert g.lookup("al-Tayyibah") == []
    g.add(TAYBA)
    assert [c.place.id for c in g.lookup("al-Tayyibah")] == ["t:3"]
    g.remove("t:3")
    assert g.lookup("al-Tayyibah") == []


def test_callers_cannot_change_the_memo():
    g = Gazetteer([SUKHNAH])
    g.lookup("As Sukhnah").clear()
    assert [c.place.id for c in g.lookup("As Sukhnah")] == ["t:2"]
