"""Named word lists inside data patterns: ``<name>`` stands for the list ``name``.

Both data files of regular expressions (data/events/triggers.yaml with its ``lists``,
data/events/control.yaml with its ``words``) name a word list in a pattern as ``<name>``, so a
list such as the vehicles a bomb rides in is written once and read in every pattern.  One
expander serves both, so the two files read the same syntax and a misspelt name fails the
load in both instead of matching the literal text "<vehcile>".
"""

from __future__ import annotations

import re
from collections.abc import Mapping

# ``<name>`` in a pattern; not a lookbehind's "(?<=", "(?<!" (no letter follows "<"), nor a named
# group's "(?P<name>".
LIST_NAME = re.compile(r"(?<!\?P)<([A-Za-z_]\w*)>")


class UnknownListError(ValueError):
    """A ``<name>`` in a pattern that names no list; its callers add the file and the entry."""

    def __init__(self, name: str, pattern: str) -> None:
        super().__init__(f"no list named {name!r} (pattern {pattern!r})")
        self.name = name


def alternation(items: list[str]) -> str:
    """A word list as one regex alternation ``(?:a|b|...)``, items in file order (earlier items
    win where two match at one place)."""
    return "(?:" + "|".join(items) + ")"


def with_lists(pattern: str, lists: Mapping[str, str]) -> str:
    """``pattern`` with each ``<name>`` replaced by the alternation of that name; a name not in
    ``lists`` raises UnknownListError.  The alternations are not expanded again: a list does not
    name another list."""
    def replace(found: re.Match[str]) -> str:
        if found[1] not in lists:
            raise UnknownListError(found[1], pattern)
        return lists[found[1]]
    return LIST_NAME.sub(replace, pattern)
