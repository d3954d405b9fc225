"""Overlong input is extracted in sections whose results read as one document's."""

from __future__ import annotations

from observatory.extract.pipeline import MAX_SECTION, Extractor
from observatory.models import Document

_PARAGRAPHS = [
    "Regime artillery shelled the village of Kafr Hamra on Tuesday, killing {n} farmers in their fields.",
    "Rebel fighters captured the hilltop of Tal Sheikh Yousef after clashes that left {n} soldiers dead.",
    "An airstrike on a bakery in Maarat al-Numan wounded {n} people waiting for bread, medics said.",
]


def _archive(target: int) -> str:
    """A long paste of short dispatches, each with its own figure."""
    lines, i = [], 0
    while sum(len(line) + 2 for line in lines) < target:
        lines.append(_PARAGRAPHS[i % 3].format(n=i % 40 + 3))
        i += 1
    return "\n\n".join(lines)


def test_an_overlong_input_gives_claims_with_offsets_into_the_whole_text():
    text = _archive(MAX_SECTION * 3 + 500)
    result = Extractor().extract(text, Document(id="archive", published="2016-08-30"))
    spans = [c.evidence for c in result.casualties] + [s for e in result.events for s in e.evidence]
    assert spans and max(s.start for s in spans) > MAX_SECTION * 3  # the last section was read
    for span in spans:
        assert text[span.start : span.end] == span.text


def test_ids_stay_unique_and_links_point_at_claims_of_the_result():
    text = _archive(MAX_SECTION * 2 + 100)
    result = Extractor().extract(text, Document(id="archive", published="2016-08-30"))
    event_ids = [e.id for e in result.events]
    claim_ids = [c.id for c in result.casualties]
    assert len(set(event_ids)) == len(event_ids) and len(set(claim_ids)) == len(claim_ids)
    assert event_ids == [f"e{n}" for n in range(1, len(event_ids) + 1)]
    for claim in result.casualties:
        assert claim.event is None or claim.event in event_ids
        assert claim.parent is None or claim.parent in claim_ids
    assert result.document.id == "archive" and result.document.published == "2016-08-30"


def test_after_the_merge_each_claim_points_at_an_event_of_its_own_dispatch():
    """Sections are renumbered and shifted in place: a claim's renumbered event link must
    still name the event its own line tells, and control changes keep their words."""
    text = _archive(MAX_SECTION * 2 + 100)
    result = Extractor().extract(text, Document(id="archive", published="2016-08-30"))
    events = {e.id: e for e in result.events}
    linked = [c for c in result.casualties if c.event is not None]
    assert linked and max(c.evidence.start for c in linked) > MAX_SECTION * 2
    for claim in linked:
        before = text.rfind("\n\n", 0, claim.evidence.start)
        line_start = before + 2 if before >= 0 else 0
        line_end = text.find("\n\n", claim.evidence.start) % (len(text) + 1)  # -1 (the last line): the end
        assert any(line_start <= span.start < line_end for span in events[claim.event].evidence)
    for change in result.control_changes:
        assert text[change.evidence.start : change.evidence.end] == change.evidence.text


def test_each_dispatch_is_read_as_if_it_stood_alone():
    """A figure deep inside the archive comes out as it does from that sentence by itself."""
    text = _archive(MAX_SECTION * 2 + 100)
    last = text.rsplit("\n\n", 1)[1]
    extractor = Extractor()
    alone = extractor.extract(last, Document(id="one", published="2016-08-30")).casualties
    whole = extractor.extract(text, Document(id="all", published="2016-08-30")).casualties
    tail = [c for c in whole if c.evidence.start >= len(text) - len(last)]
    assert [(c.status, c.count.value, c.evidence.text) for c in tail] == [
        (c.status, c.count.value, c.evidence.text) for c in alone
    ]
    assert alone


def test_every_section_counts_its_weekdays_from_the_reports_own_stamp():
    """A long page stamped Monday 5 Sep 2016 that a feed lists on Saturday 10 September:
    "on Tuesday" is 30 August in every section, the last ones too, not the feed's 6 September."""
    text = "Reuters Monday 5 Sep 2016 " + _archive(MAX_SECTION * 2 + 500)
    result = Extractor().extract(text, Document(id="archive", published="2016-09-10"))
    days = {e.date.start for e in result.events if e.date and e.date.start}
    assert days == {"2016-08-30"}


def test_a_stamp_at_the_top_of_a_later_section_does_not_move_its_days():
    """The report's day is read once, from its top: a later section that happens to open
    with another page's stamp ("Posted on 14 Feb 2016", a pasted older story) still counts
    its "on Tuesday" from the day the whole report was written."""
    first = _archive(MAX_SECTION - 150)  # the pasted story opens the second section
    pasted = "Posted on 14 Feb 2016 " + _archive(MAX_SECTION - 2_000)
    text = first + "\n\n" + pasted
    result = Extractor().extract(text, Document(id="archive", published="2016-08-30"))
    days = {e.date.start for e in result.events if e.date and e.date.start and e.evidence[0].start > len(first)}
    assert days == {"2016-08-30"}


def test_each_section_is_handed_the_sentences_its_own_split_would_find():
    """The text is split once; a section's sentences, moved to its offsets, are those of
    splitting the section again: abbreviations, quotes, blank lines and a run with no stop
    that the splitter cuts into pieces."""
    from observatory.extract.pipeline import _sections
    from observatory.nlp.sentences import MAX_SENTENCE, split_sentences

    unpunctuated = " ".join(f"convoy {n} reached the crossing near Tal Abyad" for n in range(MAX_SENTENCE // 20))
    text = "\n".join([_archive(MAX_SECTION + 700), 'Gen. Haddad said "the road is open." Trucks left at dawn.',
                      unpunctuated, _archive(MAX_SECTION // 2)])
    sections = _sections(text)
    assert len(sections) >= 2
    for start, end, sentences in sections:
        assert sentences == split_sentences(text[start:end])
        assert sentences[0].start == 0 and sentences[-1].end == end - start


def test_a_dated_entry_opening_a_later_section_keeps_its_own_day():
    """A long chronology whose entries open with their day ("17 June 2015 Barrel bombs hit
    …"): only the top of the whole report can carry its dateline, so an entry that happens
    to open a later section dates its own event like every other entry."""
    towns = ["Anadan", "Hayan", "Bayanoun", "Tall Rifaat", "Mare'", "Azaz"]
    entries, i = [], 0
    while sum(len(entry) + 1 for entry in entries) < MAX_SECTION * 2 + 500:
        entries.append(f"{10 + i % 8} June 2015 Barrel bombs hit the bakery in {towns[i % 6]}, killing {i % 7 + 2} "
                       "people, a rescue worker said, and the main road stayed closed while families left for "
                       "the fields to the north and the clinic ran out of dressings.")
        i += 1
    text = ("A week of strikes north of Aleppo, day by day.\nRescue workers kept this log of the raids they "
            "answered across the northern countryside.\n" + "\n".join(entries))
    result = Extractor().extract(text, Document(id="chronology", published="2015-06-20"))
    told = [(e.evidence[0].text.split(" June")[0], e.date.start) for e in result.events if e.evidence and e.date]
    assert len(told) > 20
    assert all(start == f"2015-06-{day:0>2}" for day, start in told)
