"""Work the extractor does once instead of many times gives the answers it gave before.

The irrealis, background and "today" cue lists are searched as one combined pattern
per list; the garbage collector runs less often while a report is extracted and is put
back as it was afterwards, also when the budget stops a report or threads overlap.
"""

from __future__ import annotations

import gc
import threading

import pytest

from observatory.extract.context import load_filters
from observatory.extract.pipeline import ExtractionTimeout, Extractor
from observatory.models import Document
from observatory.nlp.caseless import CaselessPattern

# Hand-written clause beginnings and clauses: cue words at the start, in the middle and
# at the end (several cues end in "$" or start with "^"), in mixed case, and none at all.
_PIECES = [
    "the militia has threatened to storm",
    "Jaish al-Tawhid fighters would then",
    "To retake",
    "rebels said they were preparing to",
    "gunmen shelled the grain silo at Khan Tuman",
    "SINCE THE START OF the siege, the mill",
    "the first convoy since the start of the ceasefire",
    "comes two weeks after a raid on the depot",
    "the ten-year-old war has displaced",
    "drones have repeatedly struck the bakery",
    "a sniper killed a farmer in Kafr Nabudah",
    "Clashes are still raging near the dam today",
    "",
]


@pytest.mark.parametrize("cues", ["irrealis", "background", "today"])
def test_a_combined_cue_list_matches_exactly_where_one_of_its_cues_does(cues):
    import yaml

    from observatory.extract.context import FILTERS_PATH

    separate = [CaselessPattern(p) for p in yaml.safe_load(FILTERS_PATH.read_text(encoding="utf-8"))[cues]]
    combined = getattr(load_filters(), cues)
    answers = set()
    for words in _PIECES:
        expected = any(p.search(words) for p in separate)
        assert (combined.search(words) is not None) == expected, words
        answers.add(expected)
    assert answers == {True, False}  # the pieces exercise both answers for every list


def test_a_cue_list_gated_by_needles_finds_the_match_the_whole_alternation_finds():
    from observatory.nlp.caseless import CueList, cue_alternation

    cues = [r"\bsince the (?:start|outbreak) of\b", r"^(?!.*\bfirst\b).*?\blast week\b",
            r"\b(?:two|five|\d+) years ago\b", r"\bin the past\b", r"\b(?:often|routinely) (?:fir|shell)\w*"]
    gated, whole = CueList(cues), cue_alternation(cues)
    clauses = ["Five years ago, since the outbreak of the revolt, gunboats often shelled Ras Shamra",
               "the tanners of Qusayr routinely fired flares last week",
               "since the start of spring the first ferry sailed last week",
               "a dredger sank off Baniyas in the past",
               "Nothing of the kind happened at Jableh on Friday",
               "since the outbreak of the strike – two years ago – the quay at Tartūs closed"]
    for clause in clauses:
        expected, found = whole.search(clause), gated.search(clause)
        assert (found and found.span()) == (expected and expected.span()), clause
    assert gated.search(clauses[4]) is None and gated.search(clauses[0]).start() == 0


def test_the_collector_threshold_is_restored_after_extraction():
    before = gc.get_threshold()
    result = Extractor().extract("Shelling killed four farmers in Kafr Nabudah on Tuesday.",
                                 Document(id="t1", published="2019-05-21"))
    assert result.casualties
    assert gc.get_threshold() == before


def test_the_threshold_is_restored_when_the_budget_stops_a_report():
    before = gc.get_threshold()
    heavy = " ".join(f"Mortars hit the market of Kafr Zita on day {n}, killing {n % 7 + 2} traders."
                     for n in range(4000))
    with pytest.raises(ExtractionTimeout):
        Extractor(budget=0.05).extract(heavy, Document(id="t2", published="2019-05-21"))
    assert gc.get_threshold() == before


