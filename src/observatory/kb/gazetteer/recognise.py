"""Finding toponyms in a sentence: gazetteer names first, then cue-marked unknown names.

Only capitalised words (with their Arabic articles: "al-Tayba", "Deir ez-Zor",
"Jubb al Kusa") can make a toponym; common words, nationalities and actor names
never stand alone as one (``data/places/not_places.txt``).  A name the gazetteer
lacks is still a toponym when the words around it say so ("the village of X",
"X town", "X mountain"), when it starts with an Arabic toponym head ("Tal Meri",
"Deir al-Adas"), or when it is listed with other places ("Al-Shawla, Kabajeb and ...").
Headlines in Title Case or capitals say nothing by their capitals: they yield names the
gazetteer knows exactly, then word runs the gazetteer knows under another spelling when no
word of the run is an English word, a stop word or an actor's name.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field, replace
from functools import lru_cache

from observatory.kb.place_nouns import alternation, words_with
from observatory.nlp.caseless import CaselessPattern
from observatory.nlp.tokens import Token, tokens_of

from .cues import (AROUND_BEFORE_WORDS, NO_CUE, PREFIX_AT, SUFFIX_FEATURES, SUFFIX_PAIRS,
                   CueContext, has_locative_prefix, has_place_prefix, in_apposition, merge, placed_in_area, prefix_context,
                   suffix_context)
from .builtin import country_possessive_governorates
from .index import PlaceCandidate, Gazetteer
from .record import GazetteerPlace
from .lexicon import (english_words, epithets, group_heads, kunya_words, name_qualifiers, not_place_phrases, not_places,
                      ordinary_words, organisation_tails, person_cues, stop_words,
                      toponym_heads, word_names)
from .normalize import ARTICLES, light_key, vowel_key

_TOKEN = re.compile(r"[^\W_]+(?:['’ʿ‘`][^\W_]+)*")
# What may stand between two words of one name: a space, a hyphen or a dash (a set, not a
# regex: asked for most gaps of a report).  A line break may close it, as "$" let it.
_JOINS = frozenset(gap + end for gap in (" ", "-", " - ", "–") for end in ("", "\n"))
_COMMA_LIST = re.compile(r"^\s*,\s*(?:and\s+|or\s+)?$")
_AND_LIST = re.compile(r"^\s+(?:and|or)\s+$")
_COMMA_BEFORE = re.compile(r",\s*$")  # the list item before "and" followed a comma: "A, B and C"
_PLURAL_OF = re.compile(rf"\b{alternation('list_of')}\s+of\s+$", re.I)
_TITLE_CASE_SHARE = 0.6
_POSSESSIVE = re.compile(r"['’]s$")
MAX_NAME_TOKENS = 4
_NAME_CACHE = 65536  # names (spans of capitalised runs) whose pure readings are kept: reports repeat them
MAX_GAZETTEER_TOKENS = 6


@dataclass
class RawMention:
    """A toponym found in text, before resolution; ``end`` includes a suffix cue word."""

    start: int
    end: int
    name: str
    candidates: list[PlaceCandidate]
    context: CueContext = field(default_factory=CueContext)
    sentence: int = 0


def tokenize(text: str, offset: int = 0) -> list[Token]:
    return tokens_of(_TOKEN, text, offset)


class Recogniser:
    """Scans sentences for toponyms using one :class:`Gazetteer`."""

    def __init__(self, gazetteer: Gazetteer) -> None:
        self.gazetteer = gazetteer

    def scan(self, text: str, start: int, end: int, sentence: int = 0) -> list[RawMention]:
        """Toponyms in ``text[start:end]`` (one sentence), in order, not overlapping."""
        return self._scan(_TextTokens(text[start:end], start), text, start, end, sentence)

    def scan_sentences(self, text: str, spans: Iterable[tuple[int, int]]) -> list[RawMention]:
        """:meth:`scan` of each sentence ``text[start:end]`` of ``spans`` in turn (numbered from
        0), with one tokenisation of the whole text for them all (``_TextTokens``)."""
        whole = _TextTokens(text)
        found: list[RawMention] = []
        for n, (start, end) in enumerate(spans):
            tokens = whole if whole.cut_between_tokens(start, end) else _TextTokens(text[start:end], start)
            found += self._scan(tokens, text, start, end, n)
        return found

    def _scan(self, tokens: _TextTokens, text: str, start: int, end: int, sentence: int) -> list[RawMention]:
        s = tokens.sentence(text, start, end, sentence, self._known)
        found = self._names(s)
        if s.title_case:
            found += self._headline_names(s)
        else:
            found += self._listed_names(s, found)
            found += _sharing_a_plural_noun(s, found)
            _led_by_a_plural_noun(s, found)
        if tokens.epithets:
            found += self._epithets(s, tokens.epithets, text[start:end], start, found)
        for m in found:
            if not m.candidates and m.context.admin:  # "Raqq province": a governorate, mistyped
                m.candidates = self.gazetteer.governorates_like(m.name)
        ends = {m.end for m in found}
        return sorted((m for m in found if not _person(text, m, ends)), key=lambda m: m.start)

    def _epithets(self, s: _Sentence, possible: list[tuple[CaselessPattern, str]], sentence: str, offset: int,
                  found: list[RawMention]) -> list[RawMention]:
        """"the capital", "the Syrian desert": a common noun standing for one place, with
        the cue words before it read as for a name ("the outskirts of the capital");
        ``possible``: the epithets the sentence's text may hold."""
        out: list[RawMention] = []
        for pattern, place_id in possible:
            place = self.gazetteer.get(place_id)
            if place is None:
                continue
            for m in pattern.finditer(sentence):
                start, end = offset + m.start("name"), offset + m.end("name")
                if any(f.start < end and start < f.end for f in (*found, *out)):
                    continue
                context = prefix_context(s.text[max(0, offset + m.start() - 60):offset + m.start()])
                out.append(RawMention(start, end, place.name, [PlaceCandidate(place, True)], context, s.index))
        return out

    def _names(self, s: _Sentence) -> list[RawMention]:
        out: list[RawMention] = []
        resume = 0
        for i in s.starts:
            if i < resume or not s.can_start(i) or self._starts_nothing_alone(s, i):
                continue
            listed = self._article_list(s, i)
            if listed:
                out += listed
                resume = s.first_token_from(listed[-1].end) or len(s.tokens)
                continue
            mention, j = self._name_at(s, i)
            if mention is not None:
                spans = [(i, j)] if mention.candidates else _unpunctuated_list(s, i, j)
                if len(spans) > 1:
                    out += [s.mention(a, b, []) for a, b in spans if _acceptable_unknown(s, a, b)]
                    j = spans[-1][1]
                else:
                    out.append(mention)
                s.take(i, j)
            resume = max(j, i + 1)
        return out

    def _starts_nothing_alone(self, s: _Sentence, i: int) -> bool:
        """Token i stands alone (no name word joined after it, no cue word next) and is a word
        :meth:`_name_at` can make nothing of there: no known name ("Regime", "Monday", "SDF")
        and no unknown one (``_never_unknown``).  Most capitalised words of a report are such,
        and this asks the word's cached reading and two neighbours instead of every rule."""
        word = s.tokens[i].text
        alone = _never_unknown(word)
        if alone is None or i + 1 < len(s.tokens) and (s.lower[i + 1] in _CUE_WORDS or s.linked(i)):
            return False
        if alone:  # ``excluded``: its gazetteer readings are never asked alone
            return True
        name = without_possessive(word)
        own = self.gazetteer.own_lookup
        return not own(name) and (glued_owner(word) is None or not own(name[:-1]))

    def _name_at(self, s: _Sentence, i: int) -> tuple[RawMention | None, int]:
        """The toponym starting at token i, if any, and the token after it."""
        run_end = s.run_end(i)
        headed = s.headed(i) and run_end - i >= 2
        if headed:
            for j in range(run_end, i + 1, -1):
                candidates = self._lookup(s, i, j) if s.can_end(j - 1) else []
                if candidates:
                    return s.mention(i, j, candidates), j
            run_end = self._cut_at_known(s, i, _same_script_end(s, i, run_end))
            if not s.title_case and run_end - i >= 2 and _acceptable_unknown(s, i, run_end):
                return s.mention(i, run_end, []), run_end
            return None, i + 1
        for j in range(s.joined_end(i, MAX_GAZETTEER_TOKENS), i, -1):
            if not s.can_end(j - 1):
                continue
            if s.excluded(i, j):  # "Omar" is a man; "the Omar oil field" is a place
                candidates = self._feature_named(s, i, j)
                if candidates:
                    return s.mention(i, j, candidates), j
                continue
            candidates = self._lookup(s, i, j)
            if not candidates or (j == i + 1 and self._word_uncued(s, i)):
                continue
            own = _own_full_name(s, i, j, run_end, candidates)
            if own:
                return s.mention(i, j + 2, own), j + 2
            if _continues_as_compound(s, i, j, run_end, candidates):
                end = _same_script_end(s, i, run_end)
                return s.mention(i, end, []), end
            if self._named_longer(s, i, j, run_end):
                return s.mention(i, run_end, []), run_end
            return s.mention(i, j, candidates, glued=j == i + 1 and self._glued_possessive(s, i)), j
        run_end = self._cut_at_known(s, i, _same_script_end(s, i, run_end))
        if not s.title_case and _acceptable_unknown(s, i, run_end) and s.cued(i, run_end):
            return s.mention(i, run_end, []), run_end
        if s.lower[i] in _KIN_NAME_WORDS and run_end > i + 1:
            return None, run_end  # "Abu Dali was retaken": uncued, but "Dali" is no name of its own
        return None, i + 1

    @staticmethod
    def _word_uncued(s: _Sentence, i: int) -> bool:
        """"Syria's Biggest Dam", "Imran Khan": a one-word name that is an ordinary word
        (``word_names.txt``) is a place only where a cue says so ("the village of Khan").  In a
        Title Case headline every English verb, adjective or adverb is such a word
        (``ordinary_words``: "Warplanes Hit Dam North of ...", "Iron Dome Downs ..."), and
        only a locative word before it says so: the verb or the feature noun beside it may
        be one of the headline's capitalised words too ("Hit" + "Dam")."""
        word = without_possessive(s.tokens[i].text)
        if s.title_case and _ordinary(word.lower()):
            return not s.located(i)
        return light_key(word) in word_names() and not s.cued(i, i + 1)

    def _article_list(self, s: _Sentence, i: int) -> list[RawMention]:
        """"the neighbourhoods of al-Hamdaniyah al-Sheikh Taha al-Sulaymaniyah and ...": a
        report stripped of commas runs a plural's list of article names together, each name
        starting at its article.  The run is cut before every article that follows a name
        word, two parts kept together where the gazetteer knows them as one name ("al-Hajar
        al-Aswad"); fewer than two names is no such list.  Each name takes the kind the
        plural gives the first."""
        parts = _article_parts(s, i)
        if len(parts) < 2:
            return []
        out: list[RawMention] = []
        n = 0
        while n < len(parts):
            a, b = parts[n]
            if n + 1 < len(parts) and self._known(s.span_text(a, parts[n + 1][1])):
                b, n = parts[n + 1][1], n + 1
            candidates = self._lookup(s, a, b)
            if not candidates and not _acceptable_unknown(s, a, b):
                return []
            out.append(s.mention(a, b, candidates))
            n += 1
        for m in out:  # each name is a place of the plural's kind ("al-Sheikh Taha al-Midan" is no man)
            m.context = replace(m.context, feature=m.context.feature or out[0].context.feature)
            s.take(s.first_token_from(m.start) or 0, (s.first_token_from(m.end) or len(s.tokens)))
        return out

    def _headline_names(self, s: _Sentence) -> list[RawMention]:
        """"ARMY SHELLS MAARET AL-NUMAN": in a headline every word is capitalised, so the
        capitals that let a sentence's sound-alike spelling count say nothing; a run of words
        left over by :meth:`_names` counts (longest first) when the gazetteer knows it by its
        sound and none of its words is English, a stop word or a non-place ("Hit", "Shells")."""
        out: list[RawMention] = []
        i = 0
        while i < len(s.tokens):
            found = self._headline_name(s, i) if i not in s.taken and s.lower[i] not in ARTICLES else None
            if found is None:
                i += 1
                continue
            j, candidates = found
            out.append(s.mention(i, j, candidates))
            s.take(i, j)
            i = j
        return out

    def _headline_name(self, s: _Sentence, i: int) -> tuple[int, list[PlaceCandidate]] | None:
        """The end of the longest run from token i the gazetteer knows by its sound, with
        the places it knows it as, if any.  A run holding a word that is no part of a
        toponym is none (``_headline_word``): runs are tried only up to the first such word,
        which in a headline of English words is the one at ``i`` itself."""
        end = s.joined_end(i, MAX_GAZETTEER_TOKENS)
        end = next((k for k in range(i, end) if s.lower[k] not in ARTICLES and not _headline_word(s.lower[k])), end)
        for j in range(end, i, -1):
            if s.can_end(j - 1) and _headline_words(s, i, j):
                candidates = self._headline_lookup(s, i, j)
                if candidates:
                    return j, candidates
        return None

    def _headline_lookup(self, s: _Sentence, i: int, j: int) -> list[PlaceCandidate]:
        """Syrian sound-alikes of tokens i..j-1 (exact spellings were taken by :meth:`_names`)."""
        return self.gazetteer.syrian_lookup(s.span_text(i, j))

    def _named_longer(self, s: _Sentence, i: int, j: int, run_end: int) -> bool:
        """"the Zahra Jadida neighbourhood": a known name followed by unknown words and a
        quarter's noun is the start of a longer name the gazetteer lacks, not a place of its
        own followed by another ("New Zahra" is not Zahra)."""
        if j >= run_end or s.title_case or s.suffix(run_end).feature not in _NAMED_FEATURES \
                or _POSSESSIVE.search(s.tokens[j - 1].text):
            return False  # "Raqqa's al-Naim square": the owner of the place, not its first word
        if j == i + 1 and self._glued_possessive(s, i):
            return False  # "Aleppos Marjeh district": the owner of the quarter, not its first word
        if any(self._known(s.tokens[k].text) or self._known(s.span_text(k, run_end)) for k in range(j, run_end)):
            return False
        return _acceptable_unknown(s, i, run_end)

    def _glued_possessive(self, s: _Sentence, i: int) -> bool:
        """"Aleppos Marjeh district": token i is a known name whose possessive lost its
        apostrophe in the copy (``glued_owner``, as "Qaedas" in :meth:`_Sentence.excluded`),
        and what it owns is a quarter of it: named by a quarter's noun, or a known place of
        the owner's governorate.  "Hamas Political Bureau" owns no place, and "Hamas Gaza
        office" or "Hamas Damascus office" a place outside Hama: the movement's name.  A possessive
        that kept its apostrophe ("Aleppo's") is no glued one: its mention already stops at it."""
        word, j = s.tokens[i].text, i + 1
        owner = glued_owner(word)
        if owner is None or _POSSESSIVE.search(word) or j >= len(s.tokens) or s.gap(i) != " " \
                or not _capitalised(s.tokens[j].text) or not self._known(owner) or self._known(word):
            return False  # "Damascus" is no possessive of whatever "Damascu" spells
        end = s.run_end(j)
        if s.suffix(end).feature == "neighbourhood":
            return True
        owners = [c.place for c in self.gazetteer.lookup(owner) if c.exact]
        return any(c.exact and _lies_in(c.place, place) for c in self.gazetteer.lookup(s.span_text(j, end))
                   for place in owners)

    def _cut_at_known(self, s: _Sentence, i: int, run_end: int) -> int:
        """"the towns of Mesraba Harasta": an unknown name ends where a known one starts,
        before the known one's article ("Bab Qinnasrin al-Kallaseh": "al-" is Kallaseh's)."""
        for k in range(i + 1, run_end):
            if s.tokens[k].text.lower() in ARTICLES or s.tokens[k - 1].text.lower() in _NOT_SPLIT_AFTER:
                continue
            if k == i + 1 and (s.lower[i] in ARTICLES or s.headed(i)):
                continue  # "al-Bureij", "Tell Aran": the article or head word belongs to the name after it
            if k == i + 2 and s.headed(i) and s.lower[k - 1] in ARTICLES:
                continue  # "Jamiyat al-Zahra", "Tal al-Hawa": head, article, name are one toponym
            if self._known(s.span_text(k, run_end)) or self._known(s.tokens[k].text):
                return k - 1 if k - 1 > i and s.lower[k - 1] in ARTICLES else k
        return run_end

    def _known(self, name: str) -> bool:
        """Spelled as a place the gazetteer holds (a foreign one only under its own name)."""
        return any(c.exact for c in self.gazetteer.own_lookup(name))

    def _lookup(self, s: _Sentence, i: int, j: int) -> list[PlaceCandidate]:
        """Candidates for tokens i..j-1; sound-alike matches only where nothing argues against."""
        feature = self._feature_named(s, i, j)
        if feature:
            return feature
        name = without_possessive(s.span_text(i, j))
        if j == i + 1 and self._glued_possessive(s, i):
            name = name[:-1]  # "Daraas Manshiyah district" names Daraa first
        candidates = self.gazetteer.own_lookup(name)
        exact = [c for c in candidates if c.exact]
        if exact or not candidates:
            return exact
        if s.title_case or not _sound_alike_credible(s, i, j):
            return []
        return self.gazetteer.syrian_lookup(name)  # foreign sound-alikes never are

    def _feature_named(self, s: _Sentence, i: int, j: int) -> list[PlaceCandidate]:
        """"the Tabqa dam", "Deir Ezzor airport": a feature the gazetteer knows under the name
        and its cue word is that feature, not the town it is named after; "Mennagh airbase":
        a site it knows under another spelling of the name or another site word
        (:meth:`Gazetteer.sites_named`), with the unit's number before it ("the 17th Division
        base")."""
        if j >= len(s.tokens) or s.lower[j] not in _CUE_WORDS:
            return []  # most names have no cue word after them: no need to read one (nor the name)
        name = without_possessive(s.span_text(i, j))
        numbered = s.span_text(i - 1, j) if i > 0 and any(c.isdigit() for c in s.lower[i - 1]) else name
        return [c for c in self._lookup_with_cue(s, j, name) if c.exact] \
            or self.gazetteer.sites_named(numbered, s.suffix(j).feature or "")

    def _lookup_with_cue(self, s: _Sentence, j: int, name: str) -> list[PlaceCandidate]:
        """"al-Jarrah airbase", "the Tishreen dam": the gazetteer may know a feature only
        with its cue word, which the report writes in lower case after the name (token j)."""
        cue_end = s.suffix(j).cue_end
        if cue_end is None:
            return []
        return self.gazetteer.syrian_lookup(f"{name} {s.text[s.tokens[j].start:cue_end]}")

    def _listed_names(self, s: _Sentence, found: list[RawMention]) -> list[RawMention]:
        """Unknown names coordinated with a found place: "Al-Shawla, Kabajeb and ..."."""
        added: list[RawMention] = []
        by_end = {f.end: f for f in found}
        frontier = [(m, _list_head(s, m, by_end)) for m in found]
        while frontier:
            m, head = frontier.pop()
            neighbour = _list_neighbour(s, m, head)
            if neighbour is not None:
                added.append(neighbour)
                frontier.append((neighbour, head))
        return added


