"""Fars News spells "Jaysh" (Army) "Jeish" ("Jeish al-Islam", "Jeish al-Fatah"; issue 9, real42):
the same factions as the other outlets' "Jaysh"/"Jaish", not unknown words."""

from __future__ import annotations

import pytest

from observatory.extract.pipeline import Extractor
from observatory.models import Document


@pytest.mark.parametrize("text, actor", [
    ("Fighting between Jeish al-Islam and Faylaq al-Rahman in Beit Sawa left 14 militants dead on Tuesday, FNA said.",
     "Jaysh al-Islam"),
    ("Jeish al-Fatah militants fired rockets at Kafraya on Tuesday, wounding three civilians.", "Syrian Rebels"),
    ("Jeish al-Izza militants attacked army posts near Morek on Tuesday and lost 11 men.", "Jaysh al-Izza"),
])
def test_the_jeish_spelling_names_the_faction(extractor: Extractor, text: str, actor: str) -> None:
    result = extractor.extract(text, Document(id="t", published="2016-05-24"))
    assert actor in {a.name for e in result.events for a in e.actors}
