"""Cutting report text into highlighted segments: offsets, overlaps, bad spans."""

from observatory.web.highlight import Mark, segments

TEXT = "At least 14 civilians, including 5 children, were killed in Douma on Sunday."


def _span(word: str) -> tuple[int, int]:
    start = TEXT.index(word)
    return start, start + len(word)


def test_segments_rebuild_the_text_exactly():
    marks = [Mark(*_span("14 civilians"), "casualty", "c1"), Mark(*_span("Douma"), "event", "e1")]
    pieces = segments(TEXT, marks)
    assert "".join(piece.text for piece in pieces) == TEXT
    marked = {piece.text: piece.kinds for piece in pieces if piece.marks}
    assert marked == {"14 civilians": ["casualty"], "Douma": ["event"]}


def test_a_count_inside_an_evidence_sentence_carries_both_marks():
    sentence = Mark(0, len(TEXT), "event", "e1")
    count = Mark(*_span("5 children"), "casualty", "c2")
    pieces = segments(TEXT, [sentence, count])
    inner = next(piece for piece in pieces if piece.text == "5 children")
    assert inner.kinds == ["casualty", "event"]
    assert inner.refs == ["e1", "c2"]
    assert all(piece.marks for piece in pieces)


def test_spans_past_the_end_are_clipped_and_empty_ones_ignored():
    pieces = segments(TEXT, [Mark(len(TEXT) - 8, len(TEXT) + 40, "event", "e1"), Mark(5, 5, "event", "e2")])
    assert "".join(piece.text for piece in pieces) == TEXT
    assert [piece.text for piece in pieces if piece.marks] == [TEXT[-8:]]