class _TextTokens:
    """The words of a text as the toponym finder reads them, made once for all its sentences:
    tokens, their lower case and offsets, the tokens a name may start at, and the epithets
    the text may hold at all.  A report's section is tokenised once and each sentence takes
    its slice (bisected), instead of a tokenisation and three word loops per sentence; a
    sentence whose edge cuts a token of the whole text (no tokeniser's boundary) is read
    alone, as its own ``_TextTokens``."""

    def __init__(self, text: str, offset: int = 0) -> None:
        self.tokens = tokenize(text, offset)
        self.lower = [t.low for t in self.tokens]
        self.offsets = [t.start for t in self.tokens]
        # Lower-case words other than articles never start a name: most tokens, ruled out at once.
        self.starts = [k for k, t in enumerate(self.tokens) if not "a" <= t.text[0] <= "z" or t.low in ARTICLES]
        # An epithet the whole text cannot hold is not looked for in each sentence of it.
        self.epithets = [(pattern, place) for pattern, place in epithets() if pattern.may_occur_in(text)]

    def cut_between_tokens(self, start: int, end: int) -> bool:
        """Whether no token runs across offset ``start`` or ``end``: then the tokens from
        ``start`` to ``end`` are those of that span tokenised alone."""
        return not self._across(start) and not self._across(end)

    def _across(self, offset: int) -> bool:
        k = bisect_left(self.offsets, offset)
        return k > 0 and self.tokens[k - 1].end > offset

    def sentence(self, text: str, start: int, end: int, index: int, known: Callable[[str], bool]) -> _Sentence:
        """The sentence ``text[start:end]``, its tokens those of this text in that span."""
        lo, hi = bisect_left(self.offsets, start), bisect_left(self.offsets, end)
        first, last = bisect_left(self.starts, lo), bisect_left(self.starts, hi)
        return _Sentence(text, self.tokens[lo:hi], index, known, self.lower[lo:hi], self.offsets[lo:hi],
                         [k - lo for k in self.starts[first:last]])


