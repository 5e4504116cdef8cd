"""The status table's whole-column trend and headlines match the one-series-at-a-time method."""

from __future__ import annotations

import datetime as dt

import numpy as np
import pandas as pd
import pytest

from metrics.catalog import load_catalog
from metrics.fitting import load_thresholds
from metrics.tables import compute_status_table, compute_trend_table, mark_headlines
from metrics.trend import compute_trend

KINDS = ["as_of", "month", "quarter", "ytd", None]


def make_observations(seed: int, catalog: pd.DataFrame) -> pd.DataFrame:
    """Return random current values: mixed period kinds, same-date repeats, odd values."""
    rng = np.random.default_rng(seed)
    count = 600
    ends = [dt.date(2020, 1, 31) + dt.timedelta(days=int(d)) for d in rng.integers(0, 1500, count)]
    starts = [end - dt.timedelta(days=int(rng.integers(0, 90))) for end in ends]
    # A start exactly a year before another row's start gives the year-on-year path work.
    starts[::7] = [dt.date(s.year - 1, s.month, 1) for s in starts[::7]]
    values = rng.normal(50, 40, count)
    values[::13] = np.nan
    values[::17] = 150.0  # above a rate's bound: clipped
    return pd.DataFrame(
        {
            "indicator": rng.choice([*catalog.index[:8], "not_in_catalog"], count),
            "breakdown": rng.choice(["national", "localities", None], count),
            "period_kind": rng.choice(np.array(KINDS, dtype=object), count),
            "period_start": starts,
            "period_end": ends,
            "value": values,
            "quote": "a quote the maths never reads",
        }
    )


def compute_reference(obs: pd.DataFrame, catalog: pd.DataFrame, today) -> pd.DataFrame:
    """Return compute_trend run one series at a time, as the table was first built."""
    rows = []
    keyed = obs.assign(breakdown=obs["breakdown"].fillna("national"))
    for (indicator, breakdown), group in keyed.groupby(["indicator", "breakdown"], sort=False):
        entry = catalog.loc[indicator] if indicator in catalog.index else None
        kind = str(entry["kind"]) if entry is not None else "rate"
        direction = str(entry["direction"]) if entry is not None else "higher"
        trend = compute_trend(group, kind, direction, today, load_thresholds())
        rows.append({"indicator": indicator, "breakdown": breakdown, **trend})
    return pd.DataFrame(rows)


@pytest.mark.parametrize("seed", range(6))
def test_trend_table_matches_one_series_at_a_time(seed):
    catalog = load_catalog()
    obs = make_observations(seed, catalog)
    today = pd.Timestamp("2023-06-30")
    table = compute_trend_table(obs, catalog, today)
    reference = compute_reference(obs, catalog, today)
    key = ["indicator", "breakdown"]
    merged = table.merge(reference, on=key, how="outer", suffixes=("", "_ref"), indicator=True)
    assert (merged["_merge"] == "both").all()
    for column in reference.columns.difference(key):
        got, want = merged[column], merged[f"{column}_ref"]
        if column.endswith("date") or column == "trend_start":
            got, want = pd.to_datetime(got), pd.to_datetime(want)
        same = (got == want) | (got.isna() & want.isna())
        assert same.all(), (column, merged.loc[~same, [*key, column, f"{column}_ref"]])


def choose_headline(group: pd.DataFrame, evaluated_at: pd.Timestamp):
    """Return the index a card headlines: the nearest deadline ahead, else the latest, else first."""
    with_target = group[group["deadline"].notna()]
    if with_target.empty:
        return group.index[0]
    ahead = with_target[with_target["deadline"] >= evaluated_at].sort_values("deadline")
    if not ahead.empty:
        return ahead.index[0]
    return with_target.sort_values("deadline", kind="stable").index[-1]


@pytest.mark.parametrize("seed", range(5))
def test_headlines_match_the_rule_per_key(seed):
    rng = np.random.default_rng(seed)
    count = 200
    deadlines = pd.to_datetime("2024-01-01") + pd.to_timedelta(rng.integers(0, 900, count), "D")
    table = pd.DataFrame(
        {
            "indicator": rng.choice(["a", "b", "c"], count),
            "breakdown": rng.choice(["national", "x", "y", "z"], count),
            "deadline": deadlines.where(rng.random(count) > 0.3).astype("datetime64[s]"),
        }
    )
    evaluated_at = pd.Timestamp("2025-02-01")
    headline = mark_headlines(table, evaluated_at)
    for _, group in table.groupby(["indicator", "breakdown"], sort=False):
        assert headline[group.index].sum() == 1
        assert headline[choose_headline(group, evaluated_at)]


def test_status_table_of_no_observations_lists_every_indicator():
    catalog = load_catalog()
    table = compute_status_table(pd.DataFrame(), pd.DataFrame(), catalog)
    assert set(table["indicator"]) == set(catalog.index)
    assert (table["status"] == "no_data").all()
