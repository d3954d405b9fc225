"""One blast is told as a suicide bombing in one sentence and as a car bomb in the next:
both claims of one report at one place on one day are one incident, which another outlet's
report of the car bomb joins; a roadside bomb in a town far off that day stays apart."""

from __future__ import annotations

from fixtures.fuse.loader import run_reports
from sqlalchemy import select

from observatory.store.db import session_scope
from observatory.store.tables.core import DocumentRow, EventClaim
from observatory.store.tables.fusion import IncidentLink

TOLD_TWICE = ("az-wire", "Northern Dispatch", "2016-11-06",
              "06-11-2016 Car bomb kills 31 at rebel checkpoint in Syria's Azaz. "
              "At least 31 people were killed by a truck suicide bomber at a rebel checkpoint in Azaz on Sunday, "
              "a monitor said. Separately, a roadside bomb killed 2 soldiers near Palmyra on Sunday.")
OTHER_OUTLET = ("az-local", "Azaz Today", "2016-11-06",
                "A car bomb exploded at a rebel checkpoint in Azaz on Sunday, killing 29 people.")


def _incidents(session) -> dict[tuple[str, str], set[int]]:
    query = (
        select(DocumentRow.external_id, EventClaim.sub_event_type, EventClaim.place_name, IncidentLink.incident_id)
        .join(EventClaim, EventClaim.document_id == DocumentRow.id)
        .join(IncidentLink, IncidentLink.event_claim_id == EventClaim.id)
    )
    found: dict[tuple[str, str], set[int]] = {}
    for report, kind, place, incident in session.execute(query).all():
        found.setdefault((report, f"{kind} @ {place}"), set()).add(incident)
    return found


def test_a_blast_told_as_suicide_and_car_bomb_is_one_incident(db_url, engine, tmp_path):
    run_reports(tmp_path, [TOLD_TWICE, OTHER_OUTLET], db_url)
    with session_scope(engine) as session:
        found = _incidents(session)
        far = ("Palmyra", "Tadmur")
        azaz = {incident for (_, claim), ids in found.items() if not claim.endswith(far) for incident in ids}
        palmyra = {incident for (_, claim), ids in found.items() if claim.endswith(far) for incident in ids}
        kinds = {claim.split(" @ ")[0] for (report, claim) in found if report == TOLD_TWICE[0] and not claim.endswith(far)}
        assert kinds == {"Suicide bomb", "Remote explosive/landmine/IED"}, found
        assert len(azaz) == 1, found
        assert palmyra and not palmyra & azaz, found
