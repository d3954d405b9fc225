"""Static checks run with the tests, so ``make test`` and ``.ci/run`` enforce them.

ruff (configured in pyproject.toml), the import-linter contracts (layers, and what
``extract`` and ``kb`` may not import) and mypy over all of ``src/`` (its settings, and
the package list, are ``[tool.mypy]`` in pyproject.toml).
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
BIN = Path(sys.executable).parent


def _run(tool: str, *args: str) -> subprocess.CompletedProcess[str]:
    executable = BIN / tool
    if not executable.exists() and shutil.which(tool) is None:
        pytest.skip(f"{tool} is not installed (pip install -e '.[test]')")
    command = [str(executable) if executable.exists() else tool, *args]
    return subprocess.run(command, cwd=ROOT, capture_output=True, text=True, timeout=600)


def test_ruff_finds_nothing() -> None:
    done = _run("ruff", "check", "src", "tests", "bench")
    assert done.returncode == 0, done.stdout + done.stderr


def test_import_contracts_are_kept() -> None:
    done = _run("lint-imports", "--no-cache")
    assert done.returncode == 0, done.stdout + done.stderr


def test_mypy_finds_nothing_in_src() -> None:
    done = _run("mypy")
    assert done.returncode == 0, done.stdout + done.stderr
