"""Derivational folding: word families onto one stem, on top of the lookup lemma.

The lookup lemma undoes inflection ("mentors" -> "mentor", "registered" -> "register")
but not derivation: "registration" and "register", "leadership" and "leader",
"evaluation" and "evaluate" stay apart, so two short actions about one practice can share
no word. `fold` strips derivational suffixes by rule (no per-word list): a reader sees
"register technicians" and "technician registration" as the same words.

Rules, in order, at most `MAX_PASSES` suffixes per word:

- a suffix of `DERIVATIONAL_SUFFIXES` is stripped when at least `MIN_STEM` letters remain
  ("management" -> "manage", "leadership" -> "leader" -> "lead");
- a final "e" is dropped ("manage" -> "manag", so "manage" and "management" meet);
- after a stripped suffix, a doubled final consonant is made single ("plann" -> "plan")
  and a final "r" after a consonant, left by "-ation" or "-ant", is dropped so the noun meets
  its verb ("registr" and "regist(er)" -> "regist").

Words of `MIN_STEM` letters or fewer are left as they are. Suffixes that join unrelated
words ("-al": internal / intern, "-or": mentor / ment) are not stripped.
"""

from __future__ import annotations

from functools import lru_cache

MIN_STEM = 4
MAX_PASSES = 2
# Longest first within a family, so "-isation" is tried before "-ation".
DERIVATIONAL_SUFFIXES: tuple[str, ...] = (
    "isation",
    "ization",
    "ational",
    "ative",
    "ation",
    "ition",
    "ment",
    "ness",
    "ship",
    "ity",
    "ise",
    "ize",
    "ist",
    "ian",
    "ant",
    "ate",
    "ing",
    "er",
)
_VOWELS = frozenset("aeiouy")


def _strip_suffix(word: str) -> str | None:
    """`word` without its first derivational suffix that leaves `MIN_STEM` letters, or None."""
    for suffix in DERIVATIONAL_SUFFIXES:
        if word.endswith(suffix) and len(word) - len(suffix) >= MIN_STEM:
            return word[: -len(suffix)]
    return None


def _tidy(stem: str, stripped: bool) -> str:
    """Drop a final "e"; after a stripped suffix, make a doubled final consonant single and drop a
    final consonant + "r"'s "r"."""
    if len(stem) > MIN_STEM and stem.endswith("e"):
        stem = stem[:-1]
    if not stripped:
        return stem
    if len(stem) > MIN_STEM and stem[-1] == stem[-2] and stem[-1] not in _VOWELS:
        stem = stem[:-1]
    if len(stem) > MIN_STEM and stem.endswith("r") and stem[-2] not in _VOWELS:
        stem = stem[:-1]
    return stem


@lru_cache(maxsize=200_000)
def fold(word: str) -> str:
    """The stem a word's family shares: "registration", "register" and "registrant" -> "regist".

    Example:
        >>> fold("leadership"), fold("leader"), fold("evaluation"), fold("evaluate")
        ('lead', 'lead', 'evalu', 'evalu')
    """
    if len(word) <= MIN_STEM or not word.isalpha():
        return word
    stem = word
    for _ in range(MAX_PASSES):
        stripped = _strip_suffix(stem)
        if stripped is None:
            break
        stem = stripped
    return _tidy(stem, stem != word)