class _Sentence:
    """Tokens of one sentence with the helpers name scanning needs (``starts``: the tokens
    a name may start at; ``offsets``: where each token starts)."""

    def __init__(self, text: str, tokens: list[Token], index: int, known: Callable[[str], bool],
                 lower: list[str], offsets: list[int], starts: list[int]) -> None:
        self.text = text
        self.known = known  # spelled as a place the gazetteer holds
        self.tokens = tokens
        self.index = index
        self.taken: set[int] = set()
        self.lower = lower
        self._starts = offsets
        self.starts = starts
        self.title_case = _is_title_case(text, tokens)
        self._mask_non_places()

    def _mask_non_places(self) -> None:
        """Mark the words of group names and non-place phrases as taken.  Most sentences hold
        no word either can start with: two set tests in C rule them out before a word loop."""
        lowered = self.lower
        phrases = not_place_phrases()
        heads = group_heads()
        if heads.isdisjoint(lowered) and phrases.keys().isdisjoint(lowered):
            return
        for i, word in enumerate(lowered):
            if word in heads:
                self.taken.update(range(i, self._group_name_end(i)))
                continue
            for phrase in phrases.get(word, ()):
                if tuple(lowered[i:i + len(phrase)]) == phrase:
                    self.taken.update(range(i, i + len(phrase)))
                    break

    def _group_name_end(self, i: int) -> int:
        """"Soqour al-Ghab", "Liwa Fursan al-Haq", "Jaish al-Fatah": the name after a group's
        head word is the group's (not the Ghab plain): its next word, with its article, then
        every further article-and-word ("Nour al-Din al-Zenki") but one the gazetteer knows as
        a place ("Jaish al-Islam al-Ghouta fighters" leaves al-Ghouta); a name after that is
        another ("Jaish al-Fatah Idlib" leaves Idlib)."""
        k = self._named_word_end(i + 1)
        if k == i + 1:
            return k
        while k < len(self.tokens) and self.lower[k] in ARTICLES and self._named_word_end(k) > k \
                and not self.known(self.span_text(k, self._named_word_end(k))):
            k = self._named_word_end(k)
        return k

    def _named_word_end(self, k: int) -> int:
        """After token k-1, the end of "al-Word" or "Word" joined to it; k when none is."""
        if k >= len(self.tokens) or self.gap(k - 1) not in _JOINS:
            return k
        if self.lower[k] in ARTICLES:
            if k + 1 < len(self.tokens) and self.gap(k) in _JOINS and _capitalised(self.tokens[k + 1].text):
                return k + 2
            return k
        return k + 1 if _capitalised(self.tokens[k].text) else k

    def first_token_from(self, offset: int) -> int | None:
        """Index of the first token starting at or after ``offset`` (a bisection: a
        sentence may hold thousands of names)."""
        k = bisect_left(self._starts, offset)
        return k if k < len(self.tokens) else None

    def take(self, i: int, j: int) -> None:
        self.taken.update(range(i, j))

    def span_text(self, i: int, j: int) -> str:
        return self.text[self.tokens[i].start:self.tokens[j - 1].end]

    def gap(self, k: int) -> str:
        """Characters between token k and token k+1."""
        return self.text[self.tokens[k].end:self.tokens[k + 1].start]

    def linked(self, k: int) -> bool:
        """Token k+1 continues a name with token k: only a space or hyphen between, a name word after."""
        return self.gap(k) in _JOINS and self._inner_ok(k + 1)

    def joined_end(self, i: int, limit: int) -> int:
        """The largest j <= i + limit such that tokens i..j-1 are joined into one name."""
        j = i + 1
        while j < len(self.tokens) and j - i < limit and j not in self.taken and self.linked(j - 1):
            j += 1
        return j

    def _inner_ok(self, k: int) -> bool:
        word = self.tokens[k].text
        if word == "at" and self.gap(k - 1) == " " and not self.headed(k - 1) \
                and k + 1 < len(self.tokens) and self.gap(k) == " ":
            return False  # "al-Sekkary at Aleppo": the English preposition ("Tall at Tut" keeps its article)
        return word[0].isupper() or self.lower[k] in ARTICLES or (word.isdigit() and not self._distance(k)) \
            or _arabic(word) or self.gap(k - 1) == "-"

    def _distance(self, k: int) -> bool:
        """"Tell Hammam 12 km south of X": a number before a unit is a distance, no part of a name."""
        return k + 1 < len(self.tokens) and self.lower[k + 1] in _UNITS

    def can_start(self, i: int) -> bool:
        if i in self.taken:
            return False
        word = self.tokens[i].text
        low = self.lower[i]
        if low in ARTICLES:
            return self.is_article(i)
        if low in stop_words() or low in AROUND_BEFORE_WORDS:
            return False  # "Jurud Arsal": the barrens' word is a cue for the name after it, not a name
        return _capitalised(word) or (word.isdigit() and i + 1 < len(self.tokens)
                                      and _capitalised(self.tokens[i + 1].text))

    def is_article(self, i: int) -> bool:
        """"al-Tayba", "As Sukhnah": an article before a name; "at Damascus" is English."""
        word = self.tokens[i].text
        if i + 1 >= len(self.tokens) or not _capitalised(self.tokens[i + 1].text):
            return False
        return self.lower[i] not in _ENGLISH_ARTICLES or word[0].isupper() or self.gap(i) == "-"

    def can_end(self, k: int) -> bool:
        return self.lower[k] not in ARTICLES

    def run_end(self, i: int) -> int:
        """End of the capitalised name run starting at i (articles and hyphens allowed)."""
        j = i + 1
        while j < len(self.tokens) and j - i < MAX_NAME_TOKENS and j - 1 not in self.taken \
                and j not in self.taken and self.linked(j - 1) \
                and self.lower[j] not in _CUE_WORDS and not _acronym(self.tokens[j].text) \
                and not _stop_word_inside(self.tokens[j].text) \
                and not (self._new_headed_name(j) and not (j == i + 1 and self.headed(i))) \
                and not self.closed_by_qualifier(j):
            j += 1
        while j > i + 1 and not self.can_end(j - 1):
            j -= 1
        return j

    def headed(self, i: int) -> bool:
        return self.lower[i] in toponym_heads()

    def closed_by_qualifier(self, j: int) -> bool:
        """"Rahjan al-Kabira Rahjan al-Saghira and X": tokens j-2 and j-1 are an article and an
        adjective that closes a place name (the big, the eastern: ``name_qualifiers``), so token
        j starts another name in a list stripped of commas, unless it is a further such
        adjective ("al-Kabir al-Shamali")."""
        if j < 2 or self.lower[j - 2] not in ARTICLES or self.lower[j - 1] not in name_qualifiers():
            return False
        return not (self.lower[j] in ARTICLES and j + 1 < len(self.tokens) and self.lower[j + 1] in name_qualifiers())

    def _new_headed_name(self, j: int) -> bool:
        """"Sanei Tal al-Hawa": a head word followed by a name begins another toponym."""
        return self.lower[j] in toponym_heads() and j + 1 < len(self.tokens) \
            and self.gap(j) in (" ", "-") and self._inner_ok(j + 1)

    def excluded(self, i: int, j: int) -> bool:
        """A non-place word or phrase, also in the possessive without apostrophe ("Qaedas")."""
        name = self.span_text(i, j)
        return _non_place(name) or (j - i == 1 and name.lower() in stop_words())

    def cued(self, i: int, j: int) -> bool:
        """The words around tokens i..j-1 say they are a place (not a building's name:
        "near the Zahra mosque" says where the mosque is)."""
        if j < len(self.tokens) and self.lower[j] in _BUILDINGS:
            return False
        if self.suffix(j).feature is not None:
            return True
        if self.lower[j - 1] in organisation_tails():
            return False  # "Smart News, a town ...", "hit the Elite Army in eastern Daraa": groups and outlets
        before = self.text[max(0, self.tokens[i].start - 60):self.tokens[i].start]
        after = self.text[self.tokens[j - 1].end:self.tokens[j - 1].end + 80]
        return has_place_prefix(before) or in_apposition(after) \
            or PREFIX_AT.search(before) is not None and placed_in_area(after, self.known)

    def located(self, i: int) -> bool:
        """Token i follows a locative word ("in", "near", "north of": ``has_locative_prefix``)."""
        return has_locative_prefix(self.text[max(0, self.tokens[i].start - 60):self.tokens[i].start])

    def named_by_noun(self, i: int, j: int) -> bool:
        """Tokens i..j-1 follow "the <kind of place> of" or precede the noun of a quarter,
        a crossing, a base or a feature ("X district", "X crossing"), which only a name takes."""
        before = self.text[max(0, self.tokens[i].start - 60):self.tokens[i].start]
        return prefix_context(before).feature is not None or self.suffix(j).feature in _NAMED_FEATURES

    def suffix(self, j: int) -> CueContext:
        if j >= len(self.tokens) or self.gap(j - 1) not in _JOINS:
            return NO_CUE
        return suffix_context(self.tokens[j:j + 3])

    def mention(self, i: int, j: int, candidates: list[PlaceCandidate], glued: bool = False) -> RawMention:
        """A mention of tokens i..j-1 with its cue words read; a suffix cue joins it, a
        possessive does not ("Raqqa's" mentions Raqqa), nor a ``glued`` one's "s" ("Raqqas
        Naim roundabout" mentions Raqqa, owner of the next place as with the apostrophe)."""
        before = self.text[max(0, self.tokens[i].start - 60):self.tokens[i].start]
        context = merge(prefix_context(before), self.suffix(j))
        if context.feature is None and not context.admin and _COUNTRY_POSSESSIVE_END in before[-10:].lower() \
                and _COUNTRY_POSSESSIVE.search(before) and _possessive_governorate(candidates):
            context = replace(context, admin=True)  # "in Syria's Idlib": the province, as "Idlib province"
        name = without_possessive(self.span_text(i, j))
        name = name[:-1] if glued else name
        end = context.cue_end or self.tokens[i].start + len(name)
        return RawMention(self.tokens[i].start, end, name, candidates, context, self.index)


