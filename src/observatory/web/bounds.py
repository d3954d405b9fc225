"""Limits on what a request may ask for, so a bad value is a 422 and never a database error.

Ids are 32-bit integer columns on PostgreSQL, so anything above ``MAX_ID`` cannot exist
and must not reach the query (it would overflow and answer 500).  Search text is bounded
because fuzzy place search costs time in proportion to its length.
"""

from __future__ import annotations

from typing import Annotated

from fastapi import Path, Query

from observatory.models import MAX_COUNT

MAX_ID = 2**31 - 1
MAX_PAGE = 100_000
MAX_SEARCH = 200  # words looked for in reports, filters by name
MAX_PLACE_QUERY = 100  # a place name typed to search the gazetteer
MAX_REASON = 2000  # the "why" of a decision

IdPath = Annotated[int, Path(ge=1, le=MAX_ID, description="an id")]
NamePath = Annotated[str, Path(min_length=1, max_length=100, description="a login name")]
PageQuery = Annotated[int, Query(ge=1, le=MAX_PAGE)]
OptionalId = Annotated[int | None, Query(ge=1, le=MAX_ID)]
SearchQuery = Annotated[str | None, Query(max_length=MAX_SEARCH, description="words in the title or text")]
PlaceQuery = Annotated[str, Query(max_length=MAX_PLACE_QUERY, description="a place name, any spelling")]

__all__ = ["MAX_COUNT", "MAX_ID", "MAX_PAGE", "MAX_PLACE_QUERY", "MAX_REASON", "MAX_SEARCH", "IdPath",
           "NamePath", "OptionalId", "PageQuery", "PlaceQuery", "SearchQuery"]
