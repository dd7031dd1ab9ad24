"""The practice taxonomy: what Technician Commitment plans commonly do, with trigger terms.

The built-in taxonomy lives in `comparer/data/practices.toml`. A user file of the same
shape (``--taxonomy FILE``, TOML or JSON) adds practices, synonyms and generic words;
a practice whose id already exists replaces the built-in one.
"""

from __future__ import annotations

import json
import logging
import tomllib
from collections.abc import Mapping
from dataclasses import dataclass, field
from functools import cached_property, lru_cache
from pathlib import Path
from typing import Any

from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator

from comparer.errors import ComparisonError
from schemas.plan import Pillar

logger = logging.getLogger(__name__)

BUILTIN_TAXONOMY = Path(__file__).resolve().parent / "data" / "practices.toml"
PRACTICE_ID_PATTERN = r"^[a-z][a-z0-9_]*$"
GAP = "..."
FALLBACK_KEY = "fallback"
MAX_GAP_TOKENS = 5


class Practice(BaseModel):
    """One practice: id, usual pillar, label, one-line description and trigger terms.

    `parent` names the broader practice this one refines ("award nominations" refines
    "awards"): two actions sharing the fine practice do the same thing, one with the fine
    and one with the broad practice only do related things. `means` marks practices that
    actions use to reach another one (funding, communication channels): when an action's
    text also names a practice that is not a means, the means practice counts as context.

    A term may hold a gap, "skill ... survey": its parts in order with at most
    `MAX_GAP_TOKENS` words between them, inside one clause.
    """

    model_config = ConfigDict(extra="forbid", frozen=True)

    id: str = Field(pattern=PRACTICE_ID_PATTERN)
    pillar: Pillar
    label: str = Field(min_length=1)
    description: str = Field(min_length=1)
    terms: tuple[str, ...] = Field(min_length=1)
    related: tuple[str, ...] = ()
    parent: str | None = Field(default=None, pattern=PRACTICE_ID_PATTERN)
    means: bool = False

    @field_validator("terms")
    @classmethod
    def _terms_not_blank(cls, value: tuple[str, ...]) -> tuple[str, ...]:
        cleaned = tuple(" ".join(term.split()) for term in value)
        if any(not term for term in cleaned):
            raise ValueError("a trigger term is blank")
        for term in cleaned:
            parts = [part.strip() for part in term.split(GAP)]
            if any(not part for part in parts):
                raise ValueError(f"a gap term needs words on both sides of {GAP!r}: {term!r}")
        return cleaned


class _TaxonomyFile(BaseModel):
    model_config = ConfigDict(extra="forbid")

    practice: list[Practice] = Field(default_factory=list)
    synonyms: dict[str, list[str]] = Field(default_factory=dict)
    generic: dict[str, list[str]] = Field(default_factory=dict)


@dataclass(frozen=True, eq=False)
class Taxonomy:
    """Practices in a fixed order (by id), plus synonym folding and generic words."""

    practices: tuple[Practice, ...]
    synonyms: Mapping[str, tuple[str, ...]] = field(default_factory=dict)
    generic_words: frozenset[str] = frozenset()
    # Generic words that still say what an action is about ("career", "plan"): they count when
    # an action has too few words of its own (`[generic] fallback` in the taxonomy file).
    fallback_words: frozenset[str] = frozenset()

    @property
    def ids(self) -> tuple[str, ...]:
        return tuple(p.id for p in self.practices)

    @cached_property
    def _by_id(self) -> dict[str, Practice]:
        return {practice.id: practice for practice in self.practices}

    def get(self, practice_id: str) -> Practice | None:
        return self._by_id.get(practice_id)

    def label(self, practice_id: str) -> str:
        practice = self.get(practice_id)
        return practice.label if practice else practice_id

    def related_pairs(self) -> list[tuple[str, str]]:
        """Every (a, b) with a != b named as related by either side, or sharing a parent; both orders, sorted."""
        known = set(self.ids)
        pairs: set[tuple[str, str]] = set()
        for practice in self.practices:
            for other in practice.related:
                if other in known and other != practice.id:
                    pairs.add((practice.id, other))
                    pairs.add((other, practice.id))
        siblings: dict[str, list[str]] = {}
        for practice in self.practices:
            if practice.parent in known:
                siblings.setdefault(practice.parent, []).append(practice.id)
        for group in siblings.values():
            pairs.update((a, b) for a in group for b in group if a != b)
        return sorted(pairs)

    def family_pairs(self) -> list[tuple[str, str]]:
        """Every (child, parent) and (parent, child) pair of known practices, sorted."""
        known = set(self.ids)
        pairs: set[tuple[str, str]] = set()
        for practice in self.practices:
            if practice.parent in known and practice.parent != practice.id:
                pairs.add((practice.id, practice.parent))
                pairs.add((practice.parent, practice.id))
        return sorted(pairs)

    def relation_weights(self, related_weight: float, family_weight: float) -> dict[tuple[str, str], float]:
        """Credit for a pair of different practices: family (parent and child) or related (incl. siblings)."""
        weights = dict.fromkeys(self.related_pairs(), related_weight)
        for pair in self.family_pairs():
            weights[pair] = max(weights.get(pair, 0.0), family_weight)
        return dict(sorted(weights.items()))

    @property
    def means_ids(self) -> frozenset[str]:
        return frozenset(p.id for p in self.practices if p.means)


