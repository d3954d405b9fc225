"""A full stop after an abbreviation does not end a sentence, however long the sentence (only its end is read)."""

from observatory.nlp.sentences import split_sentences

LONG = "Clashes continued through the night in the eastern countryside of Deir Ezzor, said "


def test_abbreviation_at_the_end_of_a_long_sentence_does_not_split() -> None:
    text = LONG + "Gen. Suheil al-Hassan. The army advanced."
    assert [s.text for s in split_sentences(text)] == [LONG + "Gen. Suheil al-Hassan.", "The army advanced."]

