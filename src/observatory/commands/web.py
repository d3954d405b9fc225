"""``observatory serve``, ``observatory users`` and ``observatory tokens``: the web app and its accounts."""

from __future__ import annotations

import sys
from typing import Optional

import typer

users_app = typer.Typer(help="Manage the people who may log in to the web app.", no_args_is_help=True)
tokens_app = typer.Typer(help="Manage API tokens for scripts (Authorization: Bearer …).", no_args_is_help=True)

DbOption = typer.Option(None, "--db", help="Database URL or SQLite path (default: OBSERVATORY_DB or ./observatory.db).")


def serve(
    host: str = typer.Option("127.0.0.1", help="Address to listen on."),
    port: int = typer.Option(8000, help="Port to listen on."),
    db: Optional[str] = DbOption,
) -> None:
    """Open the web application (dashboard, incidents, map, tolls, review, API) over the store."""
    import uvicorn

    from observatory.web.app import create_app

    app = create_app(db)
    if not app.state.assets_ok:
        typer.secho("Browser libraries missing: maps and charts are off. Run `make assets`.", fg="yellow", err=True)
    typer.echo(f"Observatory web app on http://{host}:{port}/ (store: {app.state.engine.url!r})", err=True)
    uvicorn.run(app, host=host, port=port, log_level="info")


@users_app.command("add")
def users_add(
    name: str = typer.Argument(..., help="Login name."),
    role: str = typer.Option(..., "--role", help="viewer | reviewer | admin"),
    password_stdin: bool = typer.Option(False, "--password-stdin", help="Read the password from standard input."),
    db: Optional[str] = DbOption,
) -> None:
    """Create a user (prompts for the password unless --password-stdin)."""
    from observatory.store.db import migrate, session_scope
    from observatory.web.accounts import AccountError, add_user

    if password_stdin:
        password = sys.stdin.readline().rstrip("\n")
    else:
        password = typer.prompt("Password", hide_input=True, confirmation_prompt=True)
    engine = migrate(db)
    try:
        with session_scope(engine) as session:
            add_user(session, name, role, password)
    except AccountError as error:
        typer.secho(f"error: {error}", fg="red", err=True)
        raise typer.Exit(1) from error
    typer.echo(f"added {name} ({role})")


@users_app.command("list")
def users_list(db: Optional[str] = DbOption) -> None:
    """List users and their roles."""
    from observatory.store.db import migrate, session_scope
    from observatory.web.accounts import list_users

    with session_scope(migrate(db)) as session:
        for user in list_users(session):
            typer.echo(f"{user.name}\t{user.role}\t{user.created_at:%Y-%m-%d}")


@tokens_app.command("create")
def tokens_create(
    name: str = typer.Argument(..., help="The user the token acts as."),
    label: Optional[str] = typer.Option(None, help="A note saying what the token is for."),
    db: Optional[str] = DbOption,
) -> None:
    """Create an API token for NAME and print it (shown only once)."""
    from observatory.store.db import migrate, session_scope
    from observatory.web.accounts import AccountError, create_token

    try:
        with session_scope(migrate(db)) as session:
            token = create_token(session, name, label)
    except AccountError as error:
        typer.secho(f"error: {error}", fg="red", err=True)
        raise typer.Exit(1) from error
    typer.echo(token)


def register(app: typer.Typer) -> None:
    """Add ``serve``, ``users`` and ``tokens`` to the root app."""
    app.command("serve")(serve)
    app.add_typer(users_app, name="users")
    app.add_typer(tokens_app, name="tokens")
