"""Sentence splitting keeps exact offsets and does not break on abbreviations."""

from observatory.nlp.sentences import split_sentences


def test_offsets_are_exact_and_cover_every_sentence():
    text = (
        "Idlib Province:\n\nWarplanes carried out 12 raids on Saraqib. "
        "At least 7 civilians were killed, including 2 children! Was it Russian? Nobody said."
    )
    sentences = split_sentences(text)
    assert [s.text for s in sentences] == [
        "Idlib Province:",
        "Warplanes carried out 12 raids on Saraqib.",
        "At least 7 civilians were killed, including 2 children!",
        "Was it Russian?",
        "Nobody said.",
    ]
    for s in sentences:
        assert text[s.start : s.end] == s.text


def test_abbreviations_and_initials_do_not_end_a_sentence():
    text = "Brig. Gen. Issam Zahreddine visited U.S. officials on Sept. 3 in Deir Ezzor. He left."
    assert [s.text for s in split_sentences(text)] == [
        "Brig. Gen. Issam Zahreddine visited U.S. officials on Sept. 3 in Deir Ezzor.",
        "He left.",
    ]


def test_closing_quote_stays_with_its_sentence():
    text = '"We will retake the town." The commander said so.'
    assert [s.text for s in split_sentences(text)] == [
        '"We will retake the town."',
        "The commander said so.",
    ]


def test_lowercase_after_ellipsis_continues_the_sentence():
    text = "In order to regain what they lost… regime forces counterattack. Clashes go on."
    assert len(split_sentences(text)) == 2


def test_empty_and_blank_text():
    assert split_sentences("") == []
    assert split_sentences("   \n\n  ") == []