def test_overlapping_extractions_in_threads_restore_the_threshold_once_all_end():
    before = gc.get_threshold()
    extractor = Extractor()
    errors: list[BaseException] = []

    def work(n: int) -> None:
        try:
            for k in range(5):
                extractor.extract(f"An air strike killed {n + k + 2} people in Maarzaf.", Document(id=f"w{n}{k}"))
        except BaseException as error:  # surfaced below: a thread's failure must fail the test
            errors.append(error)

    threads = [threading.Thread(target=work, args=(n,)) for n in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert not errors
    assert gc.get_threshold() == before


# Phrases and lower-case windows written for this test: a phrase at the start, after a
# hyphen, inside a longer word (no match), twice in a row, and nowhere; phrases sharing
# their beginning ("in total"/"in all", "since the start"/"since the siege"/"since").
_PHRASES = ["so far", "in total", "in all", "overall", "to date", "toll", "since the start", "since the siege", "since"]
_WINDOWS = [
    "so far 41 herders have died",
    "the toll rose to 19, the post-toll count too",
    "a tolled bell; tollgate guards; atoll",
    "overall-overall the count stands",
    "killed in total in total since",
    "todate tall fall in allotments",
    "since the siege began, since the starting gun, since then and since the start",
    "",
]


def test_any_phrase_finds_whole_words_as_a_plain_lookbehind_would():
    import re

    from observatory.extract.tolls.lexicon import any_phrase

    plain = re.compile(r"(?<![a-z])(?:" + "|".join(re.escape(p) for p in sorted(_PHRASES, key=len, reverse=True))
                       + r")(?![a-z])")
    found = [[m.span() for m in any_phrase(_PHRASES).finditer(w)] for w in _WINDOWS]
    assert found == [[m.span() for m in plain.finditer(w)] for w in _WINDOWS]
    assert found[0] == [(0, 6)] and found[2] == [] and len(found[4]) == 3 and len(found[6]) == 4


def test_the_war_cues_match_where_one_of_them_is_in_the_window():
    from observatory.extract.numbers import load_lexicon
    from observatory.extract.tolls.lexicon import toll_lexicon

    cues = load_lexicon()["war_cues"]
    windows = [f"{n} farmers killed {cue} in the province" for n, cue in enumerate(cues)] + [
        "killed since the truce", "the war-weary town", ""]
    for window in windows:
        assert (toll_lexicon().war.search(window) is not None) == any(cue in window for cue in cues), window


def test_trigger_starts_read_in_lower_case_are_those_of_the_ignorecase_scanners():
    """The lower-case scanners and triggers (some widened, their hits checked) answer as the originals do,
    also for a trigger whose next word must be capitalised ("left Daraya", not "left the area")."""
    import re

    from observatory.extract.triggers import load_lexicon

    lexicon = load_lexicon()
    texts = [
        "Families LEFT Muadamiya on buses; others left the area after Shelling hit the clinic.",
        "A car bomb exploded near the bakery, and an airstrike killed 3; residents were leaving Kafr Zita.",
        "Jets bombed Taftanaz at dawn. Gunmen Abducted two nurses. Clashes Erupted in Jisr al-Shughur.",
    ]
    checked = 0
    for text in texts:
        lower = text.lower()
        for word in re.finditer(r"\b\w", text):
            assert lexicon.may_start(text, word.start(), lower) == lexicon.may_start(text, word.start()), word
            assert lexicon.triggers_at(text, word.start(), lower) == lexicon.triggers_at(text, word.start()), word
            fast = lexicon.lower_scanners.get(text[word.start()].lower())
            checked += bool(fast and fast[1] and fast[0].match(lower, word.start()))
    assert checked  # some hits went through a widened scanner and its check


def test_the_trigger_starts_of_a_text_are_the_words_where_a_trigger_matches():
    """``Lexicon.starts`` (one finder per letter over the whole lower-cased text) gives the
    word starts, in order, at which ``first_at`` finds a trigger, and what it finds there —
    in ASCII text, and word by word in text that is not."""
    import re

    from observatory.extract.triggers import load_lexicon

    lexicon = load_lexicon()
    texts = [
        "Militants SHELLED Kafr Nubl; a drone strike hit_the market and 7 were killed. Airstrikes, then a blast.",
        "Protesters marched in Salqin; gunfire broke out, an IED exploded and troops withdrew from Tal Hamis.",
        "skilled bombers un-bombed nothing: shellfish, overkill, and 'killed' in quotes; 3 killed.",
        "Rebels seized Khan Tuman — Régime jets bombed Anadan, killing 4; clashes in Ḥarbnafsa.",  # not ASCII
        "",
    ]
    found = 0
    for text in texts:
        lower = text.lower() if text.isascii() else None
        expected = [(w.start(), lexicon.first_at(text, w.start(), lower)) for w in re.finditer(r"\b\w", text)]
        expected = [(pos, first) for pos, first in expected if first is not None]
        assert lexicon.starts(text, lower) == expected, text
        found += len(expected)
    assert found >= 10


def test_each_letter_finder_stops_wherever_its_triggers_may_start():
    """A letter's finder (its triggers' opening words, then each trigger in its lower-case
    form) stops at every word start where the letter's scanner matches and names the
    trigger ``first_at`` names there: ``starts`` asks nothing else, so a word the finder
    skipped would be a trigger lost."""
    import re

    from observatory.extract.triggers import load_lexicon

    lexicon = load_lexicon()
    text = ("Jets dropped barrel bombs on Tall Rifat and an air raid hit a bakery; artillery shelled "
            "the camp, a car bomb exploded near the bridge, snipers shot two boys, fighters ambushed "
            "a patrol, clashes erupted, rebels captured a hill and troops withdrew after a chemical "
            "attack. Suicide bombers, a drone strike, mortar fire, landmines and gunfire killed 9; "
            "protesters rallied, police arrested 12 and an IED wounded 3 in Deir Hafer.").lower()
    stops = {m.start(): lexicon.finders[m.group()].trigger_of_group[m.lastindex]
             for finder in lexicon.finders.values() for m in finder.pattern.finditer(text)}
    matched = 0
    for word in re.finditer(r"\b\w", text):
        scanner = lexicon.scanners.get(word.group())
        if scanner is not None and scanner.match(text, word.start()) is not None:
            matched += 1
            assert stops.get(word.start()) == lexicon.first_at(text, word.start()), text[word.start():word.start() + 20]
    assert matched >= 20
    assert set(stops) <= {w.start() for w in re.finditer(r"\b\w", text)}


def test_a_gathered_substring_list_finds_what_the_plain_alternation_finds():
    """``any_substring`` gathers its phrases by first character; every match, its place and
    its order are those of the phrases joined as they stand, phrases sharing a start included."""
    import re

    from observatory.extract.tolls.lexicon import any_substring

    phrases = ["since the uprising", "since the uprising began", "since 2011", "over the years",
               "overall", "nationwide", "nation's history", "(est.)", "war-wide"]
    gathered = any_substring(phrases)
    plain = re.compile("|".join(re.escape(p) for p in phrases))
    texts = ["Since the uprising began, nationwide losses over the years overall (est.) since 2011",
             "the nation's history; a war-wide toll since the uprisings", "sincerely overalls", ""]
    found = 0
    for text in texts:
        expected = [m.span() for m in plain.finditer(text.lower())]
        assert [m.span() for m in gathered.finditer(text.lower())] == expected, text
        found += len(expected)
    assert found >= 8
    assert any_substring([]).search("anything") is None


# A section-wide scan finds the same cue in any case, and in text that is not ASCII
# (where the caseless patterns fall back to ``IGNORECASE``): the two spellings of each
# passage differ only by an accented name far from the cue.
_CAMPAIGN = "Shelling resumed at dawn ON THE Ninth DAY OF THE Offensive on {town}, residents said."


@pytest.mark.parametrize("town", ["Tell Sha'ir", "Tell Shaʿir"])
def test_a_numbered_day_of_a_campaign_is_found_in_any_case_and_any_script(town: str) -> None:
    from observatory.extract.dates import nth_days_of_fighting

    text = _CAMPAIGN.format(town=town)
    start = text.index("ON THE")
    assert [(s - start, n) for s, _, n in nth_days_of_fighting(text)] == [(0, 9)]


@pytest.mark.parametrize("town", ["Kafr Ruma", "Kafr Rūma"])
def test_a_tag_list_is_found_as_furniture_whether_or_not_the_page_is_ascii(town: str) -> None:
    from observatory.extract.clauses import furniture_spans
    from observatory.nlp.sentences import split_sentences

    text = f"Two farmers were hurt near {town} on Sunday. Tags Idlib Shelling Farmers"
    spans = furniture_spans(text, split_sentences(text))
    assert [text[a:b] for a, b in spans] == ["Tags Idlib Shelling Farmers"]
    assert furniture_spans(text.replace("Tags", "tags"), split_sentences(text)) == []  # the cue is case-sensitive


def test_bare_years_found_once_read_like_a_scan_of_each_window():
    """``DocContext._past_years`` over any window is what the bare-year pattern finds there:
    a year closed by the window's end counts ("in 2012" of "in 2012."), one run into
    another number ("2012-2013", "2011.5") only where the window ends right after it, a
    count ("some 1990 fighters") or a year not before the report's never."""
    import re
    from datetime import date

    from observatory.extract.context import DocContext
    from observatory.extract.pipeline import Extractor

    text = ("Rebels lost Tal Hamid in 2012. The siege of 2012-2013 ended, some 1990 fighters left, "
            "and in 2019 and 2011.5 and /2010 talks stalled; a 2014 offensive followed.")
    extractor = Extractor()
    ctx = DocContext.build(text, date(2017, 3, 9), extractor.actors, extractor.places)
    bare = re.compile(r"(?<![\d.\-/])(?:19|20)\d\d(?![\d.\-/])")
    for start in range(0, len(text), 3):
        for end in range(start, len(text) + 1, 2):
            expected = [(m.start(), m.end()) for m in bare.finditer(text, start, end)
                        if int(m.group()) < 2017 and "1990" != m.group()]
            assert ctx._past_years(start, end) == expected, (start, end)
    assert [text[a:b] for a, b in ctx._past_years(0, len(text))] == ["2014"]
    first = text.index("2012")
    assert ctx._past_years(0, first + 4) == [(first, first + 4)]  # the window closes "2012."


@pytest.mark.parametrize("text", [
    "Militants threatened to storm Kafr Hamra on Sunday. Jets then bombed the bakery in Hayyan.",
    "Jets bombed the bakery in Hayyan and shelled the mill at Bayanoun on Sunday.",
    "Drones struck the depot at Anadan today; fighting continues around the Mallah farms.",
    "Rebels destroyed two tanks and a rocket launcher near Kafr Hamra, and would then advance.",
])
def test_a_cue_list_asked_of_a_reports_windows_answers_as_a_search_of_each_window(text: str) -> None:
    """``DocContext.holds_cue`` rules out at once a list whose words the whole report lacks
    (asked once per report), and otherwise answers as the list's own search of the window:
    the same for every window of reports that hold a list's cue and reports that do not."""
    from datetime import date

    from observatory.extract.context import DocContext

    extractor = Extractor()
    ctx = DocContext.build(text, date(2019, 4, 2), extractor.actors, extractor.places)
    filters = load_filters()
    lists = [filters.irrealis, filters.objects, filters.objects_after, filters.agent_before,
             filters.hypothetical_after, filters.definite_subject, filters.today]
    answers = set()
    for cues in lists:
        for start in range(0, len(text), 7):
            for end in range(start, len(text) + 1, 11):
                expected = cues is not None and cues.search(text[start:end]) is not None
                assert ctx.holds_cue(cues, text[start:end]) == expected, (cues.pattern if cues else None, start, end)
                answers.add(expected)
    assert answers == {True, False}
    assert False in ctx._may_occur.values()  # some list the report lacks was ruled out whole
