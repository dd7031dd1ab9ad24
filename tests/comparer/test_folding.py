"""Derivational folding: word families meet on one stem, unrelated words stay apart."""

from __future__ import annotations

import pytest

from comparer.folding import fold

# Groups of words a reader takes for one family: each group folds onto one stem.
FAMILIES = [
    ("registration", "register", "registrant"),
    ("leadership", "leader", "lead"),
    ("evaluation", "evaluate"),
    ("management", "manage", "manager"),
    ("recognition", "recognise"),
    ("organisation", "organise", "organization"),
    ("advertisement", "advertise", "advert"),
    ("engagement", "engage"),
    ("apprenticeship", "apprentice"),
    ("membership", "member"),
    ("collaboration", "collaborate", "collaborative"),
    ("demonstration", "demonstrate"),
    ("specialist", "special"),
    ("internship", "intern"),
]

# Pairs that share letters but not meaning: they must stay apart.
APART = [
    ("internal", "intern"),
    ("community", "communication"),
    ("mentor", "mentoring_scheme"),
    ("equipment", "equality"),
]

# Short words and words with other characters are left alone.
UNCHANGED = ["data", "role", "plan", "staff", "hub", "cpd", "e.g", "rsci"]


@pytest.mark.parametrize("family", FAMILIES, ids=[f[0] for f in FAMILIES])
def test_family_folds_onto_one_stem(family: tuple[str, ...]) -> None:
    assert len({fold(word) for word in family}) == 1, {word: fold(word) for word in family}


@pytest.mark.parametrize(("a", "b"), APART, ids=[f"{a}-{b}" for a, b in APART])
def test_unrelated_words_stay_apart(a: str, b: str) -> None:
    assert fold(a) != fold(b)


@pytest.mark.parametrize("word", UNCHANGED)
def test_short_and_non_alphabetic_words_unchanged(word: str) -> None:
    assert fold(word) == word


def test_stem_keeps_enough_letters() -> None:
    for word in ("career", "water", "state", "artist", "offer"):
        assert len(fold(word)) >= 4
