"""When a toll happened and what it covers: incident, running total or background.

A toll's period comes from the dates stated around it (a calendar date wins over a
relative one; "published yesterday" is the report's day, not the deaths').  Running
totals ("since the start of the offensive", "so far", "a month of infighting") are
``cumulative``; war-wide totals and tolls of events well before publication are the
report's background and are dropped — unless a "since …" only reaches back a few
days ("the first deaths since the truce began this week").
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date, timedelta

from observatory.extract.dates import (
    LONG_LAPSE_UNITS,
    MULTI_DAY_EVENT_DAYS,
    SHORT_LAPSE_UNITS,
    SINCE_EVENT,
    DateMention,
    DatesOfText,
    find_dates,
    is_page_stamp,
    is_reporting_date,
    lapse,
    since_is_reference,
)
from observatory.extract.asides import OpeningAside, counts_up, opening_aside, set_in_earlier_year
from observatory.extract.clauses import breaks_clause, wound_origin_start
from observatory.extract.numbers import NUMBER_WORD, is_number_word, qualifier_alternation, words_to_int
from observatory.extract.tolls.lexicon import PERFECT, TollLexicon
from observatory.extract.tolls.reading import RISE_WORDS, UPDATE_CUES, TollReading, named_places, same_sentence_places
from observatory.kb.place_nouns import alternation
from observatory.models import Period
from observatory.nlp.caseless import CaselessPattern, NeedledPattern, without_captures
from observatory.nlp.sentences import Sentence

_SINCE_EVENT = CaselessPattern(SINCE_EVENT)
_EXPLICIT_DATE = re.compile(r"\d")
_COUNTED_SPAN = re.compile(r"hours|days|weeks", re.IGNORECASE)  # "48 hours", "3 days": digits, but no calendar date
_DAYS_SPAN = re.compile(r"\b(\d{1,3}|[a-z]+(?:-[a-z]+)?)\s+(?:consecutive\s+|straight\s+|long\s+)?days\b")
# "in less than one month", "over two years", "within several weeks", "during the past week":
# a toll over a stated span of a week or more is a running total, however the span is worded
# (headlines drop the article: "kill 40 terrorists during past week").
_COUNT = r"a|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|several|a few|few|\d{1,2}"
_WEEKS_SPAN = NeedledPattern(r"\b(?:in|within|over|during|throughout|after|for)\s+(?:(?:less|more|fewer)\s+than\s+|"
                         r"nearly\s+|almost\s+|about\s+|around\s+|just\s+|only\s+)?"
                         r"(?:(?:the\s+(?:last|previous)|(?:the\s+)?past)\s+(?:(?P<past>" + _COUNT + r")\s+)?|"
                         r"(?:the\s+first\s+)?(?P<count>" + _COUNT + r")\s+)"
                         r"(?:full\s+|long\s+)?(?P<unit>week|month|year)s?\b")
_UNIT_DAYS = {"week": 7, "month": 30, "year": 365}
# "a suburb that has been under siege for more than a year", "held by rebels for two years":
# the span a state has lasted, told just before it, is no span of the toll.
_STATE_SPAN = re.compile(r"\b(?:siege|besieged|blockaded|encircled|held|controlled|occupied|closed|shut|cut off)"
                         r"(?:\s+by\s+[\w-]+(?:\s+[\w-]+)?)?\s*$")
# "have been killed in the fight for Hasakeh", "the battle in Latakia has killed some 300",
# "has lost 463 fighters in the battle", "the three-week-old battle for Kafr Halab has cost the
# lives of 41": a battle's toll told in the perfect is its running total.
_BATTLE_TALLY = NeedledPattern(r"\b(?:has|have|had)\b[^.;:]{0,60}?\b(?:in|during)\s+the\s+(?:battles?|fight|"
                           r"offensive|campaign)\b|\bthe\s+(?:[\w'-]+\s+){0,2}?(?:battles?|offensive|campaign)\b"
                           r"[^.;:]{0,40}?\b(?:has|have|had)\s+(?:\w+\s+)?(?:killed|claimed|left|cost)\b")
# "a week of air strikes left 75 dead": a running total, not one incident; the project's one
# line between a multi-day event and a round-up (periods.yaml longest_event_days)
LONG_SPAN_DAYS = MULTI_DAY_EVENT_DAYS
# "comes three weeks after the group killed 140": an earlier event recalled as background.
_EARLIER_EVENT = CaselessPattern(without_captures(lapse("after|since|ago|earlier|before", LONG_LAPSE_UNITS, counted=True))
                                 # (not "on the 27th of last month": a day of the news; a 29th-31st stays recalled)
                                 + r"|(?<!\b[1-9](?:st|nd|rd|th) of )(?<!\b1\dth of )(?<!\b2[0-8](?:st|nd|rd|th) of )\blast month\b"
                                 r"|\blast (?:year|january|february|march|april|may|june|"
                                 r"july|august|september|october|november|december)\b"
                                 r"|\brecently \w+(?: \w+)?\s*$"  # "troops who recently slew nearly 170"
                                 r"|\b(?:later|earlier) that (?:week|month|year)\b|\bthat same (?:month|year)\b"
                                 r"|\b(?:several|a few|some) (?:days|weeks) (?:before|earlier)\b"  # a time set earlier
                                 # "The strike came a day after rockets killed 12", "it follows",
                                 # "on the heels of": an earlier event the news is set against.
                                 + r"|\b(?:comes?|came|coming)\s+"
                                 + without_captures(lapse("after|since", SHORT_LAPSE_UNITS, counted=True))
                                 + r"|\bon the heels of\b"
                                 r"|\b(?:this|it|that)\s+(?:follows|followed)\b")
BACKGROUND_DAYS = 7  # a toll dated further back than this is the report's background
# Characters after a toll within which last month's name makes it a monthly tally ("died in
# August"); further on ("17 killed … after the militia expelled them last month") the month
# dates another clause's event.
MONTH_REACH = 60
# How far back (characters) a toll's shared time frame reaches: real chains of tolls
# ("killed 210 … and injured 640 more") are far shorter; the cap keeps a list of
# thousands of coordinated figures linear instead of re-reading the whole chain each time.
FRAME_REACH = 200
TALLY_DAYS = 31  # a long period ending this close to publication is the report's own tally
HISTORIC_DAYS = 365  # a tally running since further back than this is the war's history, not this report's
HISTORIC_REACH = 30  # characters between a toll and the "since …" that dates its tally
JOIN_GAP = 6  # tokens between two figures one "since …" at the end can frame ("were killed and")
WAR_SCALE = 50000  # no single incident of the war reached this: a war-wide total


def read_scope(candidates: list[TollReading], dates: list[DateMention], published: date | None,
               lex: TollLexicon) -> None:
    """Period and scope per top-level group; subsets share their parent's.  ``candidates``:
    the readings of one sentence, ``dates`` that sentence's."""
    present = {id(c) for c in candidates}
    tops = [c for c in candidates if c.status and (c.parent is None or id(c.parent) not in present)]
    starts: list[int] = []
    dated: list[bool] = []
    trailing: list[bool] = []  # dated after its own figure, in its clause ("… and 20 wounded on Tuesday")
    own_days = _own_days(dates, tops[0].sentence) if tops else []
    aside = _opening_aside(tops[0].sentence) if tops else None
    for n, cand in enumerate(tops):
        sentence = cand.sentence
        lo = tops[n - 1].span()[1] if n else sentence.start
        if n and (cand.coordinated or _same_frame(tops[n - 1], cand)):
            lo = max(starts[-1], cand.quantity.start - FRAME_REACH)  # "killed 210 … and injured 640 more"
        news = aside.end if aside is not None and aside.end <= cand.quantity.start else None
        lo = max(lo, news or lo)  # the news after an opening aside is scoped by its own words
        starts.append(lo)
        hi = _before_rise(cand, tops[n + 1].quantity.start if n + 1 < len(tops) else sentence.end)
        if cand.status == "killed":  # the dead died now; the wounded were wounded then
            hi = sentence.start + wound_origin_start(sentence.text, cand.quantity.end - sentence.start,
                                                     hi - sentence.start)
        window = sentence.text[lo - sentence.start:hi - sentence.start].lower()
        in_window = [d for d in own_days if lo <= d.start and d.end <= hi]
        if aside is not None and lo == news and not in_window:
            in_window = _aside_days(aside, own_days, published)  # "Before dawn on Monday, jets killed nine"
        _scope_of(cand, window, window[:cand.quantity.start - lo], in_window, published, lex)
        if aside is not None:
            _frame_by_aside(cand, aside, news, in_window, dates, published)
        dated.append(bool(in_window))
        trailing.append(any(_told_after(cand, d, lex) for d in in_window))
        cand.recalled_period = bool(in_window) and all(d.text.lower() in lex.recalled_periods for d in in_window)
        if n and not in_window and _carries_over(tops[n - 1], cand):
            cand.scope, cand.period = "cumulative", tops[n - 1].period
        if n and cand.coordinated and tops[n - 1].background:
            cand.background = True  # "110000 of them in the north and another 20000 in the Golan"
    _share_back(tops, dated, trailing, lex)
    for cand in candidates:
        root = cand
        while root.parent is not None and id(root.parent) in present:
            root = root.parent
        if root is not cand:
            cand.scope, cand.period, cand.background = root.scope, root.period, root.background


