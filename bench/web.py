"""Web app latency over a large store: time to first byte of the incidents page, a
filtered API query, full-text search, the map's data for one day, tolls queries, the
dashboard, the review queue (page and JSON) and the unresolved places, with 50,000
synthetic incidents (one event claim in twenty names a place the gazetteer lacks).

Incidents, their side tolls, one report each (a short text, its extraction run, event
claim and link) and control states are bulk-inserted straight into the tables (the
pipeline would take hours to make that many); the server is the real app under uvicorn
on a loopback port, and each figure is the median of 20 requests after a first, cold
one (printed too: toll answers are cached until the store changes, see
``web/store_cache.py``).  ``compute_tolls`` is also timed on its own, as ``observatory
tolls`` runs it: without any cache, so every call is cold.

``--clients 20`` then runs a bounded load test: a real ``observatory serve --workers 2``
process on the same store and that many threads, each requesting the pages a team uses
(dashboard, incidents, review queue, search, an incident, tolls, and the map's data for a
day of the slider's last weeks) in turn for ``--seconds``; it prints p50 and p95 per page
and the requests per second.

    python bench/web.py [--incidents 50000] [--db URL] [--requests 20] [--clients 20 --seconds 60 --workers 2]
"""

from __future__ import annotations

import argparse
import http.client
import os
import random
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from datetime import date, timedelta
from pathlib import Path

import uvicorn
from sqlalchemy import Engine, func, insert, select

from observatory.fuse.tolls import compute_tolls
from observatory.models import Event, SubEventType
from observatory.store.db import migrate, session_scope
from observatory.store.tables.core import DocumentRow, EventClaim, ExtractionRun
from observatory.store.tables.fusion import ControlStateRow, Incident, IncidentLink, IncidentToll
from observatory.web.accounts import add_user, create_token
from observatory.web.app import create_app

TARGET_MS = 300.0
PLACES = [  # name, governorate, lat, lon
    ("Aleppo", "Aleppo", 36.2021, 37.1343), ("Douma", "Rif Dimashq", 33.5718, 36.4027),
    ("Ar Raqqah", "Ar Raqqah", 35.9528, 39.0079), ("Deir ez-Zor", "Deir ez-Zor", 35.3359, 40.1408),
    ("Idlib", "Idlib", 35.9306, 36.6339), ("Homs", "Homs", 34.7308, 36.7094),
    ("Hama", "Hama", 35.1318, 36.7578), ("Daraa", "Daraa", 32.6189, 36.1021),
    ("Palmyra", "Homs", 34.5601, 38.2805), ("Khan Shaykhun", "Idlib", 35.4421, 36.6511),
    ("Manbij", "Aleppo", 36.5281, 37.9549), ("Al-Bab", "Aleppo", 36.3709, 37.5157),
    ("Jisr al-Shughur", "Idlib", 35.8124, 36.3188), ("Harasta", "Rif Dimashq", 33.5586, 36.365),
    ("Al-Mayadin", "Deir ez-Zor", 35.0199, 40.4515), ("Qamishli", "Al-Hasakah", 37.0522, 41.2316),
]
ACTORS = ["Military Forces of Syria", "Islamic State", "SDF: Syrian Democratic Forces", "Hayat Tahrir al-Sham",
          "Civilians", "Free Syrian Army", "Military Forces of Russia", "Hezbollah"]
TYPES = {
    "Armed clash": "Battles", "Air/drone strike": "Explosions/Remote violence",
    "Shelling/artillery/missile attack": "Explosions/Remote violence", "Attack": "Violence against civilians",
    "Remote explosive/landmine/IED": "Explosions/Remote violence", "Peaceful protest": "Protests",
}
assert set(TYPES) <= set(SubEventType.__args__)
WORDS = ("shelling", "market", "bakery", "school", "hospital", "checkpoint", "convoy", "mosque", "bridge", "village",
         "tunnel", "airbase", "warehouse", "clinic", "camp", "road", "farm", "factory", "station", "square")
