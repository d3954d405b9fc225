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