def _opening_aside(sentence: Sentence) -> OpeningAside | None:
    """The sentence's opening aside of time ("Two weeks after the truce, ...", ``asides``),
    with offsets into the report."""
    aside = opening_aside(sentence.text, 0, len(sentence.text))
    return replace(aside, start=sentence.start + aside.start, end=sentence.start + aside.end) if aside else None


def _aside_days(aside: OpeningAside, days: list[DateMention], published: date | None) -> list[DateMention]:
    """The recent days an opening aside with no lapse states ("Before dawn on Monday, ...",
    "Following clashes on Saturday, ..."): the news after it happened then, so they date a
    toll the news leaves undated.  An aside with a lapse ("two weeks after the truce on
    Monday") dates another event; an old day ("after the raid on May 3") is the aside's own."""
    if aside.days is not None or published is None:
        return []
    recent = published - timedelta(days=BACKGROUND_DAYS)
    return [d for d in days if aside.start <= d.start and d.end <= aside.end and d.one_day and d.first_day >= recent]


def _frame_by_aside(cand: TollReading, aside: OpeningAside, news: int | None, in_window: list[DateMention],
                    dates: list[DateMention], published: date | None) -> None:
    """What the sentence's opening aside makes of a toll (``asides``): told inside an aside of a
    lapse of a week or more it is recalled ("Weeks after a bomb killed 30 in X, ...": ``news``
    None); told after it, undated, in an earlier year the aside sets it is history; told in the
    perfect after a lapse of a week or more or a beginning, a running total ("Six months after
    the deal, 900 people have been killed"), as after "since".  Only the toll: the events and
    captures told with it stay the news they are."""
    if news is None:
        cand.background = cand.background or aside.long_lapse
    elif not in_window and set_in_earlier_year(aside, [d for d in dates if d.end <= aside.end], published):
        cand.background = True
    elif counts_up(aside) and _told_in_perfect(cand):
        cand.scope = "cumulative"
        if cand.period is not None and cand.period.start and published is not None \
                and cand.period.start <= published.isoformat():
            cand.period = Period(start=cand.period.start, end=published.isoformat())  # up to the report