# "Syria's Idlib", "Syrias Idlib" (the apostrophe lost in the copy): the country's possessive
# right before a name.
_COUNTRY_POSSESSIVE = re.compile(r"(?:^|\s)Syria(?:['’]?s)\s+$", re.IGNORECASE)
_COUNTRY_POSSESSIVE_END = "syria"  # a substring test before the pattern: every mention asks it


def _possessive_governorate(candidates: list[PlaceCandidate]) -> bool:
    """The name is a governorate's that the country's possessive means as the province
    (``country_possessive_governorates``), not its capital."""
    return any(c.exact and c.place.feature == "admin1" and c.place.country == "SY"
               and c.place.name in country_possessive_governorates() for c in candidates)


# Features whose noun after a word makes it a name ("Karnak district"); "town" and "village"
# follow adjectives too ("the border town", "a Christian village").
def _lies_in(place: GazetteerPlace, owner: GazetteerPlace) -> bool:
    """``place`` is one of the country ``owner`` is, or of the governorate it names or is in."""
    return place.country == owner.country and (
        owner.feature == "country" or (owner.admin1 is not None and place.admin1 == owner.admin1))


@lru_cache(maxsize=_NAME_CACHE)
def _non_place(name: str) -> bool:
    """``_Sentence.excluded`` of a span's text alone (its key banned, or its owner's): a pure
    function of the name, asked for every sub-span of every capitalised run."""
    key = light_key(name)
    banned = not_places()
    return key in banned or glued_owner(key) in banned


