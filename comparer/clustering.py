"""Group matched actions into clusters of shared practice (connected components)."""

from __future__ import annotations

import logging
from collections.abc import Iterable, Sequence

import numpy as np
from numpy.typing import NDArray

logger = logging.getLogger(__name__)


class _DisjointSet:
    def __init__(self, nodes: Iterable[int]) -> None:
        self.parent = {n: n for n in nodes}

    def find(self, node: int) -> int:
        root = node
        while self.parent[root] != root:
            root = self.parent[root]
        while self.parent[node] != root:  # path compression
            self.parent[node], node = root, self.parent[node]
        return root

    def union(self, a: int, b: int) -> None:
        ra, rb = self.find(a), self.find(b)
        if ra != rb:
            # the smaller id becomes the root: the result never depends on edge order
            self.parent[max(ra, rb)] = min(ra, rb)


def cluster_matches(nodes: Sequence[int], edges: Iterable[tuple[int, int, float]], threshold: float) -> list[list[int]]:
    """Connected components of the graph of edges scoring at least `threshold`.

    Args:
        nodes: node ids (action indices); ids on edges but not here are ignored.
        edges: (a, b, score) triples; direction and order do not matter.
        threshold: the lowest score an edge needs to join two nodes.

    Returns:
        Components with two or more nodes, each sorted ascending, the list sorted by
        its first node. Singletons are left out.

    Example:
        >>> cluster_matches([0, 1, 2, 3, 4], [(0, 1, 80.0), (1, 2, 60.0), (3, 4, 20.0)], 50)
        [[0, 1, 2]]
    """
    known = set(nodes)
    forest = _DisjointSet(sorted(known))
    for a, b, score in edges:
        if score >= threshold and a in known and b in known:
            forest.union(a, b)
    groups: dict[int, list[int]] = {}
    for node in sorted(known):
        groups.setdefault(forest.find(node), []).append(node)
    components = sorted((members for members in groups.values() if len(members) > 1), key=lambda m: m[0])
    logger.debug("%d nodes -> %d clusters", len(known), len(components))
    return components


def component_labels(n: int, a: NDArray[np.int64], b: NDArray[np.int64]) -> NDArray[np.int64]:
    """Connected components of the graph on nodes 0..n-1 with edges (a[k], b[k]), as arrays.

    Returns, for every node, the smallest node id of its component. Same result as
    `cluster_matches` (tests compare them on random graphs), without a Python loop per
    edge: roots are hooked onto the smaller root of each edge, then the forest is
    flattened by pointer jumping, until every edge joins two nodes with one label.

    Example:
        >>> component_labels(5, np.array([0, 1, 3]), np.array([1, 2, 4])).tolist()
        [0, 0, 0, 3, 3]
    """
    labels = np.arange(n, dtype=np.int64)
    if len(a) == 0:
        return labels
    while True:
        la, lb = labels[a], labels[b]
        if np.array_equal(la, lb):
            return labels
        low = np.minimum(la, lb)
        np.minimum.at(labels, la, low)
        np.minimum.at(labels, lb, low)
        while True:
            jumped = labels[labels]
            if np.array_equal(jumped, labels):
                break
            labels = jumped


def components_from_labels(labels: NDArray[np.int64]) -> list[list[int]]:
    """Components with two or more nodes, each sorted, the list sorted by first node (as `cluster_matches`)."""
    order = np.lexsort((np.arange(len(labels)), labels))
    ranked = labels[order]
    starts = np.flatnonzero(np.concatenate([[True], ranked[1:] != ranked[:-1]]))
    ends = np.append(starts[1:], len(ranked))
    groups = [order[s:e].tolist() for s, e in zip(starts.tolist(), ends.tolist(), strict=True) if e - s > 1]
    return sorted(groups, key=lambda g: g[0])