def _read_file(path: Path) -> dict[str, Any]:
    try:
        raw = path.read_bytes()
    except OSError as exc:
        raise ComparisonError(f"{path}: cannot read taxonomy ({exc.strerror or exc})") from exc
    try:
        text = raw.decode("utf-8-sig")
        data = json.loads(text) if path.suffix.lower() == ".json" else tomllib.loads(text)
    except (UnicodeDecodeError, json.JSONDecodeError, tomllib.TOMLDecodeError) as exc:
        reason = " ".join(str(exc).split())
        raise ComparisonError(f"{path}: not a valid taxonomy file ({reason})") from exc
    if not isinstance(data, dict):
        raise ComparisonError(f"{path}: a taxonomy file holds a table with [[practice]] entries")
    return data


def _parse(path: Path) -> _TaxonomyFile:
    data = _read_file(path)
    try:
        return _TaxonomyFile.model_validate(data)
    except ValidationError as exc:
        first = exc.errors()[0]
        where = ".".join(str(p) for p in first["loc"]) or "file"
        raise ComparisonError(f"{path}: bad taxonomy entry {where!r}: {first['msg']}") from exc


def merge_taxonomies(files: list[_TaxonomyFile]) -> Taxonomy:
    practices: dict[str, Practice] = {}
    synonyms: dict[str, list[str]] = {}
    generic: set[str] = set()
    fallback: set[str] = set()
    for parsed in files:
        for practice in parsed.practice:
            practices[practice.id] = practice
        for canonical, variants in parsed.synonyms.items():
            merged = synonyms.setdefault(canonical.strip().lower(), [])
            merged.extend(v.strip().lower() for v in variants if v.strip())
        for key, words in parsed.generic.items():
            generic.update(w.strip().lower() for w in words if w.strip())
            if key == FALLBACK_KEY:
                fallback.update(w.strip().lower() for w in words if w.strip())
    for practice in practices.values():
        unknown = sorted(set(practice.related) - set(practices))
        if unknown:
            logger.warning("practice %s names unknown related practices: %s", practice.id, ", ".join(unknown))
        if practice.parent is not None and practice.parent not in practices:
            logger.warning("practice %s names an unknown parent: %s", practice.id, practice.parent)
    ordered = tuple(practices[key] for key in sorted(practices))
    folded = {key: tuple(sorted(set(values))) for key, values in sorted(synonyms.items())}
    return Taxonomy(
        practices=ordered, synonyms=folded, generic_words=frozenset(generic), fallback_words=frozenset(fallback)
    )


@lru_cache(maxsize=8)
def _load_cached(extra: tuple[str, ...]) -> Taxonomy:
    files = [_parse(BUILTIN_TAXONOMY)] + [_parse(Path(p)) for p in extra]
    return merge_taxonomies(files)


def load_taxonomy(extra: Path | str | list[Path | str] | None = None) -> Taxonomy:
    """The built-in taxonomy, extended by the user's file(s).

    Raises:
        ComparisonError: a file cannot be read or an entry is invalid (the message names it).
    """
    if extra is None:
        paths: tuple[str, ...] = ()
    elif isinstance(extra, list):
        paths = tuple(str(Path(p).resolve()) for p in extra)
    else:
        paths = (str(Path(extra).resolve()),)
    return _load_cached(paths)