HOLDERS = ["Military Forces of Syria", "Syrian Rebels", "SDF: Syrian Democratic Forces", "Islamic State"]
BATCH = 5000
UNPLACED = 0.05  # share of event claims whose place stays unresolved (the review queue's place list)


def _report_rows(incident: dict, rng: random.Random) -> tuple[dict, dict, dict, dict]:
    """One report behind the incident: document, extraction run, event claim and link (ids = incident id)."""
    n = incident["id"]
    words = " ".join(rng.sample(WORDS, 3))
    text = f"{incident['title']} on {incident['date_start']}: {words}; report number {n}."
    document = dict(id=n, title=incident["title"], text=text, published=incident["date_start"], language="en",
                    content_hash=f"{n:064d}")
    run = dict(id=n, document_id=n, extractor_version="bench", status="ok")
    evidence = [{"start": 0, "end": len(incident["title"]), "text": incident["title"]}]
    place_name, place_id = incident["place_name"], f"bench:{incident['place_name']}"
    if rng.random() < UNPLACED:  # a hamlet the gazetteer does not know, in one of a few spellings
        place_name, place_id = f"{rng.choice(('Tell', 'Tal', 'Khirbet'))} {rng.choice(WORDS).title()} {n % 300}", None
    confidence = rng.choice([0.6, 0.75, 0.85, 0.95])
    payload = Event(id="e1", event_type=incident["event_type"], sub_event_type=incident["sub_event_type"],
                    evidence=evidence, confidence=confidence).model_dump(mode="json")
    claim = dict(id=n, run_id=n, document_id=n, local_id="e1", confidence=confidence,
                 evidence=evidence, payload=payload, event_type=incident["event_type"],
                 sub_event_type=incident["sub_event_type"], date_start=incident["date_start"], actors=[],
                 place_name=place_name, place_id=place_id,
                 admin1=incident["admin1"])
    link = dict(id=n, incident_id=n, event_claim_id=n, document_id=n, score=None, reasons={}, method="auto")
    return document, run, claim, link


def _control_rows(rng: random.Random) -> list[dict]:
    """Each place changes hands a few times over the eight years."""
    rows = []
    for name, admin1, lat, lon in PLACES:
        day = date(2012, 1, 1) + timedelta(days=rng.randrange(200))
        while day < date(2020, 1, 1):
            end = day + timedelta(days=rng.randrange(90, 700))
            rows.append(dict(place_key=f"bench:{name}", place_name=name, lat=lat, lon=lon, admin1=admin1,
                             status=rng.choice(["held"] * 5 + ["contested"]), actor=rng.choice(HOLDERS),
                             date_start=day, date_end=end, claim_ids=[], disputed=False, notes=[]))
            day = end
    return rows


