"""Hypothesis strategies for report-shaped text, shared by the fuzz test and bench/adversarial.py.

Random Unicode alone almost never reaches the extractor's deeper paths (it needs a
trigger word near a number near a place), so documents are built from the pieces real
reports are made of — counts in digits and words, actor and place names, trigger verbs,
dates — joined by separators that stress the splitters (blank runs, lone newlines,
dashes, long "and" chains), with raw random text mixed in.  Names here are generic
vocabulary, not taken from any gold set.
"""

from __future__ import annotations

from hypothesis import strategies as st

_PLACES = ["Aleppo", "Idlib", "Douma", "Hama", "Raqqa", "Deir ez-Zor", "al-Mayadin", "Jarablus",
           "Khan Shaykhun", "Tell Abyad", "Saraqib", "Daraa", "Homs", "Qamishli", "Ariha", "Zabadani"]
_ACTORS = ["regime forces", "the Syrian army", "ISIS", "Islamic State fighters", "rebels", "the SDF",
           "Russian warplanes", "coalition aircraft", "Hezbollah", "HTS", "Turkish-backed factions",
           "gunmen", "unidentified assailants", "the YPG", "police"]
_TRIGGERS = ["killed", "shelled", "captured", "wounded", "bombed", "seized control of", "clashed with",
             "executed", "abducted", "injured", "withdrew from", "recaptured", "died in", "raided"]
_VICTIMS = ["civilians", "children", "fighters", "soldiers", "people", "women", "members", "militants"]
_DATES = ["on Monday", "yesterday", "on 3 March 2016", "last week", "on Friday night", "in late May",
          "on 2015-11-02", "two days ago", "since the start of the year", "on the 14th"]
_NUMBER_WORDS = ["one", "two", "a dozen", "dozens of", "seventeen", "at least 40", "more than 100",
                 "twenty-three", "hundreds of", "1,250", "3.5 thousand", "nearly 60", "0", "a"]
_JOINS = [" ", ". ", ", ", " and ", "; ", "\n", "\n\n", " - ", " — ", ": ", "! ", "? ", " (", ") ",
          '"', " and the ", ", while ", " after ", "\t"]

_number = st.one_of(
    st.sampled_from(_NUMBER_WORDS),
    st.integers(min_value=0, max_value=10**7).map(str),
    st.integers(min_value=1, max_value=60).map(lambda n: "9" * n),  # long digit runs
    st.lists(st.integers(0, 999), min_size=2, max_size=40).map(lambda xs: ",".join(map(str, xs))),
)
_word = st.one_of(
    st.sampled_from(_PLACES), st.sampled_from(_ACTORS), st.sampled_from(_TRIGGERS),
    st.sampled_from(_VICTIMS), st.sampled_from(_DATES), _number,
    st.text(min_size=1, max_size=12),  # anything at all, including control characters
)
_sentence = st.builds(
    lambda actor, trigger, number, victims, place, date: f"{actor} {trigger} {number} {victims} in {place} {date}",
    st.sampled_from(_ACTORS), st.sampled_from(_TRIGGERS), _number, st.sampled_from(_VICTIMS),
    st.sampled_from(_PLACES), st.sampled_from(_DATES),
)
_piece = st.one_of(_sentence, _word, st.sampled_from(_JOINS),
                   st.integers(1, 400).map(lambda n: " " * n),
                   st.lists(st.sampled_from(_PLACES + _NUMBER_WORDS), min_size=2, max_size=60).map(" and ".join))


def documents(max_pieces: int = 60) -> st.SearchStrategy[str]:
    """Report-shaped documents of up to ``max_pieces`` pieces (a few kilobytes at most)."""
    return st.lists(_piece, min_size=0, max_size=max_pieces).map("".join)
