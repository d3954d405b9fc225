"""``observatory serve``, ``observatory users`` and ``observatory tokens``: the web app and its accounts."""

from __future__ import annotations

import sys
from typing import Annotated, Optional

import typer

from observatory.commands.options import DbOption, report_error

users_app = typer.Typer(help="Manage the people who may log in to the web app.", no_args_is_help=True)
tokens_app = typer.Typer(help="Manage API tokens for scripts (Authorization: Bearer …).", no_args_is_help=True)


def serve(
    host: Annotated[str, typer.Option(help="Address to listen on.")] = "127.0.0.1",
    port: Annotated[int, typer.Option(help="Port to listen on.")] = 8000,
    db: DbOption = None,
) -> None:
    """Open the web application (dashboard, incidents, map, tolls, review, API) over the store."""
    import uvicorn

    from observatory.web.app import create_app

    app = create_app(db)
    if not app.state.assets_ok:
        report_error("browser libraries are missing, so maps and charts are off: run `make assets`")
    typer.echo(f"Observatory web app on http://{host}:{port}/  (API docs: /docs)", err=True)
    uvicorn.run(app, host=host, port=port, log_level="info")


@users_app.command("add")
def users_add(
    name: Annotated[str, typer.Argument(help="Login name.")],
    role: Annotated[str, typer.Option("--role", help="viewer (reads), reviewer (also decides), admin.")],
    password_stdin: Annotated[bool, typer.Option("--password-stdin", help="Read the password from stdin.")] = False,
    db: DbOption = None,
) -> None:
    """Create a user (prompts for the password unless --password-stdin)."""
    from observatory.commands.options import open_store
    from observatory.store.db import session_scope
    from observatory.web.accounts import AccountError, add_user

    if password_stdin:
        password = sys.stdin.readline().rstrip("\n")
    else:
        password = typer.prompt("Password", hide_input=True, confirmation_prompt=True)
    try:
        with session_scope(open_store(db)) as session:
            add_user(session, name, role, password)
    except AccountError as error:
        report_error(str(error))
        raise typer.Exit(1) from error
    typer.echo(f"added {name} ({role})")


@users_app.command("list")
def users_list(db: DbOption = None) -> None:
    """List users, their roles and when they were added."""
    from observatory.commands.options import open_store
    from observatory.store.db import session_scope
    from observatory.web.accounts import list_users

    with session_scope(open_store(db)) as session:
        for user in list_users(session):
            typer.echo(f"{user.name}\t{user.role}\t{user.created_at:%Y-%m-%d}")


@tokens_app.command("create")
def tokens_create(
    name: Annotated[str, typer.Argument(help="The user the token acts as (with that user's role).")],
    label: Annotated[Optional[str], typer.Option(help="A note saying what the token is for.")] = None,
    db: DbOption = None,
) -> None:
    """Create an API token for NAME and print it (it is shown only once)."""
    from observatory.commands.options import open_store
    from observatory.store.db import session_scope
    from observatory.web.accounts import AccountError, create_token

    try:
        with session_scope(open_store(db)) as session:
            token = create_token(session, name, label)
    except AccountError as error:
        report_error(str(error))
        raise typer.Exit(1) from error
    typer.echo(token)


def register(app: typer.Typer) -> None:
    """Add ``serve``, ``users`` and ``tokens`` to the root app."""
    app.command("serve")(serve)
    app.add_typer(users_app, name="users")
    app.add_typer(tokens_app, name="tokens")
