"""One report, scanned once: sentences, clauses, actors, places and dates with offsets.

The event and control extractors both ask the same questions of a report ("which
actors are in this clause?", "what day does this clause talk about?", "is this clause
background?"), so the answers are computed once here and looked up by offset.  Names of
reporting organisations are masked first, so "Human" in "Syrian Observatory for Human
Rights" is neither a place nor an actor.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field, replace
from datetime import date, timedelta
from functools import cached_property, lru_cache

from observatory.config import PACKAGE_DATA, read_yaml
from observatory.extract.asides import OpeningAside, opening_aside, set_in_earlier_year
from observatory.extract.actor_mentions import in_their_country, organisation_spans, police_of_country, resolve_actors
from observatory.extract.clauses import Clause, furniture_spans, split_clauses
from observatory.extract.dates import (COUNT, EXPLICIT_YEAR, STAMP_REACH, DateMention, DatesOfText, any_phrase,
                                       count_value, counts_days_back, day_before_noun, days_after_cues, days_counted,
                                       find_dates, is_anniversary_day, is_opening_dateline, is_page_stamp,
                                       is_photo_date, is_reporting_date, make_range,
                                       names_calendar_day, names_its_source, noun_after_day, nth_days_of_fighting,
                                       pattern_list, states_gap_back, string_list, tells_news_of_day_said,
                                       war_began)
from observatory.extract.numbers import qualifier_alternation
from observatory.extract.places import PlaceFinder, PlaceMention
from observatory.kb.actors import ActorKB, ActorMention
from observatory.models import DateRange
from observatory.nlp.caseless import CaselessPattern, CueList, cue_alternation
from observatory.nlp.offsets import DisjointSpans, Overlaps, Within, containing
from observatory.nlp.sentences import Sentence, split_sentences

FILTERS_PATH = PACKAGE_DATA / "events" / "filters.yaml"

CONTINUATION_PATH = PACKAGE_DATA / "dates" / "continuation.yaml"
TOTALS_PATH = PACKAGE_DATA / "dates" / "totals.yaml"
# How directly a report dates an event (``DocContext.event_date``'s second value): its
# clause, its sentence, the report's lead (or the sentence before, which it goes on
# telling), nothing stated.  Merged events keep their best-attested days.
CLAUSE_LEVEL, SENTENCE_LEVEL, LEAD_LEVEL, UNSTATED_LEVEL = 0, 1, 2, 3
# "month" of "on the 12th of this month" names which month a stated day is in, no span; "year"
# of "on New Year's Day" a holiday (dates.py, form "holiday").
_VAGUE_SPAN = re.compile(r"\b(?:week|weeks|months|years)\b|(?<!\bnew )\byear\b|(?<!\bof this )(?<!\bof last )(?<!\bof the current )"
                         r"(?<!\bof the previous )(?<!\bof the past )\bmonth\b", re.IGNORECASE)
# "the August 21 attack", "the 2013 chemical attack", "March 2's bombing": a date standing as
# the modifier of the event's noun (at most one word between).
_DATE_BEFORE_NOUN = re.compile(r"(?:['’]s)?\s+(?:[\w-]+\s+)?", re.IGNORECASE)
_THE_BEFORE = re.compile(r"\b(?:the|an?)\s+$", re.IGNORECASE)
# A bare year: four digits no digit, ".", "-" or "/" runs on from, on either side.  Found
# once in the whole text without the right side (``_YEAR_OPEN``), which is tested apart
# (``_YEAR_GOES_ON``) because a window's end closes a year too (``DocContext._past_years``).
_YEAR_OPEN = re.compile(r"(?<![\d.\-/])(?:19|20)\d\d")
_YEAR_GOES_ON = re.compile(r"[\d.\-/]")
# "more than 2000 people", "some 1950 fighters": a count that only looks like a year
# (as is a clock time, "at 2000 GMT").
_COUNT_BEFORE = CaselessPattern(r"\b(?:more than|at least|some|about|nearly|around|over|up to|than|almost|roughly)\s+$")
_COUNT_AFTER = re.compile(
    r"^\s*(?:GMT|UTC)\b|^\s+(?:[a-z]+\s+)?(?:people|persons|civilians|fighters|gunmen|residents|families|troops|soldiers|members|"
    r"militants|rebels|evacuees|refugees|men|women|children|detainees|prisoners|hostages|homes|houses|buildings|"
    r"km|kilomet(?:er|re)s|met(?:er|re)s|square|rockets|shells|barrel|air ?strikes|raids|tons|vehicles|buses)\b",
    re.IGNORECASE)
_BEGAN_BEFORE = re.compile(r"\b(?:began|begun|started|launched|erupted|broke out|kicked off)\s+(?:on\s+|last\s+)?$",
                           re.IGNORECASE)
_BEGAN_REACH = 30  # characters before a day in which its "began on" ends


class FilterDataError(ValueError):
    """A malformed entry of data/events/filters.yaml, named with the file."""


@dataclass(frozen=True)
class Filters:
    """Each cue list as one pattern: the lists are only asked whether any cue occurs."""

    window: int
    stale_days: int
    irrealis: CaselessPattern | None
    objects: CaselessPattern | None
    objects_after: CaselessPattern | None
    agent_before: CaselessPattern | None
    hypothetical_after: CaselessPattern | None
    definite_subject: CaselessPattern | None
    background: CueList | None
    today: CaselessPattern | None


@lru_cache(maxsize=1)
def load_filters() -> Filters:
    """The irrealis/object/background cue lists (data/events/filters.yaml), checked and
    compiled once: a bad cue would otherwise surface as a regex error far from its file."""
    data = read_yaml(FILTERS_PATH, FilterDataError)
    if not isinstance(data, dict):
        raise FilterDataError(f"{FILTERS_PATH}: must be a mapping of cue lists")
    cues = {key: pattern_list(FILTERS_PATH, data, key, FilterDataError)
            if key in _REQUIRED_CUES or data.get(key) is not None else []
            for key in (*_REQUIRED_CUES, "objects", "objects_after", "agent_before", "earlier", "today",
                        "hypothetical_after", "definite_subject")}
    return Filters(
        window=days_or_characters(data, "window"),
        stale_days=days_or_characters(data, "stale_days"),
        irrealis=_any_of(cues["irrealis"]),
        objects=_any_of(cues["objects"] + cues["earlier"]),
        objects_after=_any_of(cues["objects_after"]),
        agent_before=_any_of(cues["agent_before"]),
        hypothetical_after=_any_of(cues["hypothetical_after"]),
        definite_subject=_any_of(cues["definite_subject"]),
        background=CueList(cues["background"]) if cues["background"] else None,
        today=_any_of(cues["today"]),
    )


_REQUIRED_CUES = ("irrealis", "background")


def days_or_characters(data: dict, key: str) -> int:
    """A positive whole number of data/events/filters.yaml (a window, a count of days)."""
    value = data.get(key)
    if type(value) is not int or value <= 0:
        raise FilterDataError(f"{FILTERS_PATH}: {key!r} must be a positive whole number, not {value!r}")
    return value


def _any_of(patterns: list[str]) -> CaselessPattern | None:
    """One cue list as one alternation (``cue_alternation``), or None when it is empty."""
    return cue_alternation(patterns) if patterns else None


@dataclass(frozen=True)
class _StatedDays:
    """The days a clause's own words (or its sentence's, ``level``) state for its events,
    and where that stretch starts."""

    level: int
    start: int
    days: list[DateMention]


@dataclass
class DocContext:
    """Everything the extractors look up by offset, for one report."""

    text: str
    published: date | None
    sentences: list[Sentence]
    clauses: list[Clause]
    actors: list[ActorMention]
    places: list[PlaceMention]
    dates: list[DateMention]
    furniture: list[tuple[int, int]]
    # Names of reporting bodies: "Raqqa is Being Slaughtered Silently" tells no slaughter.
    organisations: list[tuple[int, int]] = field(default_factory=list)
    masked: list[tuple[int, int]] = field(default_factory=list)  # reporting bodies, furniture, actors: no places
    reported: list[DateMention] = field(default_factory=list)  # "said on Tuesday": the day something was said
    updated: list[DateMention] = field(default_factory=list)  # "the toll rose on Wednesday to 31": a count's day
    filters: Filters = field(default_factory=load_filters)
    # The feed's day when the page's own stamp ("3 March 2017 Militia …") is later by at most
    # ``stale_days``: a day the report tells within ``stale_days`` of either day may be its
    # news, not history (a feed's day further off is a crawl's, not the page's).
    feed_day: date | None = None
    report_top: bool = True  # the text opens the report (a later section has no dateline)
    dates_of_text: DatesOfText | None = None  # every date of the text, for readers that ask per sentence
    _background: dict[tuple[int, int], bool] = field(default_factory=dict)  # clause span -> is_background, computed once
    # clause (start, end, sentence) -> what event_date reads there before the event's offset matters:
    # asked per trigger (12,000 times in a 1 MB report), worked out once per clause
    _clause_dating: dict[tuple[int, int, int], _StatedDays | tuple[DateRange, int]] = field(default_factory=dict)
    # (start, end, mention, feature) -> event_places.is_reference: asked per trigger of a clause and again per report
    references: dict[tuple[int, int, str, str | None], bool] = field(default_factory=dict)
    # sentence start -> (start, end) of its places that are where people came from and give way to
    # a site (event_places._origin_beside_site): judged once per sentence, not once per place
    origins: dict[int, frozenset[tuple[int, int]]] = field(default_factory=dict)
    _asides: dict[int, OpeningAside | None] = field(default_factory=dict)  # sentence index -> its opening aside
    _may_occur: dict[CaselessPattern, bool] = field(default_factory=dict)  # cue list -> may_occur_in the text

    def __post_init__(self) -> None:
        """Offset indexes over the mentions: the lookups below run per clause and trigger,
        so a scan of every mention each time would grow with the square of the length."""
        # A date ending before this day is stale (asked of every date per trigger: worked out once).
        newest = self.published
        if newest is not None and self.feed_day is not None and \
                0 < (newest - self.feed_day).days <= self.filters.stale_days:
            newest = self.feed_day
        self._stale_before: date | None = None if newest is None else newest - timedelta(days=self.filters.stale_days)
        self._actors_in = Within(self.actors, _start, _end)
        self._places_in = Within(self.places, _start, _end)
        self._dates_in = Within(self.dates, _start, _end)
        self._clause_starts = [c.start for c in self.clauses]
        self._sentence_starts = [s.start for s in self.sentences]
        self._clause_ends = [c.end for c in self.clauses]
        # event_date asks per trigger: a running total's span is sorted out once per report
        self._event_mentions = [d for d in self.dates if not self._counts_total(d)]
        self._event_dates = Within(self._event_mentions, _start, _end)
        self._furniture = Overlaps(self.furniture)
        self._full_dates = Overlaps([(d.start, d.end) for d in self.dates if d.range.precision == 1])
        self._organisations = Overlaps(self.organisations)
        self._update_starts = frozenset(d.start for d in self.updated)

    @classmethod
    def build(cls, text: str, published: date | None, kb: ActorKB, places: PlaceFinder,
              feed_day: date | None = None, sentences: list[Sentence] | None = None,
              report_top: bool = True) -> DocContext:
        """The report's context, its relative days counted from ``published`` (the day it
        was written); ``feed_day`` is the day a feed gave it, when that differs;
        ``sentences``: ``split_sentences(text)``, when the caller has it already."""
        sentences = sentences if sentences is not None else split_sentences(text)
        dates_of_text, kinds = _written_on(text, sentences, DatesOfText(text, published), report_top)
        furniture = furniture_spans(text, sentences)
        organisations = organisation_spans(text)
        masked = organisations + furniture
        overlaps_masked = Overlaps(masked)
        actors = [a for a in resolve_actors(text, kb, published) if not overlaps_masked(a.start, a.end)]
        masked += [(a.start, a.end) for a in actors]
        overlaps_masked = Overlaps(masked)
        found = _every_occurrence(text, [p for p in places.find(text, sentences)
                                         if not overlaps_masked(p.start, p.end)], masked)
        return cls(
            text=text,
            published=published,
            sentences=sentences,
            clauses=split_clauses(sentences, text),
            actors=in_their_country(police_of_country(actors, _sentence_countries(sentences, found), kb),
                                    _sentence_countries(sentences, _not_across_a_border(text, found),
                                                        with_countries=True), kb),
            places=found,
            dates=_runs_to_a_stated_day(text, _campaign_days(text, _runs_on_until(text, sentences, _from_told_day(
                text, sentences, kinds.events, published)), published), published),
            furniture=furniture,
            organisations=organisations,
            masked=masked,
            reported=kinds.reported,
            updated=kinds.updated,
            dates_of_text=dates_of_text,
            feed_day=feed_day,
            report_top=report_top,
        )

    # -- lookups ---------------------------------------------------------------

    def actors_in(self, start: int, end: int) -> list[ActorMention]:
        return self._actors_in(start, end)

    def places_in(self, start: int, end: int) -> list[PlaceMention]:
        return self._places_in(start, end)

    def dates_in(self, start: int, end: int) -> list[DateMention]:
        return self._dates_in(start, end)

    def clause_at(self, pos: int) -> Clause:
        """The clause holding ``pos`` (clauses are ordered and disjoint)."""
        index = containing(self._clause_starts, self._clause_ends, pos)
        if index is None:
            raise ValueError(f"offset {pos} lies in no clause")
        return self.clauses[index]

    def sentence_of(self, clause: Clause) -> Sentence:
        return self.sentences[clause.sentence]

    def in_furniture(self, pos: int) -> bool:
        return self._furniture.covers(pos)

    def report_words(self, clause: Clause) -> str:
        """The clause's text with the page furniture in it blanked: a headline sentence that runs
        on into a "Related" link list ("Car bomb kills 45 in Homs ... Related Iraqi helicopters
        strike ...") borrows no weapon or doer from the other stories' headlines."""
        words = self.text[clause.start:clause.end]
        if not self._furniture(clause.start, clause.end):
            return words  # the common case, asked per trigger: one bisection
        for a, b in self.furniture:
            low, high = max(a, clause.start) - clause.start, min(b, clause.end) - clause.start
            if low < high:
                words = words[:low] + " " * (high - low) + words[high:]
        return words

    def in_organisation(self, pos: int) -> bool:
        return self._organisations.covers(pos)

    # -- judgements --------------------------------------------------------------

    def holds_cue(self, cues: CaselessPattern | None, words: str) -> bool:
        """Whether ``words`` (a part of the text) hold a cue of the list.  A list the whole
        text cannot match (``may_occur_in``, asked once per list and report) is ruled out at
        once: most reports hold no word of most lists, and each trigger's windows were
        tested for their needles again (a 1 MB report: some 30,000 tests)."""
        if cues is None:
            return False
        if (may := self._may_occur.get(cues)) is None:
            may = self._may_occur[cues] = cues.may_occur_in(self.text)
        return may and cues.search(words) is not None

    def is_irrealis(self, clause: Clause, pos: int) -> bool:
        """A threat, plan, attempt or denial governs the words before ``pos``."""
        before = self.text[max(clause.start, pos - self.filters.window):pos]
        return self.holds_cue(self.filters.irrealis, before)

    def is_hypothetical(self, clause: Clause, pos: int) -> bool:
        """The event at ``pos`` heads the subject of a modal ("a full-scale assault on the city
        would cause a catastrophe", "more strikes will follow"): imagined, unless named as one
        that happened ("the air strike on the market could amount to a war crime")."""
        after = self.text[pos:min(clause.end, pos + self.filters.window)]
        before = self.text[max(clause.start, pos - self.filters.window):pos]
        return self.holds_cue(self.filters.hypothetical_after, after) \
            and not self.holds_cue(self.filters.definite_subject, before)

    def names_object(self, clause: Clause, pos: int) -> bool:
        """The words before ``pos`` make the weapon there a thing destroyed, seized or
        stored ("destroyed two tanks and a rocket launcher"), not a weapon used, or the
        event there an earlier one named to explain or date another ("hours after a gas
        attack").  A trigger naming a weapon may also be the subject of a passive that
        follows it ("five car bombs were destroyed in the village"), unless the words before
        make it the means by which something else was ("homes hit by shelling were
        destroyed"); filters.yaml ``objects_after`` only matches after weapon nouns, so a
        clash or an air strike is never an inventory."""
        before = self.text[max(clause.start, pos - self.filters.window):pos]
        if self.holds_cue(self.filters.objects, before):
            return True
        after = self.text[pos:min(clause.end, pos + self.filters.window * 2)]
        return self.holds_cue(self.filters.objects_after, after) \
            and not self.holds_cue(self.filters.agent_before, before)

    def is_background(self, clause: Clause) -> bool:
        """History or war-wide context: background cue words, or only stale dates."""
        span = (clause.start, clause.end)  # a caller may judge part of a clause (control drops a past aside)
        if span not in self._background:
            self._background[span] = self._judge_background(clause)
        return self._background[span]

    def recalls_past_event(self, clause: Clause, pos: int) -> bool:
        """The background judgement at one event of a clause that may tell news: an event
        inside its sentence's opening aside of time ("Weeks after rockets hit X, ...",
        ``asides``), or a stale date or an earlier bare year written as the event noun's
        modifier ("weeks after the August 21 attack", "the 2013 chemical attack", "March 2's
        bombing") names a past event the report recalls."""
        if self.in_opening_aside(clause, pos):
            return True
        spans = [(d.start, d.end) for d in self.dates_in(clause.start, pos) if self._is_stale(d.range)]
        spans += self._past_years(clause.start, pos)
        return any(_DATE_BEFORE_NOUN.fullmatch(self.text, end, pos)
                   and (_THE_BEFORE.search(self.text, max(clause.start, start - 5), start)
                        or self.text.startswith(("'s", "’s"), end))
                   for start, end in spans)

    @cached_property
    def _background_cues(self) -> CueList | None:
        """The background list as tried on this text's clauses: looking there only for the
        needles the text holds (``CueList.within``), made when the first clause is judged.
        One scan of the text per needle costs less than testing every needle in each
        clause (a 1 MB report: 0.04 s spent for 0.08 s saved), and the answers are the
        same, since a clause holds no word its text lacks."""
        return self.filters.background.within(self.text) if self.filters.background is not None else None

    def opening_aside(self, clause: Clause) -> OpeningAside | None:
        """The opening aside of time of the clause's sentence ("Two weeks after the truce,
        ...", ``asides``), found once per sentence."""
        if clause.sentence not in self._asides:
            sentence = self.sentence_of(clause)
            self._asides[clause.sentence] = opening_aside(self.text, sentence.start, sentence.end)
        return self._asides[clause.sentence]

    def in_opening_aside(self, clause: Clause, pos: int) -> bool:
        """``pos`` lies in its sentence's opening aside of time, and the aside's own words and
        dates make its event recalled, not news: a lapse of a week or more ("Weeks after
        rockets hit X, ..."), a background cue ("After an offensive last month, ..."), an
        earlier year or only stale dates ("After IS seized X in 2015, ...").  An aside with
        none of them may tell the day's news ("After capturing X on Tuesday, the army moved
        on", "After the regime's control of X, clashes erupted nearby")."""
        aside = self.opening_aside(clause)
        if aside is None or pos >= aside.end:
            return False
        return aside.long_lapse or self._judged_from(aside.start, aside.end, aside.start, aside.end)

    def _judge_background(self, clause: Clause) -> bool:
        """A clause that runs on past its sentence's opening aside is judged by its news
        alone, after the aside (``_judge_news``); any other by all its words."""
        aside = self.opening_aside(clause)
        if aside is not None and clause.start < aside.end < clause.end:
            return self._judge_news(aside, clause)
        sentence = self.sentence_of(clause)
        host = self._host(clause) if clause.aside else None
        return self._judged_from(clause.start, clause.end, sentence.start, sentence.end, host)

    def news_is_background(self, start: int, clause: Clause) -> bool:
        """Whether the news that starts at ``start`` of ``clause``, after a lead that sets the
        scene (an opening aside of time, a headline's lead before an ellipsis), is background
        by its own words and dates alone."""
        return self._judged_from(start, clause.end, start, self.sentence_of(clause).end)

    def _judged_from(self, start: int, end: int, told: int, told_end: int, host: Clause | None = None) -> bool:
        """Background by the words from ``start`` to ``end``: a background cue, an earlier
        bare year, else only stale dates there; with none there, as old as ``host`` (the
        clause an aside hangs on: "a woman who died last month of wounds sustained in
        shelling"), else by the dates from ``told`` to ``told_end`` outside asides."""
        cue = self._background_cues.search(self.text[start:end]) if self._background_cues is not None else None
        if cue is not None:
            return not self._dated_before(start, start + cue.start())
        if self._past_years(start, end):
            return True
        own = self.dates_in(start, end)
        if host is not None and not own:
            return self.is_background(host)
        mentions = own or [d for d in self.dates_in(told, told_end) if not self._keeps_own(d)]
        return bool(mentions) and all(self._is_stale(d.range) for d in mentions)

    def _judge_news(self, aside: OpeningAside, clause: Clause) -> bool:
        """The news after an opening aside, by its own words and dates: "Two weeks after the
        truce, a car bomb killed 12 people" is news.  It is background by its own cue, stale
        date or year; or, dated by nothing of its own, when the aside sets it in an earlier
        year than the report's ("After IS seized X in 2015, it blew up the temple") with no
        lapse to carry it on.  A running total counted over the aside's time is a toll's
        frame, not the news's (tolls/scope.py): the events and captures told with it stay news."""
        if self.news_is_background(aside.end, clause):
            return True
        own = self.dates_in(aside.end, self.sentence_of(clause).end)
        return not own and set_in_earlier_year(aside, self.dates_in(aside.start, aside.end), self.published,
                                               bool(self._past_years(aside.start, aside.end)))

    def _keeps_own(self, mention: DateMention) -> bool:
        """Whether a date lies in an aside that keeps it to itself; a recalled event's does not
        when the news it dates is still stale ("two months after the militants overran it in
        December": December and two months are still old)."""
        aside = self.clause_at(mention.start)
        if aside.lapse is None or mention.range.end is None or self._stale_before is None:
            return aside.aside
        return date.fromisoformat(mention.range.end) + timedelta(days=aside.lapse) >= self._stale_before

    def _earlier_aside(self, pos: int) -> bool:
        """Whether ``pos`` lies in an aside that tells an earlier time than the news (a recalled
        event, a wound's origin): its day dates no other clause."""
        return self.clause_at(pos).earlier

    def _host(self, clause: Clause) -> Clause | None:
        """The clause an aside hangs on: the one before it in its sentence."""
        index = bisect.bisect_left(self._clause_starts, clause.start) - 1
        return self.clauses[index] if index >= 0 and self.clauses[index].sentence == clause.sentence else None

    def _dated_before(self, start: int, cue: int) -> bool:
        """ "On Wednesday a drone strike killed a commander, the latest in a series of
        blows in recent weeks": a recent day stated before the background words dates the
        clause's event; the words only set it in its context."""
        return any(_is_day(d) and d.end <= cue and not self._is_stale(d.range) for d in self.dates_in(start, cue))

    def _past_years(self, start: int, end: int) -> list[tuple[int, int]]:
        """Bare years before the report's, outside any full date and not counts ("some 1950
        fighters"), from ``start`` to ``end``.  The window's end closes a year as the end of
        the text would ("2014" of "in 2014." where the clause ends before the stop), so a
        year written right before a digit, ".", "-" or "/" counts only where a window ends
        there."""
        years = self._report_past_years
        found: list[tuple[int, int]] = []
        for year_start, year_end, closed in years[bisect.bisect_left(years, (start,)):]:
            if year_end > end:
                break  # the years are in text order and all of one length
            if closed or year_end == end:
                found.append((year_start, year_end))
        return found

    @cached_property
    def _report_past_years(self) -> list[tuple[int, int, bool]]:
        """Every bare earlier year of the text (``_past_years``) found once, with whether it
        stands closed in the text itself: asked per clause and per event, a scan of each
        clause cost a regex call and a generator per clause, nearly all of them yearless."""
        if self.published is None:
            return []
        found: list[tuple[int, int, bool]] = []
        for m in _YEAR_OPEN.finditer(self.text):
            if (_COUNT_BEFORE.search(self.text[max(0, m.start() - 14):m.start()])
                    or _COUNT_AFTER.match(self.text[m.end():m.end() + 30])):
                continue
            if int(m.group()) < self.published.year and not self._full_dates.covers(m.start()):
                found.append((m.start(), m.end(), _YEAR_GOES_ON.match(self.text, m.end()) is None))
        return found

    def _is_stale(self, rng: DateRange) -> bool:
        if self._stale_before is None or rng.end is None:
            return False
        return date.fromisoformat(rng.end) < self._stale_before

    def event_date(self, clause: Clause, pos: int) -> tuple[DateRange, int]:
        """When the clause's event happened, and how directly the report says so.

        The second value ranks the evidence (0 the clause, 1 its sentence, 2 the
        sentence before when this one goes on with its story, else the report's lead, 3
        nothing stated) so merged events keep their best-attested days.
        Vague spans ("earlier this week", "since January") give no day: an event its
        sentence dates only by them falls through to the next level, and one whose own
        clause does is undated (the lead's day is another story's).  Past the lead, a sentence that
        says when it was said and tells that day's news ("the toll has risen to 40, activists said
        on Monday": ``tells_news_of_day_said``; a past-tense "a bomb killed six, activists said on
        Monday" states no day) or tells events still going on dates them that day (level 3), and so does a report of one line (a headline alone
        tells the news of the day it appears: UCDP's coders date seven in ten such SOHR
        headlines on their report day, most others the day before), with precision 2.  With nothing stated the event happened on or before
        publication: ``start`` unknown, ``end`` the publication day.
        """
        key = (clause.start, clause.end, clause.sentence)
        if key not in self._clause_dating:
            self._clause_dating[key] = self._stated_days(clause) or self._unstated_date(clause)
        dating = self._clause_dating[key]
        if isinstance(dating, _StatedDays):
            lo, days = dating.start, dating.days
            cues = days_after_cues(self.text, lo, pos)  # asked once for both readings
            earlier = self._days_before_stated(days, cues, pos) or self._days_after_stated(days, cues, lo, pos)
            return earlier or self._until_now(_joined_days(self.text, days, pos), days,
                                              self.sentence_of(clause)), dating.level
        return dating

    def _stated_days(self, clause: Clause) -> _StatedDays | None:
        """The days the clause states, else those its sentence states (``event_date``'s
        first two levels), whatever the event's offset in it."""
        sentence = self.sentence_of(clause)
        for level, (lo, hi) in ((CLAUSE_LEVEL, (clause.start, clause.end)),
                                (SENTENCE_LEVEL, (sentence.start, sentence.end))):
            days = self._own_days([d if level == CLAUSE_LEVEL else self._run_end_alone(d)
                                   for d in self._event_dates_in(lo, hi) if _is_day(d) and not self._is_stale(d.range)
                                   and (level == CLAUSE_LEVEL or not self._earlier_aside(d.start))])
            if days:
                return _StatedDays(level, lo, days)
        return None

    def _unstated_date(self, clause: Clause) -> tuple[DateRange, int]:
        """``event_date`` of a clause whose sentence states no day: the same for every
        event of the clause."""
        sentence = self.sentence_of(clause)
        week = self._past_week(clause)
        if week is not None:  # ranked with vague evidence: a merged event's stated day wins
            return week, UNSTATED_LEVEL
        if any(not self._is_stale(d.range) for d in self._event_dates_in(clause.start, clause.end)):
            # "killed a man earlier this week": no day, and not the lead's; "the fighting
            # continues, as it has since the 20th": today
            if self.published is not None and self._tells_today(sentence):
                return make_range(self.published, self.published), UNSTATED_LEVEL
            return self._undated(), UNSTATED_LEVEL
        dateline = self.opening_dateline
        if dateline is not None and sentence.start <= dateline.start < sentence.end:
            return dateline.range, LEAD_LEVEL
        earlier = self._continued_days(clause.sentence)
        if earlier is not None:
            return earlier, LEAD_LEVEL
        named = self.named_event_day
        if named is not None:
            return named, LEAD_LEVEL
        lead = self.lead_date()
        if lead is not None:
            return lead, LEAD_LEVEL
        said = [d for d in self.reported if sentence.start <= d.start < sentence.end and not self._is_stale(d.range)]
        if said and tells_news_of_day_said(self.text[sentence.start:sentence.end], said[0].end - sentence.start):
            return said[0].range, UNSTATED_LEVEL
        if self.published is not None and self._tells_today(sentence):
            return make_range(self.published, self.published), UNSTATED_LEVEL
        if self.published is not None and self.headline_alone(sentence):
            # The report's day, not one its text states: UCDP precision 2 ("within a few
            # days"), so that fusion still pairs it with a report of the day after.
            return DateRange(start=self.published.isoformat(), end=self.published.isoformat(),
                             precision=2), UNSTATED_LEVEL
        return self._undated(), UNSTATED_LEVEL

    def _run_end_alone(self, mention: DateMention) -> DateMention:
        """A run that went on until a day ("kept up the shelling until Wednesday, when troops
        stormed Kafr Zita") is the run of the clause that says so: to the other clauses of
        its sentence the day is that day alone."""
        if mention.one_day or not _ran_until_before(self.text, mention.start):
            return mention
        return DateMention(mention.start, mention.end, mention.text, make_range(mention.last_day, mention.last_day))

    def _past_week(self, clause: Clause) -> DateRange | None:
        """ "Last week, shelling killed 12 in Hamouriyah": a whole calendar week that ended
        before the report's day dates the clause's event as that week (precision 3), not as
        undated up to the report's day like a span that runs up to it ("earlier this week")."""
        if self.published is None:
            return None
        weeks = [d.range for d in self._event_dates_in(clause.start, clause.end)
                 if d.range.precision == 3 and d.range.end is not None and not self._is_stale(d.range)
                 and date.fromisoformat(d.range.end) < self.published]
        return weeks[0] if weeks else None

    def _own_days(self, days: list[DateMention]) -> list[DateMention]:
        """ "The death toll rose on Wednesday to 31 from a car bomb that struck Azaz on
        Monday": the day a toll changed dates its event only when no other day does."""
        own = [d for d in days if d.start not in self._update_starts]
        return own or days

    def _event_dates_in(self, start: int, end: int) -> list[DateMention]:
        """The dates between ``start`` and ``end`` that may date an event: not the span a
        running total is counted over."""
        return self._event_dates(start, end)

    def _counts_total(self, mention: DateMention) -> bool:
        """ "… raise the death toll to 506 since April 2018", "raises to 240 the number of
        casualties during 45 days of shelling": a span that runs up to the report's day,
        after the words of a running total in its sentence, is the period the total is
        counted over.  It dates none of the events told beside it (the latest killing is
        the news of the report's day), though a stale one still marks its clause as
        background (the total is not this report's toll)."""
        rng = mention.range
        if self.published is None or mention.one_day or rng.end is None or rng.start is None:
            return False
        if not rng.start < self.published.isoformat() <= rng.end:
            return False
        sentence = self.sentences[max(0, bisect.bisect_right(self._sentence_starts, mention.start) - 1)]
        return _running_total_cues().search(self.text[sentence.start:mention.start]) is not None

    def _undated(self) -> DateRange:
        """On or before publication: ``start`` unknown, ``end`` the publication day."""
        end = self.published.isoformat() if self.published else None
        return DateRange(start=None, end=end, precision=5)

    def _days_before_stated(self, days: list[DateMention], cues: list[tuple[int, int, int]],
                            pos: int) -> DateRange | None:
        """ "The bodies were found on Friday two days after gunmen kidnapped them": the
        kidnapping (a trigger after the cue) happened two days before the day stated before
        the cue, when no day stands between the cue and the trigger."""
        if not cues:
            return None
        cue_start, cue_end, count = cues[-1]
        before = [d for d in days if d.end <= cue_start]
        if not before or any(cue_end <= d.start < pos for d in days) or before[-1].range.precision != 1:
            return None
        day = before[-1].first_day - timedelta(days=count)
        return make_range(day, day)

    def _days_after_stated(self, days: list[DateMention], cues: list[tuple[int, int, int]], lo: int,
                           pos: int) -> DateRange | None:
        """ "Three days after the car bomb that killed 20 in Qamishli on Wednesday, a second
        bomb went off": a clause or sentence that opens with "N days after" something it
        dates tells, past that day, an event N days later (the car bomb keeps its
        Wednesday: its trigger stands before the day)."""
        if not cues or self.text[lo:cues[0][0]].strip(" \"“"):
            return None
        _, cue_end, count = cues[0]
        told = [d for d in days if cue_end <= d.start and d.end <= pos]
        if not told or not told[-1].one_day:
            return None
        day = told[-1].first_day + timedelta(days=count)
        return make_range(day, day) if self.published is None or day <= self.published else None

    def _continued_days(self, index: int) -> DateRange | None:
        """ "Warplanes struck Kafr Nabl on Sunday. The raids killed six.": a sentence that
        opens by going on with the story before it ("The raids", "They") and states no day
        of its own happened on that sentence's day, not on the lead's."""
        if index == 0 or not continues_story(self.text, self.sentences[index].start):
            return None
        before = self.sentences[index - 1]
        days = [d for d in self.dates_in(before.start, before.end) if _is_day(d) and not self._is_stale(d.range)]
        return _joined_days(self.text, days, before.end) if days else None

    def _until_now(self, rng: DateRange, days: list[DateMention], sentence: Sentence) -> DateRange:
        """"The assault, which began on Tuesday, is still going on": from that day to publication."""
        if self.published is None or rng.start is None:
            return rng
        began = any(_BEGAN_BEFORE.search(self.text[max(0, d.start - _BEGAN_REACH):d.start]) for d in days)
        start = date.fromisoformat(rng.start)
        if began and start < self.published and self._tells_today(sentence):
            return make_range(start, self.published)
        return rng

    def headline_alone(self, sentence: Sentence) -> bool:
        """A report of one line in headline style that states no date of any kind: the
        headline tells the news of the day it appears, whether or not a feed kept a full
        stop after it ("Five soldiers were killed in Tadif.").  One that names a month or a
        year ("deaths from air strikes January - August") tells a period, and a
        one-sentence story that names its source ("ALEPPO (Reuters) - Rebels shelled X, a
        monitor said.") is a past-tense story like any other."""
        if len(self.sentences) != 1 or self._event_dates_in(sentence.start, sentence.end):
            return False
        return not self.text.rstrip().endswith(".") or not names_its_source(self.text)

    def _tells_today(self, sentence: Sentence) -> bool:
        """A sentence telling events still going on: the report's own day, though no
        event day is stated."""
        words = self.text[sentence.start:sentence.end]
        return self.holds_cue(self.filters.today, words)

    @cached_property
    def opening_dateline(self) -> DateMention | None:
        """The full day the report opens with as its dateline, when it is the report's day
        ("12 March 2016 Jets dropped barrel bombs on Daraya, killing 14 …"): the day of an
        event its first sentence tells undated, not a weekday a later sentence counts back
        from it (a dateline a few days before a feed's day is most often its event's day).
        Only when the dateline overrode a feed's day at most ``stale_days`` later: a page the
        feed dates on its dateline's day, or on a far-off day (a crawl's), keeps an undated event
        on or before its day as before."""
        if not self.report_top or self.published is None or self.feed_day is None or \
                not 0 < (self.feed_day - self.published).days <= self.filters.stale_days:
            return None
        for mention in find_dates(self.text[:STAMP_REACH], self.published):
            if mention.first_day == self.published and is_opening_dateline(self.text, mention):
                return mention
        return None

    @cached_property
    def named_event_day(self) -> DateRange | None:
        """The day of the report's event as a later sentence names it ("Rescuers took 40
        bodies from the site of Saturday's blast", "revenge for Tuesdays strike" with the
        apostrophe lost): a story that tells its toll undated ("the toll has risen to 60")
        names its event's day this way, more surely than the first day of its lead, which
        may be a meeting's or a statement's (computed once per report)."""
        found = [d for d in self.dates if d.one_day and not self._is_stale(d.range) and _names_event(self.text, d)]
        return found[0].range if found else None

    def lead_date(self) -> DateRange | None:
        """The first day the report's lead (its first sentences) states, not the span a
        running total is counted over ("raising the toll to 270 in 13 days of bombing")."""
        lead_end = self.sentences[min(len(self.sentences), 4) - 1].end if self.sentences else 0
        for mention in self._event_mentions:
            if mention.start < lead_end and _is_day(mention) and not self._is_stale(mention.range) \
                    and not self._earlier_aside(mention.start):
                return mention.range
        return None


_WIRE_LAG_DAYS = 3


def _written_on(text: str, sentences: list[Sentence], dates: DatesOfText,
                report_top: bool = True) -> tuple[DatesOfText, _DateKinds]:
    """The text's dates resolved against the day it was written.

    A wire story reposted a day or two later tells its lead's statement on that earlier day
    ("… a monitor said Thursday" on a page dated Friday), and its "since Wednesday
    afternoon" or "in the past 24 hours" run to that day, not to the page's.  When the lead
    says on which earlier day it was said and the text names no single day after it (no
    "today", no "on Friday", no later statement: "… said in a statement on Tuesday" after
    "said on Monday" shows the report was not written on Monday), its dates are read again
    against that day.  The kinds of
    the dates returned are sorted against the page's own day either way.
    """
    published = dates.published
    kinds = _date_kinds(text, dates.mentions, published, report_top)
    if published is None or not sentences:
        return dates, kinds
    lead_end = sentences[min(len(sentences), 2) - 1].end
    said = [d for d in kinds.reported if d.start < lead_end]
    if not said:
        return dates, kinds
    written = said[0].first_day
    if not published - timedelta(days=_WIRE_LAG_DAYS) <= written < published:
        return dates, kinds
    if any(d.range.precision == 1 and d.first_day > written for d in kinds.events + kinds.reported):
        return dates, kinds
    rewritten = DatesOfText(text, written)
    return rewritten, _date_kinds(text, rewritten.mentions, published, report_top)


@lru_cache(maxsize=1)
def _running_total_cues() -> CaselessPattern:
    """The running_total_cues of data/dates/totals.yaml, and its raised_to_stems followed by
    "to", a qualifier and a figure, as one caseless pattern (``_any_of``)."""
    data = read_yaml(TOTALS_PATH, FilterDataError)
    words = pattern_list(TOTALS_PATH, data, "running_total_cues")
    stems = "|".join(string_list(TOTALS_PATH, data, "raised_to_stems"))
    raised = rf"\b(?:{stems})\w*\s+(?:[\w-]+\s+){{0,6}}?{_to_figure()}"
    cues = _any_of([*words, raised])
    assert cues is not None  # pattern_list gives a non-empty list
    return cues


@dataclass(frozen=True)
class _TollUpdate:
    verb: re.Pattern[str]  # ending where the day starts: "rose on ", "climbed "
    figure_after: re.Pattern[str]  # right after the day: " to 31", " to about 40"


@lru_cache(maxsize=1)
def _toll_update() -> _TollUpdate:
    """The update_verbs of data/dates/totals.yaml as the words right before a day."""
    data = read_yaml(TOTALS_PATH, FilterDataError)
    verbs = any_phrase(string_list(TOTALS_PATH, data, "update_verbs"))
    return _TollUpdate(re.compile(rf"\b(?:{verbs})(?:\s+again)?,?\s+(?:on\s+)?$", re.IGNORECASE),
                       re.compile(rf",?\s+{_to_figure()}", re.IGNORECASE))


def _to_figure() -> str:
    """ "to 31", "to about 40": the figure a toll rose to, as a pattern fragment."""
    return rf"to\s+(?:(?:{qualifier_alternation()})\s+)?\d"


@lru_cache(maxsize=1)
def _continuation_words() -> dict[str, list[str]]:
    """data/dates/continuation.yaml, read once for the patterns below."""
    data = read_yaml(CONTINUATION_PATH, FilterDataError)
    return {key: pattern_list(CONTINUATION_PATH, data, key)
            for key in ("determiners", "event_nouns", "pronouns", "counted_back", "counted_on", "day_joiners",
                          "counted_later", "counted_earlier", "ran_until_verbs")}


@lru_cache(maxsize=1)
def _continuation() -> re.Pattern[str]:
    """The openings of data/dates/continuation.yaml as one pattern, compiled once."""
    data = _continuation_words()
    words = any_phrase(data["event_nouns"])
    return re.compile(rf"\s*(?:(?:{'|'.join(data['determiners'])})\s+(?:[\w-]+\s+)?(?:{words})\b"
                      rf"|(?:{'|'.join(data['pronouns'])})\s)")


@lru_cache(maxsize=1)
def _possessive_event() -> re.Pattern[str]:
    """A weekday's possessive before an event noun of data/dates/continuation.yaml, at
    most one word between: "Saturday's blast", "Tuesdays alleged attack"."""
    return noun_after_day(any_phrase(_continuation_words()["event_nouns"]))


def _names_event(text: str, mention: DateMention) -> bool:
    """The weekday ``mention`` is a possessive naming an event ("Saturday's blast")."""
    return day_before_noun(text, mention, _possessive_event(), possessive=True)


def continues_story(text: str, start: int) -> bool:
    """The sentence at ``start`` opens by going on with the story before it."""
    return _continuation().match(text, start) is not None


def _joined_days(text: str, days: list[DateMention], pos: int) -> DateRange:
    """The days a clause states for its event: "erupted on Saturday night and continued
    till Sunday morning" is both days.  Only days that run on from one another join; a
    gap means two stories ("injured on Saturday, evacuated on Wednesday"), and then only
    the day nearest the trigger counts, with the days coordinated with it (``_coordinated``).
    A tally's stretch up to the report ("since the truce took effect on Monday", "the past
    week") joins no day told beside it: the day nearest the trigger is the event's, the
    stretch only when it is the nearer ("a strike killed 6 on Wednesday, the second since the
    truce took effect on Monday" is Wednesday's strike)."""
    nearest = min(days, key=lambda d: abs(d.start - pos))
    if nearest.tally:
        return nearest.range
    days = [d for d in days if not d.tally]
    spans = sorted((d.first_day, d.last_day) for d in days)
    start, end = spans[0]
    for lo, hi in spans[1:]:
        if lo > end + timedelta(days=1):
            return _coordinated(text, days, min(days, key=lambda d: abs(d.start - pos)))
        end = max(end, hi)
    return make_range(start, end)


# A stretch over coordinated days may hold at most this many days: an event has one range,
# and "on Sunday and again on Tuesday" read as Sunday to Tuesday claims one day the report
# does not state beside the two it does; days further apart would claim more unstated days
# than stated ones, and the day nearest the event keeps its own day instead.
_COORDINATED_SPAN_DAYS = 3


def _coordinated(text: str, days: list[DateMention], nearest: DateMention) -> DateRange:
    """ "Warplanes struck the town on Sunday and again on Tuesday": the day nearest the
    trigger and the days joined to it by "and" (data/dates/continuation.yaml day_joiners)
    tell one story, so the event runs over them, when the stretch is short
    (``_COORDINATED_SPAN_DAYS``)."""
    ordered = sorted(days, key=_start)
    at = ordered.index(nearest)
    first = last = at
    while first > 0 and _joins(text, ordered[first - 1], ordered[first]):
        first -= 1
    while last + 1 < len(ordered) and _joins(text, ordered[last], ordered[last + 1]):
        last += 1
    chain = ordered[first:last + 1]
    start, end = min(d.first_day for d in chain), max(d.last_day for d in chain)
    if len(chain) == 1 or (end - start).days >= _COORDINATED_SPAN_DAYS:
        return nearest.range
    return make_range(start, end)


def _joins(text: str, before: DateMention, after: DateMention) -> bool:
    """Only joining words stand between the two days ("… on Sunday and again on Tuesday")."""
    return before.end <= after.start and _day_joiner().match(text[before.end:after.start]) is not None


@lru_cache(maxsize=1)
def _day_joiner() -> re.Pattern[str]:
    """The day_joiners of data/dates/continuation.yaml as the whole stretch between two days."""
    joiners = any_phrase(_continuation_words()["day_joiners"])
    return re.compile(rf"\s*,?\s*(?:{joiners})\s+(?:(?:late|early)\s+)?(?:on\s+)?$", re.IGNORECASE)


# "near the border with Iraq": the country across a border is not where the sentence is set.
_BORDER_WITH = re.compile(r"\bborders?[^\S\n]+with[^\S\n]+(?:the[^\S\n]+)?$", re.IGNORECASE)


def _not_across_a_border(text: str, places: list[PlaceMention]) -> list[PlaceMention]:
    """The places but a country named as the far side of a border."""
    return [p for p in places
            if p.place.feature != "country" or not _BORDER_WITH.search(text, max(0, p.start - 30), p.start)]


def _sentence_countries(sentences: list[Sentence], places: list[PlaceMention],
                        with_countries: bool = False) -> Callable[[int], set[str]]:
    """Countries of the towns (and, ``with_countries``, of the countries) each sentence
    names, looked up by offset."""
    sentence_starts, sentence_ends = [s.start for s in sentences], [s.end for s in sentences]
    ordered = sorted(places, key=_start)
    place_starts = [p.start for p in ordered]

    def countries_at(pos: int) -> set[str]:
        index = containing(sentence_starts, sentence_ends, pos)
        if index is None:
            return set()
        lo = bisect.bisect_left(place_starts, sentences[index].start)
        hi = bisect.bisect_left(place_starts, sentences[index].end)
        return {p.place.country for p in ordered[lo:hi]
                if p.place.country and (with_countries or p.place.feature != "country")}
    return countries_at


def _every_occurrence(text: str, places: list[PlaceMention], masked: list[tuple[int, int]]) -> list[PlaceMention]:
    """A name the report once marks as a place ("the villages of Zaytan and Khalasa") is that
    place wherever else it is written the same way ("a counterattack to retake Khalasa").

    A name that also names a country the report mentions ("Seizing Syria Village" beside
    "Syria") is a headline's title case, not a village, and is dropped.
    """
    countries = {p.place.name for p in places if p.place.feature == "country"}
    kept = [p for p in places if p.place.gazetteer_id is not None or p.place.name not in countries]
    taken = Overlaps(masked + [(p.start, p.end) for p in kept])
    added = DisjointSpans()
    extra: list[PlaceMention] = []
    for mention in {p.mention: p for p in kept if p.place.gazetteer_id is None}.values():
        for start, end in _standalone(text, mention.mention):
            if not taken(start, end) and not added.overlaps(start, end):
                extra.append(PlaceMention(start, end, mention.mention, mention.place))
                added.add(start, end)
    return sorted(kept + extra, key=lambda p: p.start)


def _standalone(text: str, name: str) -> Iterator[tuple[int, int]]:
    r"""Where ``name`` (a mention's text, never empty) is written in ``text`` with no word
    character or hyphen touching it, left to right and not overlapping: the spans of
    ``(?<![\w\-])NAME(?![\w\-])``.  Found with ``str.find``: a pattern that opens with a
    lookbehind is tried at every character of the report, once per name (0.4 ms per name
    of a 20 kB section), where ``find`` skips to the name's occurrences in C."""
    start = text.find(name)
    while start >= 0:
        end = start + len(name)
        if (start == 0 or not _word_or_hyphen(text[start - 1])) and (end == len(text) or not _word_or_hyphen(text[end])):
            yield start, end
            start = text.find(name, end)
        else:
            start = text.find(name, start + 1)


def _word_or_hyphen(char: str) -> bool:
    r"""``[\w\-]`` of ``re`` for one character (``\w``: alphanumeric or the underscore)."""
    return char.isalnum() or char in "_-"


def _is_day(mention: DateMention) -> bool:
    """A day, a few stated days or a stated period ("for a fifth consecutive day"), not a
    vague span ("earlier this week", "since January")."""
    rng = mention.range
    if mention.period:
        return rng.start is not None
    return (rng.start is not None and rng.precision is not None and rng.precision <= 2
            and not _VAGUE_SPAN.search(mention.text))


@dataclass(frozen=True)
class _DateKinds:
    """A text's date mentions sorted by what they date."""

    events: list[DateMention]  # may date events: not datelines, not the day something was said
    reported: list[DateMention]  # single days on which something was said ("the monitor said on Tuesday")
    updated: list[DateMention]  # event days on which a toll changed ("the toll rose on Wednesday to 31")


def _date_kinds(text: str, mentions: list[DateMention], published: date | None, report_top: bool = True) -> _DateKinds:
    """Each mention asked once whether it is the page's stamp and whether it is the day
    something was said: the lists are built from the two answers.  A stamp ("Published
    October 15 2016") is the page's day, neither an event's nor a statement's, and so is a
    day right behind it ("Monday 22 Sep 2014")."""
    stamps = [report_top and is_page_stamp(text, d, published) for d in mentions]
    said = [is_reporting_date(text, d) for d in mentions]
    datelines = [d for d, stamp in zip(mentions, stamps) if stamp]
    events = [d for d, stamp, told in zip(mentions, stamps, said)
              if not stamp and not told and not is_photo_date(text, d) and not is_anniversary_day(text, d)
              and not any(0 <= line.start - d.end <= 3 for line in datelines)]
    reported = [d for d, stamp, told in zip(mentions, stamps, said) if d.range.precision == 1 and told and not stamp]
    return _DateKinds(events, reported, [d for d in events if _is_toll_update(text, d)])


_UPDATE_REACH = 100  # characters before a toll's verb in which its toll words stand
_UPDATE_VERB_REACH = 25  # characters before a day in which its toll's update verb ends


def _is_toll_update(text: str, mention: DateMention) -> bool:
    """ "The death toll rose on Wednesday to 31": a single day right after a toll's update
    verb, with the toll's words before the verb in its sentence or a figure right after the
    day ("climbed Thursday to 40"), is the day the count changed."""
    if not mention.one_day:
        return False
    verb = _toll_update().verb.search(text, max(0, mention.start - _UPDATE_VERB_REACH), mention.start)
    if verb is None:
        return False
    before = re.split(r"[.;!?\n]", text[max(0, verb.start() - _UPDATE_REACH):verb.start()])[-1]
    return (_running_total_cues().search(before) is not None
            or _toll_update().figure_after.match(text, mention.end) is not None)


@dataclass(frozen=True)
class _CountedDays:
    back: re.Pattern[str]  # a mention's whole text: "the previous day"
    on: CaselessPattern  # searched in the text: "the following day"
    later: CaselessPattern  # searched in the text: "two days later", "a week afterwards"
    earlier: CaselessPattern  # searched in the text: "two days earlier", "a week earlier"
    # "days later", "weeks earlier": the unit and word every match of ``later`` (``earlier``)
    # holds.  ``later`` and ``earlier`` open with a count ("a", "one", "12"), so a scan of
    # them stops at nearly every word of a report; one scan for the unit and word first
    # rules out most reports, which count no days on.
    later_tail: CaselessPattern
    earlier_tail: CaselessPattern

    def steps(self, text: str) -> list[tuple[int, int, str, int]]:
        """Each phrase of ``text`` that counts days on (or back, negative) from a day told
        before it: (its start, its end, its words, the days)."""
        found = [(m.start(), m.end(), m.group(), 1) for m in self.on.finditer(text)]
        for pattern, tail, sign in ((self.later, self.later_tail, 1), (self.earlier, self.earlier_tail, -1)):
            if tail.search(text) is None:
                continue
            for m in pattern.finditer(text):
                days = days_counted(count_value(m.group("count")), m.group("unit")) or 0
                if 0 < days <= _MAX_COUNTED_ON:
                    found.append((m.start(), m.end(), m.group(), sign * days))
        return found


_MAX_COUNTED_ON = 31  # days: "two months later" is another story's time, no day of this one


@lru_cache(maxsize=1)
def _counted_days() -> _CountedDays:
    """The counted_back, counted_on, counted_later and counted_earlier phrases of
    data/dates/continuation.yaml."""
    data = _continuation_words()
    back, on, later, earlier = (any_phrase(data[key])
                                for key in ("counted_back", "counted_on", "counted_later", "counted_earlier"))
    return _CountedDays(re.compile(rf"(?:{back})$", re.IGNORECASE), CaselessPattern(rf"\b(?:{on})\b"),
                        CaselessPattern(rf"\b{COUNT}\s+(?P<unit>{_COUNTED_UNIT})\s+(?:{later})\b"),
                        CaselessPattern(rf"\b{COUNT}\s+(?P<unit>{_COUNTED_UNIT})\s+(?:{earlier})\b(?!\s+than\b)"),
                        CaselessPattern(rf"\b(?:{_COUNTED_UNIT})\s+(?:{later})\b"),
                        CaselessPattern(rf"\b(?:{_COUNTED_UNIT})\s+(?:{earlier})\b"))


_COUNTED_UNIT = r"days?|weeks?"


def _from_told_day(text: str, sentences: list[Sentence], mentions: list[DateMention],
                   published: date | None) -> list[DateMention]:
    """ "Rebels shelled the town on Tuesday. Four had been killed the previous day" (or
    "… the following day", "… three days later", "… two days earlier"): a day counted from
    the day the story has just told, in its sentence or the one before, Monday (or
    Wednesday, Friday, Sunday), not from publication.  "The following day" with no day told
    before it, or falling after publication, dates nothing; "two days earlier" with none
    keeps the grammar's reading, from publication."""
    words = _counted_days()
    counted_steps = words.steps(text)
    # the grammar's own reading of "two days earlier" (from publication) gives way to the count
    counts_at = {start: days for start, _, _, days in counted_steps if days < 0}
    taken = Overlaps([(m.start, m.end) for m in mentions])
    # (start, end, words, days counted from the day told before, the mention the grammar found)
    steps: list[tuple[int, int, str, int, DateMention | None]] = [
        (m.start, m.end, m.text, -1 if words.back.search(m.text) else counts_at.get(m.start, 0), m)
        for m in mentions]
    steps += [(start, end, said, days, None) for start, end, said, days in counted_steps if not taken(start, end)]
    starts = [s.start for s in sentences]
    counted: list[DateMention] = []
    for start, end, said, step, mention in sorted(steps, key=lambda item: item[0]):
        anchor = _stated_day_before(counted, starts, start) if step else None
        day = anchor + timedelta(days=step) if anchor is not None else None
        if day is not None and (published is None or day <= published):
            counted.append(DateMention(start, end, said, make_range(day, day)))
        elif mention is not None:
            counted.append(mention)
    return counted


@lru_cache(maxsize=1)
def _ran_until() -> re.Pattern[str]:
    """The ran_until_verbs of data/dates/continuation.yaml, then "until" or "till", ending
    where a day starts."""
    verbs = any_phrase(_continuation_words()["ran_until_verbs"])
    return re.compile(rf"\b(?:{verbs})\s+(?:[\w-]+\s+){{0,2}}?(?:until|till)\s+(?:on\s+)?$", re.IGNORECASE)


def _ran_until_before(text: str, start: int) -> bool:
    """A verb of going on and "until" end just before ``start`` ("went on fiercely until"):
    the one test of a run's end, for the run made and for the clauses it is not theirs."""
    return _ran_until().search(text, max(0, start - _UNTIL_REACH), start) is not None


def _runs_on_until(text: str, sentences: list[Sentence], mentions: list[DateMention]) -> list[DateMention]:
    """ "Fighting broke out on Monday around the village. The clashes went on until
    Wednesday": a day that a verb of going on reaches with "until" ends a run begun on the
    single day the story told before it, in its sentence or the one before: Monday to
    Wednesday, one event, not one on each day.  With no day told before, or a later one,
    the day stays as it is."""
    starts = [s.start for s in sentences]
    ran: list[DateMention] = []
    for mention in mentions:
        begun = (_stated_day_before(ran, starts, mention.start)
                 if mention.one_day and _ran_until_before(text, mention.start) else None)
        if begun is not None and 0 < (mention.first_day - begun).days <= _MAX_COUNTED_ON:
            ran.append(DateMention(mention.start, mention.end, mention.text, make_range(begun, mention.first_day),
                                   period=True))
        else:
            ran.append(mention)
    return ran


_UNTIL_REACH = 60  # characters before a day in which "went on fiercely until" stands


def _campaign_days(text: str, mentions: list[DateMention], published: date | None) -> list[DateMention]:
    """ "Air strikes killed 20 on Sunday, the fifth day of the incursion … the town, which
    Turkish-led forces captured on the first day of the incursion": a day numbered in a
    campaign whose numbered day the report also dates.  Only when every dated numbered
    day agrees on the campaign's first day."""
    numbered = nth_days_of_fighting(text)
    if not numbered:
        return mentions
    # The mentions ending right before each numbered day ("on Sunday, the fifth day"), found
    # by bisection: a scan of every mention per numbered day grows with the square of a
    # long report's length.
    ending = Within(mentions, _end, _end)
    told_before = [ending(start - 2, start) for start, _, _ in numbered]
    firsts: set[date] = set()
    for (_, _, number), before in zip(numbered, told_before):
        told = [m for m in before if m.range.precision == 1]
        if told and told[-1].one_day:
            firsts.add(told[-1].first_day - timedelta(days=number - 1))
    if len(firsts) != 1:
        return mentions
    first = firsts.pop()
    taken = Overlaps([(m.start, m.end) for m in mentions])
    added = [DateMention(start, end, text[start:end], make_range(day, day), True)
             for (start, end, number), before in zip(numbered, told_before)
             if not taken(start, end) and (day := first + timedelta(days=number - 1)) <= (published or day)
             and not before]
    return sorted(mentions + added, key=_start)


# What may stand between a run of days and the day it reaches or starts from in one
# clause ("on Sunday for a fifth consecutive day", "lasted six days and ended on Tuesday",
# "broke out on 21 November between X and Y in Z and continued for three days"): no
# sentence's end, and no word opening another clause ("shelled Douma on Monday, while in
# Aleppo the three-day battle …" tells of two fights).
_BESIDE_RUN = re.compile(r"[^.!?…;\n]{0,100}")
_OTHER_CLAUSE = re.compile(r"\b(?:while|whereas|but|meanwhile)\b|,\s*and\b", re.IGNORECASE)
# Between a run and a later day: the day the run started from ("lasted four days after
# rebels attacked on 20 May") or the day it ended on ("until troops entered on Friday",
# "before it fell on Sunday"; a day right after the run ends it too).
_STARTED_FROM = re.compile(r"\b(?:after|since|following)\b", re.IGNORECASE)
_ENDED_ON = re.compile(r"\b(?:until|till|before|ended|ending|ends)\b", re.IGNORECASE)


def _runs_to_a_stated_day(text: str, mentions: list[DateMention], published: date | None) -> list[DateMention]:
    """ "Clashes raged in the town on Sunday for a fifth consecutive day", "the battle
    lasted six days and ended on Tuesday": the run's last day is the earlier day its
    clause states, not the report's day, so its days end there; "clashes broke out on 21
    November and continued for three days", "fighting lasted four days after rebels
    attacked on 20 May": a day the run began on starts it.  A later day told neither as
    its end ("until … on Friday", "for 4 days in a row on Sunday") nor as its start
    anchors nothing."""
    if published is None:
        return mentions
    anchored = list(mentions)
    for index, mention in enumerate(mentions):
        if not counts_days_back(mention) or mention.last_day != published:
            continue
        beside = _day_beside(text, mentions, index, published)
        if beside is None:
            continue
        day, gap = beside
        length = mention.last_day - mention.first_day
        later = day.start > mention.start
        if _BEGAN_BEFORE.search(text, max(0, day.start - _BEGAN_REACH), day.start) \
                or later and _STARTED_FROM.search(gap):
            run = make_range(day.first_day, min(day.first_day + length, published))
        elif not later or not gap.strip() or _ENDED_ON.search(gap):
            run = make_range(day.first_day - length, day.first_day)
        else:
            continue
        anchored[index] = replace(mention, range=run)
    return anchored


def _day_beside(text: str, mentions: list[DateMention], index: int,
                published: date) -> tuple[DateMention, str] | None:
    """The single earlier day stated right before or after ``mentions[index]`` in its clause,
    and the words between them."""
    run = mentions[index]
    for other in (mentions[index - 1] if index else None, mentions[index + 1] if index + 1 < len(mentions) else None):
        if other is None or other.period or not other.one_day or other.first_day >= published:
            continue
        gap = text[other.end:run.start] if other.end <= run.start else text[run.end:other.start]
        if _BESIDE_RUN.fullmatch(gap) and not _OTHER_CLAUSE.search(gap):
            return other, gap
    return None


def _stated_day_before(earlier: list[DateMention], starts: list[int], start: int) -> date | None:
    """The last single day stated before offset ``start`` in its sentence or the one before."""
    sentence = bisect.bisect_right(starts, start) - 1
    reach = starts[max(0, sentence - 1)] if starts else 0
    for candidate in reversed(earlier):
        if candidate.start < reach:
            return None
        if candidate.one_day:
            return candidate.first_day
    return None


def report_day(text: str, published: date | None) -> date | None:
    """The day the report was written: its own stamp ("AFP Tuesday 23 Sep 2014 …",
    "Published on 4 May 2016", a full day it opens with: "6 Oct 2017 At least …") when it
    states one, else the day the caller gives (a feed's or a dataset's, which may be a
    repost's or the crawl's), else the first full date at its top.  A caller's day before the war began (data/dates/stamps.yaml ``war_began``) is
    no day a report of it was written: a full date at its top after that day wins.  A
    report's "on Monday" counts back from the day it was written."""
    first_full: date | None = None
    for mention in find_dates(text[:STAMP_REACH], None):
        if mention.range.precision != 1 or not EXPLICIT_YEAR.search(mention.text):
            continue
        if is_page_stamp(text, mention):
            if _retold_long_after(text, mention, published):
                continue
            return mention.first_day
        first_full = first_full or mention.first_day
    if published is not None and first_full is not None and published < war_began() <= first_full:
        return first_full
    return published if published is not None else first_full


def _retold_long_after(text: str, mention: DateMention, published: date | None) -> bool:
    """An opening dateline weeks away from the caller's day ("10 Sep 2013" atop a retelling a
    dataset files under the attack's 21 Aug) corrects no feed when the page tells it is a later
    retelling: it names the caller's day by the calendar ("the August 21 attack"), or states a
    gap back from its dateline that lands near that day ("three weeks after", "last month").
    Its undated story then stays on the caller's day, where the other reports of that event
    are.  Within ``stale_days`` of the caller's day, or when the page tells neither ("25-04-2016
    A car bomb killed eight … on Monday" filed under 3 April), the dateline is the day the page
    was written, and its "on Monday" counts back from it."""
    stale = load_filters().stale_days
    return (published is not None and is_opening_dateline(text, mention)
            and abs((mention.first_day - published).days) > stale
            and (names_calendar_day(text, published) or states_gap_back(text, mention.first_day, published, stale)))


class DocumentActors:
    """``ActorKB.find`` served from a report's resolved mentions.

    The casualty reader asks for the actors of each sentence; answering from the
    document-level pass is faster and gives it the context-resolved names too
    ("gunmen loyal to them" -> pro-government militias).  Text that is not a slice of
    the report falls back to the plain KB, read on the report's day (dated descriptors).
    """

    def __init__(self, ctx: DocContext, kb: ActorKB) -> None:
        self._ctx = ctx
        self._kb = kb

    def find(self, text: str, offset: int = 0) -> list[ActorMention]:
        if self._ctx.text[offset:offset + len(text)] != text:
            return self._kb.find(text, offset, on=self._ctx.published)
        return self._ctx.actors_in(offset, offset + len(text))


def _start(mention: ActorMention | PlaceMention | DateMention) -> int:
    return mention.start


def _end(mention: ActorMention | PlaceMention | DateMention) -> int:
    return mention.end
