"""Accounts: users and roles, argon2 passwords, API tokens, and the CLI verbs that make them."""

from __future__ import annotations

import pytest
from sqlalchemy import Engine, select
from typer.testing import CliRunner

from observatory.cli import app
from observatory.store.db import session_scope
from observatory.store.tables.web import ApiToken, User
from observatory.web.accounts import AccountError, add_user, authenticate, create_token, role_at_least, user_for_token


def test_passwords_are_hashed_and_checked(engine: Engine):
    with session_scope(engine) as session:
        add_user(session, "amal", "reviewer", "olive grove 1989")
    with session_scope(engine) as session:
        stored = session.scalar(select(User).where(User.name == "amal"))
        assert stored.password_hash.startswith("$argon2") and "olive" not in stored.password_hash
        assert authenticate(session, "amal", "olive grove 1989").role == "reviewer"
        assert authenticate(session, "amal", "olive grove 1990") is None
        assert authenticate(session, "nobody", "olive grove 1989") is None


def test_bad_accounts_are_refused_with_a_reason(engine: Engine):
    with session_scope(engine) as session:
        add_user(session, "amal", "viewer", "long enough")
        with pytest.raises(AccountError, match="already exists"):
            add_user(session, "amal", "viewer", "long enough")
        with pytest.raises(AccountError, match="unknown role"):
            add_user(session, "omar", "superuser", "long enough")
        with pytest.raises(AccountError, match="8 characters"):
            add_user(session, "omar", "viewer", "short")


def test_tokens_are_stored_as_digests(engine: Engine):
    with session_scope(engine) as session:
        add_user(session, "script", "viewer", "long enough")
        token = create_token(session, "script", label="nightly export")
    with session_scope(engine) as session:
        row = session.scalar(select(ApiToken))
        assert token not in row.token_hash and row.label == "nightly export"
        assert user_for_token(session, token).name == "script"
        assert user_for_token(session, token + "x") is None


def test_roles_are_ordered():
    assert role_at_least("admin", "reviewer") and role_at_least("reviewer", "viewer")
    assert not role_at_least("viewer", "reviewer") and not role_at_least("stranger", "viewer")


def test_cli_adds_lists_and_issues_tokens(db_url: str):
    runner = CliRunner()
    added = runner.invoke(app, ["users", "add", "huda", "--role", "reviewer", "--password-stdin", "--db", db_url],
                          input="a long passphrase\n")
    assert added.exit_code == 0, added.output
    listed = runner.invoke(app, ["users", "list", "--db", db_url])
    assert "huda\treviewer" in listed.output
    token = runner.invoke(app, ["tokens", "create", "huda", "--db", db_url])
    assert token.exit_code == 0 and token.output.strip().startswith("obs_")
    unknown = runner.invoke(app, ["tokens", "create", "nobody", "--db", db_url])
    assert unknown.exit_code == 1 and "no user named" in unknown.output


def _audit(engine: Engine) -> list[tuple[str, str, str]]:
    from observatory.store.tables.fusion import ReviewDecisionRow

    with session_scope(engine) as session:
        rows = session.scalars(select(ReviewDecisionRow).order_by(ReviewDecisionRow.id))
        return [(row.user.split(":")[0], row.action, row.target_kind) for row in rows]


def test_cli_manages_roles_passwords_access_and_tokens_with_an_audit_trail(engine: Engine):
    db = engine.url.render_as_string(hide_password=False)
    runner = CliRunner()

    def run(*args: str, stdin: str | None = None):
        result = runner.invoke(app, [*args, "--db", db], input=stdin)
        return result.exit_code, result.output

    assert run("users", "add", "rasha", "--role", "viewer", "--password-stdin", stdin="pistachio fields\n")[0] == 0
    assert run("users", "role", "rasha", "reviewer", "--reason", "joined the desk") == (0, "rasha is now reviewer\n")
    assert run("users", "role", "rasha", "overlord")[0] == 1
    assert run("users", "password", "rasha", "--password-stdin", stdin="walnut orchard 7\n")[0] == 0
    assert run("users", "password", "rasha", "--password-stdin", stdin="short\n")[0] == 1
    assert run("users", "disable", "rasha")[0] == 0
    assert "rasha\treviewer" in run("users", "list")[1] and "disabled" in run("users", "list")[1]
    assert run("users", "enable", "rasha")[0] == 0
    assert run("users", "logout", "rasha")[1] == "0 sessions of rasha ended\n"
    code, token = run("tokens", "create", "rasha", "--label", "weekly digest")
    assert code == 0
    listed = run("tokens", "list", "--user", "rasha")[1]
    token_id = listed.split("\t")[0]
    assert "weekly digest" in listed and "active" in listed and token.strip() not in listed
    assert run("tokens", "revoke", token_id, "--reason", "script retired") == (0, f"token {token_id} revoked\n")
    assert "revoked" in run("tokens", "list")[1]
    assert run("tokens", "revoke", "4242")[0] == 1
    with session_scope(engine) as session:
        assert user_for_token(session, token.strip()) is None
        assert authenticate(session, "rasha", "walnut orchard 7").role == "reviewer"
    assert [entry[1] for entry in _audit(engine)] == [
        "add_user", "change_role", "reset_password", "disable_user", "enable_user", "revoke_sessions",
        "create_token", "revoke_token",
    ]
    assert {entry[0] for entry in _audit(engine)} == {"cli"}


def test_a_disabled_account_cannot_log_in_or_use_its_tokens(engine: Engine):
    from observatory.web.accounts import set_disabled

    with session_scope(engine) as session:
        add_user(session, "tarek", "viewer", "almond blossom")
        token = create_token(session, "tarek")
        set_disabled(session, "admin", "tarek", True)
    with session_scope(engine) as session:
        assert authenticate(session, "tarek", "almond blossom") is None
        assert user_for_token(session, token) is None
