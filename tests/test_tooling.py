"""Static checks run with the tests, so ``make test`` and ``.ci/run`` enforce them.

ruff (configured in pyproject.toml), the import-linter contracts (layers, and what
``extract`` and ``kb`` may not import) and mypy over the modules already typed clean;
grow ``TYPED`` as modules are fixed until it is all of ``src/``.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
BIN = Path(sys.executable).parent

TYPED = [
    "src/observatory/__init__.py",
    "src/observatory/api.py",
    "src/observatory/cli.py",
    "src/observatory/commands/eval.py",
    "src/observatory/commands/export.py",
    "src/observatory/commands/extract.py",
    "src/observatory/commands/fuse.py",
    "src/observatory/commands/options.py",
    "src/observatory/eval/__init__.py",
    "src/observatory/eval/runner.py",
    "src/observatory/eval/scoring.py",
    "src/observatory/export/report.py",
    "src/observatory/extract/name_lists.py",
    "src/observatory/extract/pipeline.py",
    "src/observatory/fuse/control.py",
    "src/observatory/fuse/decisions.py",
    "src/observatory/fuse/matching.py",
    "src/observatory/fuse/read_model.py",
    "src/observatory/fuse/unresolved.py",
    "src/observatory/kb/gazetteer/geo.py",
    "src/observatory/kb/gazetteer/loader.py",
    "src/observatory/kb/gazetteer/normalize.py",
    "src/observatory/kb/gazetteer/queue.py",
    "src/observatory/web/schemas.py",
]


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


def test_typed_modules_have_no_mypy_errors() -> None:
    done = _run("mypy", "--follow-imports=silent", *TYPED)
    assert done.returncode == 0, done.stdout + done.stderr
