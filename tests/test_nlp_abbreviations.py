"""A full stop after an abbreviation does not end a sentence, however long the sentence."""

from observatory.nlp.sentences import split_sentences

LONG = "Clashes continued through the night in the eastern countryside of Deir Ezzor, said "


def test_abbreviation_at_the_end_of_a_long_sentence_does_not_split() -> None:
    text = LONG + "Gen. Suheil al-Hassan. The army advanced."
    assert [s.text for s in split_sentences(text)] == [LONG + "Gen. Suheil al-Hassan.", "The army advanced."]


def test_a_long_dotted_run_is_read_back_to_its_start() -> None:
    text = LONG + "the U.S.A.B.C.D.E.F.G.H.I.J.K.L.M. Forces withdrew."
    assert len(split_sentences(text)) == 2  # "U.S.A…M." is one dotted word, not a one-letter abbreviation