def synthetic_store(engine: Engine, n: int, seed: int = 7) -> None:
    """Insert ``n`` incidents over 2012–2019 with one to three side tolls each."""
    rng = random.Random(seed)
    start = date(2012, 1, 1)
    incidents, tolls = [], []
    for incident_id in range(1, n + 1):
        name, admin1, lat, lon = rng.choice(PLACES)
        sub_type = rng.choice(list(TYPES))
        day = start + timedelta(days=rng.randrange(8 * 365))
        actors = rng.sample(ACTORS, rng.randint(1, 3))
        sides = []
        for actor in actors:
            best = rng.choice([0, 1, 2, 3, 5, 8, 12, 20, 35])
            sides.append(best)
            tolls.append(dict(
                incident_id=incident_id, status=rng.choice(["killed", "killed", "injured"]), actor=actor,
                category="civilians" if actor == "Civilians" else "combatants", subset_of=None,
                low=best, best=best, high=best + rng.randint(0, 5), n_sources=rng.randint(1, 4),
                claim_ids=[incident_id * 10 + len(sides)], document_ids=[incident_id], aggregate=False,
                date_start=day, date_end=day,
            ))
        incidents.append(dict(
            id=incident_id, date_start=day, date_end=day, date_precision=1, event_type=TYPES[sub_type],
            sub_event_type=sub_type, place_name=name, place_id=None, lat=lat + rng.uniform(-0.05, 0.05),
            lon=lon + rng.uniform(-0.05, 0.05), where_prec=rng.choice([1, 1, 1, 2, 3]), admin1=admin1, admin2=None,
            actors=actors, actors_key="|" + "|".join(actors) + "|",
            sources_key=rng.choice(["|SOHR|", "|SOHR|Reuters|"]),
            title=f"{sub_type} in {name}", deaths_low=sum(sides), deaths_best=sum(sides), deaths_high=sum(sides) + 3,
            n_sources=rng.randint(1, 4), n_claims=len(actors), reviewed=rng.random() < 0.1,
        ))
    reports = [_report_rows(incident, rng) for incident in incidents]
    tables = [(Incident, incidents), (IncidentToll, tolls)]
    tables += [(table, [row[k] for row in reports]) for k, table in enumerate((DocumentRow, ExtractionRun, EventClaim))]
    tables += [(IncidentLink, [row[3] for row in reports]), (ControlStateRow, _control_rows(rng))]
    with session_scope(engine) as session:
        for table, rows in tables:
            for chunk in range(0, len(rows), BATCH):
                session.execute(insert(table), rows[chunk:chunk + BATCH])


def ttfb_ms(port: int, path: str, token: str, status: int = 200) -> float:
    """Milliseconds from sending the request to having the status line and headers."""
    connection = http.client.HTTPConnection("127.0.0.1", port, timeout=60)
    started = time.perf_counter()
    connection.request("GET", path, headers={"Authorization": f"Bearer {token}"})
    response = connection.getresponse()
    elapsed = (time.perf_counter() - started) * 1000
    response.read()
    connection.close()
    if response.status != status:
        raise RuntimeError(f"{path}: HTTP {response.status}, expected {status}")
    return elapsed


def serve(url: str) -> tuple[uvicorn.Server, int]:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    server = uvicorn.Server(uvicorn.Config(create_app(url, secret="bench"), host="127.0.0.1", port=port,
                                           log_level="warning"))
    threading.Thread(target=server.run, daemon=True).start()
    while not server.started:
        time.sleep(0.05)
    return server, port


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--incidents", type=int, default=50_000)
    parser.add_argument("--requests", type=int, default=20)
    parser.add_argument("--db", help="a database URL: filled if empty, reused if it holds incidents "
                                     "(default: a temporary SQLite file)")
    parser.add_argument("--clients", type=int, default=0, help="concurrent clients of the load test (0: none)")
    parser.add_argument("--seconds", type=float, default=60.0, help="how long the load test runs")
    parser.add_argument("--workers", type=int, default=2, help="server processes of the load test")
    parser.add_argument("--skip-latency", action="store_true", help="only the load test")
    args = parser.parse_args()
    url = args.db or f"sqlite:///{Path(tempfile.mkdtemp()) / 'bench-web.db'}"
    engine = migrate(url)
    token = prepared_store(engine, args.incidents)
    if not args.skip_latency:
        time_pages(url, token, args.requests)
        time_compute_tolls(engine, repeats=5)
    if args.clients:
        load_test(url, token, args.clients, args.seconds, args.workers)


def prepared_store(engine: Engine, n: int) -> str:
    """Fill an empty store with ``n`` synthetic incidents (a filled one is reused); returns an API token."""
    started = time.perf_counter()
    with session_scope(engine) as session:
        filled = session.scalar(select(func.count(Incident.id)))
    if not filled:
        synthetic_store(engine, n)
    with session_scope(engine) as session:
        if not filled:
            add_user(session, "bench", "viewer", "bench-password")
        token = create_token(session, "bench")
    if filled:
        print(f"store: reusing {filled} incidents ({engine.url.drivername})")
    else:
        print(f"store: {n} incidents inserted in {time.perf_counter() - started:.1f} s ({engine.url.drivername})")
    return token


