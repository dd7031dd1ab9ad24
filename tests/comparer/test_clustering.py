from __future__ import annotations

import random

import numpy as np
import pytest

from comparer.clustering import cluster_matches, component_labels, components_from_labels

SEEDS = [0, 1, 2, 3, 7, 11, 42, 1234, 2024, 99991]


def brute_force_components(n: int, edges: list[tuple[int, int, float]], threshold: float) -> list[list[int]]:
    """Obvious oracle: breadth-first search over an adjacency list."""
    adjacency: dict[int, set[int]] = {i: set() for i in range(n)}
    for a, b, score in edges:
        if score >= threshold:
            adjacency[a].add(b)
            adjacency[b].add(a)
    seen: set[int] = set()
    components = []
    for start in range(n):
        if start in seen:
            continue
        stack, component = [start], []
        seen.add(start)
        while stack:
            node = stack.pop()
            component.append(node)
            for other in adjacency[node] - seen:
                seen.add(other)
                stack.append(other)
        if len(component) > 1:
            components.append(sorted(component))
    return sorted(components)


@pytest.mark.parametrize("seed", SEEDS, ids=[f"seed={s}" for s in SEEDS])
def test_matches_brute_force_on_random_graphs(seed: int) -> None:
    rng = random.Random(seed)
    n = rng.randint(1, 60)
    edges = [(rng.randrange(n), rng.randrange(n), float(rng.randint(0, 100))) for _ in range(rng.randint(0, 2 * n))]
    threshold = float(rng.randint(0, 100))
    got = cluster_matches(list(range(n)), edges, threshold)
    assert got == brute_force_components(n, edges, threshold), f"seed {seed}"


@pytest.mark.parametrize("seed", SEEDS[:4], ids=[f"seed={s}" for s in SEEDS[:4]])
def test_edge_order_does_not_matter(seed: int) -> None:
    rng = random.Random(seed)
    edges = [(rng.randrange(30), rng.randrange(30), 60.0) for _ in range(40)]
    shuffled = edges[:]
    rng.shuffle(shuffled)
    flipped = [(b, a, s) for a, b, s in shuffled]
    assert cluster_matches(range(30), edges, 50) == cluster_matches(range(30), flipped, 50)


@pytest.mark.parametrize(
    ("edges", "threshold", "expected"),
    [
        ([], 50, []),
        ([(0, 1, 50.0)], 50, [[0, 1]]),
        ([(0, 1, 49.9)], 50, []),
        ([(0, 1, 80.0), (2, 3, 80.0), (1, 2, 10.0)], 50, [[0, 1], [2, 3]]),
        ([(0, 0, 90.0)], 50, []),
        ([(0, 9, 90.0)], 50, []),
    ],
    ids=["no-edges", "at-threshold", "below-threshold", "two-groups", "self-loop", "unknown-node"],
)
def test_small_cases(edges: list[tuple[int, int, float]], threshold: float, expected: list[list[int]]) -> None:
    assert cluster_matches([0, 1, 2, 3], edges, threshold) == expected


@pytest.mark.parametrize("seed", SEEDS, ids=[f"seed={s}" for s in SEEDS])
def test_array_components_match_the_union_find(seed: int) -> None:
    rng = random.Random(seed)
    n = rng.randint(1, 80)
    edges = [(rng.randrange(n), rng.randrange(n), 100.0) for _ in range(rng.randint(0, 2 * n))]
    a = np.array([e[0] for e in edges], dtype=np.int64)
    b = np.array([e[1] for e in edges], dtype=np.int64)
    labels = component_labels(n, a, b)
    assert components_from_labels(labels) == cluster_matches(list(range(n)), edges, 50.0), f"seed {seed}"
    assert all(labels[node] == min(c) for c in components_from_labels(labels) for node in c)


def test_array_components_of_a_long_chain() -> None:
    """A path visited from its far end needs many hooking rounds; pointer jumping keeps them few."""
    n = 2000
    a = np.arange(n - 1, 0, -1, dtype=np.int64)
    assert components_from_labels(component_labels(n, a, a - 1)) == [list(range(n))]
