"""The in-memory gazetteer: normalised name -> candidate places.

Extraction runs at tens of documents a second, so lookups are dictionary hits on the
two keys of :mod:`normalize`, never database queries.  The index is filled once per
process from the built-in data and, when present, the user's database.
"""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass, replace
from collections.abc import Iterable
from functools import lru_cache

from rapidfuzz import fuzz, process

from .normalize import (fold, light_key, sound_key, usable_sound_key, usable_vowel_key, vowel_key,
                        without_glued_article)
from .lexicon import city_of_words, organisation_tails
from .record import GazetteerPlace
from observatory.kb.place_nouns import nouns_with

_LOOKUP_MEMO = 200_000
NEAR_SPELLING = 90  # rapidfuzz ratio of vowel keys for a near spelling ("Bokamal" ~ "Abu Kamal")
_NEAR_SPELLING_LIMIT = 5
_NEAR_SPELLING_MIN = 7  # letters of the vowel key: shorter names have too many near neighbours
SITE_LETTERS_APART = 1  # a site's consonants with a vowel or a letter more or fewer ("Tabaqa" Tabqa, not "Hamdaniya" Hamdan)
GOVERNORATE_SIMILARITY = 85  # rapidfuzz ratio of a name a governorate's cue word follows to its spelling ("Raqq")
# Features a site word gives ("airbase", "dam", "crossing", "oil field": data/places/place_nouns.yaml)
SITE_FEATURES = frozenset({"military_site", "dam", "crossing", "site"})


@dataclass(frozen=True)
class PlaceCandidate:
    """A place a name may refer to; ``exact`` when the spelling (not only the sound) matched,
    ``near`` when only a fuzzy match of the spelling found it (:meth:`Gazetteer.near_spellings`)."""

    place: GazetteerPlace
    exact: bool
    near: bool = False