# Characters between a toll's group and its own verb told after it ("45 people in Madaya
# province have died"): further on, a perfect is another clause's.
_VERB_REACH = 40


def _told_in_perfect(cand: TollReading) -> bool:
    """Whether the toll's own verb is in the perfect (``PERFECT``): "rebels have lost 60
    fighters", "45 people have died".  A perfect elsewhere in its sentence ("killed nine at a
    market that had reopened", "killed 12, the Observatory has reported") counts nothing up."""
    text, at = cand.sentence.text, cand.sentence.start
    if cand.verb_at is not None:
        verb_end = cand.tokens[cand.verb_at].end - at
        lead = text[max(0, verb_end - _VERB_REACH):verb_end]
        return any(m.end() == len(lead) for m in PERFECT.finditer(lead))
    if cand.desc_end >= len(cand.tokens):
        return False
    after = cand.tokens[cand.desc_end].start - at
    stop = _CLAUSE_END.search(text, after)
    found = PERFECT.search(text, after, stop.start() if stop else len(text))
    return found is not None and found.start() - after <= _VERB_REACH


def _before_rise(cand: TollReading, hi: int) -> int:
    """Where ``cand``'s window ends: at a verb that raises a toll after it ("killed 14 ISIS
    members and 9 soldiers, raising the number of deaths since the offensive began to 410"),
    whose words tell the frame of the running total it raises, not this toll's; else at
    ``hi``.  A rise verb that raises no toll ("brought down 2 helicopters since the offensive
    began", "raised their flag", "a figure that has risen since June") ends nothing."""
    for tok in cand.tokens[cand.end:]:
        if tok.start >= hi:
            break
        if tok.low in RISE_WORDS and _RAISES_TOLL.match(cand.sentence.text, tok.start - cand.sentence.start) is not None:
            return tok.start
    return hi


# A rise verb that raises a count: "raising the number of deaths … to 410", "bringing the
# toll to 31", "rose to 40", "climbed to at least forty".
_RAISES_TOLL = re.compile(r"(?:" + UPDATE_CUES + r")\b(?:\s+(?:the|its|their|our)\s+(?:\w+\s+){0,3}?"
                          r"(?:toll|tally|number|count|figure)\b|[^,;:.]{0,80}?\bto\s+(?:(?:"
                          + qualifier_alternation() + r")\s+)?(?:\d|" + NUMBER_WORD + r"\b))", re.IGNORECASE)


def _own_days(dates: list[DateMention], sentence: Sentence) -> list[DateMention]:
    """The days that can date a toll of ``sentence``: not the day something was said or
    written, nor the day a count was raised.  Judged once per day, not once per toll whose
    window holds it: the windows overlap, and a day's words are the same in each."""
    return [d for d in dates if not _day_of_report(d, sentence) and not _day_of_update(d, sentence)]


_ANOTHER = re.compile(r"^\W*(?:another|a further|an additional|further)\s*$", re.IGNORECASE)


