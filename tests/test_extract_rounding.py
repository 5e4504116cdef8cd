"""round_half_even rounds as numpy does: a restatement check reads it for every pair of rows."""

from __future__ import annotations

import random

import numpy as np

from etl.extract import round_half_even


def test_round_half_even_is_numpy_s_round():
    rng = random.Random(11)
    values = [rng.uniform(-1e5, 1e5) for _ in range(20000)] + [k / 200 for k in range(-4000, 4000)]
    values += [0.05, 0.15, 0.25, 2.675, -0.0, 5e-324, 2.0**53 + 2, 1.7e308, float("inf")]
    for x in values:
        assert round_half_even(x) == float(np.round(x)), x
        assert round_half_even(x, 1) == float(np.round(x, 1)), x
