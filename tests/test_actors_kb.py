"""The actor knowledge base: canonical names from report wording, user extensions."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from observatory.kb.actors import ActorDataError, ActorKB, _phrase_regex, add_actor, add_alias
from observatory.nlp.pattern_scan import PatternScan, _word_start_openings
from observatory.nlp.caseless import CaselessPattern


@pytest.fixture(scope="module")
def kb() -> ActorKB:
    return ActorKB.from_files([Path(__file__).parents[1] / "src/observatory/data/actors.yaml"])


def names(kb: ActorKB, text: str) -> list[tuple[str, str]]:
    return [(m.mention, m.name) for m in kb.find(text)]


def test_plain_aliases_resolve_to_canonical_names(kb: ActorKB) -> None:
    text = "Clashes between the Syrian Arab Army and Hayat Tahrir al-Sham near positions held by Daesh."
    assert names(kb, text) == [
        ("Syrian Arab Army", "Military Forces of Syria"),
        ("Hayat Tahrir al-Sham", "HTS: Hayat Tahrir al-Sham"),
        ("Daesh", "Islamic State"),
    ]


def test_longest_match_wins_over_the_words_inside_it(kb: ActorKB) -> None:
    found = names(kb, "pro-regime forces advanced while the Syrian Democratic Forces held the bridge")
    assert found == [("pro-regime forces", "Pro-Government Militias (Syria)"),
                     ("Syrian Democratic Forces", "SDF: Syrian Democratic Forces")]


def test_nationality_adjectives_combine_with_force_nouns(kb: ActorKB) -> None:
    found = names(kb, "Russian warplanes and Turkish howitzers struck, as did regime’s warplanes")
    assert [n for _, n in found] == ["Military Forces of Russia", "Military Forces of Turkey",
                                     "Military Forces of Syria"]


def test_capitalised_acronyms_do_not_match_ordinary_words(kb: ActorKB) -> None:
    assert names(kb, "The situation is tense as IS fighters gather") == [("IS fighters", "Islamic State")]


def test_offsets_point_into_the_text_passed_with_its_offset(kb: ActorKB) -> None:
    sentence = "the Lebanese Hezbollah lost 20 members"
    [mention] = kb.find(sentence, offset=100)
    assert (mention.start, mention.end, mention.nationality) == (104, 122, "LB")


def test_user_file_adds_actors_and_aliases(tmp_path: Path, kb: ActorKB) -> None:
    user = tmp_path / "actors.yaml"
    add_actor("Liwa al-Baqir", "political_militia", ["Baqir fighters"], path=user)
    add_alias("Islamic State", "Tanzim al-Dawla", kb, path=user)
    extended = ActorKB.from_files([Path(__file__).parents[1] / "src/observatory/data/actors.yaml", user])
    assert names(extended, "Baqir fighters repelled Tanzim al-Dawla") == [
        ("Baqir fighters", "Liwa al-Baqir"), ("Tanzim al-Dawla", "Islamic State")]


def test_bad_user_file_names_the_file_and_entry(tmp_path: Path) -> None:
    user = tmp_path / "actors.yaml"
    user.write_text("actors:\n  - name: Somebody\n    type: warlords\n", encoding="utf-8")
    with pytest.raises(ActorDataError, match=r"actors.yaml: actor #1 \(Somebody\)"):
        ActorKB.from_files([user])


def test_context_flag_must_be_a_boolean_not_a_quoted_word(tmp_path: Path) -> None:
    user = tmp_path / "actors.yaml"
    user.write_text("actors: []\ncontext:\n  - pattern: 'the brigade'\n    after: [Islamic State]\n"
                    "  - pattern: 'its comrades'\n    after: [Islamic State]\n    nearest: \"no\"\n",
                    encoding="utf-8")
    with pytest.raises(ActorDataError, match=r"actors.yaml: context rule #2: 'nearest' must be true or false"):
        ActorKB.from_files([user])


def test_context_flag_accepts_yaml_booleans(tmp_path: Path) -> None:
    user = tmp_path / "actors.yaml"
    user.write_text("actors: []\ncontext:\n  - pattern: 'its comrades'\n    after: [Islamic State]\n"
                    "    nearest: false\n", encoding="utf-8")
    assert [rule.nearest for rule in ActorKB.from_files([user]).context_rules] == [False]


def test_unknown_actor_cannot_get_an_alias(tmp_path: Path, kb: ActorKB) -> None:
    with pytest.raises(ActorDataError, match="unknown actor"):
        add_alias("Nobody Brigade", "nobodies", kb, path=tmp_path / "actors.yaml")


def test_possessives_without_apostrophes_still_match(kb: ActorKB) -> None:
    found = names(kb, "Russias Aerospace Forces and Turkeys army")
    assert [n for _, n in found] == ["Military Forces of Russia", "Military Forces of Turkey"]


def test_coordinated_adjectives_share_their_noun(kb: ActorKB) -> None:
    found = names(kb, "the Russian and regime airstrikes on Kafr Nabl")
    assert [n for _, n in found] == ["Military Forces of Russia", "Military Forces of Syria"]


_FIRST_WORD_TEXTS = [
    "Regime Forces and the SDF-held villages near Tal Tamr: pro-Assad gunmen, hezbollah's men and HTS.",
    "Daesh-linked cells (daesh) attacked;HTS,Jaysh al-Izza and the Free Syrian Army's 5th Corps replied.",
    "Russian-backed units, a Turkish drone and rebels' positions: non-SDF fighters_ATTACKED Qamishli.",
]


@pytest.mark.parametrize("text", _FIRST_WORD_TEXTS)
def test_the_first_word_scan_finds_every_word_a_name_starts_with(kb: ActorKB, text: str) -> None:
    """The one scan of the lowered text must stop at exactly the words a word-by-word
    lookup finds (after hyphens, apostrophes, underscores and in capitals), in order."""
    from observatory.kb.actors import _WORD
    by_words = [(w.start(), w.group().lower()) for w in _WORD.finditer(text) if w.group().lower() in kb._by_first_word]
    assert by_words  # the texts hold names
    assert list(kb._first_word_hits(text)) == by_words
    with_accent = text + " Ḥamā"  # non-ASCII text: the word-by-word lookup itself
    assert list(kb._first_word_hits(with_accent)) == by_words
    assert list(kb._first_word_hits("")) == []


_SCANNED = [
    CaselessPattern(r"(?<!\w)(?:(?:was|were) (?:taken|seized)|fell to)"),
    CaselessPattern(r"(?<![\w\-])(?:(?:pro-regime|regime) (?:gunmen|militias?))(?![\w\-])"),
    CaselessPattern(r"gunmen"),  # no word-start lookbehind: scanned alone
    CaselessPattern(r"(?<!\w)(?:(?:was|were) taken by)"),  # the same words as the first, a longer match
    CaselessPattern(r"(?<!\w)(?:(?:the )?(?:last|final) (?:convoy|batch)(?:es)?)"),  # an optional opening word
    CaselessPattern(r"(?<!\w)(?:[a-z]+ed by (?:the )?[a-z]+)"),  # no literal opening: scanned alone
    CaselessPattern(r"(?<!\w)(?:(?<=\bthe )[a-z]+ (?:convoy|hill))"),  # starts where "the " ends
]


@pytest.mark.parametrize("text", [
    "Two farms were taken by pro-regime militias; the hill was seized when regime gunmen arrived, "
    "and Tal Sheer fell to the gunmen before the last convoy left.",
    "THE RIDGE WAS SEIZED BY REGIME MILITIA, WHICH WERE TAKEN BY SURPRISE.",
    "Qasr Hamad fell to pro‑regime gunmen — the final batches were taken by bus.",  # not ASCII
    "“The hill was ſeized by regime gunmen”, the last convoy WAS TAKEN BY the army.",  # "ſ": each alone
    "",
])
def test_one_scan_finds_what_each_pattern_finds_alone(text: str) -> None:
    """Each pattern gets the very matches its own ``finditer`` gives: overlapping patterns,
    a pattern scanned alone, upper-case and non-ASCII text."""
    alone = [[(m.span(), m.group(0)) for m in pattern.finditer(text)] for pattern in _SCANNED]
    assert [[(m.span(), m.group(0)) for m in found] for found in PatternScan(_SCANNED).matches(text)] == alone
    assert sum(map(len, alone)) >= (4 if text else 0)


def test_a_scanned_pattern_opens_with_the_words_past_its_optional_parts() -> None:
    """Where a pattern may start is read past an optional word, a set of characters and a
    lookbehind; a text long enough to be rare is not read further; a pattern that any word
    may open after a lookbehind's words starts where those words end."""
    assert _word_start_openings(r"(?<!\w)(?:(?:the )?(?:last|final) convoys?)") == (
        {"the last", "the final", "last c", "final "}, 0)
    assert _word_start_openings(r"(?<![\w\-])(?:Iraqi[- ]backed)") == ({"iraqi-", "iraqi "}, 0)
    assert _word_start_openings(r"(?<!\w)(?:(?<=\bafter )\w+ forces)") == ({"after "}, len("after "))
    assert _word_start_openings(r"(?<!\w)(?:(?<='s )\w+ forces)") is None  # the words may end a word
    assert _word_start_openings(r"(?:was|were) taken") is None  # may start inside a word


