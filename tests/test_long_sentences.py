"""Inputs whose sentences are pathologically long still split into bounded windows.

These used to take seconds to minutes (a clause pattern retried at every space of a long
run; extractors scanned a 90k-character "sentence" as one window).  The tests assert the
shape of the result; timings live in bench/adversarial.py.
"""

from __future__ import annotations

from observatory.extract.clauses import split_clauses
from observatory.extract.pipeline import Extractor
from observatory.models import Document, ExtractionResult
from observatory.nlp.sentences import MAX_SENTENCE, split_sentences


def _assert_exact(text: str, sentences) -> None:
    for s in sentences:
        assert text[s.start : s.end] == s.text
        assert s.text == s.text.strip() and s.text


def test_a_long_run_of_spaces_splits_clauses_like_a_single_space():
    head, tail = "Snipers fired on the bakery queue in Harasta", "while drones circled above the square."
    wide = f"{head}{' ' * 20000}{tail}"
    narrow = f"{head} {tail}"
    clauses = [wide[c.start : c.end] for c in split_clauses(split_sentences(wide), wide)]
    assert clauses == [narrow[c.start : c.end] for c in split_clauses(split_sentences(narrow), narrow)]
    assert clauses == [head, tail]


def test_semicolons_and_dashes_between_blank_runs_still_break_clauses():
    text = "Two tanks were destroyed near Morek" + " " * 300 + ";" + " " * 300 + "a crew escaped — the rest surrendered."
    clauses = [text[c.start : c.end] for c in split_clauses(split_sentences(text), text)]
    assert clauses == ["Two tanks were destroyed near Morek", "a crew escaped", "the rest surrendered."]


def test_a_page_without_punctuation_is_cut_into_bounded_exact_pieces():
    words = "wounded fighters dead residents killed soldiers injured children "
    text = words * (93000 // len(words))
    sentences = split_sentences(text)
    _assert_exact(text, sentences)
    assert all(len(s.text) <= MAX_SENTENCE for s in sentences)
    assert len(sentences) > 93000 // MAX_SENTENCE
    # Pieces end at word boundaries and together keep every word in order.
    assert " ".join(s.text for s in sentences).split() == text.split()


def test_one_giant_token_is_cut_at_the_limit():
    text = "x" * (MAX_SENTENCE * 2 + 17)
    sentences = split_sentences(text)
    _assert_exact(text, sentences)
    assert [len(s.text) for s in sentences] == [MAX_SENTENCE, MAX_SENTENCE, 17]


def test_ordinary_long_sentences_are_left_whole():
    sentence = ("Fighting raged for a third day around the hills east of Kinsabba, " * 25).strip(", ") + "."
    assert len(sentence) < MAX_SENTENCE
    assert [s.text for s in split_sentences(sentence)] == [sentence]


def test_extraction_of_adversarial_layouts_completes_with_well_formed_results():
    extractor = Extractor(budget=None)
    cases = {
        "blank run": "Gunmen killed a teacher in Sanamayn" + " " * 16000 + "and wounded his brother.",
        "no punctuation": "killed wounded civilians martyrs injured dead people " * 1800,
        "newline storm": "Four soldiers died in an ambush near Palmyra.\n" + "\n" * 30000,
        "tab wall": "\t" * 20000 + "An airstrike killed nine people in Ariha.",
    }
    for name, text in cases.items():
        result = extractor.extract(text, Document(id=name))
        assert isinstance(result, ExtractionResult), name
        for claim in result.casualties:
            assert text[claim.evidence.start : claim.evidence.end] == claim.evidence.text, name
