"""requirements.lock must hold every dependency pyproject.toml pins (scripts/check-lock.py)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
CHECK = ROOT / "scripts" / "check-lock.py"


def _check(pyproject: Path, lock: Path) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, str(CHECK), str(pyproject), str(lock)], capture_output=True, text=True)


def test_the_committed_lock_matches_pyproject():
    outcome = _check(ROOT / "pyproject.toml", ROOT / "requirements.lock")
    assert outcome.returncode == 0, outcome.stderr


def test_a_missing_or_differently_pinned_dependency_names_itself_and_the_fix(tmp_path):
    (tmp_path / "pyproject.toml").write_text(
        '[project]\nname = "x"\ndependencies = ["Foo_Bar[fast]==1.2", "baz>=3"]\n'
        '[project.optional-dependencies]\ntest = ["qux==0.9"]\n'
    )
    (tmp_path / "requirements.lock").write_text(
        "foo-bar==1.3 \\\n    --hash=sha256:00\n    # via x\nqux==0.9 ; python_version >= '3.11' \\\n    --hash=sha256:11\n"
    )
    outcome = _check(tmp_path / "pyproject.toml", tmp_path / "requirements.lock")
    assert outcome.returncode == 1
    assert "foo-bar: pyproject pins 1.2, the lock has 1.3" in outcome.stderr
    assert "baz is not in the lock" in outcome.stderr
    assert "qux" not in outcome.stderr
    assert "run `make lock`" in outcome.stderr
