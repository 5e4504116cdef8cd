"""The vectorised series checks give what the row-by-row ones gave, on random frames."""

from __future__ import annotations

import datetime as dt

import numpy as np
import pandas as pd
import pytest
import series_reference as reference

from etl import series_checks

CATALOG = pd.DataFrame(
    {
        "kind": ["stock", "stock", "flow", "rate", "growth"],
        "direction": ["higher", "lower", "higher", "higher", "higher"],
    },
    index=pd.Index(["total", "backlog", "monthly", "share", "growth"], name="id"),
)


def make_observations(seed: int, rows: int = 400) -> pd.DataFrame:
    """Return a random frame shaped like select_current's: few series, clashing values."""
    rng = np.random.default_rng(seed)
    months = rng.integers(0, 18, rows)
    start = [dt.date(2023 + m // 12, m % 12 + 1, 1) for m in months]
    # Some windows end a few days into the next month, as windows like 23/01-19/02 do.
    end = [
        s + dt.timedelta(days=int(d))
        for s, d in zip(start, rng.choice([27, 30, 40], rows), strict=True)
    ]
    published = pd.to_datetime(
        rng.choice(["2024-01-10", "2024-02-10", "2024-03-10", None], rows)
    ).astype("datetime64[us]")
    cutoff = pd.to_datetime(rng.choice(["2024-01-05", None], rows)).astype("datetime64[us]")
    return pd.DataFrame(
        {
            "observation_id": [f"o{i:04d}" for i in rng.permutation(rows)],
            "indicator": rng.choice(CATALOG.index.to_numpy(), rows),
            "breakdown": rng.choice(["national", "localities"], rows),
            "period_kind": rng.choice(["month", "as_of"], rows, p=[0.8, 0.2]),
            "period_start": start,
            "period_end": end,
            "value": rng.choice([0.0, 10.0, 12.0, 14.0, 20.0, 40.0, -5.0], rows),
            "status": rng.choice(
                ["accepted", "needs_review", "duplicate"], rows, p=[0.8, 0.1, 0.1]
            ),
            "review_reason": "",
            "review_decision": rng.choice(["", "", "", "accept", "reject", "correct"], rows),
            "is_current": rng.random(rows) < 0.7,
            "_published": published,
            "_cutoff": cutoff,
        },
        index=rng.permutation(rows) * 3,  # unique but unordered, as after validation
    )


@pytest.mark.parametrize("seed", range(12))
def test_same_date_conflicts_match_the_row_by_row_check(seed):
    obs = make_observations(seed)
    expected = reference.flag_same_date_conflicts(obs.copy())
    actual = series_checks.flag_same_date_conflicts(obs.copy())
    assert (expected["status"] == "needs_review").sum() > (obs["status"] == "needs_review").sum()
    # The reasons come back as Python strings (one per group, shared): same texts.
    assert actual["review_reason"].dtype == object
    pd.testing.assert_frame_equal(actual, expected.astype({"review_reason": object}))


def test_a_large_clash_lists_its_smallest_values_and_how_many():
    obs = make_observations(0, rows=60)
    obs["indicator"], obs["breakdown"], obs["period_kind"] = (
        obs["indicator"].iloc[0],
        "national",
        "month",
    )
    obs["period_start"], obs["period_end"] = obs["period_start"].iloc[0], obs["period_end"].iloc[0]
    obs["_published"] = (
        obs["_published"].iloc[0]
        if pd.notna(obs["_published"].iloc[0])
        else pd.Timestamp("2024-02-10")
    )
    obs["status"], obs["review_decision"], obs["value"] = "accepted", None, np.arange(60.0, 0, -1)
    reasons = series_checks.flag_same_date_conflicts(obs)["review_reason"]
    assert set(reasons) == {
        series_checks.CONFLICT_REASON + "1, 2, 3, 4, 5, 6, 7, 8, … (60 values in all)"
    }


@pytest.mark.parametrize("seed", range(12))
def test_series_breaks_match_the_row_by_row_check(seed):
    obs = make_observations(seed)
    expected = reference.flag_series_breaks(obs.copy(), CATALOG)
    actual = series_checks.flag_series_breaks(obs.copy(), CATALOG)
    assert expected["review_reason"].str.contains("fell").any()
    assert expected["review_reason"].str.contains("jump").any()
    pd.testing.assert_frame_equal(actual, expected)


def test_a_broken_point_is_not_the_next_points_neighbour():
    obs = make_observations(0, rows=3).assign(
        indicator="total",
        breakdown="national",
        period_kind="month",
        period_start=[dt.date(2024, m, 1) for m in (1, 2, 3)],
        period_end=[dt.date(2024, m, 28) for m in (1, 2, 3)],
        value=[100.0, 1000.0, 110.0],
        review_decision="",
        is_current=True,
    )
    flagged = series_checks.flag_series_breaks(obs, CATALOG)
    assert flagged.sort_values("period_end")["is_current"].tolist() == [True, False, True]


@pytest.mark.parametrize("seed", range(6))
def test_latest_table_matches_the_per_group_loop(seed):
    obs = make_observations(seed)
    current = obs[obs["is_current"]].assign(
        breakdown=[f"b{i % 30}" for i in range(obs["is_current"].sum())],  # some single points
        unit="count",
        document="d.txt",
        published_date=obs["_published"].dt.date,
    )
    expected = reference.build_latest_table(current)
    actual = series_checks.build_latest_table(current)
    assert expected["previous_value"].notna().any() and expected["previous_value"].isna().any()
    pd.testing.assert_frame_equal(
        actual.astype(object).where(actual.notna(), None),
        expected.astype(object).where(expected.notna(), None),
    )
