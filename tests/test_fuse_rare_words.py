"""Rare words two reports share, weighed by how few of the stored reports use them."""

from __future__ import annotations

from datetime import date, timedelta

from fixtures.fuse.loader import store_report, store_scenario
from sqlalchemy import select

from observatory.fuse.features import EventFeatures, content_words, normalise_text
from observatory.fuse.incidents import update_incidents
from observatory.fuse.matching import LINK_THRESHOLD, rare_word, score_pair
from observatory.fuse.rarity import DOCUMENTS_KEY, WordRarity, count_new_documents, weigh
from observatory.store.db import session_scope
from observatory.store.tables.fusion import IncidentLink, WordDocuments

DAY = date(2019, 5, 14)
# A day's reports from one province: most share the words of every strike report.
CORPUS = [
    "Jets bombed the Wadi Sahmar pumping station near Saraqib, leaving 6 dead",
    "An air raid on the Wadi Sahmar pumping station killed 6, medics said",
    "Jets bombed a village in the countryside, leaving 3 dead, medics said",
    "Jets bombed a road in the countryside, leaving 2 dead, medics said",
    "Jets bombed a farm in the countryside, medics said",
    "Jets bombed homes in the countryside, leaving 5 dead",
    *(f"Jets bombed {what} in the countryside, leaving {dead} dead, medics said"
      for what in ("a road", "a farm", "homes", "a well", "a field", "a depot") for dead in range(1, 20)),
]


def claim(key: int, text: str, place: str | None = None) -> EventFeatures:
    wording = normalise_text(text)
    return EventFeatures(
        key=key, document=key, source=None, event_type="Explosions/Remote violence",
        sub_event_type="Air/drone strike", start=DAY, end=DAY, precision=1, place_name=place,
        text=wording, words=content_words(wording),
    )


def ariha_strike(name: str, day: str) -> dict:
    """Another day's strike report, in the words such reports share."""
    text = f"Warplanes struck a street in Ariha on {day}, killing four people, rescuers said."
    return {"id": name, "source": "Levant Wire", "published": day, "title": "Warplanes strike Ariha", "text": text,
            "events": [{"id": "e1", "type": "Air/drone strike", "date": day, "place": "ariha",
                        "evidence": f"Warplanes struck a street in Ariha on {day}"}]}


def test_a_word_every_report_uses_weighs_nothing_and_an_unseen_one_everything():
    rarity = WordRarity.of_texts(CORPUS)
    assert rarity.weight("jets") < 0.2
    assert rarity.weight("sahmar") > 0.5
    assert rarity.weight("qweiq") == 1.0
    few = WordRarity.of_texts(CORPUS[:2])  # two reports cannot say that a word both use is common
    assert few.weight("station") == few.weight("sahmar") > 0.7


def test_a_shared_rare_name_links_two_reports_the_common_words_do_not():
    rarity = WordRarity.of_texts(CORPUS)
    first, second, other = (weigh(claim(n, CORPUS[n], place), rarity) for n, place in ((0, "Saraqib"), (1, None), (2, None)))
    weight, words = rare_word(first, second)
    assert weight > 0.5 and {"wadi", "sahmar"} <= set(words)
    common, shown = rare_word(second, other)
    assert common < 0.1 and shown == []  # only words every strike report uses ("medics", "said")
    linked, apart = score_pair(first, second), score_pair(second, other)
    assert linked is not None and linked.score >= LINK_THRESHOLD
    assert apart is not None and apart.score < LINK_THRESHOLD
    unweighed = score_pair(claim(0, CORPUS[0], "Saraqib"), claim(1, CORPUS[1]))
    assert unweighed is not None and unweighed.score < linked.score


def test_fusion_counts_each_stored_report_once_and_links_the_reports_of_one_press(engine):
    with session_scope(engine) as session:
        docs = store_scenario(session, "rare_name")
        for day in range(1, 100):  # the season's other strike reports: what makes a word common
            store_report(session, ariha_strike(f"filler-{day}", (date(2016, 11, 1) + timedelta(days=day)).isoformat()))
        docs = {**docs, **{f"filler-{day}": None for day in range(1, 100)}}
        update_incidents(session)
        total = session.get(WordDocuments, DOCUMENTS_KEY)
        assert total is not None and total.documents == len(docs)
        assert session.get(WordDocuments, "tahouna").documents == 2
        assert session.get(WordDocuments, "warplanes").documents == 3 + 99
        assert count_new_documents(session) == 0  # nothing stored since

        def incident(name: str) -> int:
            return session.scalar(select(IncidentLink.incident_id).where(IncidentLink.document_id == docs[name].id))

        assert incident("outlet-a-strike") == incident("outlet-b-strike")
        assert incident("outlet-a-strike") not in {incident(n) for n in ("outlet-c-ariha", "outlet-d-khan", "outlet-e-raid")}
        joined = session.scalars(select(IncidentLink).where(
            IncidentLink.incident_id == incident("outlet-a-strike"), IncidentLink.score.is_not(None)
        )).one()
        assert "tahouna" in joined.reasons["rare_words"]

        store_report(session, ariha_strike("outlet-f-late", "2017-03-11"))
        assert count_new_documents(session) == 1
        assert session.get(WordDocuments, DOCUMENTS_KEY).documents == len(docs) + 1
        assert session.get(WordDocuments, "warplanes").documents == 4 + 99
