"""``observatory serve``, ``observatory users`` and ``observatory tokens``: the web app and its accounts.

Every account change made here is written to the audit log as ``cli:<login>`` (the
operating-system user who ran the command), like the changes admins make in the app.
"""

from __future__ import annotations

import getpass
import ipaddress
import os
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Annotated, Optional

import typer
from sqlalchemy.orm import Session

from observatory.commands.options import DbOption, report_error

users_app = typer.Typer(help="Manage the people who may log in to the web app.", no_args_is_help=True)
tokens_app = typer.Typer(help="Manage API tokens for scripts (Authorization: Bearer …).", no_args_is_help=True)
ReasonOption = Annotated[Optional[str], typer.Option("--reason", help="Why (kept in the audit log).")]


def is_loopback(host: str) -> bool:
    """Whether ``host`` listens only on this machine (``localhost`` or a loopback address)."""
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False


def serve(
    host: Annotated[str, typer.Option(help="Address to listen on.")] = "127.0.0.1",
    port: Annotated[int, typer.Option(help="Port to listen on.")] = 8000,
    workers: Annotated[int, typer.Option(
        min=1, help="Server processes answering requests (a team: one per core). They share the store, "
                    "so logins, sessions and decisions are seen by all of them.")] = 1,
    secure_cookies: Annotated[Optional[bool], typer.Option(
        "--secure-cookies/--no-secure-cookies",
        help="Send the login cookie only over HTTPS (behind a TLS proxy). Default: OBSERVATORY_SECURE_COOKIES.",
    )] = None,
    db: DbOption = None,
) -> None:
    """Open the web application (dashboard, incidents, map, tolls, review, API) over the store."""
    import uvicorn

    from observatory.web.app import create_app

    app = create_app(db, secure_cookies=secure_cookies)  # migrates the store once, before any worker starts
    if not app.state.assets_ok:
        report_error("browser libraries are missing, so maps and charts are off: run `make assets`")
    if not is_loopback(host):
        typer.echo(f"warning: listening on {host}, reachable from other machines; serve it behind HTTPS "
                   "(a TLS proxy) and pass --secure-cookies, or bind 127.0.0.1", err=True)
    typer.echo(f"Observatory web app on http://{host}:{port}/  (API docs: /docs)"
               + (f", {workers} workers" if workers > 1 else ""), err=True)
    if workers == 1:
        uvicorn.run(app, host=host, port=port, log_level="info")
        return
    _hand_settings_to_workers(db, secure_cookies)
    uvicorn.run("observatory.web.app:create_app", factory=True, workers=workers, host=host, port=port,
                log_level="info")


def _hand_settings_to_workers(db: str | None, secure_cookies: bool | None) -> None:
    """Worker processes build their own app with ``create_app()``, which reads its settings
    from the environment: pass the store and the cookie choice there.  The session secret is
    made (if new) here, in the parent, so every worker signs cookies with the same key
    instead of racing to create it."""
    from observatory import config
    from observatory.web.app import SECURE_COOKIES_ENV, secret_key

    os.environ["OBSERVATORY_DB"] = config.database_url(db)
    if secure_cookies is not None:
        os.environ[SECURE_COOKIES_ENV] = "1" if secure_cookies else "0"
    secret_key()


def _operator() -> str:
    """The audit log's name for whoever runs the CLI."""
    try:
        return f"cli:{getpass.getuser()}"
    except (KeyError, OSError):
        return "cli"


@contextmanager
def _accounts(db: str | None) -> Iterator[Session]:
    """A store session for an account verb; an ``AccountError`` becomes one error line and exit 1."""
    from observatory.commands.options import open_store
    from observatory.store.db import session_scope
    from observatory.web.accounts import AccountError

    try:
        with session_scope(open_store(db)) as session:
            yield session
    except AccountError as error:
        report_error(str(error))
        raise typer.Exit(1) from error


def _read_password(from_stdin: bool) -> str:
    if from_stdin:
        return sys.stdin.readline().rstrip("\n")
    return typer.prompt("Password", hide_input=True, confirmation_prompt=True)


PasswordStdin = Annotated[bool, typer.Option("--password-stdin", help="Read the password from stdin.")]


@users_app.command("add")
def users_add(
    name: Annotated[str, typer.Argument(help="Login name.")],
    role: Annotated[str, typer.Option("--role", help="viewer (reads), reviewer (also decides), admin.")],
    password_stdin: PasswordStdin = False,
    db: DbOption = None,
) -> None:
    """Create a user (prompts for the password unless --password-stdin)."""
    from observatory.web.accounts import add_user, audit

    password = _read_password(password_stdin)
    with _accounts(db) as session:
        user = add_user(session, name, role, password)
        audit(session, _operator(), "add_user", "user", user.id, None, {"name": name, "role": role})
    typer.echo(f"added {name} ({role})")


