"""`observatory actors ...`: list the actor knowledge base and extend it without code.

Additions go to the user's ``data_home()/actors.yaml`` (``OBSERVATORY_HOME``), which
is read on top of the package list, so a new alias takes effect on the next run.
"""

from __future__ import annotations

from typing import Optional

import typer

actors_app = typer.Typer(help="List canonical actors and add actors or aliases.", no_args_is_help=True)


@actors_app.command("list")
def list_actors(
    type_: Optional[str] = typer.Option(None, "--type", help="Only actors of this type (e.g. rebel_group)."),
    aliases: bool = typer.Option(False, "--aliases", help="Show every alias, not only the first few."),
) -> None:
    """Print the canonical actors, their types and aliases."""
    from observatory.kb.actors import ActorKB

    kb = ActorKB.load()
    for entry in kb.entries:
        if type_ and entry.type != type_:
            continue
        shown = entry.aliases if aliases else entry.aliases[:4]
        more = "" if aliases or len(entry.aliases) <= 4 else f", … (+{len(entry.aliases) - 4})"
        nationality = f" [{entry.nationality}]" if entry.nationality else ""
        typer.echo(f"{entry.name}\t{entry.type}{nationality}\t{', '.join(shown)}{more}")


@actors_app.command("add")
def add(
    name: str = typer.Argument(..., help="Canonical name, e.g. 'Liwa al-Baqir'."),
    type_: str = typer.Option(..., "--type", help="One of the eight actor types (actors.md)."),
    alias: list[str] = typer.Option([], "--alias", help="Another way reports name it (repeatable)."),
    nationality: Optional[str] = typer.Option(None, "--nationality", help="ISO2 code or 'foreign'."),
) -> None:
    """Add an actor (or extend one) in your actors.yaml."""
    from observatory.kb.actors import ActorDataError, add_actor

    try:
        path = add_actor(name, type_, list(alias), nationality)
    except ActorDataError as exc:
        typer.echo(f"error: {exc}", err=True)
        raise typer.Exit(code=2) from exc
    typer.echo(f"added {name} ({type_}) to {path}")


@actors_app.command("alias")
def alias(
    name: str = typer.Argument(..., help="Canonical name of a known actor."),
    new_alias: str = typer.Argument(..., metavar="ALIAS", help="The new alias."),
) -> None:
    """Give a known actor one more alias in your actors.yaml."""
    from observatory.kb.actors import ActorDataError, ActorKB, add_alias

    try:
        path = add_alias(name, new_alias, ActorKB.load())
    except ActorDataError as exc:
        typer.echo(f"error: {exc}", err=True)
        raise typer.Exit(code=2) from exc
    typer.echo(f"{name}: alias {new_alias!r} added to {path}")


def register(app: typer.Typer) -> None:
    """Add ``observatory actors`` to the root app."""
    app.add_typer(actors_app, name="actors")
