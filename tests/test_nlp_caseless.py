"""Case-insensitive patterns run on lower-cased text must answer exactly as IGNORECASE does."""

from __future__ import annotations

import re

import pytest

from observatory.nlp.caseless import (CaselessPattern, CueList, NeedledPattern, by_first_char, folded, folds_alike,
                                      lower_exactly, needles, opening_literals, without_captures)

PATTERNS = [
    r"\b(?:kill(?:ed|ing)?|wound(?:ed)?|li(?:ves|fe))\b\s+(?P<count>\d+)?",
    r"\b(?:backs|opposes)\s+(?:an?|the|U\.S\.|US|American)\s+(?:\S+\s+){0,2}$",  # capitals in the pattern
    r"(?:took|taking)(?= (?-i:[A-Z])| the town of )",  # a case-sensitive part: IGNORECASE only
    r"[^A-Z\s]+ed\b",
    # An opening lookbehind before literal alternatives: scanned apart (see LOOKBEHIND_FIRST).
    r"(?<![\w\-])(?:air strike|strike on|shell(?:ed|ing)) (?P<place>[A-Z]\w+)",
    r"(?<!\w)(?:took (?:full )?control of|seized(?: control of)?|captured)(?!\w)",
]
LOOKBEHIND_FIRST = [*PATTERNS[:2], *PATTERNS[-2:]]  # the first two open with a word boundary
# Every match starts with one of a few letters, after groups: found by those letters first.
FIRST_CHARS = [
    r"(?<!\w)(?:(?:is|are|was|were) (?:now )?in control of|(?:has|have) (?:full )?control (?:of|over))(?!\w)",
    r"\b(?:(?:shell|raid)(?:ed|ing)|(?<!after )hit) (?P<place>\w+)",
    # A group of lookbehinds (words that may come before) matches no character: "m" or "l" first.
    r"(?<![\w\-])(?:(?:(?<=troops and )|(?<=army and ))militia(?:s|men)?|loyal(?:ist)? (?:gunmen|militias))(?![\w\-])",
]
PATTERNS += FIRST_CHARS
# Openings read through escapes: blanks and marks, digits, an escaped full stop.
ESCAPED_FIRST = [
    r"(?<!\s)\s*;\s*|,?(?<!\s)\s+(?=(?:while|whereas)\b)",
    r"\d+ (?:killed|dead)|\.\s*(?:more|further) deaths",
]
# Alternatives anchored at the start, beside unanchored ones: tried at the start apart.
ANCHORED = [
    r"(?:^(?:since|after) (?:the )?\w+ began)|\b(?:last|previous) (?:week|month)\b",
    r"^\s*(?:to|for)\s+\w+|(?:^during\b)|\bon the way to\b",
]
PATTERNS += ESCAPED_FIRST + ANCHORED
# Case-sensitive groups: searched in lower case through a wider pattern, each hit checked.
WIDENED = [
    r"(?<![\w\-])(?:(?-i:(?:[A-Z][\w'’-]+\s+){1,2}(?:Relief Committee|Media Office))|aid monitors?)(?![\w\-])",
    r"(?:entered|reached)(?= (?-i:[A-Z])| the (?:village|town) of )",
    r"\bthe\s+(?P<name>port)\b(?!,?\s+(?-i:[A-Z]))",  # inside a negative lookahead: IGNORECASE only
    r"(?-i:[^a-z]+) Office",  # a negated set: IGNORECASE only
]
WIDENED_TEXTS = [
    "The Saraqib Media Office said the Kafr Batna Relief Committee and aid monitors counted 14 dead.",
    "the saraqib media office and KAFR BATNA RELIEF COMMITTEE; Aid Monitor reports.",
    "Troops entered Tal Shihab, then reached the village of Nawa but not the port, then the port Latakia.",
    "Militias ENTERED sanamein and reached the port, Tartus Media Office.",
]
TEXTS = [
    "Regime shelling KILLED 12 civilians and Wounded 30 in Douma; rebels took Harasta.",
    "No one was hurt when rebels were taking the town of Tal Rifaat.",
    "The strike cost lives 7 times over; \u017fhelling Killed 3.",  # long s: folds onto "s"
    "\u0130dlib: air strikes killed 9 people, the ministry said it backs US ",
    "Washington opposes an American Strike ",
    # A hit the lookbehind refuses overlaps a good one: "air strike" after a hyphen, then "strike on".
    "Jets flew a counter-air strike on Kafr Nabudah; recaptured posts, Uncaptured Ridge, SEIZED CONTROL OF Tal Dam.",
    "Rebels outshelled Marj, then shelling Zamalka and took full control of Harasta; kill-captured men.",
    "The army IS NOW IN CONTROL OF Busra; rebels have full control over Inkhil, this is in control of none.",
    "Jets raided Hirak after hit-and-run raids; they hit Nawa, shelled Jasim and were shelling Tafas.",
    "Since the Siege BEGAN, shelling went on ;  14 Killed in Binnish. Further deaths, whereas Last Week was calm.",
    "After the truce began\t, 3 dead\t;more deaths\twhereas the PREVIOUS month;\nduring it, on the way to Nubl.",
    "To Mayadin the convoy went, During the night: 22 dead. More Deaths on the way to Tadmur.",
    "Troops and militias held Kafr Zita; ARMY AND MILITIAMEN and loyalist gunmen left, then militias, army and Militia.",
]