def carry_frames(readings: list[TollReading]) -> None:
    """"287 IS fighters have been killed in the fight for Hasakeh … Another 120 soldiers were
    also killed": a sentence opening on "another N" with no date of its own counts in the
    time frame of the toll told just before it, in the sentence before."""
    tops = [r for r in readings if r.status and r.parent is None and not r.background]
    for before, cand in zip(tops, tops[1:]):
        lead = cand.sentence.text[:cand.quantity.start - cand.sentence.start]
        if before.scope == "cumulative" and cand.scope == "incident" and cand.period is None \
                and before.sentence is not cand.sentence and _ANOTHER.match(lead):
            cand.scope, cand.period = "cumulative", before.period
    subsets_follow_totals(readings)


def subsets_follow_totals(readings: list[TollReading]) -> None:
    """Subsets count in their total's frame: run again once the later passes have judged a
    total a running one ("since the assault began", "in total") or nested parts under it,
    so a part of a running total is never left an incident toll of its own.  The walk up
    stops at a parent met before: passes that nest on their own may close a cycle."""
    for reading in readings:
        root, met = reading, {id(reading)}
        while root.parent is not None and id(root.parent) not in met:
            root = root.parent
            met.add(id(root))
        if root is not reading and root.scope == "cumulative" and reading.scope != "cumulative":
            reading.scope, reading.period = root.scope, root.period


# "The strikes have killed 122 civilians": a toll told in the perfect, up to now.
PERFECT_TOLL = CaselessPattern(r"\b(?:has|have)\s+(?:\w+\s+)?(?:killed|claimed|left|been\s+killed|died|lost|"
                               r"executed|been\s+executed)\b")
# "in the neighbouring province of Hama", "across the Idlib countryside": a place as wide as a region.
_REGION = CaselessPattern(r"\b" + alternation("admin_of") + r"s?\b")


def frame_from_before(readings: list[TollReading], sentences: list[Sentence], dates: DatesOfText,
                      published: date | None) -> None:
    """"Strikes have intensified since the offensive began on July 31. The strikes have killed
    122 civilians": a toll told in the perfect with no date of its own counts up to now from
    the "since …" of the sentence just before, when that reaches back a week or more."""
    if published is None:
        return
    starts = {s.start: n for n, s in enumerate(sentences)}
    for cand in readings:
        n = starts.get(cand.sentence.start)
        if not cand.status or cand.parent is not None or cand.background or cand.scope != "incident" \
                or cand.period is not None or not n or not PERFECT_TOLL.search(cand.sentence.text):
            continue
        before = sentences[n - 1]
        since_at = re.search(r"\bsince\b", before.text, re.IGNORECASE)
        if since_at is None:
            continue  # "since Monday", "since the offensive began on July 31"
        since = [d for d in dates.within(before.start + since_at.start(), before.end)
                 if d.first_day <= published - timedelta(days=LONG_SPAN_DAYS)]
        if since:
            first = min(since, key=lambda d: d.first_day)
            cand.scope, cand.period = "cumulative", Period(start=first.range.start, end=published.isoformat())


def recent_tallies(readings: list[TollReading], dates: DatesOfText) -> None:
    """"Jets killed 16 civilians in Douma on Friday. … Since Tuesday, bombing has killed 44
    civilians": a toll told in the perfect up to now from a "since" a few days back (or over
    "the past week", a tally's stretch dates.py read, holding the day of a toll told before), after
    the report has told an incident's own toll, is the running total that holds it (a
    report leads with its news and then sums the days).  Told first, such a toll is the
    report's own ("30 soldiers have been killed since Wednesday in the battle for …"), and
    so is an incident's figure told again ("Army kills 200 in Aleppo. … has killed over 200
    since the offensive began on Thursday": the headline's toll)."""
    told: list[TollReading] = []  # the incident tolls told so far
    told_by_value: dict[int | None, list[TollReading]] = {}  # the same, filed by figure: only those can be retold
    for cand in readings:
        if not cand.status or cand.parent is not None or cand.background:
            continue
        # the cheap tests first, and only the tolls of the same figure compared: in a long
        # report ``told`` grows with every toll (a 1 MB report: 600,000 comparisons)
        if told and cand.status == "killed" and cand.scope == "incident" \
                and PERFECT_TOLL.search(cand.sentence.text) \
                and not any(_retold(cand, before) for before in told_by_value.get(cand.value, ())) \
                and (any(d.text.lower().startswith("since") or d.tally and _holds_told(d, told)
                         for d in dates.within(cand.sentence.start, cand.sentence.end))
                     or _SINCE_EVENT.search(cand.sentence.text)  # "… since the offensive began on Sunday"
                     or _undated_aside(cand, told, dates)):
            cand.scope = "cumulative"
        if cand.status == "killed" and cand.value is not None and cand.scope == "incident":
            told.append(cand)
            told_by_value.setdefault(cand.value, []).append(cand)


