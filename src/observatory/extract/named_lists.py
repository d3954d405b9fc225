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


def alternation(items: list[str]) -> str:
    """A word list as one regex alternation ``(?:a|b|...)``, items in file order (earlier items
    win where two match at one place)."""
    return "(?:" + "|".join(items) + ")"


def with_lists(pattern: str, lists: Mapping[str, str], error: type[ValueError], where: str, key: str) -> str:
    """``pattern`` with each ``<name>`` replaced by the alternation of that name.  A name not in
    ``lists`` is raised as the loading file's own ``error``, naming ``where`` the pattern stands
    (the file and its entry) and ``key``, the file's mapping of lists, so both files report a
    misspelt name alike.  The alternations are not expanded again: a list does not name another
    list."""
    def replace(found: re.Match[str]) -> str:
        if found[1] not in lists:
            raise error(f"{where}: no list named {found[1]!r} (pattern {pattern!r}) in {key!r}")
        return lists[found[1]]
    return LIST_NAME.sub(replace, pattern)