def time_pages(url: str, token: str, requests: int) -> None:
    """Each page's first (cold) request and the median of ``requests`` more, one at a time."""
    server, port = serve(url)
    queries = {
        "incidents page (HTML, newest first)": "/incidents",
        "incidents page, filtered, by deaths": "/incidents?event_type=Battles&admin1=Aleppo&sort=-deaths",
        "API incidents, filtered": "/api/incidents?event_type=Battles&admin1=Aleppo&min_deaths=5"
                                   "&date_from=2015-01-01&date_to=2016-12-31&actor=Islamic+State",
        "search: incidents page for one word": "/incidents?q=bakery",
        "search: API incidents for two words": "/api/incidents?q=bakery+hospital",
        "search page (incidents and reports)": "/search?q=convoy",
        "map data for one day: control": "/api/control?at=2016-06-15",
        "map data for one day: incidents +-15 days": "/api/incidents/geojson?date_from=2016-05-31&date_to=2016-06-30",
        "map incidents, all years (first 2000)": "/api/incidents/geojson",
        "download CSV of a filtered selection": "/api/export/incidents.csv?event_type=Battles&admin1=Aleppo"
                                                "&date_from=2016-01-01&date_to=2016-12-31",
        "API tolls by actor per month, one year": "/api/tolls?by=actor&period=month"
                                                  "&date_from=2016-01-01&date_to=2016-12-31",
        "API tolls by actor per month, all years": "/api/tolls?by=actor&period=month",
        "API tolls by governorate per week, all years": "/api/tolls?by=governorate&period=week",
        "dashboard (counts, queue, unresolved places)": "/",
        "review queue page (least confident first)": "/review",
        "review queue API (JSON, least confident first)": "/api/review/queue",
        "review queue API, one governorate, by date": "/api/review/queue?governorate=Aleppo&sort=-date&page=20",
        "unresolved places API": "/api/places/unresolved",
        "review queue, one governorate, page 20 by date": "/review?governorate=Aleppo&sort=-date&page=20",
        "long search refused (4,750 characters)": "/review?q=" + "Khirbet+al-Zaytoun+" * 250,
        "gazetteer search, longest allowed (100 characters)": "/api/places?q=" + "Tall+" * 20,
    }
    try:
        for label, path in queries.items():
            status = 422 if "refused" in label else 200
            first = ttfb_ms(port, path, token, status)  # cold: nothing cached yet
            times = [ttfb_ms(port, path, token, status) for _ in range(requests)]
            median = statistics.median(times)
            verdict = "ok" if median < TARGET_MS else f"over {TARGET_MS:.0f} ms"
            print(f"{label:48s} median {median:7.1f} ms  (min {min(times):6.1f}, max {max(times):6.1f}, "
                  f"first {first:7.1f})  {verdict}")
    finally:
        server.should_exit = True


def time_compute_tolls(engine: Engine, repeats: int) -> None:
    """``compute_tolls`` as the CLI calls it (no cache): first call and median of ``repeats`` more."""
    one_year = dict(date_from=date(2016, 1, 1), date_to=date(2016, 12, 31))
    cases = {
        "compute_tolls by actor per month, one year": dict(by="actor", period="month", **one_year),
        "compute_tolls by actor per month, all years": dict(by="actor", period="month"),
        "compute_tolls by category per week, all years": dict(by="category", period="week"),
        "compute_tolls by governorate per day, all years": dict(by="governorate", period="day"),
    }
    for label, arguments in cases.items():
        times = []
        for _ in range(repeats + 1):
            with session_scope(engine) as session:
                started = time.perf_counter()
                compute_tolls(session, **arguments)
                times.append((time.perf_counter() - started) * 1000)
        first, rest = times[0], times[1:]
        print(f"{label:48s} median {statistics.median(rest):7.1f} ms  (min {min(rest):6.1f}, max {max(rest):6.1f}, "
              f"first {first:7.1f})")


