"""``observatory gazetteer …`` and ``observatory geocode``: the place knowledge base.

build/import/add/download fill the store; unresolved/resolve work the queue of names
reports use that nothing places yet; search and geocode are for quick checks.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Annotated, Optional
from collections.abc import Callable

import typer

from observatory.commands.options import DbOption

GEONAMES_DUMP = "https://download.geonames.org/export/dump/{country}.zip"
CLI_USER = "cli"  # the review log's user for resolutions made on the command line
FORMAT_HELP = "geonames, geonames-alternates, ucdp, acled or csv (default: detected from the first line)."

gazetteer_app = typer.Typer(help="Build, import, curate and query the gazetteer.", no_args_is_help=True)


def register(app: typer.Typer) -> None:
    """Add ``gazetteer`` (with its verbs) and ``geocode`` to the root app."""
    app.add_typer(gazetteer_app, name="gazetteer")
    app.command(help="Find and place the toponyms of TEXT (for quick checks).")(geocode)


@gazetteer_app.command()
def build(db: DbOption = None) -> None:
    """Load the built-in places (GeoNames cities500, governorates, districts, curated) into the store."""
    from observatory.commands.options import open_store
    from observatory.kb.gazetteer.builtin import builtin_places
    from observatory.kb.gazetteer.curation import build_store

    engine = open_store(db)
    with _row_progress("Building gazetteer", len(builtin_places())) as advance:
        written = build_store(engine, advance)
    _forget_cached_places()
    typer.echo(f"{written} built-in places in the store")


@gazetteer_app.command("import")
def import_(
    file: Annotated[Path, typer.Argument(exists=True, dir_okay=False, help="GeoNames dump, UCDP/ACLED CSV or plain CSV.")],
    format: Annotated[Optional[str], typer.Option("--format", help=FORMAT_HELP)] = None,
    country: Annotated[Optional[list[str]], typer.Option(help="Countries to keep from GeoNames dumps (repeatable).")] = None,
    db: DbOption = None,
) -> None:
    """Import places; bad rows are reported with file:line and the rest goes in."""
    from observatory.commands.options import open_store, report_error
    from observatory.kb.gazetteer.builtin import COUNTRIES
    from observatory.kb.gazetteer.importers import FORMATS, import_file
    from observatory.kb.gazetteer.importers.run import count_lines

    if format is not None and format not in FORMATS:
        raise typer.BadParameter(f"choose one of {', '.join(FORMATS)}", param_hint="--format")
    engine = open_store(db)
    try:
        with _row_progress(f"Importing {file.name}", count_lines(file)) as advance:
            report = import_file(file, engine, format, country or COUNTRIES, advance)
    except ValueError as exc:
        report_error(str(exc))
        raise typer.Exit(2) from None
    _forget_cached_places()
    for error in report.errors:
        report_error(str(error))
    typer.echo(f"{report.format}: {report.places} places, {report.names} names, "
               f"{report.skipped} rows skipped, {len(report.errors)} bad rows")
    raise typer.Exit(1 if report.errors else 0)


@gazetteer_app.command()
def add(
    name: Annotated[str, typer.Argument(help="The place's name.")],
    lat: Annotated[float, typer.Option(help="Latitude (WGS84).")],
    lon: Annotated[float, typer.Option(help="Longitude (WGS84).")],
    alias: Annotated[Optional[list[str]], typer.Option(help="Another spelling (repeatable).")] = None,
    feature: Annotated[str, typer.Option(help="village, town, city, neighbourhood, mountain, …")] = "village",
    admin1: Annotated[Optional[str], typer.Option(help="Governorate.")] = None,
    country: Annotated[str, typer.Option(help="ISO 3166-1 alpha-2 code.")] = "SY",
    db: DbOption = None,
) -> None:
    """Add a place by hand; it is found in every later extraction."""
    from sqlalchemy.orm import Session

    from observatory.commands.options import open_store
    from observatory.kb.gazetteer.curation import new_place
    from observatory.kb.gazetteer.repository import write_places

    try:
        place = new_place(name, lat, lon, alias or (), feature, admin1, country)
    except ValueError as exc:
        raise typer.BadParameter(str(exc)) from None
    with Session(open_store(db)) as session, session.begin():
        write_places(session, [place])
    _forget_cached_places()
    typer.echo(place.id)


@gazetteer_app.command()
def download(
    country: Annotated[str, typer.Argument(help="ISO country code of the GeoNames dump, e.g. SY.")] = "SY",
    db: DbOption = None,
) -> None:
    """Download the GeoNames dump of COUNTRY (needs internet) and import it."""
    import httpx

    from observatory.config import data_home
    from observatory.commands.options import open_store, report_error
    from observatory.kb.gazetteer.importers import import_file

    url = GEONAMES_DUMP.format(country=country.upper())
    target = data_home() / "geonames" / f"{country.upper()}.zip"
    target.parent.mkdir(parents=True, exist_ok=True)
    try:
        with httpx.stream("GET", url, follow_redirects=True, timeout=60) as response:
            response.raise_for_status()
            with target.open("wb") as fh:
                for chunk in response.iter_bytes():
                    fh.write(chunk)
    except httpx.HTTPError as exc:
        report_error(f"{url}: {exc}")
        raise typer.Exit(1) from None
    report = import_file(target, open_store(db), "geonames", countries=(country.upper(),))
    _forget_cached_places()
    typer.echo(f"{target}: {report.places} places, {len(report.errors)} bad rows")


@gazetteer_app.command()
def unresolved(
    limit: Annotated[int, typer.Option(help="How many names to list.")] = 50,
    db: DbOption = None,
) -> None:
    """Names reports use that the gazetteer cannot place, most frequent first."""
    from rich.console import Console
    from rich.table import Table
    from sqlalchemy.orm import Session

    from observatory.commands.options import open_store
    from observatory.kb.gazetteer import default_gazetteer
    from observatory.fuse.unresolved import excerpt, list_unresolved, sync_unresolved

    with Session(open_store(db)) as session, session.begin():
        sync_unresolved(session, _unplaced_toponyms(db))
        entries = list_unresolved(session, default_gazetteer(db), limit)
    table = Table("name", "reports", "best candidates (likeness)", "document", "example")
    for e in entries:
        guesses = "\n".join(f"{g.place.display_name} [{g.place.id}] {g.score:.0f}" for g in e.candidates)
        table.add_row(e.name, str(e.count), guesses, e.document or "", excerpt(e.example, e.name))
    Console().print(table)


@gazetteer_app.command()
def resolve(
    name: Annotated[str, typer.Argument(help="The unresolved name, as listed.")],
    to: Annotated[Optional[str], typer.Option("--to", help="Gazetteer id it means (see `gazetteer search`).")] = None,
    lat: Annotated[Optional[float], typer.Option(help="Or: latitude of a new place.")] = None,
    lon: Annotated[Optional[float], typer.Option(help="Or: longitude of a new place.")] = None,
    feature: Annotated[str, typer.Option(help="Feature of a new place.")] = "village",
    admin1: Annotated[Optional[str], typer.Option(help="Governorate of a new place.")] = None,
    db: DbOption = None,
) -> None:
    """Resolve NAME once for all reports: an alias of an existing place, or a new place;
    every current claim that used the name is placed there too."""
    from sqlalchemy.orm import Session

    from observatory.commands.options import open_store
    from observatory.kb.gazetteer.curation import new_place
    from observatory.fuse.unresolved import replace_claims, sync_unresolved
    from observatory.kb.gazetteer.queue import resolve as resolve_name
    from observatory.kb.gazetteer.repository import write_places

    if (to is None) == (lat is None or lon is None):
        raise typer.BadParameter("give either --to PLACE_ID or both --lat and --lon")
    with Session(open_store(db)) as session, session.begin():
        if to is None:
            assert lat is not None and lon is not None  # checked above: --lat and --lon come with no --to
            place = new_place(name, lat, lon, (), feature, admin1)
            write_places(session, [place])
        else:
            place = _ensure_stored(session, to, db)
        sync_unresolved(session)
        resolve_name(session, name, place.id)
        claims = replace_claims(session, CLI_USER, name, place)
    _forget_cached_places()
    typer.echo(f"{name} -> {place.id} ({claims} claims re-placed)")


def _unplaced_toponyms(db: str | None):
    """text -> (name, sentence) of every toponym the gazetteer leaves unplaced in it."""
    from observatory.extract.places import PlaceFinder
    from observatory.kb.gazetteer import default_gazetteer
    from observatory.nlp.sentences import split_sentences

    finder = PlaceFinder(default_gazetteer(db))

    def unplaced(text: str):
        sentences = split_sentences(text)
        for m in finder.find(text, sentences):
            if m.place.lat is None and m.place.feature != "country":
                sentence = next((text[s.start:s.end] for s in sentences if s.start <= m.start < s.end), None)
                yield m.place.name, sentence
    return unplaced


def _ensure_stored(session, place_id: str, db: str | None):
    """A built-in place gets its row on first resolution, so the alias has something to hang on."""
    from observatory.kb.gazetteer import default_gazetteer
    from observatory.kb.gazetteer.repository import to_place, write_places
    from observatory.store.tables.gazetteer import GazetteerPlaceRow

    row = session.get(GazetteerPlaceRow, place_id)
    if row is not None:
        return to_place(row)
    place = default_gazetteer(db).get(place_id)
    if place is None:
        raise typer.BadParameter(f"no gazetteer place {place_id!r}; try `observatory gazetteer search`",
                                 param_hint="--to")
    write_places(session, [place])
    return place


@gazetteer_app.command()
def search(
    query: Annotated[str, typer.Argument(help="A name in any spelling.")],
    limit: Annotated[int, typer.Option(help="How many places to list.")] = 10,
    db: DbOption = None,
) -> None:
    """Places whose name matches QUERY: spelling variants, fuzzy matches, and name
    prefixes in the store ("Qary" finds Al Qaryatayn)."""
    from observatory.config import database_url
    from observatory.kb.gazetteer import default_gazetteer
    from observatory.kb.gazetteer.repository import existing_database, search_names
    from observatory.store.db import make_engine

    found = {p.id: p for p in default_gazetteer(db).search(query, limit)}
    url = database_url(db)
    if existing_database(url):
        engine = make_engine(url)
        found.update({p.id: p for p in search_names(engine, query, limit) if p.id not in found})
        engine.dispose()
    _print_places(list(found.values())[:limit])


def geocode(
    text: Annotated[str, typer.Argument(help="Report text (quote it).")],
    db: DbOption = None,
) -> None:
    """Print each toponym found: mention, name, id, lat, lon, admin1, feature, precision."""
    from observatory.extract.places import PlaceFinder
    from observatory.kb.gazetteer import default_gazetteer
    from observatory.nlp.sentences import split_sentences

    finder = PlaceFinder(default_gazetteer(db))
    mentions = finder.find(text, split_sentences(text))
    _print_mentions(mentions)


def _print_mentions(mentions) -> None:
    from rich.console import Console
    from rich.table import Table

    table = Table("mention", "name", "id", "lat", "lon", "admin1", "feature", "prec")
    for m in mentions:
        p = m.place
        table.add_row(m.mention, p.name, p.gazetteer_id or "-", _coord(p.lat), _coord(p.lon),
                      p.admin1 or "", p.feature or "", str(p.precision or ""))
    Console().print(table)


def _print_places(places) -> None:
    from rich.console import Console
    from rich.table import Table

    table = Table("id", "name", "lat", "lon", "admin1", "country", "feature", "source")
    for place in places:
        table.add_row(place.id, place.display_name, _coord(place.lat), _coord(place.lon), place.admin1 or "",
                      place.country or "", place.feature, place.source)
    Console().print(table)


def _forget_cached_places() -> None:
    """The store's places changed: later look-ups in this process must see them."""
    from observatory.kb.gazetteer import reset_default_gazetteer

    reset_default_gazetteer()


def _coord(value: float | None) -> str:
    return "-" if value is None else f"{value:.5f}"


@contextmanager
def _row_progress(label: str, total: int | None) -> Iterator[Callable[[int], None]]:
    """A Rich progress bar on stderr counting rows; yields ``advance(n)``."""
    import sys

    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn

    from observatory.commands.options import stderr

    with Progress(TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(), TimeRemainingColumn(),
                  console=stderr, disable=not sys.stderr.isatty(), transient=True) as bar:
        task = bar.add_task(label, total=total)
        yield lambda n: bar.advance(task, n)