@users_app.command("list")
def users_list(db: DbOption = None) -> None:
    """List users, their roles, when they were added and whether they are disabled."""
    from observatory.web.accounts import list_users

    with _accounts(db) as session:
        for user in list_users(session):
            state = "\tdisabled" if user.disabled_at is not None else ""
            typer.echo(f"{user.name}\t{user.role}\t{user.created_at:%Y-%m-%d}{state}")


@users_app.command("role")
def users_role(
    name: Annotated[str, typer.Argument(help="Login name.")],
    role: Annotated[str, typer.Argument(help="viewer, reviewer or admin.")],
    reason: ReasonOption = None,
    db: DbOption = None,
) -> None:
    """Change a user's role."""
    from observatory.web.accounts import set_role

    with _accounts(db) as session:
        set_role(session, _operator(), name, role, reason)
    typer.echo(f"{name} is now {role}")


def _set_disabled(disable: bool) -> Callable[..., None]:
    def command(name: Annotated[str, typer.Argument(help="Login name.")], reason: ReasonOption = None,
                db: DbOption = None) -> None:
        from observatory.web.accounts import set_disabled

        with _accounts(db) as session:
            set_disabled(session, _operator(), name, disable, reason)
        typer.echo(f"{name} is {'disabled' if disable else 'enabled'}")

    command.__doc__ = ("Disable a user: no login, no API token, every browser session ended." if disable
                       else "Enable a disabled user again.")
    return command


users_app.command("disable")(_set_disabled(True))
users_app.command("enable")(_set_disabled(False))


@users_app.command("password")
def users_password(
    name: Annotated[str, typer.Argument(help="Login name.")],
    password_stdin: PasswordStdin = False,
    reason: ReasonOption = None,
    db: DbOption = None,
) -> None:
    """Reset a user's password (prompts unless --password-stdin); their browser sessions end."""
    from observatory.web.accounts import set_password

    password = _read_password(password_stdin)
    with _accounts(db) as session:
        set_password(session, _operator(), name, password, reason)
    typer.echo(f"new password set for {name}")


@users_app.command("logout")
def users_logout(
    name: Annotated[str, typer.Argument(help="Login name.")], reason: ReasonOption = None, db: DbOption = None
) -> None:
    """End every browser session of a user (API tokens are revoked with `tokens revoke`)."""
    from observatory.web.accounts import logout_everywhere

    with _accounts(db) as session:
        ended = logout_everywhere(session, _operator(), name, reason)
    typer.echo(f"{ended} sessions of {name} ended")


@tokens_app.command("create")
def tokens_create(
    name: Annotated[str, typer.Argument(help="The user the token acts as (with that user's role).")],
    label: Annotated[Optional[str], typer.Option(help="A note saying what the token is for.")] = None,
    db: DbOption = None,
) -> None:
    """Create an API token for NAME and print it (it is shown only once)."""
    from observatory.web.accounts import audit, issue_token

    with _accounts(db) as session:
        row, token = issue_token(session, name, label)
        audit(session, _operator(), "create_token", "api_token", row.id, None, {"user": name, "label": label})
    typer.echo(token)


@tokens_app.command("list")
def tokens_list(
    user: Annotated[Optional[str], typer.Option("--user", help="Only this user's tokens.")] = None,
    db: DbOption = None,
) -> None:
    """List API tokens (id, user, label, created, revoked) — never the tokens themselves."""
    from observatory.web.accounts import list_tokens

    with _accounts(db) as session:
        for row in list_tokens(session, user):
            revoked = f"revoked {row.revoked_at:%Y-%m-%d %H:%M}" if row.revoked_at else "active"
            typer.echo(f"{row.id}\t{row.user.name}\t{row.label or '-'}\t{row.created_at:%Y-%m-%d}\t{revoked}")


@tokens_app.command("revoke")
def tokens_revoke(
    token_id: Annotated[int, typer.Argument(help="The token's id (from `tokens list`).")],
    reason: ReasonOption = None,
    db: DbOption = None,
) -> None:
    """Revoke an API token: requests that send it get 401 from now on."""
    from observatory.web.accounts import revoke_token

    with _accounts(db) as session:
        revoke_token(session, _operator(), token_id, reason)
    typer.echo(f"token {token_id} revoked")


def register(app: typer.Typer) -> None:
    """Add ``serve``, ``users`` and ``tokens`` to the root app."""
    app.command("serve")(serve)
    app.add_typer(users_app, name="users")
    app.add_typer(tokens_app, name="tokens")