@lru_cache(maxsize=_NAME_CACHE)
def _never_unknown(word: str) -> bool | None:
    """Whether ``word`` alone is refused as an unknown name whatever surrounds it (what
    ``_acceptable_unknown`` refuses of one word without reading its neighbours): None when
    it may be one, True when it is also ``excluded`` (a non-place or stop word, never
    looked up), False when only the gazetteer can still know it.  Articles may be."""
    low = word.lower()
    if low in ARTICLES:
        return None
    if _non_place(word) or low in stop_words():
        return True
    if _acronym(word) or low[0].isdigit() or light_key(low) in not_places() or len(light_key(word)) < 3:
        return False
    return None


def glued_owner(word: str) -> str | None:
    """The owner a possessive names when its apostrophe was lost in the copy ("Qaedas",
    "Aleppos": "Qaeda", "Aleppo"), if the word can be one: too short a word ending in "s"
    ("Bus") is a word of its own."""
    return word[:-1] if len(word) >= 4 and word.endswith("s") else None


_NAMED_FEATURES = frozenset({"neighbourhood", "street", "crossing", "camp", "military_site", "dam", "site"})
_BUILDINGS = words_with("building")
_CUE_WORDS = frozenset(SUFFIX_FEATURES) | {first for first, _ in SUFFIX_PAIRS}  # "dam", "air" (base), "oil" (field)
_UNITS = frozenset({"km", "kms", "kilometres", "kilometers", "kilometre", "kilometer", "miles", "mile", "m", "metres",
                    "meters"})
_ENGLISH_ARTICLES = frozenset({"at", "as", "an", "ad", "en", "er", "es", "et", "il", "ul", "ed"})


_PLACE_BEFORE = re.compile(r"\b(?:in|of|from|at|near|to|into|on)\s+(?:the\s+)?$", re.IGNORECASE)


def _person(text: str, m: RawMention, ends: set[int]) -> bool:
    """A name with no place cue word that the words around it call a person: "media activist
    Rawad Haddad", "Haddad added" (but "residents of X said").  Only an unknown name or a
    village's: a town or governorate so placed is its authorities ("Homs said"), unless a
    given name stands just before it ("Walid Nawa told"): a surname sharing a town's name.
    A name before a kin-group noun ("the al-Qatana clan") is a people, known town or not."""
    if m.context.feature is not None:
        return False
    role, speech, kin = person_cues()
    if kin.match(text[m.end:m.end + 20]):
        return True
    before = text[max(0, m.start - 40):m.start]
    spoken = bool(speech.match(text[m.end:m.end + 30]))
    if any(c.exact and not _village(c.place) for c in m.candidates):
        return spoken and _given_name_before(before, m.start, ends)
    if role.search(before):
        return True
    return spoken and not _PLACE_BEFORE.search(before)


_WORD_BEFORE = re.compile(r"(?:^|[\s(])(?P<word>[A-Z][a-z]{2,})\s$")


def _given_name_before(before: str, start: int, ends: set[int]) -> bool:
    """A capitalised word right before the name, no toponym of its own and no English word
    ("Walid" in "Walid Nawa told"; not "Saraqib" nor "Monday")."""
    m = _WORD_BEFORE.search(before)
    if m is None or start - len(before) + m.end("word") in ends:
        return False
    word = m.group("word").lower()
    return word not in stop_words() and word not in english_words() and light_key(word) not in not_places()


def _village(place: GazetteerPlace) -> bool:
    return place.feature in ("village", "town", "neighbourhood") and place.population < _PERSON_NAMESAKE


_PERSON_NAMESAKE = 10_000  # a village this small may share its name with a family


def _same_script_end(s: _Sentence, i: int, run_end: int) -> int:
    """A name is written in one script: an Arabic-script name ends where the Latin
    transliteration beside it starts, a transliterated one where its Arabic gloss starts
    ("Kafr Zumlan كفرزملان" names Kafr Zumlan twice, not a place of four words)."""
    arabic = _arabic(s.tokens[i].text)
    k = i + 1
    while k < run_end and _arabic(s.tokens[k].text) == arabic:
        k += 1
    return k


@lru_cache(maxsize=_NAME_CACHE)
def without_possessive(name: str) -> str:
    """"Hama's countryside" names Hama: the possessive is no part of the toponym (and
    "Hamas" would sound like Homs)."""
    return _POSSESSIVE.sub("", name)