def _holds_told(stretch: DateMention, told: list[TollReading]) -> bool:
    """"Rocket fire killed five on Sunday. Shelling has killed 112 during the past week": the
    stretch holds a shorter period of a toll told before it, so it sums that toll's days (a
    figure over "the last 48 hours" retelling a headline's toll of those days holds none)."""
    lo, hi = stretch.range.start or "", stretch.range.end or ""
    return any(t.period is not None and t.period.start and t.period.end and lo <= t.period.start
               and t.period.end <= hi and (t.period.start, t.period.end) != (lo, hi) for t in told)


def _undated_aside(cand: TollReading, told: list[TollReading], dates: DatesOfText) -> bool:
    """"At least 40 people have also been killed in clashes in the neighbouring province":
    a toll in the perfect with no day or period of its own, told after the report's news,
    is a running total when it covers a whole region or places the news does not name
    (an aside summing the war there), not a second incident.  Only the headline told before
    it, it is the lead telling the headline's news ("Army kills 10 in Hama. A missile strike
    in northern Hama has killed eleven …")."""
    if dates.within(cand.sentence.start, cand.sentence.end) or all(before.sentence.start == 0 for before in told):
        return False  # "have been killed in an air strike on Monday"
    places = named_places(cand.sentence.text)
    elsewhere = bool(places) and all(
        (before_places := named_places(before.sentence.text)) and not places & before_places for before in told)
    return elsewhere or _REGION.search(cand.sentence.text) is not None


def _retold(cand: TollReading, before: TollReading) -> bool:
    """An incident's figure told again: the same figure, of people who may be the same, at
    the same places ("12 people in Idlib" is not retold by "12 civilians in Hama since Sunday")."""
    return cand.value == before.value \
        and (cand.category == before.category or "unknown" in (cand.category, before.category)) \
        and same_sentence_places(cand, before)


def set_aside_recalled(readings: list[TollReading]) -> None:
    """"Shelling killed seven on Wednesday. Last week, jets killed 31 in a market": a toll
    dated only by a period before the report's week (``recalled_periods``), told after a
    killed toll the report dates on a day of its own, is the background its news is told
    against.  Told first, or beside undated tolls only ("212 died in last week's siege … a
    nurse and 9 other medics were killed"), last week's toll is the report's news and stays."""
    dated_news = False
    for cand in readings:
        if not cand.status or cand.parent is not None or cand.background:
            continue
        if cand.recalled_period and dated_news and cand.scope == "incident":
            cand.background = True
        dated_news = dated_news or (cand.status == "killed" and cand.scope == "incident"
                                    and not cand.recalled_period and cand.period is not None)


def _share_back(tops: list[TollReading], dated: list[bool], trailing: list[bool], lex: TollLexicon) -> None:
    """"A total of 37 soldiers and 101 militants have been killed since the offensive began":
    the frame stated after the last of coordinated figures holds for those before it, unless
    one of them is dated on its own.  So does a day or period told right after them, in their
    own clause (``trailing``): "40 people were killed and 160 wounded in August shelling",
    "killed 9 and wounded 20 on Tuesday", "17 killed, 33 wounded in Azaz on Monday" date the dead
    too (a month's dead read as undated would count as one incident's).  Only across a bare
    "and" or comma between the figures, never across more dead ("and a further 5 died on
    Monday"): ", and on Friday 3 more were killed" dates the later figure alone."""
    for n in range(len(tops) - 1, 0, -1):
        before, cand = tops[n - 1], tops[n]
        if cand.background or before.background or before.sentence is not cand.sentence or dated[n - 1] \
                or before.scope != "incident":
            continue
        if cand.scope == "cumulative" and (cand.coordinated or one_tally(before, cand)):
            before.scope, before.period = "cumulative", cand.period
        elif trailing[n] and cand.period is not None and before.period is None \
                and one_tally(before, cand) and not set(before.words_to(cand)) & lex.other_clause:
            before.period = cand.period
        else:
            continue
        trailing[n - 1] = True


def _told_after(cand: TollReading, day: DateMention, lex: TollLexicon) -> bool:
    """Whether a day is told after the toll in the toll's own clause ("… and 20 wounded in
    Saraqib on Tuesday"), not in another one: past a clause break or a stop ("… injured. -
    Between 3 and 9 May …"), or after a word opening another clause ("…, whose market
    reopened in April", "and a further 5 died on Monday", "a day after a strike on Sunday")."""
    end = cand.span()[1]
    if day.start < end:
        return False
    between = cand.sentence.text[end - cand.sentence.start:day.start - cand.sentence.start]
    return not (breaks_clause(between + day.text) or _STOP.search(between)
                or set(_WORDS.findall(between.lower())) & lex.other_clause)


# A stop, or ", and" / ", but" opening a clause of its own ("…, and the truce collapsed on
# Sunday"); a tab joins a scraped page's caption to the next paragraph.
_STOP = re.compile(r"[.;:!?\t]|,\s*(?:and|but)\b")
_WORDS = re.compile(r"[a-z]+")


