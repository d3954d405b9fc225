#!/usr/bin/env bash
# Install Observatory as a new user would, into a brand-new virtual environment made with
# the system's own python3 and the pip it brings (not upgraded), from requirements.lock,
# then run `observatory run examples/reports` into a temporary database.
# Catches what a developer's long-lived .venv hides: a dependency missing from the lock,
# an extra an old pip does not resolve, package data left out of the wheel.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
python="${PYTHON:-python3}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
export PIP_DISABLE_PIP_VERSION_CHECK=1 PIP_NO_INPUT=1

"$python" -m venv "$work/venv"
echo "fresh-install: $("$work/venv/bin/pip" --version)"
python3 scripts/check-lock.py pyproject.toml requirements.lock
"$work/venv/bin/pip" install -q --require-hashes --no-deps -r requirements.lock  # complete: nothing to resolve (Makefile)
"$work/venv/bin/pip" check
"$work/venv/bin/pip" install -q --no-deps .   # a real wheel, not a link to the source tree
# From another folder, so only the installed package (not ./src) can be imported.
(cd "$work" && "$work/venv/bin/observatory" run "$OLDPWD/examples/reports" --db "sqlite:///$work/fresh.db" >"$work/run.log") || {
    cat "$work/run.log"; echo "fresh-install: observatory run failed" >&2; exit 1; }
echo "fresh-install: observatory run examples/reports passed in a new venv"