def _continues_as_compound(s: _Sentence, i: int, j: int, run_end: int, candidates: list[PlaceCandidate]) -> bool:
    """"Urom al-Joz": a sound-alike match followed by "al-X" is part of a longer unknown name,
    and so is a village's or town's name followed by an adjective that closes a name ("Sabkha
    al-Janoubiya", the southern Sabkha, is another village than Sabkha: ``closed_by_qualifier``;
    "Hama al-Gharbiya" and "the Ghab al-Janubi plain" are parts of a city and a region);
    so is any match followed by more Arabic-script words (the script has no capitals to end
    a name: "كسرة الشيخ جمعة" is not the village "كسرة").  So is an exact match that is only
    a short form of its places' names, followed by "al-X": "Busra al-Harir" is another town
    than the Busra ash-Sham that "Busra" stands for.  A match that is a place's whole name
    followed by "al-X" ("Saraqeb al-Nayrab") may be a list that lost its comma and stays cut."""
    if j >= run_end:
        return False
    if _arabic(s.tokens[j - 1].text) and _arabic(s.tokens[j].text):
        return True
    if s.tokens[j].text.lower() not in ARTICLES:
        return False
    exact = [c.place for c in candidates if c.exact]
    if not exact:
        return True
    if j + 2 <= run_end and s.closed_by_qualifier(j + 2) and all(p.feature in _TWIN_FEATURES for p in exact):
        return True  # "Sabkha al-Janoubiya": the southern village, not the Sabkha the gazetteer knows
    return j + 1 < run_end and s.lower[i] not in ARTICLES and all(_short_form(p, s, i, j) for p in exact)


def _own_full_name(s: _Sentence, i: int, j: int, run_end: int,
                   candidates: list[PlaceCandidate]) -> list[PlaceCandidate]:
    """"Moadamiyeh al-Sham", "Bosra al-Sham": a name of a place followed by "al-X" where X
    sounds as the one word left of the place's own name ("Muadamiyat al-Sham", "Buşrá ash
    Shām") is that place written in full, the whole run its mention; another "al-X" ("Busra
    al-Harir") is not (``_continues_as_compound``)."""
    if j + 1 >= run_end or s.lower[j] not in ARTICLES:
        return []
    rest = vowel_key(s.tokens[j + 1].text)
    return [c for c in candidates if [vowel_key(w) for w in _own_words(c.place)[j - i:]] == [rest]]


def _own_words(place: GazetteerPlace) -> list[str]:
    """The words of a place's own name but articles and a qualifier in brackets."""
    return [w for w in _NAME_WORD.findall(_QUALIFIER.sub("", place.name)) if w.lower() not in ARTICLES]


def _short_form(place: GazetteerPlace, s: _Sentence, i: int, j: int) -> bool:
    """Tokens i..j-1 are a short form of ``place``: its own name has more words but articles
    and a qualifier in brackets ("Busra" for Busra ash-Sham, not "Midan" for Al-Midan
    (Aleppo)) and starts with the same sound (not "Ghab" for Sahl al-Ghab, whose plain is
    "the Ghab al-Shamali plain" too), and it is no city, whose name reports also give its
    quarters ("Daraa al-Balad" lies in Daraa)."""
    own = _own_words(place)
    return place.feature not in _NAME_KEEPING_FEATURES and len(own) > j - i \
        and vowel_key(own[0]) == vowel_key(s.tokens[i].text)


_NAME_KEEPING_FEATURES = frozenset({"city", "admin1", "admin2", "country"})
_TWIN_FEATURES = frozenset({"village", "town"})  # settlements that twins named by an adjective stand beside
# "Dar‘ā", "I‘zāz": an ʿayn or hamza mark is inside a word, not between two
_NAME_WORD = re.compile(r"[^\W\d_]+(?:['’‘ʿʾ][^\W\d_]+)*")
_QUALIFIER = re.compile(r"\([^)]*\)")


_HEADLINE_WORD = 5  # letters of a one-word sound-alike in a headline: shorter ones are acronyms
_KIN_NAME_WORDS = frozenset({"abu", "umm", "bani", "beni", "ibn", "bin"})  # "Abu X": father of X, a name of its own
_NOT_SPLIT_AFTER = _KIN_NAME_WORDS | {"sheikh", "shaykh", "sheik", "new", "old"}


def _unpunctuated_list(s: _Sentence, i: int, j: int) -> list[tuple[int, int]]:
    """"the villages of Zeitan Khalsa and Barna": reports stripped of commas run a list of
    one-word names together; followed by "and <Name>", such a run is split, and the name
    after "and" joins it.  Compound names (articles, heads, Abu/Umm) are never split, but
    for article names listed after a plural ("the neighbourhoods of al-A al-B and al-C")."""
    words = [t.text for t in s.tokens[i:j]]
    plain = all(w.isalpha() and w[0].isupper() and w.lower() not in ARTICLES and w.lower() not in toponym_heads()
                for w in words) and not any(w.lower() in _NOT_SPLIT_AFTER for w in words[:-1])
    size = 2 if not plain and _listed_article_names(s, i, j) else 1
    end = s.suffix(j).cue_end or s.tokens[j - 1].end
    k = s.first_token_from(end)
    if j - i < 2 or not (plain or size == 2) or k is None or s.tokens[k].text != "and" or k + 1 >= len(s.tokens) \
            or not _AND_LIST.match(s.text[end:s.tokens[k + 1].start]) or not s.can_start(k + 1):
        return [(i, j)]
    last_end = s.run_end(k + 1)
    return [(n, n + size) for n in range(i, j, size)] + [(k + 1, last_end)]


_LIST_PART_WORDS = 3  # words of one article name in a comma-less list ("al-Sheikh Khodr Taha")
_LIST_TOKENS = 16


def _article_parts(s: _Sentence, i: int) -> list[tuple[int, int]]:
    """Token spans of the article names run together from token ``i`` (an article right after
    a plural that leads a list: "the neighbourhoods of al-A al-B C and al-D"), each an article,
    a hyphen and up to three capitalised words, and the name after a closing "and"; empty
    unless ``i`` starts such a run.  A part ends before a word that starts a name the gazetteer
    knows ("al-Qaboun al-Qadam Jobar": Jobar is a name of its own), unless the part with that
    word is a known name itself."""
    if s.lower[i] not in ARTICLES or not _PLURAL_OF.search(s.text[max(0, s.tokens[i].start - 40):s.tokens[i].start]):
        return []
    parts: list[tuple[int, int]] = []
    k = i
    while k + 1 < len(s.tokens) and k - i < _LIST_TOKENS and k not in s.taken:
        if s.lower[k] in ARTICLES and s.gap(k) == "-" and _capitalised(s.tokens[k + 1].text):
            end = k + 2
        elif parts and s.closed_by_qualifier(k) and _capitalised(s.tokens[k].text) and s.lower[k] not in _CUE_WORDS:
            end = k + 1  # "al-A al-Sharqiya B al-C": a name after the adjective that closed the one before
        else:
            break
        while end < len(s.tokens) and end - k <= _LIST_PART_WORDS and end not in s.taken and s.gap(end - 1) == " " \
                and _capitalised(s.tokens[end].text) and s.lower[end] not in _CUE_WORDS \
                and s.lower[end] not in ARTICLES and not _stop_word_inside(s.tokens[end].text) \
                and not _starts_known_name(s, k, end) and not s.closed_by_qualifier(end):
            end += 1
        if parts and parts[-1][1] == k and s.lower[k] in ARTICLES and s.lower[k + 1] in name_qualifiers():
            parts[-1] = (parts[-1][0], end)  # "al-A al-Sharqiya": the adjective closes the name before it
        else:
            parts.append((k, end))
        if end >= len(s.tokens) or s.gap(end - 1) != " " or end in s.taken:
            break
        k = end
    if len(parts) >= 2 and k + 1 < len(s.tokens) and s.lower[k] == "and" and s.can_start(k + 1) \
            and _AND_LIST.match(s.text[s.tokens[k - 1].end:s.tokens[k + 1].start]):
        parts.append((k + 1, s.run_end(k + 1)))  # "... al-B and al-C": the last name, after "and"
    return parts