@pytest.mark.parametrize("pattern", PATTERNS)
@pytest.mark.parametrize("text", TEXTS)
def test_matches_are_those_of_ignorecase(pattern: str, text: str) -> None:
    reference = re.compile(pattern, re.IGNORECASE)
    caseless = CaselessPattern(pattern)
    assert _spans(caseless.finditer(text)) == _spans(reference.finditer(text))
    assert _spans([caseless.search(text)]) == _spans([reference.search(text)])
    assert _spans([caseless.search(text, 5)]) == _spans([reference.search(text, 5)])


@pytest.mark.parametrize("pattern", PATTERNS)
def test_a_window_finds_what_ignorecase_finds_in_it(pattern: str) -> None:
    """Windows of a clause (``search`` with both bounds) whose edges cut cue words: a word
    cut off by the window is not in it, for the needle test (``holds_any``) as for ``re``."""
    reference = re.compile(pattern, re.IGNORECASE)
    caseless = CaselessPattern(pattern)
    text = "Gunmen SEIZED Kafr Zita, then shelling Nawa, and took full control of Inkhil; 9 killed."
    for pos in range(0, len(text), 3):
        for endpos in range(pos + 1, len(text) + 4, 5):
            assert _spans([caseless.search(text, pos, endpos)]) == _spans([reference.search(text, pos, endpos)])


@pytest.mark.parametrize("pattern", LOOKBEHIND_FIRST)
def test_an_opening_lookbehind_is_checked_apart(pattern: str) -> None:
    """These patterns take the path that scans without the opening lookbehind or word
    boundary (the test above then compares that path with IGNORECASE); the others keep
    the single scan (the anchored ones split what follows their anchored alternatives)."""
    assert CaselessPattern(pattern)._split is not None
    assert all(CaselessPattern(p)._split is None for p in PATTERNS if p not in LOOKBEHIND_FIRST + ANCHORED)


def test_patterns_with_few_first_letters_are_found_by_them() -> None:
    """Also through escapes, and through the widened form of a pattern with a
    case-sensitive part ("took" or "taking" first)."""
    widened_with_finder = PATTERNS[2]
    assert [p for p in PATTERNS if CaselessPattern(p)._finder is not None] == [
        widened_with_finder, *FIRST_CHARS, *ESCAPED_FIRST]


def test_opening_literals_read_on_to_the_first_character_that_is_not_plain() -> None:
    assert opening_literals(r"(?<!\w)(?:seiz(?:e|ed)|overran|(?P<verb>stormed)) (?:the )?(?!\w)") == {
        "seiz", "overran", "stormed"}
    assert opening_literals(r"\bair ?strikes?|(?:(?<=troops and )|(?<=army and ))militias") == {"air", "militias"}
    assert opening_literals(r"shel+ed|x?raid") is None  # "x" may be absent: "raid" opens a match
    assert opening_literals(r"(?:the )?army") is None and opening_literals(r"\d+ dead") is None


