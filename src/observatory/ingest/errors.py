"""The one error type ingest reports: what went wrong, and exactly where."""

from __future__ import annotations


class IngestError(Exception):
    """A problem with one input (a file, a JSON line, a feed entry), not with the batch.

    ``origin`` names the file and, where it matters, the line (``reports.jsonl:7``);
    ``str(error)`` is the single line shown to the user.
    """

    def __init__(self, origin: str, message: str) -> None:
        super().__init__(f"{origin}: {message}")
        self.origin = origin
        self.message = message