def _starts_known_name(s: _Sentence, k: int, end: int) -> bool:
    """Token ``end`` begins a known name of one or two words that the part from ``k`` does not
    run on into."""
    if s.known(s.span_text(k, end + 1)):
        return False
    return s.known(s.tokens[end].text) or (end + 2 <= len(s.tokens) and s.known(s.span_text(end, end + 2)))


def _listed_article_names(s: _Sentence, i: int, j: int) -> bool:
    """"the neighbourhoods of al-Nasriya al-Wurud and al-Tall": after a plural that leads a
    list, a run of article-and-word names without commas is that many names (a name of two
    such parts the gazetteer knows is matched whole before this is asked)."""
    if (j - i) % 2 or not _PLURAL_OF.search(s.text[max(0, s.tokens[i].start - 40):s.tokens[i].start]):
        return False
    return all(s.lower[n] in ARTICLES and s.gap(n) == "-" and s.tokens[n + 1].text.isalpha()
               and s.tokens[n + 1].text[0].isupper() for n in range(i, j, 2))


def _headline_words(s: _Sentence, i: int, j: int) -> bool:
    """Tokens i..j-1 of a headline may be a toponym: no English or stop word but an article
    or a toponym's head word ("Tal", "Deir"), no non-place, and more than a head word."""
    heads = toponym_heads()
    words = [w for w in s.lower[i:j] if w not in ARTICLES]
    if not words or all(w in heads for w in words) or s.excluded(i, j) or light_key(words[-1]).endswith("i"):
        return False  # "NUSAYRI": a nisba adjective or surname
    if len(words) == 1 and (len(words[0]) < _HEADLINE_WORD or (i > 0 and s.lower[i - 1] in _NOT_SPLIT_AFTER)):
        return False  # "MSF", "SOHR": acronyms in capitals; "Abu Saqqar" is a man
    return all(_headline_word(w) for w in words)


def _headline_word(word: str) -> bool:
    """A lower-cased word of a headline may be part of a toponym: a toponym's head word
    ("tal", "deir"), or letters that are no English word, stop word or non-place."""
    return word.isalpha() and (word in toponym_heads() or (not _english(word) and word not in stop_words()
                                                            and light_key(word) not in not_places()))


def _ordinary(word: str) -> bool:
    """A lower-cased English verb, adjective or adverb (``ordinary_words``), or one inflected
    ("hits", "demilitarized", "besieging"): a Title Case headline capitalises it."""
    words = ordinary_words()
    return word in words or any(word.endswith(end) and word[:-len(end)] in words for end in _INFLECTIONS)


_INFLECTIONS = ("s", "es", "d", "ed", "ing")


def _english(word: str) -> bool:
    """An English word, or its plural or third person ("ROAMS")."""
    vocabulary = english_words()
    return word in vocabulary or (word.endswith("s") and word[:-1] in vocabulary)


def _sound_alike_credible(s: _Sentence, i: int, j: int) -> bool:
    """Rule out sound-alikes that are English words ("Kills"), acronyms ("SOHR"),
    nisba adjectives, surnames ("al-Homsi", "Talal Barazi") and given names ("Ivanka Trump")."""
    words = [t.text for t in s.tokens[i:j]]
    if any(_acronym(w) for w in words):
        return False
    if j - i == 1 and words[0].lower() in english_words():
        return False
    if light_key(words[-1]).endswith("i"):
        return False
    previous = s.tokens[i - 1].text if i > 0 else ""
    if j - i == 1 and previous[:1].isupper() and s.gap(i - 1) == " " and i - 1 not in s.taken:
        return False
    return not _given_name_before_surname(s, i, j)


def _given_name_before_surname(s: _Sentence, i: int, j: int) -> bool:
    """"Ivanka Trump took part", "reporting by Erika Solomon", "medic Hazem Shehwan": one word
    known only by its likeness to a village's name, followed by a capitalised word that is
    no place, no article or head word of one and no cue word, is a person's given name and
    surname, unless the words before place it ("in", "the village of", "shelled").  A given
    name takes no article ("al-Kalaseh Bustan al-Qasr"), follows no name (a list whose
    commas were lost names places one after another: "the towns of Rastan Talbeesah Ter
    Maaleh") and is no place's possessive ("Aleppos Hospitals").  An exact spelling is read
    as before: a likeness is no evidence against a person."""
    if j - i != 1 or j >= len(s.tokens) or s.gap(j - 1) != " " or j in s.taken or s.lower[i] in ARTICLES:
        return False
    if i > 0 and s.gap(i - 1) == " " and _capitalised(s.tokens[i - 1].text):
        return False
    owner = glued_owner(s.tokens[i].text)
    if owner is not None and s.known(owner):
        return False  # "Aleppos Hospitals": Aleppo's, its apostrophe lost in the copy
    word = s.tokens[j].text
    if not _capitalised(word) or _acronym(word) or s.lower[j] in ARTICLES or s.lower[j] in _CUE_WORDS \
            or s.headed(j) or s.known(without_possessive(word)):
        return False
    return not (s.located(i) or s.cued(i, j) or _after_a_listed_place(s, i))


def _after_a_listed_place(s: _Sentence, i: int) -> bool:
    """Token i follows a found place (its cue word too) and a comma or "and" ("Mheimideh
    village and Sfeira Tahtani"): the next item of a list of places."""
    k = i - 1
    if k >= 0 and s.lower[k] in ("and", "or"):
        k -= 1
    elif k < 0 or "," not in s.gap(k):
        return False
    if k >= 1 and s.lower[k] in _CUE_WORDS:
        k -= 1
    return k >= 0 and k in s.taken


def _list_neighbour(s: _Sentence, m: RawMention, head: int) -> RawMention | None:
    """The unknown name just after ``m`` in a list, if the list reads as a list of places: a
    comma, or "and" in a list a plural leads ("the villages of A, B and C": ``head`` is
    where the list began, A) or that commas already join ("struck A, B and C": "and" closes
    it; "A and C" alone may join a place and a person), or only a space in such a list whose
    copy lost its commas, where "and" follows the unknown name ("the villages of A B and C")."""
    k = s.first_token_from(m.end)
    if k is not None and s.tokens[k].text.lower() in ("and", "or") and k + 1 < len(s.tokens):
        k += 1
    if k is None or k in s.taken or not s.can_start(k):
        return None
    gap = s.text[m.end:s.tokens[k].start]
    before = s.text[max(0, head - 40):head]
    j = s.run_end(k)
    if not (_COMMA_LIST.match(gap) or _AND_LIST.match(gap) and _COMMA_BEFORE.search(s.text[head:m.start])
            and not _person_shaped(s, k, j)
            or (_AND_LIST.match(gap) or gap == " " and (_and_follows(s, j) or s.closed_by_qualifier(k)))
            and _PLURAL_OF.search(before)):
        return None
    if not _acceptable_unknown(s, k, j):
        return None
    s.take(k, j)
    return s.mention(k, j, [])


def _person_shaped(s: _Sentence, k: int, j: int) -> bool:
    """Tokens k..j-1 closing a list after "and" read as a person's: an owner ("and Abu Khaled's
    house": what was hit is his) or a kunya with a given name ("and Umm Ali"), not a village
    ("and Abu Dali")."""
    if s.text[s.tokens[j - 1].end:s.tokens[j - 1].end + 2] in ("'s", "’s") or s.lower[j - 1].endswith(("'s", "’s")):
        return True
    return j - k >= 2 and s.lower[k] in kunya_words() and light_key(s.tokens[k + 1].text) in not_places()


