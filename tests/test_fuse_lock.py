"""Fusion is safe when two processes run it at once: the second waits for the first and
links to the incidents it made instead of making them again."""

from __future__ import annotations

import subprocess
import sys
import time
from pathlib import Path

from fixtures.fuse.loader import store_scenario
from sqlalchemy import select

from observatory.fuse.incidents import update_incidents
from observatory.store.db import session_scope
from observatory.store.tables.fusion import IncidentLink

# A second process: fuses some documents, says so, and holds its transaction open a while.
FIRST_FUSION = """
import sys, time
from pathlib import Path
from observatory.fuse.incidents import update_incidents
from observatory.store.db import make_engine, session_scope
url, ready, documents = sys.argv[1], Path(sys.argv[2]), [int(d) for d in sys.argv[3].split(",")]
with session_scope(make_engine(url)) as session:
    update_incidents(session, documents)
    ready.write_text("fused")
    time.sleep(3)
"""


def _wait_for(path: Path, process: subprocess.Popen) -> None:
    deadline = time.monotonic() + 60
    while not path.exists():
        assert process.poll() is None, process.communicate()
        assert time.monotonic() < deadline, "the first fusion never got going"
        time.sleep(0.05)


def test_two_processes_fusing_reports_of_one_clash_make_one_incident(db_url, engine, tmp_path):
    with session_scope(engine) as session:
        docs = store_scenario(session, "three_outlets")
    first = [docs["sohr-0930"].id]
    second = [docs[name].id for name in ("reuters-0929", "masdar-0930")]
    ready = tmp_path / "ready"
    process = subprocess.Popen(
        [sys.executable, "-c", FIRST_FUSION, db_url, str(ready), ",".join(map(str, first))],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
    )
    try:
        _wait_for(ready, process)
        with session_scope(engine) as session:
            update_incidents(session, second)  # while the first process has not committed yet
    finally:
        out, err = process.communicate(timeout=60)
    assert process.returncode == 0, err
    with session_scope(engine) as session:
        incidents = {
            session.scalar(select(IncidentLink.incident_id).where(IncidentLink.document_id == document))
            for document in first + second
        }
        assert len(incidents) == 1