# Long alternations whose branches open with groups and lookbehinds (like the control
# verbs): their finders ask the opening literals before the whole pattern.
LITERAL_OPENINGS = [
    r"(?<!\w)(?:(?:seiz(?:e|ed|es)|storm(?:ed|s)) (?:(?:the|full) )*control(?= of)|(?<=\w )(?<!who )held(?= the town)"
    r"|overr?an|(?:took|taking) (?:the )?(?:town|hill)s?(?: of)?|wrest(?:ed|ing)? back)(?!\w)",
    r"(?<![\w\-])(?:(?:gunmen|militias) loyal to (?:the )?(?:regime|assad)|(?:(?<=troops and )|(?<=army and ))militia(?:s|men)?)(?![\w\-])",
]
LITERAL_TEXTS = [
    "Rebels SEIZED full control of Harbnafsa after they overran posts; gunmen who held the town fled, fighters held the town.",
    "Army and militiamen took the hills of Kabani, then wrested back Tal Sukkar; Gunmen Loyal To Assad stormed control of it.",
    "militias loyal to the regime overan nothing; troops and Militias STORMS control of; taking town overrun seizes the control",
]


@pytest.mark.parametrize("pattern", LITERAL_OPENINGS)
@pytest.mark.parametrize("text", LITERAL_TEXTS + TEXTS)
def test_a_finder_asking_opening_literals_lets_every_match_through(pattern: str, text: str) -> None:
    caseless = CaselessPattern(pattern)
    assert caseless._finder is not None and opening_literals(caseless._rest.pattern)
    reference = re.compile(pattern, re.IGNORECASE)
    assert _spans(caseless.finditer(text)) == _spans(reference.finditer(text))
    for pos in (0, 7, 30):
        assert _spans([caseless.search(text, pos)]) == _spans([reference.search(text, pos)])


@pytest.mark.parametrize("pattern", ANCHORED)
def test_alternatives_anchored_at_the_start_are_tried_apart(pattern: str) -> None:
    caseless = CaselessPattern(pattern)
    assert caseless._anchored is not None and not caseless._anchored.pattern.count("on the way")


@pytest.mark.parametrize("pattern", WIDENED)
@pytest.mark.parametrize("text", WIDENED_TEXTS + TEXTS)
def test_case_sensitive_groups_match_as_ignorecase_does(pattern: str, text: str) -> None:
    reference = re.compile(pattern, re.IGNORECASE)
    caseless = CaselessPattern(pattern)
    assert _spans(caseless.finditer(text)) == _spans(reference.finditer(text))
    for pos in (0, 9, 40):
        assert _spans([caseless.search(text, pos)]) == _spans([reference.search(text, pos)])
        assert _spans([caseless.search(text, pos, 60)]) == _spans([reference.search(text, pos, 60)])


def test_only_groups_that_lowering_cannot_narrow_are_widened() -> None:
    assert [CaselessPattern(p)._checked and CaselessPattern(p)._lower is not None for p in WIDENED] == [
        True, True, False, False]


def test_groups_keep_the_case_of_the_text() -> None:
    match = CaselessPattern(r"\brebels (?P<verb>\w+)").search("Rebels Took Harasta")
    assert match.group("verb") == "Took"


def test_a_pattern_matching_nothing_is_refused() -> None:
    with pytest.raises(ValueError, match="empty string"):
        CaselessPattern(r"(?:killed)?")


def _spans(matches) -> list:
    return [m and (m.span(), m.groups()) for m in matches]


# Cue lists whose every match holds one of a few words: a clause without any is refused
# by substring tests before the pattern runs.
NEEDLED = [
    r"\b(?:in (?:recent|past) (?:weeks|months)|(?:has|have) (?:long|often) \w+|formerly)\b",
    r"(?:^(?!.*\bnew\b).*?\bever since the (?:siege|truce)\b)|\bfor (?:several|\d+) years\b",
    r"(?<![\w\-])(?:(?:the )?relief (?:committee|office)s?|aid monitors?)(?![\w\-])",
]
NEEDLED_TEXTS = [
    "Shelling has long targeted Jisreen, formerly a market town.",
    "In Recent Weeks the convoys stopped; they HAVE OFTEN come under fire.",
    "Ever since the siege, no bread reached Arbin.",  # ^…ever since…: anchored, needle "ever since the "
    "A new wave ever since the truce began hit Zamalka",  # refused by the negative lookahead
    "For 3 years the Relief Committees of Kafr Batna counted the dead; aid monitors agree.",
    "Rebels shelled Harasta for several days; no committee spoke.",  # no needle at all
    "The recent weeks were calm; the pasty office had long",  # needles' parts but no match
]


