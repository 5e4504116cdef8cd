"""Every number that enters the database is finite and within its indicator's bounds, or refused."""

from __future__ import annotations

import io
import math
from types import SimpleNamespace

import pandas as pd
import pytest
from refresh_helpers import REPORTS, SEEDS, TARGETS, read_tables, run_cli

from etl.extract import extract_file
from etl.review import run_review_cli
from etl.validate import validate_observations
from metrics import queries
from metrics.catalog import load_catalog

HEADER = "observation_id,decision,value,reason,decided_at\n"
NON_FINITE = ["1e309", "-1e309", "inf", "nan", "Infinity"]


def rate_id(store) -> str:
    """Return the id of a stored percent-rate value."""
    obs = queries.read_observations(store.db)
    return obs.loc[obs["unit"] == "percent", "observation_id"].iloc[0]


def numbers_in(db) -> list[float]:
    """Return every float stored in the compared tables."""
    tables = read_tables(db)
    return [v for rows in tables.values() for row in rows for v in row if isinstance(v, float)]


@pytest.mark.parametrize("text", NON_FINITE)
def test_cli_correction_to_a_non_finite_value_is_refused(store, text):
    proc = run_cli(
        ["review", "--db", str(store.db), "--reviews", str(store.reviews), "correct", "abcd",
         f"--value={text}", "--reason", "typo"]
    )  # fmt: skip
    assert proc.returncode == 2 and "finite" in proc.stderr, proc.stderr
    assert store.reviews.read_text(encoding="utf-8") == HEADER


def test_correction_outside_the_indicators_bounds_is_refused(store):
    store.refresh()
    target = rate_id(store)
    err = io.StringIO()
    args = SimpleNamespace(
        db=store.db, reviews=store.reviews, action="correct", id=target, value=150.0, reason="x"
    )
    assert run_review_cli(args, out=io.StringIO(), err=err) == 65
    assert "outside" in err.getvalue() and "100" in err.getvalue()
    assert store.reviews.read_text(encoding="utf-8") == HEADER


@pytest.mark.parametrize("text", [*NON_FINITE, "150"])
def test_reviews_file_correction_that_is_not_finite_or_in_bounds_is_refused(store, text):
    store.refresh()
    target = rate_id(store)
    store.reviews.write_text(
        HEADER + f"{target},correct,{text},typo,2024-05-01T00:00:00Z\n", encoding="utf-8"
    )
    result = store.refresh()
    assert result.exit_code == 65
    assert any("reviews.csv line 2" in p for p in result.problems), result.problems
    assert all(math.isfinite(v) for v in numbers_in(store.db))
    current = queries.read_current_series(store.db)
    assert f"{target}-corrected" not in set(current["observation_id"])


@pytest.mark.parametrize("text", ["1e309", "nan", "-inf", "150"])
def test_target_that_is_not_finite_or_in_bounds_is_refused(store, tmp_path, text):
    rows = TARGETS.read_text(encoding="utf-8").splitlines()
    first = rows[1].split(",")
    assert first[0] == "dvctt_full_process_rate"
    first[3] = text
    store.targets = tmp_path / "targets.csv"
    store.targets.write_text("\n".join([rows[0], ",".join(first), *rows[2:]]) + "\n", "utf-8")
    result = store.refresh()
    assert result.exit_code == 65
    assert any("targets.csv line 2" in p and "target_value" in p for p in result.problems)
    assert all(math.isfinite(v) for v in numbers_in(store.db))


def test_extracted_value_that_is_not_finite_is_rejected():
    obs = extract_file(REPORTS / SEEDS[4]).observations.copy()
    obs.loc[0, "value"] = math.inf
    docs = pd.DataFrame([{"doc_sha256": obs.loc[0, "doc_sha256"], "published_date": None}])
    valid, rejected = validate_observations(obs, docs, load_catalog())
    assert rejected["observation_id"].tolist() == [obs.loc[0, "observation_id"]]
    assert "finite" in rejected["rejection_reason"].iloc[0]
    assert valid["value"].map(math.isfinite).all()
