"""Observatory: conflict reports in, reviewable claims out.

The public API (see the README's "Python API" section)::

    import observatory
    result = observatory.extract(text, published="2024-03-02")
    store = observatory.open_store("reports.db")

Names are loaded on first use, so ``import observatory`` (and the CLI) stays quick.
"""

from __future__ import annotations

import sys
import types
from importlib import import_module
from typing import TYPE_CHECKING, Any

__version__ = "0.1.0"

if TYPE_CHECKING:
    from observatory.api import (
        Document,
        ExtractionResult,
        Extractor,
        Gazetteer,
        IncidentDetail,
        IncidentFilter,
        IncidentSummary,
        Store,
        TollRow,
        extract,
        load_gazetteer,
        open_store,
    )

__all__ = [
    "Document",
    "ExtractionResult",
    "Extractor",
    "Gazetteer",
    "IncidentDetail",
    "IncidentFilter",
    "IncidentSummary",
    "Store",
    "TollRow",
    "__version__",
    "extract",
    "load_gazetteer",
    "open_store",
]


def __getattr__(name: str) -> Any:
    """Resolve a public name from ``observatory.api`` the first time it is asked for."""
    if name in __all__ and name != "__version__":
        value = getattr(import_module("observatory.api"), name)
        globals()[name] = value
        return value
    raise AttributeError(f"module 'observatory' has no attribute {name!r}")


class _Package(types.ModuleType):
    """``observatory.extract`` is the public function, though a subpackage shares the name.

    Importing a subpackage binds it onto its parent as an attribute, which would replace
    the function the first time anything imports ``observatory.extract.…``; that one
    binding is skipped (the subpackage stays reachable through ``import`` statements).
    """

    def __setattr__(self, name: str, value: Any) -> None:
        if name == "extract" and isinstance(value, types.ModuleType):
            return
        super().__setattr__(name, value)


sys.modules[__name__].__class__ = _Package