def test_a_name_after_a_shared_first_word_is_tried_only_before_its_second_word() -> None:
    """Names that share their first word ("the") are tried at it only when the text's next
    word is their second; a name of that word alone, or one with an apostrophe in its first
    word, keeps every name tried there; the matches are the same either way."""
    from observatory.kb.actors import ActorEntry, _two_words
    entries = [ActorEntry(name="Lion Battalion", type="armed_group", aliases=("the Lion Battalion", "the Lions' Battalion")),
               ActorEntry(name="Ghost Brigade", type="armed_group", aliases=("the Ghost Brigade", "Ghost-Brigade men"))]
    kb = ActorKB(entries)
    text = "Gunmen of the Lions Battalion fought the ghost - brigade near the lionesses."
    assert [c.entry.name for c in kb._named_at(text, text.index("the Lions"), "the")] == ["Lion Battalion"]
    assert [c.entry.name for c in kb._named_at(text, text.index("the ghost"), "the")] == ["Ghost Brigade"]
    assert kb._named_at(text, text.index("the lionesses"), "the") == []
    assert [(m.mention, m.name) for m in kb.find(text)] == [("the Lions Battalion", "Lion Battalion"),
                                                            ("the ghost - brigade", "Ghost Brigade")]
    assert _two_words("the Lions' Battalion") == ("the", ("lions", "lions"))
    assert _two_words("al-Quds’s fighters") == ("al", ("quds", "qudss"))
    assert _two_words("the Lion") == ("the", ("lion", "lion"))
    assert _two_words("Lion") is None and _two_words("Lion's men") is None
    alone = ActorKB(entries + [ActorEntry(name="The Band", type="armed_group", aliases=("the",))])
    assert "the" not in alone._by_second_word and "ghost" in alone._by_second_word


def test_an_apostrophe_in_a_name_matches_either_apostrophe_and_nothing_else() -> None:
    """"Lions' Brigade" is written with ' or ’ or none, never with a bracket in its place."""
    pattern = re.compile(_phrase_regex("Lions' Brigade"))
    assert all(pattern.fullmatch(text) for text in ("Lions' Brigade", "Lions’ Brigade", "Lions Brigade"))
    assert not any(pattern.fullmatch(text) for text in ("Lions] Brigade", "Lions[ Brigade"))