def _joined(before: TollReading, cand: TollReading) -> bool:
    """"1 000 civilians have been killed and thousands more injured since …": two figures in
    one clause chain, joined by "and" with at most their verb between them."""
    gap = before.words_to(cand)
    return "and" in gap and len(gap) <= JOIN_GAP and not {";", ",", ":"} & set(gap)


def _one_list(before: TollReading, cand: TollReading) -> bool:
    """"17 people killed, 33 wounded", "14 died, 35 were hurt and …": two figures of one list,
    a comma and at most their verb between them."""
    gap = before.words_to(cand)
    return gap.count(",") == 1 and len(gap) <= 3 and not {";", ":", "and"} & set(gap)


def one_tally(before: TollReading, cand: TollReading) -> bool:
    """Whether ``cand`` is told in the same breath as ``before``: joined by "and" or listed
    after a comma with at most their verb between ("killed 40 and injured 160", "17 killed,
    33 wounded"), so a time frame or a running total's scope of one holds for both."""
    return before.sentence is cand.sentence and (_joined(before, cand) or _one_list(before, cand))


def _carries_over(before: TollReading, cand: TollReading) -> bool:
    """"Since the start of the offensive, 923 members …, while 296 civilians were killed":
    a running total's time frame holds for the rest of its sentence until a date says otherwise."""
    return before.sentence is cand.sentence and before.scope == "cumulative" and \
        not before.background and cand.scope == "incident" and not cand.background


def _same_frame(before: TollReading, cand: TollReading) -> bool:
    """"killed 210 civilians and injured roughly 640": two tolls joined by a bare "and"."""
    gap = before.words_to(cand)
    return "and" in gap and len(gap) <= 3


# "the toll rose on Wednesday to 31", "climbed Thursday to 40", "was updated to 82 on Sunday":
# a day set between a rising verb and the figure it rose to, or just after that figure, is
# the day the count was raised, not the day of the deaths.
_RISE_BEFORE = CaselessPattern(r"\b(?:" + UPDATE_CUES + r")\s+(?:on\s+|by\s+|late\s+|early\s+)?$")
_RISEN_BEFORE = CaselessPattern(r"\b(?:" + UPDATE_CUES + r")\s+(?:up\s+)?to\s+[\d,]+\s+(?:on\s+|by\s+|late\s+|early\s+)?$")
_TO_AFTER = re.compile(r"^\s*,?\s*to\b", re.IGNORECASE)


def _day_of_update(mention: DateMention, sentence: Sentence) -> bool:
    """Whether the date sits between a rising verb and the figure the toll rose to, or just
    after that figure."""
    at, end = mention.start - sentence.start, mention.end - sentence.start
    before = sentence.text[max(0, at - 40):at]
    return bool(_RISE_BEFORE.search(before)) and bool(_TO_AFTER.match(sentence.text[end:])) \
        or bool(_RISEN_BEFORE.search(before))


def _day_of_report(mention: DateMention, sentence: Sentence) -> bool:
    """"said on Monday", "AFP Tuesday 23 Sep 2014 US air strikes killed …": the day the
    report was written or something in it said, whatever day a feed gives the report, is
    not the day of the deaths (and an old page stamp does not make its toll background)."""
    return (is_reporting_date(sentence.text, mention, sentence.start)
            or is_page_stamp(sentence.text, mention, offset=sentence.start))


_SINCE = re.compile(r"\bsince\b")
_IN_THE_PROCESS = re.compile(r"\bin the process\b")


def _in_the_process(window: str) -> re.Match | None:
    """"in the process" after a toll told in the perfect ("has bombed the province for weeks and
    has killed 300 civilians in the process", "with 60 soldiers having perished in the process"):
    the toll runs over the process, a running total.  After a past or a participle ("stormed the
    posts, killing 30 soldiers in the process") it is the action just told: this incident."""
    if "in the process" not in window:
        return None  # the pattern's words, found in C: asked of every toll's window
    process = _IN_THE_PROCESS.search(window)
    return process if process is not None and PERFECT.search(window, 0, process.start()) is not None else None


_CLAUSE_END = re.compile(r"[,;:.]")


def _within(at: int, spans: list[tuple[int, int]]) -> bool:
    """Whether offset ``at`` lies in one of ``spans``."""
    return any(start <= at < end for start, end in spans)


def _compared(text: str, figure_at: int) -> list[tuple[int, int]]:
    """The phrases of a toll's window (lower-case text) that a "since" ends a comparison
    with (``since_is_reference``), from the "since" to the end of its clause: "the costliest
    single loss for the battalion since it deployed", "the worst shelling to hit the port
    since the outbreak of the war in 2011".  Their cues and dates span nothing: the toll is the day's, not a
    running total, the war's or an old event's.  A figure between the comparison and the
    "since" ("the most in one day, and 270 since the siege began") is the span's own, and
    so is the toll's own figure (``figure_at``) inside the phrase: "the bloodiest raid since
    a barrel bomb killed 64 at a bakery in 2014" tells the old event's toll."""
    if "since" not in text:
        return []
    spans = []
    for since in _SINCE.finditer(text):
        at = since.start()
        if since_is_reference(text, at):
            end = _CLAUSE_END.search(text, at)
            span = (at, end.start() if end else len(text))
            if not _within(figure_at, [span]):
                spans.append(span)
    return spans


