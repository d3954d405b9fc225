"""A region's running tally is no town's toll (issue 11): "since Thursday the bombardment has
killed 38 civilians across the province", told after Monday's strikes on two towns, has no
event of its own; given to the event stated nearest it, each outlet put the 38 on whichever
town it named last, so one tally became two incidents' dead.  Such a total, begun before every
event its report tells, is kept beside the nearest incident as a round-up (counted as nobody's
dead); a total from the day the report's event began is that event's own.  Reports invented."""

from __future__ import annotations

from fixtures.fuse.loader import store_report
from sqlalchemy import select

from observatory.fuse.incidents import update_incidents
from observatory.store.db import session_scope
from observatory.store.tables.fusion import Incident, IncidentCasualty


def _report(rid: str, source: str, first: tuple[str, str, str], second: tuple[str, str, str], tally: str,
            tally_period: str, event_dates: tuple[str, str] = ("2019-03-11", "2019-03-11")) -> dict:
    """Two strikes (place key, sentence, toll words) and a tally sentence after them."""
    text = f"{first[1]} {second[1]} {tally}"
    return {
        "id": rid, "source": source, "published": "2019-03-11", "title": "Raids on Idlib", "text": text,
        "events": [
            {"id": "e1", "type": "Air/drone strike", "date": event_dates[0], "place": first[0], "evidence": first[1]},
            {"id": "e2", "type": "Air/drone strike", "date": event_dates[1], "place": second[0], "evidence": second[1]},
        ],
        "casualties": [
            {"id": "c1", "event": "e1", "actor": "Civilians", "category": "civilians", "count": f"exact {first[2]}",
             "evidence": f"{first[2]} people"},
            {"id": "c2", "event": "e2", "actor": "Civilians", "category": "civilians", "count": f"exact {second[2]}",
             "evidence": f"{second[2]} people"},
            {"id": "c3", "actor": "Civilians", "category": "civilians", "count": "at_least 38",
             "evidence": "38 civilians", "scope": "cumulative", "period": tally_period},
        ],
    }


ARIHA = ("ariha", "Jets struck a market in Ariha on Monday killing 6 people.", "6")
MAARAT = ("maarat", "Helicopters dropped barrel bombs on Maarat al-Numan killing 4 people.", "4")
ARIHA_B = ("ariha", "Warplanes hit the centre of Ariha killing 6 people on Monday.", "6")
MAARAT_B = ("maarat", "In Maarat al-Numan an air raid left 4 people dead.", "4")


def _deaths(session) -> dict[str, int | None]:
    return {place: best for place, best in session.execute(select(Incident.place_name, Incident.deaths_best))}


def test_a_province_tally_told_by_two_outlets_is_counted_at_neither_town(engine):
    with session_scope(engine) as session:
        store_report(session, _report("wire-1", "Wire One", ARIHA, MAARAT,
                                      "Since Thursday the bombardment has killed at least 38 civilians across the "
                                      "province.", "2019-03-07/2019-03-11"))
        store_report(session, _report("wire-2", "Wire Two", MAARAT_B, ARIHA_B,
                                      "The monitor said at least 38 civilians have died in the northwest province "
                                      "since Thursday.", "2019-03-07/2019-03-11"))
        update_incidents(session)
        assert _deaths(session) == {"Ariha": 6, "Maarat al-Numan": 4}
        vias = {via for (via,) in session.execute(select(IncidentCasualty.via))}
        assert vias == {"event", "beside"}


def test_a_tally_from_the_first_day_of_the_reports_event_stays_its_toll(engine):
    """Negative: the offensive on Ariha began on Thursday; "38 killed since Thursday" is its toll."""
    with session_scope(engine) as session:
        store_report(session, _report("desk-1", "Desk", ARIHA, MAARAT,
                                      "Since Thursday the offensive has killed at least 38 civilians in the town.",
                                      "2019-03-07/2019-03-11", event_dates=("2019-03-07/2019-03-11", "2019-03-11")))
        update_incidents(session)
        assert max(best or 0 for best in _deaths(session).values()) == 38
