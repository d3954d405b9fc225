"""How rare a word is among the reports: a word two reports share says more the fewer
reports use it.

Two outlets telling one event often share little wording but one rare word — the village
no gazetteer knows, a commander's or unit's name, the name of the hospital hit — while two
reports of different events share the words every report uses ("killed", "regime",
"countryside").  A word's weight is its inverse document frequency over the reports
fused, ``log((N + 1) / (df + 1)) / log(N + 1)``: 1 for a word no other report uses, 0 for
one every report does.  Divided by ``log(N + 1)`` so that the weight of a word used by a
given share of the reports changes little with the size of the corpus, and a threshold
fitted on one year of reports holds on another.

The frequencies are counted over the stored documents (``word_documents``), not over the
claims of one fusion batch: a batch's own counts change with its size and with where a
window is cut, so one report's links would depend on which others were fused with it.
Fusion counts only the documents stored since its last count, so an incremental run pays
for the new reports alone.
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field, replace

from sqlalchemy import select
from sqlalchemy.orm import Session

from observatory.fuse.features import EventFeatures, content_words, normalise_text
from observatory.fuse.store_io import chunks
from observatory.store.tables.core import DocumentRow
from observatory.store.tables.fusion import WordDocuments

# Keys of the count's state in ``word_documents``: "#" never occurs in a normalised word.
DOCUMENTS_KEY = "#documents"
LAST_KEY = "#last"
MAX_WORD = 100  # the column's width; longer "words" are pasted junk, not names
COUNT_BATCH = 500  # documents read per query while counting
# Fewer reports than this say little about which words are common (a day's reports of one
# outlet); the UCDP years the weights were fitted on hold thousands, so it does not move them.
MIN_DOCUMENTS = 100


@dataclass(frozen=True)
class WordRarity:
    """Document frequencies of the words of some reports, among ``documents`` reports."""

    documents: int
    frequencies: dict[str, int] = field(default_factory=dict)

    def weight(self, word: str) -> float:
        """The word's inverse document frequency, in [0, 1] (a word counted in no report
        weighs 1: nothing says it is common).

        A store of a few reports cannot tell which words are common (in a store of two, the
        words both use would weigh nothing), so it is weighed as if it held at least
        ``MIN_DOCUMENTS``, the others without the word."""
        documents = max(self.documents, MIN_DOCUMENTS)
        return math.log((documents + 1) / (self.frequencies.get(word, 0) + 1)) / math.log(documents + 1)

    @classmethod
    def of_texts(cls, texts: Iterable[str]) -> WordRarity:
        """Frequencies over these reports' texts (the benchmark's in-memory corpus)."""
        counts: Counter[str] = Counter()
        documents = 0
        for text in texts:
            counts.update(document_words(text))
            documents += 1
        return cls(documents, dict(counts))


def document_words(text: str) -> frozenset[str]:
    """The content words a report uses, as matching normalises them."""
    return frozenset(word for word in content_words(normalise_text(text)) if len(word) <= MAX_WORD)


def weigh(features: EventFeatures, rarity: WordRarity) -> EventFeatures:
    """The features with the weight of each of their words."""
    return replace(features, rarity=tuple(sorted((word, round(rarity.weight(word), 4)) for word in features.words)))


def count_new_documents(session: Session) -> int:
    """Add the documents stored since the last count to ``word_documents``; returns how many."""
    state = {row.word: row for row in session.scalars(
        select(WordDocuments).where(WordDocuments.word.in_([DOCUMENTS_KEY, LAST_KEY]))
    )}
    last = state[LAST_KEY].documents if LAST_KEY in state else 0
    counted = 0
    while True:
        rows = session.execute(
            select(DocumentRow.id, DocumentRow.title, DocumentRow.text)
            .where(DocumentRow.id > last).order_by(DocumentRow.id).limit(COUNT_BATCH)
        ).all()
        if not rows:
            break
        counts: Counter[str] = Counter()
        for _, title, text in rows:
            counts.update(document_words(f"{title or ''} {text}"))
        _add(session, counts)
        last, counted = rows[-1][0], counted + len(rows)
    if counted:
        _add(session, Counter({DOCUMENTS_KEY: counted}))
        _set(session, state.get(LAST_KEY), LAST_KEY, last)
        session.flush()
    return counted


def _add(session: Session, counts: Counter[str]) -> None:
    for batch in chunks(sorted(counts)):
        stored = {row.word: row for row in session.scalars(select(WordDocuments).where(WordDocuments.word.in_(batch)))}
        for word in batch:
            if word in stored:
                stored[word].documents += counts[word]
            else:
                session.add(WordDocuments(word=word, documents=counts[word]))
    session.flush()


def _set(session: Session, row: WordDocuments | None, key: str, value: int) -> None:
    if row is None:
        session.add(WordDocuments(word=key, documents=value))
    else:
        row.documents = value


def stored_rarity(session: Session, features: Iterable[EventFeatures]) -> WordRarity:
    """The stored frequencies of these features' words."""
    words = sorted({word for item in features for word in item.words if len(word) <= MAX_WORD})
    found: dict[str, int] = {}
    for batch in chunks([DOCUMENTS_KEY, *words]):
        query = select(WordDocuments.word, WordDocuments.documents).where(WordDocuments.word.in_(batch))
        found.update((word, documents) for word, documents in session.execute(query))
    return WordRarity(found.pop(DOCUMENTS_KEY, 0), found)


def weigh_stored(session: Session, features: list[EventFeatures]) -> list[EventFeatures]:
    """``weigh`` each of these features by the stored frequencies."""
    rarity = stored_rarity(session, features)
    return [weigh(item, rarity) for item in features]
