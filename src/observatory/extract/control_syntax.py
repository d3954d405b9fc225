"""Who did it, read from the parse: the subject of a control verb.

The nearest armed actor before a verb is its subject in most report sentences, but not in
coordinated verb phrases, where the nearest one is often the object of the first verb:
"SDF fighters pressed their attack on ISIL and captured X", "army units killed 14 IS
members and seized X", "the army advanced, seizing X", "rebels managed to push forward and
impose their control over X".  The dependency parse says whose verb it is.

Only the sentences that need it are parsed (a control verb with more than one armed
actor before it), with the project's English model, and the subject is found with a
spaCy ``DependencyMatcher`` whose patterns live in ``data/events/control.yaml``
(``subjects``): the verb's own subject first, then the subject of the verb it is
chained to.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

import spacy
from spacy.matcher import DependencyMatcher
from spacy.tokens import Doc

from observatory.extract.control_data import CONTROL_PATH, ControlDataError, control_data
from observatory.kb.gazetteer.lexicon import ENGLISH_MODEL

_PARSE_CACHE = 256
_SUBJECTS = {"nsubj", "nsubjpass"}
# The links by which another verb's clause hangs on a word: "a siege that began ...", "after losing it ...".
_CLAUSES = {"relcl", "acl", "advcl", "ccomp", "pcomp", "csubj", "conj"}


@lru_cache(maxsize=1)
def _nlp() -> spacy.language.Language:
    """The tagger and parser only: names come from the project's own recognisers."""
    return spacy.load(ENGLISH_MODEL, exclude=["ner", "lemmatizer"])


@dataclass(frozen=True)
class _SubjectMatcher:
    """The subject patterns, compiled once: the matcher, each pattern's rank (earlier in
    control.yaml wins) and the order of its token labels (to name the ids a match gives)."""

    matcher: DependencyMatcher
    rank: dict[str, int]
    labels: dict[str, tuple[str, ...]]


@lru_cache(maxsize=1)
def _subject_matcher() -> _SubjectMatcher:
    patterns = control_data().subjects
    matcher = DependencyMatcher(_nlp().vocab)
    for name, pattern in patterns:
        try:
            matcher.add(name, [pattern])
        except (ValueError, KeyError) as exc:  # spaCy names the fault, not the file
            raise ControlDataError(f"{CONTROL_PATH}: subject {name!r}: {exc}") from exc
    return _SubjectMatcher(matcher, {name: i for i, (name, _) in enumerate(patterns)},
                           {name: tuple(p["RIGHT_ID"] for p in pattern) for name, pattern in patterns})


@lru_cache(maxsize=_PARSE_CACHE)
def _parse(sentence: str) -> Doc:
    return _nlp()(sentence)


def subject_span(sentence: str, verb_offset: int) -> tuple[int, int] | None:
    """Character span, within ``sentence``, of the subject of the verb at ``verb_offset``:
    from the subject's first modifier to its head word ("Kurdish-led SDF fighters", not
    "troops backed by Hezbollah").  None when the parse names no subject for it."""
    doc = _parse(sentence)
    verb = _token_at(doc, verb_offset)
    if verb is None:
        return None
    subjects = _subject_matcher()
    found: list[tuple[int, int, int]] = []
    for match_id, ids in subjects.matcher(doc):
        name = doc.vocab.strings[match_id]
        token = dict(zip(subjects.labels[name], ids, strict=True))
        if token["verb"] != verb.i:
            continue
        subject = doc[token["subject"]]
        if subject.pos_ == "PRON":
            continue  # "they seized X": who "they" are is the caller's to find
        if any(t.dep_ in _SUBJECTS and not subject.is_ancestor(t) for t in doc[subject.i + 1:verb.i]):
            continue  # another clause's subject stands between: a long run-on sentence misparsed
        found.append((subjects.rank[name], subject.i, subject.left_edge.idx))
    if not found:
        return None
    _, head, start = min(found)
    return start, doc[head].idx + len(doc[head])


def word_at(sentence: str, offset: int) -> spacy.tokens.Token | None:
    """The word at ``offset`` in the cached parse of ``sentence``, for readers of other kinds
    that need its head (event_places: what "near X" hangs on)."""
    return _token_at(_parse(sentence), offset)


def _token_at(doc: Doc, offset: int) -> spacy.tokens.Token | None:
    return next((t for t in doc if t.idx <= offset < t.idx + len(t)), None)


def in_verb_clause(sentence: str, verb_offset: int, word_offset: int) -> bool:
    """Whether the word at ``word_offset`` lies in the clause of the verb at ``verb_offset`` in the
    parse, not after "since": "took X last March" dates the taking; "took X after a siege that
    began last March", "Rebels, who lost X last March, took Y", "its biggest advance since last
    March" date something else."""
    doc = _parse(sentence)
    verb, word = _token_at(doc, verb_offset), _token_at(doc, word_offset)
    if verb is None or word is None:
        return False
    head = _clause_head(word)
    if any(t.lower_ == "since" for t in word.ancestors if head.is_ancestor(t)):
        return False
    return head.i == _clause_head(verb).i


def _clause_head(token: spacy.tokens.Token) -> spacy.tokens.Token:
    """The word that heads the clause ``token`` stands in: the first one up the tree hung on
    another by a clause's link (or the root)."""
    while token.dep_ not in _CLAUSES and token.head.i != token.i:
        token = token.head
    return token


def noun_at(sentence: str, offset: int) -> bool:
    """Whether the word at ``offset`` is tagged a common noun: "take over X checkpoints" takes
    the checkpoints, X only names them."""
    token = _token_at(_parse(sentence), offset)
    return token is not None and token.pos_ == "NOUN"