class Gazetteer:
    """Places indexed by their names and aliases, in Latin and Arabic script."""

    def __init__(self, places: Iterable[GazetteerPlace] = ()) -> None:
        self._by_id: dict[str, GazetteerPlace] = {}
        self._light: dict[str, set[str]] = defaultdict(set)
        self._sound: dict[str, set[str]] = defaultdict(set)
        self._vowel: dict[str, set[str]] = defaultdict(set)
        self._found: dict[str, tuple[PlaceCandidate, ...]] = {}  # lookup memo, emptied on every change
        self._own: dict[str, tuple[PlaceCandidate, ...]] = {}  # own_lookup memo, emptied with it
        self._syrian_keys: list[str] | None = None  # vowel keys of Syrian places, for near spellings
        self._folded: dict[tuple[str, int], str] | None = None  # every name folded, for typed searches
        self._site_stems: list[tuple[str, tuple[str, ...], str]] | None = None  # (letters, numbers, id) of site names
        self._governorate_keys: list[tuple[str, str]] | None = None  # (light key, id) of governorates' names
        self.max_tokens = 1
        for place in places:
            self.add(place)

    def __len__(self) -> int:
        return len(self._by_id)

    def __iter__(self):
        return iter(self._by_id.values())

    def get(self, place_id: str) -> GazetteerPlace | None:
        return self._by_id.get(place_id)

    def add(self, place: GazetteerPlace) -> None:
        """Add or replace a place; a replaced row keeps none of its old names."""
        if place.id in self._by_id:
            self.remove(place.id)
        self._by_id[place.id] = place
        self._forget()
        for name in place.names:
            self._index_name(place.id, name)

    def add_alias(self, place_id: str, alias: str) -> None:
        """Teach the index another name for a known place (used by resolutions)."""
        place = self._by_id[place_id]
        if alias not in place.names:
            self._by_id[place_id] = _with_alias(place, alias)
        self._forget()
        self._index_name(place_id, alias)

    def remove(self, place_id: str) -> None:
        place = self._by_id.pop(place_id, None)
        if place is None:
            return
        self._forget()
        for table in (self._light, self._sound, self._vowel):
            for ids in table.values():
                ids.discard(place_id)

    def _forget(self) -> None:
        """Drop what was derived from the names (the index changed)."""
        self._found.clear()
        self._own.clear()
        self._syrian_keys = None
        self._folded = None
        self._site_stems = None
        self._governorate_keys = None

    def lookup(self, name: str) -> list[PlaceCandidate]:
        """Places called ``name``: spelling matches first, else sound-alike ones.

        Recognition asks for the same spans again and again (every capitalised run of
        every sentence, and its sub-spans), so answers are memoised until the index changes.
        """
        found = self._found.get(name)
        if found is None:
            if len(self._found) >= _LOOKUP_MEMO:  # a long-running process sees endless names
                self._forget()
            found = self._found[name] = tuple(self._candidates(name))
        return list(found)

    def own_lookup(self, name: str) -> tuple[PlaceCandidate, ...]:
        """:meth:`lookup` keeping foreign places only under their main name: "Khalasa" is a
        Syrian village before it is an old alias of Qiryat Shmona.  What recognition asks of
        every sub-span of every capitalised run, memoised with :meth:`lookup`."""
        found = self._own.get(name)
        if found is None:
            found = self._own[name] = tuple(c for c in self.lookup(name) if _own_name_if_foreign(c, name))
        return found

    def syrian_lookup(self, name: str) -> list[PlaceCandidate]:
        """:meth:`lookup` kept to Syrian places: where a name is only taken on likeness
        (a sound-alike, a headline's capitals, a cue word), a foreign reading is never credible."""
        return [c for c in self.lookup(name) if c.place.country == "SY"]

    def _candidates(self, name: str) -> list[PlaceCandidate]:
        ids = self._light.get(light_key(name))
        if ids:
            return [PlaceCandidate(self._by_id[i], True) for i in sorted(ids)]
        ids = set()
        key = sound_key(name)
        if usable_sound_key(key):
            ids |= self._sound.get(key, set())
        key = vowel_key(name)
        if usable_vowel_key(key):
            ids |= self._vowel.get(key, set())
        return [PlaceCandidate(self._by_id[i], False) for i in sorted(ids)]

    def near_spellings(self, name: str) -> list[PlaceCandidate]:
        """Syrian places spelled like ``name``, for a name already known to be a toponym
        that recognition gave no candidate: first the index's own sound-alikes (which
        recognition withholds in a title-case headline or for a word that may be English,
        "Clashes Near Efrin"), else places whose vowel key is close ("Sheikh Meski",
        "al-Bogeleyyah").  Only asked once per unknown toponym, so a scan over the keys is
        affordable."""
        bare = without_glued_article(name)
        for spelling in (name, bare) if bare else (name,):
            alike = self.syrian_lookup(spelling)
            if alike:
                return alike
        key = vowel_key(name)
        if len(key) < _NEAR_SPELLING_MIN:
            return []
        if self._syrian_keys is None:  # built on first use after a change
            self._syrian_keys = [k for k, ids in self._vowel.items()
                                 if len(k) >= _NEAR_SPELLING_MIN - 2 and any(self._by_id[i].country == "SY" for i in ids)]
        found = process.extract(key, self._syrian_keys, scorer=fuzz.ratio, score_cutoff=NEAR_SPELLING,
                                limit=_NEAR_SPELLING_LIMIT)
        return [PlaceCandidate(self._by_id[i], False, near=True) for k, _, _ in found for i in sorted(self._vowel[k])
                if self._by_id[i].country == "SY"]

    def sites_named(self, name: str, feature: str) -> list[PlaceCandidate]:
        """Syrian sites of ``feature`` whose name, its site word set aside, is ``name`` in
        another spelling: "Sheirat airbase" and "Kweres military airport" are the sites the
        gazetteer holds as "Shayrat Air Base" and "Kuweires airbase".  The site word the
        report writes beside the name (which recognition has read) is what makes another
        spelling credible; so only a site of the kind that word gives is taken.  Other vowels
        count as the spelling (exact); the same consonants otherwise ("Tabaqa" for Tabqa) are
        a guess (near), which resolution still checks against the places the report names
        ("the Omari field east of Palmyra" is no oil field 200 km off).  Numbers must be the
        same ("Division 7" is not "Division 17"), and a unit's word without one ("the Division
        base") names no site."""
        letters, digits = _letters_and_digits(name)
        if feature not in SITE_FEATURES or len(letters) < 3 or _bare_unit(name):
            return []
        vowels, sound = vowel_key(letters), sound_key(letters)
        if self._site_stems is None:
            self._site_stems = [(*_letters_and_digits(stem), pid) for pid, p in self._by_id.items()
                                if p.feature in SITE_FEATURES and p.country == "SY"
                                for stem in {_site_stem(n) for n in p.names} if stem]
        found: dict[str, bool] = {}
        for key, numbers, pid in self._site_stems:
            if self._by_id[pid].feature != feature or numbers != digits:
                continue
            if key == letters or vowel_key(key) == vowels:
                found[pid] = True
            elif key[:1] == letters[:1] and usable_sound_key(sound) and sound_key(key) == sound \
                    and abs(len(vowel_key(key)) - len(vowels)) <= SITE_LETTERS_APART:
                found.setdefault(pid, False)
        return [PlaceCandidate(self._by_id[i], same, near=not same) for i, same in sorted(found.items())]

    def governorates_like(self, name: str) -> list[PlaceCandidate]:
        """The Syrian governorate spelled like ``name``, for a name the gazetteer lacks that a
        governorate's cue word follows ("the western countryside of Raqq province"): the cue
        says a governorate is meant, so a clipped or mistyped spelling of one is it.  Only
        one governorate may be that close (else none), and it counts as spelled as written."""
        light = light_key(name)
        if len(light) < 3:
            return []
        if self._governorate_keys is None:
            self._governorate_keys = [(light_key(n), pid) for pid, p in self._by_id.items()
                                      if p.feature == "admin1" and p.country == "SY" for n in p.names]
        ids = {pid for key, pid in self._governorate_keys
               if key[:1] == light[:1] and fuzz.ratio(key, light) >= GOVERNORATE_SIMILARITY}
        return [PlaceCandidate(self._by_id[i], True) for i in ids] if len(ids) == 1 else []

    def knows(self, name: str) -> bool:
        return bool(self.lookup(name))

    def search(self, query: str, limit: int = 10) -> list[GazetteerPlace]:
        """For people typing a name (``gazetteer search``): Syrian places before foreign
        ones, and within each the same spelling, then names starting with the query, then
        sound-alikes, then fuzzy matches."""
        key = light_key(query)
        candidates = self.lookup(query)
        ranked = [c.place for c in candidates if c.exact]
        prefixed = {pid for k, ids in self._light.items() if key and k.startswith(key) for pid in ids}
        ranked += sorted((self._by_id[pid] for pid in prefixed), key=_search_rank)
        ranked += [c.place for c in candidates if not c.exact]
        if self._folded is None:  # built on first search after a change
            self._folded = {(pid, n): fold(name) for pid, p in self._by_id.items() for n, name in enumerate(p.names)}
        fuzzy = process.extract(fold(query), self._folded, scorer=fuzz.WRatio, limit=limit * 3)
        ranked += [self._by_id[pid] for _, _, (pid, _) in fuzzy]
        unique: dict[str, GazetteerPlace] = {}
        for place in ranked:
            unique.setdefault(place.id, place)
        # Syrian places first, each group in the order found (sorted() is stable).
        return sorted(unique.values(), key=lambda p: p.country != "SY")[:limit]

    def _index_name(self, place_id: str, name: str) -> None:
        light = light_key(name)
        if not light:
            return
        self._light[light].add(place_id)
        sound = sound_key(name)
        if usable_sound_key(sound):
            self._sound[sound].add(place_id)
        vowels = vowel_key(name)
        if usable_vowel_key(vowels):
            self._vowel[vowels].add(place_id)
        self.max_tokens = max(self.max_tokens, len(name.split()) + name.count("-"))
        translated = _translated_city(name)
        if translated:
            self._index_name(place_id, translated)