def _list_head(s: _Sentence, m: RawMention, by_end: dict[int, RawMention]) -> int:
    """Where the comma list of found places (``by_end``: by their end offsets) ending at ``m``
    begins ("A, B" for B: A)."""
    head = m
    while True:
        comma = _COMMA_BEFORE.search(s.text[max(0, head.start - 4):head.start])
        before = by_end.get(head.start - len(comma.group())) if comma else None
        if before is None:
            return head.start
        head = before


def _and_follows(s: _Sentence, j: int) -> bool:
    """Token ``j`` is "and" before a name: the run that ends before it is a list's last but one."""
    return j + 1 < len(s.tokens) and s.lower[j] == "and" and s.gap(j - 1) == " " \
        and (j + 1 in s.taken or s.can_start(j + 1))


def _sharing_a_plural_noun(s: _Sentence, found: list[RawMention]) -> list[RawMention]:
    """"the Sheikh Ali and Zamrani crossings", "the Kabani, Tuffaha and Tal Rmeil hills": a
    plural noun after the last name of a list makes each listed name a place of its kind,
    a name the gazetteer already knows too ("the Mosul and Tell X quarters" are two quarters
    of the report's city, not a city of Iraq and a quarter)."""
    added: list[RawMention] = []
    by_end = {m.end: m for m in found}
    for m in found:
        if m.context.feature is None or m.context.cue_end is None:
            continue  # no cue word after the name: most mentions
        after = s.first_token_from(m.end)
        cue = (len(s.tokens) if after is None else after) - 1  # the mention's last token: its cue word
        if s.lower[cue] not in _PLURAL_CUES:
            continue
        k = s.first_token_from(m.start)
        while k is not None and k >= 2:
            joint = s.text[s.tokens[k - 1].end:s.tokens[k].start]
            end = k - 1 if s.lower[k - 1] == "and" else k
            if not (_AND_LIST.match(s.text[s.tokens[end - 1].end:s.tokens[k].start]) if end < k
                    else _COMMA_LIST.match(joint)):
                break
            known = by_end.get(s.tokens[end - 1].end)
            if known is not None:
                if not _takes_listed_noun(known):
                    break
                known.context = replace(known.context, feature=m.context.feature)
                k = s.first_token_from(known.start)
                continue
            start = _name_start(s, end)
            if start is None or not _acceptable_unknown(s, start, end):
                break
            s.take(start, end)
            added.append(RawMention(s.tokens[start].start, s.tokens[end - 1].end, s.span_text(start, end), [],
                                    CueContext(m.context.feature), s.index))
            k = start
    return added


def _led_by_a_plural_noun(s: _Sentence, found: list[RawMention]) -> None:
    """"the neighbourhoods of Tell X and Kirkuk": a plural noun before a list makes each
    name after the first a place of its kind too, a name the gazetteer knows as a city
    abroad included."""
    ordered = sorted(found, key=lambda m: m.start)
    for n, m in enumerate(ordered):
        if m.context.feature is None or not _PLURAL_OF.search(s.text[max(0, m.start - 40):m.start]):
            continue
        previous = m
        for listed in ordered[n + 1:]:
            gap = s.text[previous.end:listed.start]
            if not (_COMMA_LIST.match(gap) or _AND_LIST.match(gap)) or not _takes_listed_noun(listed):
                break
            listed.context = replace(listed.context, feature=m.context.feature)
            previous = listed


def _takes_listed_noun(m: RawMention) -> bool:
    """A listed name with no cue word of its own, and no country or governorate (whose
    name is never a village's by a list: "Idlib and Hama countrysides")."""
    return m.context.feature is None and not m.context.admin \
        and not any(c.exact and c.place.feature in ("country", "admin1") for c in m.candidates)


def _name_start(s: _Sentence, end: int) -> int | None:
    """The first token of the capitalised name ending before token ``end``, none taken."""
    i = end - 1
    if i < 0 or i in s.taken or not s.can_start(i) and not s.tokens[i].text[0].isupper():
        return None
    while i > 0 and i - 1 not in s.taken and end - i < MAX_NAME_TOKENS and s.linked(i - 1) \
            and (s.tokens[i - 1].text[0].isupper() or (s.lower[i - 1] in ARTICLES and s.is_article(i - 1))):
        i -= 1
    return i if s.can_start(i) else None


_PLURAL_CUES = frozenset(w for w in SUFFIX_FEATURES if w.endswith("s") and w[:-1] in SUFFIX_FEATURES)


def _acceptable_unknown(s: _Sentence, i: int, j: int) -> bool:
    """An unknown name must not be, start with, or (alone) be an English or non-place word,
    unless a noun of a fine place says it is one: "the Karnak district", "the neighbourhoods
    of al-Nasr" (a word the vocabulary knows, or a brigade's name, is then a quarter's name;
    a nationality before "town" is still an adjective, so only those nouns count)."""
    words = [t.text for t in s.tokens[i:j]]
    article = words[0].lower() in ARTICLES
    if article:
        words = words[1:]
    if not words or any(_acronym(w) for w in words):
        return False
    first = words[0].lower()
    if first in stop_words() or first[0].isdigit():
        return False
    # The cue words around the name are read only where they decide (most words are ruled out first).
    if (s.excluded(i, j) or light_key(first) in not_places()) and not (article and s.named_by_noun(i, j)):
        return False
    if len(words) == 1 and first in english_words() and len(words) == j - i and not s.named_by_noun(i, j):
        return False  # "al-Meridian" (with its article) may be a place; "Meridian" alone is a word
    return len(light_key(" ".join(words))) >= 3


def _is_title_case(text: str, tokens: list[Token]) -> bool:
    """A headline in Title Case: no closing full stop, and most of its ordinary English
    words after the first are capitalised (names are left out of the count, or a list
    of villages would look like a headline)."""
    if not tokens:
        return False
    if _in_capitals(tokens):
        return True
    if text[tokens[0].start:tokens[-1].end + 1].rstrip().endswith("."):
        return False
    vocabulary, heads = english_words(), toponym_heads()
    lower = [t.low for t in tokens]
    words = [t.text for k, t in enumerate(tokens[1:], 1) if t.text.isalpha() and lower[k] not in stop_words()
             and lower[k] in vocabulary and not _inside_toponym(lower, k, heads)]
    if len(words) < 3:
        return False
    return sum(1 for w in words if w[0].isupper()) / len(words) >= _TITLE_CASE_SHARE


def _in_capitals(tokens: list[Token]) -> bool:
    """"DRONE HITS TWO VILLAGES": a line in capitals, however short, is a headline."""
    words = 0
    for token in tokens:  # a loop that stops at the first small letter: most lines have one at once
        if token.text.isalpha() and token.text.isascii():
            if not token.text.isupper():
                return False
            words += 1
    return words >= _CAPITALS_WORDS


_CAPITALS_WORDS = 3  # fewer capital words may be acronyms in a sentence ("SDF, YPG")


def _inside_toponym(lower: list[str], k: int, heads: frozenset[str]) -> bool:
    """"Sheikh", "Khan" and the word after them or after an article ("al-Shih") are
    name parts, however English they look: they say nothing about headline case."""
    return lower[k] in heads or lower[k - 1] in heads or lower[k - 1] in ARTICLES


def _stop_word_inside(word: str) -> bool:
    return word.lower() in stop_words() and word.lower() not in ARTICLES


def _capitalised(word: str) -> bool:
    return word[0].isupper() or _arabic(word)


def _acronym(word: str) -> bool:
    """"SDF", "ISIS", and the possessive "ISILs" that lost its apostrophe."""
    stem = word[:-1] if word.endswith("s") else word
    return len(stem) > 1 and stem.isupper() and stem.isalpha()


def _arabic(word: str) -> bool:
    return "\u0600" <= word[0] <= "\u06ff"