def _scope_of(cand: TollReading, window: str, lead: str, dates: list[DateMention],
              published: date | None, lex: TollLexicon) -> None:
    """Scope and period from the words around a toll; flags war-wide and earlier tolls."""
    compared = _compared(window, len(lead))  # "the deadliest attack since the war began": no span
    lo = cand.quantity.start - len(lead)
    if compared:
        dates = [d for d in dates if not _within(d.start - lo, compared)]
    if any(not _within(m.start(), compared) for m in lex.war.finditer(window)) or (cand.value or 0) >= WAR_SCALE \
            or _EARLIER_EVENT.search(lead):
        cand.background = True
        return
    found = [m for m in lex.cumulative.finditer(window) if not _within(m.start(), compared)]
    if (process := _in_the_process(window)) is not None:
        found.append(process)
    cues = [m.group() for m in found]
    if (since_event := _SINCE_EVENT.search(window)) and not _within(since_event.start(), compared):
        cues.append("since")
        found.append(since_event)
    # Every span ends in "days": the pattern, which tries each word of the window, runs only where one is.
    if "days" in window and any((_days(m.group(1)) or 0) >= LONG_SPAN_DAYS for m in _DAYS_SPAN.finditer(window)):
        cues.append("days")  # "raise the death toll to 823 in 83 days", "seven days of raids"
    if _BATTLE_TALLY.search(window):
        cues.append("battle")
    stated = _stated_range(cand.sentence, dates)
    if stated is not None and (stated[1] - stated[0]).days < LONG_SPAN_DAYS:
        stated = None
    if stated is not None:
        cues.append("range")  # "the number of victims from March 27 to April 10 has reached 236"
    span = next((m for m in _WEEKS_SPAN.finditer(window) if not _STATE_SPAN.search(window[:m.start()])), None)
    tally = _tally_of(span, lo, dates) if span else None
    if tally is not None:  # "during the past week": the period dates.py read, a round-up only beyond a week
        span = None
        if (tally.last_day - tally.first_day).days >= LONG_SPAN_DAYS:
            cues.append("span")
    if span:
        cues.append("span")
    since = [d for d in dates if d.text.lower().startswith("since")]  # ranges up to publication
    long_span = False
    if since:
        first = min(since, key=lambda d: d.first_day)
        cand.period = Period(start=first.range.start, end=first.range.end)
        if _historic(cand, first, published):
            cand.background = True
            return
        long_span = (first.last_day - first.first_day).days > 7
    elif dates:
        chosen = _choose_date(cand, dates)
        cand.period = Period(start=chosen.range.start, end=chosen.range.end)
        if published is not None and not cues and chosen.last_day < published - timedelta(days=BACKGROUND_DAYS):
            if _last_month_tally(chosen, published):
                if chosen.start - cand.span()[1] <= MONTH_REACH:
                    cues.append("month")  # "1,930 people died in August", told in mid-September
            else:
                cand.background = True
        long_span = bool(chosen.range.precision and chosen.range.precision >= 4 and re.search(
            r"\b(?:past|last|recent|over|during|since)\b", _text_before(cand, chosen)[-30:]))
    if stated is not None:  # the range it states, whatever day the report was filed
        cand.period = Period(start=stated[0].isoformat(), end=stated[1].isoformat())
    elif cues and dates and not since and published is not None and cand.period is not None \
            and not any(d.tally for d in dates) and not _day_before_since(found, lo, dates) \
            and (cand.period.start is None or cand.period.start <= published.isoformat()):
        # "since … on 9 October": up to the day it was filed; a day after filing (a copy stamped the next
        # day, a wrong publication date) keeps the day it states rather than a range that ends before it starts
        cand.period = Period(start=cand.period.start, end=published.isoformat())
    if span and published is not None:
        cand.period = longer(cand.period, _span_period(span, published))
    if tally is not None:
        cand.period = Period(start=tally.range.start, end=tally.range.end)
    cue_at = lo + min((m.start() for m in found), default=0)
    framing = since or [d for d in dates if d.start >= cue_at]  # "today …, bringing … since the start"
    recent = published is not None and bool(framing) and all(
        d.first_day >= published - timedelta(days=7) for d in framing)
    only_since = all(cue.startswith("since") or cue == "battle" for cue in cues)
    if cues and only_since and recent and not long_span:
        cues = []  # "the first deaths since the truce began this week", "have died since Tuesday
        # in the battle for the dam": a few days' toll, still this incident
    cand.scope = "cumulative" if cues or long_span else "incident"


