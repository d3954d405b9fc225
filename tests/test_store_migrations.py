"""Migrations build the whole schema from an empty database, on SQLite and PostgreSQL."""

from __future__ import annotations

from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import inspect, text

from observatory.store.base import Base
from observatory.store.db import alembic_config, make_engine, migrate
import observatory.store.tables.core  # noqa: F401  (registers the core tables)

CORE_TABLES = {
    "sources",
    "documents",
    "actors",
    "extraction_runs",
    "event_claims",
    "casualty_claims",
    "control_claims",
}


def test_upgrade_from_empty_database_creates_core_tables(db_url):
    engine = make_engine(db_url)
    assert inspect(engine).get_table_names() == []
    migrate(engine)
    assert CORE_TABLES <= set(inspect(engine).get_table_names())
    engine.dispose()


def test_database_ends_at_the_single_head_revision(engine):
    head = ScriptDirectory.from_config(alembic_config()).get_current_head()
    with engine.connect() as connection:
        assert connection.execute(text("SELECT version_num FROM alembic_version")).scalar_one() == head


def test_migrate_is_safe_to_repeat(engine):
    migrate(engine)
    migrate(engine)
    assert CORE_TABLES <= set(inspect(engine).get_table_names())


def test_core_migration_matches_the_table_definitions(engine):
    """The hand-written 0001_core must build exactly what ``tables/core.py`` declares."""
    assert CORE_TABLES <= set(Base.metadata.tables)
    with engine.connect() as connection:
        context = MigrationContext.configure(
            connection, opts={"compare_type": True, "include_object": _only_core_tables}
        )
        assert compare_metadata(context, Base.metadata) == []


def _only_core_tables(obj, name, type_, reflected, compare_to) -> bool:
    """Other areas' tables are checked by their own tests; the full-text index on documents
    (migration 0009_search, an expression no table declares) by the web search tests."""
    if type_ == "index" and name == "ix_documents_fts":
        return False
    return type_ != "table" or name in CORE_TABLES


def test_0011_redirect_carries_over_the_reviewers_merges_in_force(db_url):
    """A store made before ``incident_redirects`` keeps its merged-away URLs: the migration
    writes a redirect for each applied, unreverted merge whose absorbed incident is gone."""
    engine = make_engine(db_url)
    cfg = alembic_config(engine)
    with engine.begin() as connection:
        cfg.attributes["connection"] = connection
        command.upgrade(cfg, "0010_s20_dedup")
        connection.execute(text(
            "INSERT INTO incidents (id, event_type, sub_event_type, actors, actors_key, sources_key, n_sources, "
            "n_claims, reviewed) "
            "VALUES (30, 'Battles', 'Armed clash', '[]', '', '', 1, 1, false)"))
        for decision, target, into in ((1, 11, 30), (2, 12, 30), (4, 30, 40)):  # 30 came back: not redirected
            connection.execute(text(
                "INSERT INTO review_decisions (id, \"user\", action, target_kind, target_id, after, pending) "
                "VALUES (:id, 'editor', 'merge', 'incident', :target, :after, false)"),
                {"id": decision, "target": target, "after": f'{{"into": {into}}}'})
        connection.execute(text(
            "INSERT INTO review_decisions (id, \"user\", action, target_kind, target_id, pending) "
            "VALUES (3, 'chief', 'revert', 'decision', 2, false)"))
    migrate(engine)
    with engine.connect() as connection:
        rows = connection.execute(text(
            "SELECT incident_id, into_id, cause, decision_id FROM incident_redirects")).all()
    assert [tuple(row) for row in rows] == [(11, 30, "review", 1)]
    engine.dispose()


def test_0012_claim_update_backfills_the_flag_and_keeps_the_tolls(db_url, engine, tmp_path):
    """A store made before ``casualty_claims.is_update`` gets the flag computed from each stored
    claim's sentence, so that fusing it again gives the tolls the text re-read gave before."""
    from sqlalchemy import select
    from test_run_support import invoke, write_reports

    from observatory.store.db import session_scope
    from observatory.store.tables.core import CasualtyClaimRow, DocumentRow
    from observatory.store.tables.fusion import Incident

    reports = [
        ("mg-north", "North Wire", "2020-01-20", "A car bomb exploded at a checkpoint in Jarablus on Sunday evening, "
         "killing 8 civilians, local sources said."),
        ("mg-east", "East Radio", "2020-01-20", "At least 10 civilians were killed when a car bomb went off at a "
         "checkpoint on the edge of Jarablus on Sunday, a medic said."),
        ("mg-watch", "Border Watch", "2020-01-21", "The death toll from Sunday's car bomb at the checkpoint of "
         "Jarablus has risen to 17 civilians, after more of the wounded died in hospital, the monitor said on Monday."),
    ]
    invoke("run", str(write_reports(tmp_path, reports)), "--db", db_url)

    def figures() -> list[tuple]:
        with session_scope(engine) as session:
            return [(i.deaths_low, i.deaths_best, i.deaths_high) for i in session.scalars(select(Incident))]

    before = figures()
    assert before == [(8, 17, 17)]
    cfg = alembic_config(engine)
    with engine.begin() as connection:
        cfg.attributes["connection"] = connection
        command.downgrade(cfg, "0011_redirect")
    assert "is_update" not in {column["name"] for column in inspect(engine).get_columns("casualty_claims")}
    migrate(engine)
    with session_scope(engine) as session:
        flags = dict(session.execute(select(DocumentRow.title, CasualtyClaimRow.is_update).join(
            DocumentRow, DocumentRow.id == CasualtyClaimRow.document_id)).all())
        payload = session.scalar(select(CasualtyClaimRow.payload).join(
            DocumentRow, DocumentRow.id == CasualtyClaimRow.document_id).where(DocumentRow.title == "mg-watch"))
    assert flags == {"mg-north": False, "mg-east": False, "mg-watch": True}
    assert payload["update"] is True
    invoke("fuse", "--rebuild", "--db", db_url)
    assert figures() == before