@pytest.mark.parametrize("pattern", NEEDLED)
@pytest.mark.parametrize("text", NEEDLED_TEXTS + TEXTS)
def test_needles_refuse_only_what_the_pattern_refuses(pattern: str, text: str) -> None:
    reference = re.compile(pattern, re.IGNORECASE)
    caseless = CaselessPattern(pattern)
    assert caseless._needles is not None
    assert _spans(caseless.finditer(text)) == _spans(reference.finditer(text))
    for pos, endpos in ((0, len(text)), (4, len(text)), (0, 30), (12, 45)):
        assert _spans([caseless.search(text, pos, endpos)]) == _spans([reference.search(text, pos, endpos)])


def test_needles_are_the_words_every_match_must_hold() -> None:
    # of a sequence's required parts, the one whose shortest word is longest
    assert set(needles(NEEDLED[0].lower())) == {"weeks", "months", "long", "often", "formerly"}
    # "since the " is found in "ever since the siege" too: the longer needle is not kept
    assert set(needles(r"(?:^(?!.*\bnew\b).*?\bsince the (?:siege|truce)\b)|\bever since the siege")) == {
        "since the "}
    assert set(needles(r"(?:bombard|shell)(?:ed|ing)? (?:\w+ )?(?:town|village)s?")) == {"bombard", "shell"}


@pytest.mark.parametrize("pattern", [
    r"\d+[- ]?[a-z]+|war crimes",  # one alternative is made of sets only
    r"\b(?:no|without) (?:\w+ )?aid\b|\bif\b",  # a needle of two letters is in nearly every clause
    r"\d+ (?:k|m)m\b",  # needles of one character
    "|".join(f"{chr(97 + n % 26)}{chr(97 + n // 26)}ord" for n in range(61)),  # more than a scan costs
])
def test_no_needles_where_they_cannot_pay(pattern: str) -> None:
    assert needles(pattern) is None


@pytest.mark.parametrize("pattern", [
    r"\b(?:in|over|during)\s+(?:the\s+past\s+)?(?:\d+|two|six)\s+(?:weeks|months)\b",
    r"\bbetween\s+(?:the\s+)?[A-Z][\w' -]{1,30}\s+and\s+(?:the\s+)?$",  # capitals: as written
])
@pytest.mark.parametrize("text", [
    "over the past six weeks of raids on Kafr Zita", "in 3 Months", "during two weeks",
    "fighting between the Qalamoun and ", "fighting between the qalamoun and ", "no span here at all",
])
def test_a_needled_pattern_answers_as_the_pattern(pattern: str, text: str) -> None:
    reference = re.compile(pattern)
    needled = NeedledPattern(pattern)
    assert needled._needles is not None
    assert _spans(needled.finditer(text)) == _spans(reference.finditer(text))
    for pos, endpos in ((0, len(text)), (5, len(text)), (0, 20)):
        assert _spans([needled.search(text, pos, endpos)]) == _spans([reference.search(text, pos, endpos)])


def test_a_needled_pattern_is_case_sensitive() -> None:
    with pytest.raises(ValueError, match="case-sensitive"):
        NeedledPattern(r"\bkilled\b", re.IGNORECASE)


def test_needles_read_a_verbose_pattern_as_compiled() -> None:
    verbose = NeedledPattern(r"""\b(?: air \s strikes? | shell (?:ing|ed) )  # the blanks are not words
                                 \s+ (?:hit|on) \b""", re.VERBOSE)
    assert set(verbose._needles or ()) == {"strike", "shell"}
    assert verbose.search("Shelling on Jisreen; air strikes on Zamalka").group() == "air strikes on"


