"""Where things live: the database URL and the user's data folder.

Precedence for the database: an explicit ``--db URL`` beats ``OBSERVATORY_DB``, which
beats the embedded default ``sqlite:///./observatory.db``.  The data folder
(``OBSERVATORY_HOME``, default ``~/.observatory``) holds user-editable knowledge:
extra actors and aliases, curated places.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

import yaml

DEFAULT_DB_URL = "sqlite:///./observatory.db"


def database_url(explicit: str | None = None) -> str:
    url = explicit or os.environ.get("OBSERVATORY_DB") or DEFAULT_DB_URL
    if "://" not in url:  # a bare path is a SQLite file
        url = f"sqlite:///{url}"
    return url


def data_home() -> Path:
    return Path(os.environ.get("OBSERVATORY_HOME") or Path.home() / ".observatory")


PACKAGE_DATA = Path(__file__).parent / "data"


def read_yaml(path: Path, error: type[Exception] = ValueError) -> Any:
    """A data file parsed; YAML that does not parse raises ``error`` naming the file, so a
    typo in a lexicon a user edited says where it is (each loader then checks its own shape)."""
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
    except yaml.YAMLError as exc:
        raise error(f"{path}: invalid YAML: {exc}") from exc
    if (where := _bare_boolean_word(data)) is not None:
        raise error(f"{path}: {where}: a bare yes/no/on/off in a word list is read as true or false; quote it")
    return data


def _bare_boolean_word(data: Any, where: str = "") -> str | None:
    """Where a word list holds a boolean: YAML reads a bare ``on``, ``no`` or ``yes`` as one,
    and the word then never matches (it happened to "on" in four lists of the toll lexicons)."""
    if isinstance(data, dict):
        return next((found for key, value in data.items()
                     if (found := _bare_boolean_word(value, f"{where}.{key}" if where else str(key))) is not None), None)
    if isinstance(data, list):
        if any(isinstance(item, bool) for item in data):
            return where or "a list"
        return next((found for item in data if (found := _bare_boolean_word(item, where)) is not None), None)
    return None
