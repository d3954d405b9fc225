"""JSON written piece by piece equals JSON written whole."""

from __future__ import annotations

import json
from collections.abc import Iterator

from observatory.export.jsonstream import bytes_in_chunks, object_pieces


def _sieges() -> Iterator[dict]:
    for day in range(1, 6):
        yield {"place": f"Kafr Nabudah {day}", "note": "a \"long\" siege — day " + str(day), "dead": [day, None]}


def test_pieces_join_to_the_same_json_as_a_whole_dump():
    pieces = list(object_pieces({"kind": "sieges", "items": _sieges(), "empty": iter([])},
                                lambda: {"truncated": False}))
    whole = {"kind": "sieges", "items": list(_sieges()), "empty": [], "truncated": False}
    assert "".join(pieces) == json.dumps(whole, separators=(",", ":"), ensure_ascii=False)
    assert len(pieces) > 6  # one piece per element, not one for the whole array


def test_later_members_are_asked_for_only_after_the_elements_are_written():
    written: list[dict] = []

    def elements() -> Iterator[dict]:
        for n in range(3):
            written.append({"n": n})
            yield {"n": n}

    text = "".join(object_pieces({"rows": elements()}, lambda: {"rows_seen": len(written)}))
    assert json.loads(text) == {"rows": [{"n": 0}, {"n": 1}, {"n": 2}], "rows_seen": 3}


def test_an_empty_object_and_chunked_bytes():
    assert "".join(object_pieces({})) == "{}"
    chunks = list(bytes_in_chunks(["ab", "cd", "ée", "f"], 4))
    assert chunks == [b"abcd", "ée".encode() + b"f"]
