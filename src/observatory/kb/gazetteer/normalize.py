"""Name keys that make the many romanisations of one Arabic toponym meet.

Reports spell the same village half a dozen ways (Deir Ezzor, Deir ez-Zor, Dayr az
Zawr, Deir al-Zor).  Two keys are computed for every gazetteer name and every
candidate span of text:

* ``light_key`` keeps the letters but drops diacritics, apostrophes/ʿayn, hyphens,
  spaces and the Arabic article in all its romanised forms (al-, el-, as-, ash-, ez-…,
  and the assimilated "Ezzor" form).  Two names with equal light keys are the same
  spelling for any practical purpose.
* ``sound_key`` folds what transliteration schemes disagree on (q/k, kh/h, sh/ch,
  th/t, ou/u, doubled letters, a final silent h) and keeps only the consonant
  skeleton, with one marker for an initial vowel or ʿayn.  It is looser, so a match on
  it counts as weaker evidence during resolution.
* ``vowel_key`` keeps the consonants (and the glides y, w before a vowel) in place but
  writes every run of vowels, and a diphthong before a consonant, as one "a": "Menbej" and
  "Manbij", "al-Suwaidaa" and "As Suwayda", "Sheikh Meskin", "Shekh Meskin" and "Shaykh
  Miskin" meet, while "Hama" and "Homs" stay apart.  Outlets disagree on vowels far more than on consonants, so names that differ
  in their vowels only are spelling twins; rapidfuzz over these keys measures how close
  two spellings are when they are not twins.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

ARTICLES = frozenset(
    "al el il ul as es ash esh ar er ad ed at et az ez an en ath adh ul".split()
)
"""The Arabic article in every romanised form: the one list extraction, fusion and scoring use."""
ARTICLE_PATTERN = "(?:" + "|".join(sorted(ARTICLES, key=lambda a: (-len(a), a))) + ")"
"""``ARTICLES`` as a regular-expression group, longest first ("ash" before "as")."""
_APOSTROPHES = re.compile(r"['’‘`´ʿʾʻʼ\u02bf\u02be]")
_NON_WORD = re.compile(r"[^0-9a-z\u0621-\u064a]+")
_GLUED_GEMINATE = re.compile(r"^[ae](l|s|sh|r|d|t|z|n|th|dh)(?=\1)")  # "ezzor" -> "zor"
_GLUED_AL = re.compile(r"^[ae]l(?=[bcdfghjkmnpqrstvwxyz][aeiou])")  # "eljoz" -> "joz"
# Generic words that start toponyms, spelled many ways: one spelling each ("Tell Abyad"
# = "Tal Abyad", "Dayr Hafir" = "Deir Hafer" at least in this word).
_HEAD_SPELLINGS = {
    "tall": "tal", "tell": "tal", "tel": "tal", "dayr": "deir", "dair": "deir", "der": "deir",
    "kfar": "kafr", "kafar": "kafr", "kfr": "kafr", "kafer": "kafr", "kefr": "kafr", "kefer": "kafr",
    "ayn": "ain", "ein": "ain", "jebel": "jabal",
    "jabel": "jabal", "jebal": "jabal", "khirbat": "khirbet", "kherbet": "khirbet", "khurbat": "khirbet",
    "bayt": "beit", "maarat": "maarrat", "qalat": "qalaat", "mazraa": "mazraat",
}
_ARABIC_FOLD = str.maketrans({"أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا", "ة": "ه", "ى": "ي", "ـ": ""})
_DIGRAPHS = (
    ("tch", "x"), ("sh", "x"), ("ch", "x"), ("kh", "h"), ("gh", "g"), ("th", "t"),
    ("dh", "d"), ("ph", "f"), ("ck", "k"), ("q", "k"), ("c", "k"), ("v", "w"),
)
_VOWELS = frozenset("aeiou")
_VOWEL_RUN = re.compile(r"[aeiou]+")
_DIPHTHONGS = re.compile(r"[ae][iy]|[ao][uw]")  # "Sheikh" = "Shaykh", "Zour" = "Zawr"
_GLIDE_BEFORE_CONSONANT = re.compile(r"a[yw](?=[^aeiouyw]|$)")
_MIN_SOUND_KEY = 3
_MIN_VOWEL_KEY = 6
_KEY_CACHE = 65536  # report text repeats the same words; keys are computed once each


@lru_cache(maxsize=_KEY_CACHE)
def fold(text: str) -> str:
    """Lower-case ``text`` without diacritics, apostrophes or tatweel; Arabic letters kept."""
    if not text.isascii():  # ASCII has no diacritics to strip
        text = unicodedata.normalize("NFKD", text)
        text = "".join(c for c in text if not unicodedata.combining(c))
    text = _APOSTROPHES.sub("", text.lower())
    return text.translate(_ARABIC_FOLD).replace("ı", "i")


def name_tokens(name: str) -> list[str]:
    """Folded tokens of ``name`` with the Arabic article removed wherever it stands."""
    return list(_name_tokens(name))


@lru_cache(maxsize=_KEY_CACHE)
def _name_tokens(name: str) -> tuple[str, ...]:
    """Both keys start from the same tokens: computed once per name."""
    raw = [t for t in _NON_WORD.split(fold(name)) if t]
    tokens: list[str] = []
    for i, token in enumerate(raw):
        if token in ARTICLES and len(raw) > 1:
            continue
        if token.startswith("ال") and len(token) > 3:
            token = token[2:]
        elif i > 0 and len(token) >= 5:
            token = _GLUED_AL.sub("", _GLUED_GEMINATE.sub("", token))
        tokens.append(_HEAD_SPELLINGS.get(token, token))
    return tuple(tokens)


def without_glued_article(name: str) -> str | None:
    """"Albab", "Elhadiqa": a name some outlets write with the article glued on, without it
    ("bab"), or None when the name does not start so.  Only for names nothing matched:
    everywhere else "Aleppo" and "Albu Kamal" keep their first letters."""
    first, _, rest = name.partition(" ")
    folded = fold(first)
    if len(folded) < 5 or not folded.isalpha() or not _GLUED_AL.match(folded):
        return None
    return f"{first[2:]} {rest}".strip()


@lru_cache(maxsize=_KEY_CACHE)
def light_key(name: str) -> str:
    """Spelling-level key: the folded tokens, article-free, joined without spaces."""
    return "".join(_drop_final_h(t) for t in _name_tokens(name))


@lru_cache(maxsize=_KEY_CACHE)
def sound_key(name: str) -> str:
    """Transliteration-proof key: consonant skeleton of each token (see module doc)."""
    return "".join(_skeleton(t) for t in _name_tokens(name))


@lru_cache(maxsize=_KEY_CACHE)
def vowel_key(name: str) -> str:
    """Consonants kept in order, each vowel run one "a" (see module doc); tokens joined."""
    return "".join(_vowel_blind(t) for t in _name_tokens(name))


@lru_cache(maxsize=_KEY_CACHE)
def _vowel_blind(token: str) -> str:
    """A token's vowel key (names share most tokens: computed once each, as ``_skeleton``)."""
    if not token.isascii():
        return token
    for old, new in _DIGRAPHS:
        token = token.replace(old, new)
    if len(token) > 2 and token.endswith("y") and token[-2] not in _VOWELS:
        token = token[:-1] + "i"  # "Kamishly" = "Qamishli"
    token = _DIPHTHONGS.sub(lambda m: "ay" if m.group()[1] in "iy" else "aw", _collapse_doubles(token))
    token = _GLIDE_BEFORE_CONSONANT.sub("a", token)  # "Shaykh" = "Shekh", "Zawr" = "Zor"
    token = token[0] + _VOWEL_RUN.sub("a", token[1:])
    token = token[:-1] if len(token) > 3 and token.endswith("ah") else token  # a silent final h
    return "a" + token[1:] if token[0] in _VOWELS else token