# Cue lists whose alternatives are gathered under their first characters (``by_first_char``).
GATHERED = [
    r"raid|rocket|shell(?:ed|ing)?|strike[sd]?\b|sniper|r|s(?:ortie)?|mortar|mine",
    r"(?:\bformerly\b)|(?:\bfor (?:many|\d+) years\b)|(?:\bformer (?:mayor|base)\b)|(?:an|the) siege|\bfor\b",
    r"(?<!\w)(?:air ?strikes?|airdrop|ambush(?:ed)?|a)(?!\w)|(?<!\w)assault|(?<!\w)ar(?:my|ms)",
    r"\b(?:bomb|bombard|bombing)(?P<tail>\w*)|\b(?:b|bo)(?:mb)",
    r"kil|kill(?:ed)?|killing|k(?=i)|d(?:ea|ie)d|",  # an empty alternative: matches everywhere
]
GATHERED_TEXTS = [
    "Rockets and mortar rounds struck Arbin; a sniper shot two; the raids shelled Kafr Zita.",
    "For 4 years the former mayor of Inkhil kept the siege; formerly a base, for a while an airbase.",
    "Air strikes, an airdrop, a strike: the army ambushed the assault; arms, armour, Airstrike.",
    "Bombardment, bombing-runs, bomb, bombs, bo mb, b mb; killed, kil, killing, dead, died.",
    "",
]


@pytest.mark.parametrize("pattern", GATHERED)
@pytest.mark.parametrize("text", GATHERED_TEXTS)
def test_gathered_alternatives_match_where_and_as_the_pattern_does(pattern: str, text: str) -> None:
    """At every position the gathered pattern matches exactly when, and as far as, the
    pattern does (the first alternative that matches wins in both)."""
    reference, gathered = re.compile(pattern), re.compile(by_first_char(pattern))
    lower = text.lower()
    for pos in range(len(lower) + 1):
        expected, got = reference.match(lower, pos), gathered.match(lower, pos)
        assert (got and got.span()) == (expected and expected.span())
    assert [m.span() for m in gathered.finditer(lower)] == [m.span() for m in reference.finditer(lower)]


def test_alternatives_are_gathered_under_their_first_characters() -> None:
    assert by_first_char("raid|rocket|shell|strike|mine") == "r(?:aid|ocket)|s(?:hell|trike)|mine"
    # cues of a list each in a plain group share their opening word boundary
    assert by_first_char(r"(?:\bformerly\b)|(?:\bfor years\b)|siege") == r"\b(?:for(?:merly\b| years\b))|siege"
    # an alternative that does not open with a plain character keeps its place, and so do those around it
    assert by_first_char(r"raid|[sz]hell|rocket") == r"raid|[sz]hell|rocket"
    assert by_first_char(r"r?aid|raid|rocket") == r"r?aid|r(?:aid|ocket)"


def test_patterns_with_back_references_are_not_gathered() -> None:
    for pattern in (r"(a|b)x\1|ay|az", r"(?P<w>\w)(?P=w)|ab|ac"):
        assert by_first_char(pattern) == pattern


# Patterns asked only whether they match at a position, with groups named and unnamed.
CAPTURING = [
    r"(?P<weekday>mon|tues)day(?:s(?=\s+(?-i:[a-z])))?|(?P<day>[0-3]?\d)(st|nd|rd|th)? (?P<month>may|june)",
    r"\b(?:(?P<near>near|outside)\s+)?(?P<place>[a-z]+(?:-[a-z]+)?)(?<=[a-z])\b",
    r"(?<=[(\[])(\d+|few)[)\]]|\(unknown\)",
]
CAPTURING_TEXTS = [
    "Tuesdays strike on Qabun; on 3rd May and 21 June (2) shells fell [few] near al-Rastan (unknown).",
    "mondays; (7) outside Kafr-Nabl, the 30th june",
]


@pytest.mark.parametrize("pattern", CAPTURING)
@pytest.mark.parametrize("text", CAPTURING_TEXTS)
def test_a_pattern_without_captures_matches_where_and_as_far_as_it_did(pattern: str, text: str) -> None:
    reference, plain = re.compile(pattern), re.compile(without_captures(pattern))
    assert plain.groups == 0
    for pos in range(len(text) + 1):
        expected, got = reference.match(text, pos), plain.match(text, pos)
        assert (got and got.span()) == (expected and expected.span())


def test_groups_that_something_refers_to_keep_their_captures() -> None:
    assert without_captures(r"(?P<n>\d+)-(?P=n)|x") == r"(?P<n>\d+)-(?P=n)|x"
    assert without_captures(r"(a)?(?(1)b|c)") == r"(a)?(?(1)b|c)"
    # escaped parentheses and those in a set are characters, not groups
    assert without_captures(r"\((?P<n>\d)[(]") == r"\((?:\d)[(]"


