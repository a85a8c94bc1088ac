"""Significance of co-attendance: how far two officials' shared events are above chance.

For two people with n_a and n_b events among N events of one chronicle, the number of events they
share under independent attendance is hypergeometric (draw n_b events out of N, n_a of them marked).
"""
from __future__ import annotations

import numpy as np
import polars as pl
from scipy.stats import hypergeom


def cooccurrence(frame: pl.DataFrame) -> pl.DataFrame:
    """Add jaccard, expected, lift, pmi and pvalue to a frame with k, n_a, n_b, n_total columns.

    pvalue is P(X >= k) for X ~ Hypergeometric(N=n_total, K=n_a, n=n_b): the chance of sharing at
    least this many events if each attended independently of the other.
    """
    if frame.is_empty():
        return frame.with_columns(
            pl.lit(None, pl.Float64).alias(c) for c in ("expected", "jaccard", "lift", "pmi", "pvalue"))
    k = frame["k"].to_numpy().astype(np.int64)
    na = frame["n_a"].to_numpy().astype(np.int64)
    nb = frame["n_b"].to_numpy().astype(np.int64)
    n = frame["n_total"].to_numpy().astype(np.int64)
    # many pairs share their four numbers (one shared event, the same chronicle, similar counts):
    # each distinct case is computed once (the sum behind one p-value can take thousands of terms)
    cases, back = np.unique(np.stack([k, n, na, nb], axis=1), axis=0, return_inverse=True)
    pvalue = hypergeom.sf(cases[:, 0] - 1, cases[:, 1], cases[:, 2], cases[:, 3])[back.reshape(-1)]
    expected = na * nb / n
    return frame.with_columns(
        pl.Series("expected", expected),
        pl.Series("jaccard", k / (na + nb - k)),
        pl.Series("lift", k / expected),
        pl.Series("pmi", np.log2(k / expected)),
        pl.Series("pvalue", np.clip(pvalue, 0.0, 1.0)),
    )
