"""Fusion reads whether a casualty claim is told as an update from the stored claim
(``casualty_claims.is_update``, set at extraction), never from the report's text: a claim stored
with the flag gets the update treatment (it supersedes the other outlets' earlier, lower
counts: ``toll_rules._not_overtaken``) though its report's words say nothing of an update,
and a claim stored without it gets none though its words do."""

from __future__ import annotations

from sqlalchemy import select, update
from test_run_support import invoke, write_reports

from observatory.store.db import session_scope
from observatory.store.tables.core import CasualtyClaimRow, DocumentRow
from observatory.store.tables.fusion import Incident

# A barrel bomb on a bakery told by three outlets; the third, a day later, with a higher count.
FIRST = [
    ("bk-river", "River Daily", "2019-04-15",
     "A barrel bomb hit a bakery in Kafr Nabl town in the southern countryside of Idlib on Monday morning, "
     "killing 12 civilians and wounding dozens, local medics said."),
    ("bk-hills", "Hills Radio", "2019-04-15",
     "At least 15 people were killed when a barrel bomb struck the bakery of Kafr Nabl, south of Idlib, on "
     "Monday, according to rescue workers."),
]
PLAIN = ("bk-watch", "Plain Watch", "2019-04-16",
         "A barrel bomb on the bakery of Kafr Nabl in Idlib countryside on Monday killed 29 civilians, a "
         "monitoring group said on Tuesday.")
WORDED = ("bk-watch", "Plain Watch", "2019-04-16",
          "The death toll from Monday's barrel bomb on the bakery of Kafr Nabl in Idlib countryside has risen "
          "to 29 civilians, after more of the wounded died, the monitor said on Tuesday.")


def _figures(engine) -> tuple[int | None, int | None, int | None]:
    with session_scope(engine) as session:
        (incident,) = session.scalars(select(Incident)).all()
        return incident.deaths_low, incident.deaths_best, incident.deaths_high


def _set_flag(engine, title: str, flag: bool) -> None:
    with session_scope(engine) as session:
        document = session.scalar(select(DocumentRow.id).where(DocumentRow.title == title))
        session.execute(update(CasualtyClaimRow).where(CasualtyClaimRow.document_id == document).values(is_update=flag))


def test_a_stored_flag_gives_the_update_treatment_to_words_that_tell_none(db_url, engine, tmp_path):
    invoke("run", str(write_reports(tmp_path, [*FIRST, PLAIN])), "--db", db_url)
    assert _figures(engine) == (12, 15, 29)  # no update wording: the median of the three counts
    _set_flag(engine, "bk-watch", True)
    invoke("fuse", "--rebuild", "--db", db_url)
    assert _figures(engine) == (12, 29, 29)


def test_update_words_without_the_stored_flag_get_no_update_treatment(db_url, engine, tmp_path):
    invoke("run", str(write_reports(tmp_path, [*FIRST, WORDED])), "--db", db_url)
    assert _figures(engine) == (12, 29, 29)  # "has risen to 29": the update supersedes 12 and 15
    _set_flag(engine, "bk-watch", False)
    invoke("fuse", "--rebuild", "--db", db_url)
    assert _figures(engine) == (12, 15, 29)


def test_the_review_page_and_the_api_show_the_flag_beside_the_scope(db_url, engine, tmp_path):
    from test_web_support import add_people, log_in, web_client

    invoke("run", str(write_reports(tmp_path, [*FIRST, WORDED])), "--db", db_url)
    tokens = add_people(engine)
    with session_scope(engine) as session:
        flags = {title: (document, flag) for title, document, flag in session.execute(
            select(DocumentRow.title, DocumentRow.id, CasualtyClaimRow.is_update).join(
                CasualtyClaimRow, CasualtyClaimRow.document_id == DocumentRow.id))}
    with web_client(engine) as client:
        claims = client.get("/api/claims", params={"kind": "casualty", "per_page": 100},
                            headers={"Authorization": f"Bearer {tokens['viewer']}"}).json()["items"]
        log_in(client, "viewer")
        pages = {title: client.get(f"/documents/{document}").text for title, (document, _) in flags.items()}
    assert {title: flag for title, (_, flag) in flags.items()} == {"bk-river": False, "bk-hills": False, "bk-watch": True}
    watch = flags["bk-watch"][0]
    assert {(claim["document_id"] == watch, claim["payload"]["update"]) for claim in claims} == {(True, True), (False, False)}
    assert 'incident <span class="tag">update</span>' in pages["bk-watch"]
    assert '<span class="tag">update</span>' not in pages["bk-river"]