def test_anchored_alternatives_are_refused_by_their_needles() -> None:
    caseless = CaselessPattern(r"^(?!.*\bnew\b).*?\bever since the siege\b|\blast week\b")
    assert caseless._anchored_needles == ("ever since the siege",)
    assert caseless.search("Shelling resumed last week in Arbin").span() == (17, 26)
    assert caseless.search("Ever since the siege began, Arbin starved").span() == (0, 20)


def test_needles_refuse_a_long_text_without_any() -> None:
    """A whole section is tested too: the pattern is not tried where no needle is."""
    pattern = r"(?<!\w)(?:(?:re)?took (?:full )?control of|overran)(?!\w)"
    caseless = CaselessPattern(pattern)
    filler = "Shelling hit Arbin and Zamalka on Tuesday, residents said. " * 60
    for text in (filler, filler + "Rebels overran Tal Sawwan.", "Troops RETOOK control of Kinsabba. " + filler):
        assert len(text) > 3000
        assert _spans(caseless.finditer(text)) == _spans(re.finditer(pattern, text, re.IGNORECASE))
        assert _spans([caseless.search(text, 100)]) == _spans([re.compile(pattern, re.IGNORECASE).search(text, 100)])
    assert not caseless._may_match(filler.lower(), 0, len(filler))


def test_letters_outside_ascii_that_fold_to_none_in_it_keep_the_lower_case_form() -> None:
    """"Médecins" matches no ASCII text either way, so the pattern is still scanned in lower
    case (exactly, no widened form to confirm); "ſ" (an "s" under IGNORECASE) and a range
    ending outside ASCII ("[A-É]" holds "[" and "_", "[a-é]" does not) keep IGNORECASE."""
    accented = CaselessPattern(r"\b(?:M[ée]decins Sans Fronti[èe]res|Doctors Without Borders)\b")
    assert accented._lower is not None and not accented._checked
    text = "Teams of MEDECINS SANS FRONTIERES and doctors without borders reached Tal Rifaat."
    assert [m.span() for m in accented.finditer(text)] == \
        [m.span() for m in re.finditer(accented.pattern, text, re.IGNORECASE)] == [(9, 33), (38, 61)]
    for unsafe, text in ((r"ſhelling", "Shelling resumed"), (r"x[A-É]+y", "x[_]y and xaby")):
        pattern = CaselessPattern(unsafe)
        assert pattern._lower is None
        assert [m.span() for m in pattern.finditer(text)] == [m.span() for m in re.finditer(unsafe, text, re.I)]


def test_a_pattern_left_to_ignorecase_still_refuses_a_text_without_its_words() -> None:
    """A case-sensitive group inside a negative lookahead has no lower-case form, so the
    pattern runs under IGNORECASE alone; its lower-cased literals still refuse text that
    holds none of them, and every other text gets the IGNORECASE answer."""
    pattern = CaselessPattern(r"\bthe\s+(?P<name>(?:old\s+)?citadel)\b(?!,?\s+(?-i:[A-Z]))")
    assert pattern._lower is None and pattern._needles == ("citadel",)
    texts = ["Mortars hit THE Citadel at dawn", "They shelled the citadel Qalaat again", "the Citadel, Qalaat",
             "Nothing but the old souk here"]
    for text in texts:
        reference = re.compile(pattern.pattern, re.IGNORECASE)
        assert _spans(pattern.finditer(text)) == _spans(reference.finditer(text))
        assert _spans([pattern.search(text, 4)]) == _spans([reference.search(text, 4)])
    coded = CaselessPattern(r"\x41leppo\b(?!\s+(?-i:[A-Z]))")  # "\x41" is "A": not in lower-cased text
    assert coded._needles is None and coded.search("Aleppo city") is not None