LOAD_PAGES = {
    "dashboard": "/",
    "incidents page": "/incidents",
    "incidents page, filtered": "/incidents?event_type=Battles&admin1=Aleppo&sort=-deaths",
    "incident page": "/incidents/{incident}",
    "review queue page": "/review",
    "search page": "/search?q={word}",
    "API tolls by actor per month": "/api/tolls?by=actor&period=month",
    "map data for one day: incidents": "/api/incidents/geojson?date_from={before}&date_to={after}",
    "map data for one day: control": "/api/control?at={day}",
}
SLIDER_DAYS = 28  # the map's slider moves over the last four weeks of 2016: a window of +-15 days each


def load_path(template: str, rng: random.Random) -> str:
    """One request of the page ``template``: a random incident, search word or slider day."""
    day = date(2016, 12, 31) - timedelta(days=rng.randrange(SLIDER_DAYS))
    return template.format(incident=rng.randint(1, 50_000 // 2), word=rng.choice(WORDS), day=day,
                           before=day - timedelta(days=15), after=day + timedelta(days=15))


def serve_workers(url: str, workers: int) -> tuple[subprocess.Popen, int]:
    """``observatory serve --workers N`` as a user runs it, on a free loopback port, once it answers."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    command = [str(Path(sys.executable).with_name("observatory")), "serve", "--workers", str(workers),
               "--port", str(port), "--db", url]
    server = subprocess.Popen(command, env={**os.environ, "OBSERVATORY_SECRET_KEY": "bench"},
                              stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline:
        if server.poll() is not None:
            raise RuntimeError("observatory serve exited")
        try:
            with socket.create_connection(("127.0.0.1", port), timeout=1):
                return server, port
        except OSError:
            time.sleep(0.3)
    server.terminate()
    raise RuntimeError("observatory serve did not start in 120 s")


def load_test(url: str, token: str, clients: int, seconds: float, workers: int = 2) -> None:
    """``clients`` threads request every page of ``LOAD_PAGES`` in turn for ``seconds``; p50/p95 per page."""
    server, port = serve_workers(url, workers)
    times: dict[str, list[float]] = {label: [] for label in LOAD_PAGES}
    errors: list[str] = []
    stop_at = time.monotonic() + seconds

    def client(number: int) -> None:
        rng = random.Random(number)
        labels = list(LOAD_PAGES)
        rng.shuffle(labels)
        while time.monotonic() < stop_at:
            for label in labels:
                try:
                    times[label].append(ttfb_ms(port, load_path(LOAD_PAGES[label], rng), token))
                except (RuntimeError, OSError) as error:
                    errors.append(f"{label}: {error}")
                if time.monotonic() >= stop_at:
                    return

    try:
        for label in LOAD_PAGES:  # one warm-up request each, as a team's first visitor would make
            ttfb_ms(port, load_path(LOAD_PAGES[label], random.Random(0)), token)
        threads = [threading.Thread(target=client, args=(number,)) for number in range(clients)]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join(timeout=seconds + 120)
    finally:
        server.terminate()
        server.wait(timeout=30)
    total = sum(len(values) for values in times.values())
    print(f"load: {clients} clients, serve --workers {workers}, {seconds:.0f} s: {total} requests "
          f"({total / seconds:.1f}/s), {len(errors)} errors")
    for label, values in times.items():
        if not values:
            print(f"{label:36s} no answers")
            continue
        p50, p95 = statistics.median(values), statistics.quantiles(values, n=20)[-1] if len(values) > 1 else values[0]
        verdict = "ok" if p50 < TARGET_MS else f"p50 over {TARGET_MS:.0f} ms"
        print(f"{label:36s} n {len(values):5d}  p50 {p50:7.1f} ms  p95 {p95:7.1f} ms  {verdict}")
    for error in errors[:5]:
        print(f"error: {error}")


if __name__ == "__main__":
    main()
