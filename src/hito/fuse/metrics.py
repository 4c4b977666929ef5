"""Clustering scores: pairwise and B-cubed precision, recall and F1."""

from __future__ import annotations

from collections import Counter
from collections.abc import Hashable, Mapping
from typing import Any, TypeVar

K = TypeVar("K", bound=Hashable)


def _f1(p: float, r: float) -> float:
    return 2 * p * r / (p + r) if p + r else 0.0


def _pairs(sizes: Mapping[Any, int]) -> int:
    return sum(n * (n - 1) // 2 for n in sizes.values())


def cluster_scores(
    gold: Mapping[K, Hashable], system: Mapping[K, Hashable]
) -> dict[str, float | int]:
    """Scores of a system clustering against the gold one, over the items both label.

    Pairwise: precision is the share of item pairs put together that belong together, recall
    the share of pairs that belong together that were put together. B-cubed (Bagga and Baldwin):
    per item, the share of its system cluster that shares its gold cluster (precision) and the
    share of its gold cluster that shares its system cluster (recall), averaged over items.
    """
    items = [i for i in gold if i in system]
    if not items:
        return {"items": 0}
    g_size = Counter(gold[i] for i in items)
    s_size = Counter(system[i] for i in items)
    both = Counter((gold[i], system[i]) for i in items)
    p_b = sum(both[(gold[i], system[i])] / s_size[system[i]] for i in items) / len(items)
    r_b = sum(both[(gold[i], system[i])] / g_size[gold[i]] for i in items) / len(items)
    tp, pred, true = _pairs(both), _pairs(s_size), _pairs(g_size)
    p_p = tp / pred if pred else 1.0
    r_p = tp / true if true else 1.0
    return {
        "items": len(items),
        "gold_clusters": len(g_size),
        "system_clusters": len(s_size),
        "bcubed_precision": round(p_b, 4),
        "bcubed_recall": round(r_b, 4),
        "bcubed_f1": round(_f1(p_b, r_b), 4),
        "pairwise_precision": round(p_p, 4),
        "pairwise_recall": round(r_p, 4),
        "pairwise_f1": round(_f1(p_p, r_p), 4),
    }