@pytest.mark.parametrize("text", [
    "“Fighters OVERRAN the ridge” at Kafr Nasih, a witness said • 3 dead",  # curly quotes, a bullet
    "Rebels retook control of Deir Qanoun — residents fled",  # a dash only
    "Troops reached Tal Hmeira • no fighting reported",  # none of the words
    "Gunmen overran Tal ſawwan",  # "ſ": not folded, IGNORECASE decides
    "KELVIN TOOK CONTROL OF THE DAM",  # the Kelvin sign folds to "k"
])
def test_text_beyond_ascii_gets_the_ignorecase_matches(text: str) -> None:
    """A text that is not all ASCII is matched under IGNORECASE, after its needles were
    asked in the lower-cased text; a character that IGNORECASE folds into an ASCII letter
    ("ſ", the Kelvin sign) leaves the needles unasked."""
    pattern = r"(?<!\w)(?:(?:re)?took (?:full )?control of|overran)(?!\w)"
    caseless = CaselessPattern(pattern)
    assert _spans(caseless.finditer(text)) == _spans(re.finditer(pattern, text, re.IGNORECASE))


def test_lower_casing_keeps_offsets_unless_a_character_folds_into_ascii() -> None:
    """``folded`` lower-cases curly quotes, accents and bullets in place; "İ" (two
    characters lower-cased) and "ſ", "ı", the Kelvin sign (ASCII letters under IGNORECASE)
    refuse it.  Literals fold alike when ASCII or without case."""
    assert folded("“Médecins” • ARBIN") == "“médecins” • arbin"
    assert all(folded(f"Tal {odd}ayyed") is None for odd in "\u0130\u0131\u017f\u212a")
    assert folds_alike("“the") and folds_alike("• killed") and not folds_alike("médecins")


# Reports beyond ASCII whose other characters have no case: read in lower case as ASCII text is.
CASELESS_BEYOND_ASCII = [
    "• Jets RAIDED Kafr Sajna; “air strike on Hass” — 6 Killed, 2 dead � said the council.",
    "Regime shelling killed 4 in Tal Aswad (تل أسود) … since the siege BEGAN, whereas last week was calm.",
    "’Troops and militias’ took full control of Marj al-Sultan • the army is now in control of Nashabiyah.",
]
# A cased letter, a no-break space or a digit of another script: IGNORECASE alone reads these.
UNLIKE_ASCII = [
    "Médecins said 5\u00a0killed in Inkhil; shelling hit Jasim",
    "\u0663 killed as jets raided Hirak",  # an Arabic-Indic digit: "\\d" in IGNORECASE, not in a finder's set
    "Rebels took control of Tal \u017fawwan, air strike on Nawa",
]


@pytest.mark.parametrize("pattern", PATTERNS + WIDENED)
def test_text_whose_other_characters_have_no_case_is_read_in_lower_case(pattern: str) -> None:
    """``lower_exactly`` lower-cases text beyond ASCII when its other characters have no
    case and are no blank or digit; the lower-case forms then find what IGNORECASE finds.
    Other text is refused, and matched under IGNORECASE."""
    reference = re.compile(pattern, re.IGNORECASE)
    caseless = CaselessPattern(pattern)
    for text in CASELESS_BEYOND_ASCII + UNLIKE_ASCII:
        assert (lower_exactly(text) is not None) == (text in CASELESS_BEYOND_ASCII)
        assert _spans(caseless.finditer(text)) == _spans(reference.finditer(text)), text
        assert _spans([caseless.search(text)]) == _spans([reference.search(text)]), text
        assert _spans([caseless.search(text, 7, 60)]) == _spans([reference.search(text, 7, 60)]), text


def test_a_first_character_finder_is_not_asked_of_blanks_and_digits_beyond_ascii() -> None:
    """A finder takes "\\d" and "\\s" for their ASCII characters: a text holding another
    script's digit or a no-break space must not reach it."""
    pattern = CaselessPattern(r"\d+ (?:killed|dead)|\s+wounded")
    for text in ["\u0663 killed in Hirak", "two\u00a0wounded", "“٣ killed”"]:
        assert lower_exactly(text) is None
        assert pattern.search(text) is not None and len(list(pattern.finditer(text))) == 1


def test_a_cue_list_reads_caseless_text_beyond_ascii_as_ignorecase_does() -> None:
    cues = CueList([r"\bsince the (?:siege|war) began\b", r"\blast week\b", r"(?<!\w)in 2014(?!\w)"])
    whole = re.compile(cues._whole.pattern, re.IGNORECASE)
    for text in CASELESS_BEYOND_ASCII + UNLIKE_ASCII + ["• nothing here — ‘at all’"]:
        assert _spans([cues.search(text)]) == _spans([whole.search(text)]), text
        assert _spans([cues.within(text).search(text)]) == _spans([whole.search(text)]), text
