"""Loading place files into the gazetteer store: GeoNames dumps, UCDP GED, ACLED, plain CSV.

Each reader turns a file into :class:`GazetteerPlace` rows (or, for GeoNames
alternate names, extra names), reporting bad rows with file and line and carrying
on.  :func:`import_file` writes them in batches, one transaction per batch.
"""

from __future__ import annotations

from .base import ImportReport, RowError
from .detect import FORMATS, detect_format
from .run import import_file

__all__ = ["FORMATS", "ImportReport", "RowError", "detect_format", "import_file"]