_RANGE_FROM = re.compile(r"\bfrom\s+(?:[a-z]+day\s+)?$", re.IGNORECASE)
_RANGE_TO = re.compile(r"^\s*(?:to|until|till|through)\s+(?:[a-z]+day\s+)?$", re.IGNORECASE)


def _stated_range(sentence: Sentence, dates: list[DateMention]) -> tuple[date, date] | None:
    """The range of "from March 27 to April 10" in a toll's sentence, if it states one: a toll
    over a stated span of weeks is a tally of that span, and the span is its period.  The
    range is one mention when the date grammar read it whole, else two; a weekday written
    just before a calendar date ("Friday March 27") is part of that date, not an end."""
    text, at = sentence.text, sentence.start
    ends = [d for d, after in zip(dates, [*dates[1:], None])
            if not (after is not None and after.start - d.end <= 2 and d.text.lower().endswith("day"))]
    for whole in ends:
        if whole.text.lower().startswith(("from ", "between ")) and whole.last_day > whole.first_day:
            return whole.first_day, whole.last_day
    for first, last in zip(ends, ends[1:]):
        if _RANGE_FROM.search(text[max(0, first.start - at - 24):first.start - at]) \
                and _RANGE_TO.match(text[first.end - at:last.start - at]):
            return first.first_day, last.last_day
    return None


def _span_period(span: re.Match, published: date) -> Period:
    """"in one week", "over the past two months": the stated span, ending on the day of the report."""
    count = span.group("count") or span.group("past") or "one"
    number = 1 if count in ("a", "one") else 3 if count in ("several", "a few", "few") else _days(count) or 1
    start = published - timedelta(days=number * _UNIT_DAYS[span.group("unit")])
    return Period(start=start.isoformat(), end=published.isoformat())


def longer(first: Period | None, second: Period | None) -> Period | None:
    """Of two periods of one running total, the one reaching further back."""
    if first is None or not first.start:
        return second
    if second is None or not second.start:
        return first
    return second if second.start < first.start else first


def _historic(cand: TollReading, since: DateMention, published: date | None) -> bool:
    """"raids have killed 815 civilians since May 2013", told years later: the war's history.
    Only a "since" that reaches the toll counts, not one in a clause after it ("in the
    valley town the army has encircled since 2012")."""
    if published is None or since.first_day >= published - timedelta(days=HISTORIC_DAYS):
        return False
    return since.start < cand.quantity.start or since.start - cand.span()[1] <= HISTORIC_REACH


def _last_month_tally(period: DateMention, published: date) -> bool:
    """A period longer than a week that ended within the month before publication: a
    monthly or weekly tally (cumulative), not an old event."""
    start, end = period.first_day, period.last_day
    return (end - start).days > BACKGROUND_DAYS and end >= published - timedelta(days=TALLY_DAYS)


def _days(number: str) -> int | None:
    """"83" or "seven": the number of days a span states."""
    if number.isdecimal():
        return int(number)
    return words_to_int([number]) if is_number_word(number) else None


def _text_before(cand: TollReading, mention: DateMention) -> str:
    sentence = cand.sentence
    return sentence.text[max(0, mention.start - sentence.start - 40):mention.start - sentence.start].lower()


def _choose_date(cand: TollReading, dates: list[DateMention]) -> DateMention:
    """A calendar date if the window states one, else the relative date nearest the toll;
    but a tally's stretch told first after the figure is its frame ("bringing to 40 the
    number killed since the offensive began on Sunday"), whatever day stands just before it."""
    after = [d for d in dates if d.start >= cand.quantity.start]
    if after and after[0].tally:
        return after[0]
    explicit = [d for d in dates if _EXPLICIT_DATE.search(d.text) and not _COUNTED_SPAN.search(d.text)]
    pool = explicit or dates
    return min(pool, key=lambda d: abs(d.start - cand.quantity.start))


def _day_before_since(cues: list[re.Match], lo: int, dates: list[DateMention]) -> bool:
    """"killed 6 on Wednesday, the second attack since the truce took effect on Monday": the
    figure's own day told before the window's "since …" cue, which then frames no running
    total up to the report (a tally's stretch dates.py read keeps its own days)."""
    since = min((m.start() for m in cues if m.group().lower().startswith("since")), default=None)
    return since is not None and any(d.end <= lo + since for d in dates)


def _tally_of(span: re.Match, lo: int, dates: list[DateMention]) -> DateMention | None:
    """The stretch up to the report dates.py read within a span the window states ("during
    the past week"), whose days it counted as ``find_dates`` does."""
    start, end = lo + span.start(), lo + span.end()
    return next((d for d in dates if d.tally and d.start < end and start < d.end), None)


def only_old_dates(sentence: Sentence, published: date | None) -> bool:
    """Whether a sentence is dated, and only to days well before publication."""
    if published is None:
        return False
    limit = published - timedelta(days=BACKGROUND_DAYS)
    dates = find_dates(sentence.text, published)
    return bool(dates) and all(d.range.end and date.fromisoformat(d.range.end) < limit for d in dates)
