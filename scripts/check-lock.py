#!/usr/bin/env python3
"""Fail when requirements.lock does not hold what pyproject.toml asks for.

Engineers add dependencies to pyproject.toml in parallel; installing from a lock that
misses one would give a venv without it and errors far from the cause.  This check runs
before every install (standard library only, no network) and names the lines that
disagree and the command that fixes them.

Usage: check-lock.py PYPROJECT LOCK
"""

from __future__ import annotations

import re
import sys
import tomllib
from pathlib import Path

_REQUIREMENT = re.compile(r"^\s*([A-Za-z0-9][A-Za-z0-9._-]*)\s*(?:\[[^\]]*\])?\s*(?:==\s*([^\s;,]+))?")
_LOCKED = re.compile(r"^([A-Za-z0-9][A-Za-z0-9._-]*)==([^\s;\\]+)", re.MULTILINE)


def normalise(name: str) -> str:
    """PEP 503 form: the lock and pyproject may spell a name differently (lxml_html_clean)."""
    return re.sub(r"[-_.]+", "-", name).lower()


def declared(pyproject: Path) -> dict[str, str | None]:
    """Every runtime and test requirement: name -> pinned version (None when not pinned)."""
    project = tomllib.loads(pyproject.read_text(encoding="utf-8"))["project"]
    lines = list(project.get("dependencies", []))
    for extra in project.get("optional-dependencies", {}).values():
        lines.extend(extra)
    wanted: dict[str, str | None] = {}
    for line in lines:
        match = _REQUIREMENT.match(line)
        if match is None:
            raise SystemExit(f"{pyproject}: cannot read the requirement {line!r}")
        wanted[normalise(match.group(1))] = match.group(2)
    return wanted


def locked(lock: Path) -> dict[str, set[str]]:
    """name -> versions the lock pins (several when markers split a package by Python version)."""
    versions: dict[str, set[str]] = {}
    for match in _LOCKED.finditer(lock.read_text(encoding="utf-8")):
        versions.setdefault(normalise(match.group(1)), set()).add(match.group(2))
    return versions


def problems(wanted: dict[str, str | None], pins: dict[str, set[str]]) -> list[str]:
    out = []
    for name, version in sorted(wanted.items()):
        if name not in pins:
            out.append(f"{name} is not in the lock")
        elif version is not None and version not in pins[name]:
            out.append(f"{name}: pyproject pins {version}, the lock has {', '.join(sorted(pins[name]))}")
    return out


def main(argv: list[str]) -> int:
    if len(argv) != 3:
        print(__doc__.strip().splitlines()[-1], file=sys.stderr)
        return 2
    pyproject, lock = Path(argv[1]), Path(argv[2])
    if not lock.is_file():
        print(f"{lock}: missing; run `make lock`", file=sys.stderr)
        return 1
    found = problems(declared(pyproject), locked(lock))
    for problem in found:
        print(f"{lock}: {problem}", file=sys.stderr)
    if found:
        print(f"{lock} is out of date with {pyproject}: run `make lock`", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