@lru_cache(maxsize=1)
def _site_words() -> tuple[str, ...]:
    """The words after a name that say it is a site, longest first ("military airbase" before "airbase")."""
    return tuple(sorted({n.word for n in nouns_with("after") if n.feature in SITE_FEATURES},
                        key=lambda w: (-len(w), w)))


def _site_stem(name: str) -> str | None:
    """"Menagh Military Airbase" -> "Menagh": a site's name without its site word; None
    for a name that has none (a site's bare alias is indexed as a name already)."""
    words = name.split()
    for word in _site_words():
        size = len(word.split())
        if len(words) > size and " ".join(words[-size:]).lower() == word:
            return " ".join(words[:-size])
    return None


def _translated_city(name: str) -> str | None:
    """"Madinat al-Baath" -> "al-Baath city": English reports translate the Arabic "city of"
    that opens a town's name and put it after the rest (data/places/city_of_words.txt)."""
    head, _, rest = name.partition(" ")
    return f"{rest} city" if rest and head.lower() in city_of_words() else None


def _letters_and_digits(name: str) -> tuple[str, tuple[str, ...]]:
    """"17th Division" -> ("division", ("17",)): a name's words without numbers, as a light
    key, and its numbers.  Units are told apart by their numbers, which a likeness of
    letters must not blur ("Division 7" is not "Division 17")."""
    words = name.split()
    return (light_key(" ".join(w for w in words if not any(c.isdigit() for c in w))),
            tuple(sorted(re.sub(r"\D", "", w) for w in words if any(c.isdigit() for c in w))))


def _bare_unit(name: str) -> bool:
    """"the Division base": a unit's word without its number names no site the gazetteer may
    guess at (data/places/organisation_tails.txt); with one, the number must match."""
    return all(w.lower() in organisation_tails() for w in name.split())


def _own_name_if_foreign(candidate: PlaceCandidate, name: str) -> bool:
    """Foreign places count only under their main name: "Khalasa" is a Syrian village
    before it is an old alias of Qiryat Shmona."""
    place = candidate.place
    return place.country == "SY" or place.feature == "country" or light_key(place.name) == light_key(name)


def _search_rank(place: GazetteerPlace) -> tuple[bool, int, str]:
    """Syrian places first, then the most populous."""
    return place.country != "SY", -place.population, place.id


def _with_alias(place: GazetteerPlace, alias: str) -> GazetteerPlace:
    return replace(place, alt_names=(*place.alt_names, alias))
