"""Validation (pandera) and the series checks, on hand-made rows."""

from __future__ import annotations

import datetime as dt

import pandas as pd
import pytest

from etl import series
from etl.validate import validate_observations
from metrics.catalog import load_catalog

D = dt.date


@pytest.fixture(scope="module")
def catalog() -> pd.DataFrame:
    return load_catalog()


def make_row(number: int, **fields) -> dict:
    """Return a valid observation row, changed by fields."""
    row = {
        "document": "r.txt",
        "doc_sha256": "a" * 64,
        "indicator": "dvctt_full_process_rate",
        "breakdown": "national",
        "period_kind": "as_of",
        "period_start": D(2024, 2, 19),
        "period_end": D(2024, 2, 19),
        "value": 48.28,
        "unit": "percent",
        "qualifier": "",
        "status": "accepted",
        "review_reason": "",
        "quote": "đạt 48,28%",
        "quote_start": number * 10,
        "quote_end": number * 10 + 9,
        "value_start": number * 10 + 4,
        "value_end": number * 10 + 9,
        "anchor": "",
        "rule_id": "test",
        "confidence": 0.9,
        "observation_id": f"obs{number}",
    }
    return row | fields


PUBLISHED, CUTOFF = D(2024, 2, 23), D(2024, 2, 19)


def make_documents(published=PUBLISHED, cutoff=CUTOFF, sha="a" * 64):
    """Return one document row."""
    return pd.DataFrame(
        [
            {
                "doc_sha256": sha,
                "published_date": published,
                "cutoff_date": cutoff,
                "duplicate_of": None,
            }
        ]
    )


def test_each_rule_rejects_with_its_reason(catalog):
    rows = pd.DataFrame(
        [
            make_row(0),
            make_row(1, value=120.0),
            make_row(2, indicator="national_portal_accounts", unit="count", value=-5.0),
            make_row(3, period_kind="month", period_start=D(2024, 2, 29), period_end=D(2024, 2, 1)),
            make_row(4, indicator="no_such_indicator"),
            make_row(5, unit="count", value=48.0),
            make_row(6, period_start=D(2024, 3, 31), period_end=D(2024, 3, 31)),
            make_row(7, period_kind="month", period_start=D(2024, 3, 1), period_end=D(2024, 3, 31)),
            make_row(8, period_kind="month", period_start=D(2024, 2, 1), period_end=D(2024, 2, 29)),
            make_row(9, period_kind="fortnight"),
            make_row(10, value=None),
        ]
    )
    valid, rejected = validate_observations(rows, make_documents(), catalog)
    reasons = rejected.set_index("observation_id")["rejection_reason"].to_dict()
    assert set(valid["observation_id"]) == {"obs0", "obs8"}  # a month may end after publication
    assert "rate outside 0-100" in reasons["obs1"]
    assert "negative count" in reasons["obs2"]
    assert "period end before period start" in reasons["obs3"]
    assert "unknown indicator" in reasons["obs4"]
    assert "unit differs from the catalog" in reasons["obs5"]
    assert "dated after its document's publication" in reasons["obs6"]
    assert "dated after its document's publication" in reasons["obs7"]
    assert "period_kind" in reasons["obs9"]
    assert "value" in reasons["obs10"]


def test_unknown_publication_date_skips_the_date_rule(catalog):
    rows = pd.DataFrame([make_row(0, period_start=D(2030, 1, 1), period_end=D(2030, 1, 1))])
    valid, rejected = validate_observations(rows, make_documents(published=None), catalog)
    assert len(valid) == 1 and rejected.empty


def run_series(rows: list[dict], documents: pd.DataFrame, catalog) -> pd.DataFrame:
    obs = series.mark_duplicates(pd.DataFrame(rows), documents)
    return series.select_current(obs, documents, catalog).set_index("observation_id")


def test_latest_publication_wins_and_keeps_revision(catalog):
    docs = pd.concat(
        [make_documents(sha="a" * 64), make_documents(published=D(2024, 3, 20), sha="b" * 64)]
    )
    obs = run_series([make_row(0), make_row(1, doc_sha256="b" * 64, value=48.5)], docs, catalog)
    assert obs.loc["obs1", "is_current"] and not obs.loc["obs0", "is_current"]
    assert (
        obs.loc["obs0", "is_revision"] and obs.loc["obs0", "replaced_by_observation_id"] == "obs1"
    )


def test_same_date_conflict_goes_to_review(catalog):
    obs = run_series([make_row(0), make_row(1, value=50.0)], make_documents(), catalog)
    assert (obs["status"] == "needs_review").all() and not obs["is_current"].any()
    assert "48.28, 50" in obs.loc["obs0", "review_reason"]


def test_falling_stock_and_jump_go_to_review(catalog):
    accounts = dict(indicator="national_portal_accounts", unit="count")
    rows = [
        make_row(0, **accounts, value=100.0, period_start=D(2024, 1, 1), period_end=D(2024, 1, 1)),
        make_row(1, **accounts, value=90.0, period_start=D(2024, 2, 1), period_end=D(2024, 2, 1)),
        make_row(
            2, **accounts, value=101.0, period_start=D(2024, 2, 10), period_end=D(2024, 2, 10)
        ),
        make_row(
            3, **accounts, value=160.0, period_start=D(2024, 2, 19), period_end=D(2024, 2, 19)
        ),
    ]
    obs = run_series(rows, make_documents(), catalog)
    assert "fell from 100" in obs.loc["obs1", "review_reason"]
    assert obs.loc["obs2", "is_current"]  # compared with the last accepted point, 100
    assert "x1.58" in obs.loc["obs3", "review_reason"]


def test_flows_compare_only_adjacent_periods(catalog):
    attacks = dict(indicator="cyberattacks", unit="count", period_kind="month")
    rows = [
        make_row(0, **attacks, value=1687.0, period_start=D(2023, 2, 1), period_end=D(2023, 2, 28)),
        make_row(1, **attacks, value=950.0, period_start=D(2024, 1, 1), period_end=D(2024, 1, 31)),
        make_row(2, **attacks, value=300.0, period_start=D(2024, 2, 1), period_end=D(2024, 2, 19)),
    ]
    obs = run_series(rows, make_documents(), catalog)
    assert obs.loc["obs1", "is_current"]  # a year apart: not neighbours
    assert obs.loc["obs2", "status"] == "needs_review"  # the next month, x3.17