def usable_vowel_key(key: str) -> bool:
    """Six letters at least ("manbaj" yes, "saran" no): in shorter names the vowels are
    much of what tells two villages apart (Sarrin and Suran)."""
    return len(key) >= _MIN_VOWEL_KEY


def usable_sound_key(key: str) -> bool:
    """Very short skeletons ("hm") collide too often to be trusted on their own."""
    return len(key) >= _MIN_SOUND_KEY


def _drop_final_h(token: str) -> str:
    """A silent final h ("Hamah") or a doubled final vowel ("Suwaidaa") spells the same ending."""
    if len(token) > 3 and token.endswith("h") and token[-2] in _VOWELS:
        return token[:-1]
    if len(token) > 4 and token[-1] in _VOWELS and token[-2] == token[-1]:
        return token[:-1]
    return token


@lru_cache(maxsize=_KEY_CACHE)
def _skeleton(token: str) -> str:
    """A token's consonant skeleton (names share most tokens: computed once each)."""
    if not token.isascii():
        return token
    for old, new in _DIGRAPHS:
        token = token.replace(old, new)
    token = _collapse_doubles(_drop_final_h(token.replace("ou", "u").replace("ee", "i")))
    out = ["@" if token[0] in _VOWELS else token[0]]
    for i in range(1, len(token)):
        c = token[i]
        if c in _VOWELS:
            continue
        if c in "yw" and (i == len(token) - 1 or token[i - 1] in _VOWELS or token[i + 1] in _VOWELS):
            continue
        out.append(c)
    return "".join(out)


def _collapse_doubles(token: str) -> str:
    return re.sub(r"(.)\1+", r"\1", token)
