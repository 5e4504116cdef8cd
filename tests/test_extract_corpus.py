"""Extraction on the development corpus (../shared/corpus): tune and check halves, and dates.

The corpus is internal and lives beside the project, not in it: these tests skip where it is
absent (a user's fresh clone). Files are measured under neutral names with the sidecars a user
who saved the pages would write (tests/corpus_helpers.py). The split into halves is fixed in
tests/golden/corpus_split.csv; rules are developed on *tune*, *check* is only measured.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pandas as pd
import pytest
from corpus_helpers import CORPUS, lay_out

from etl.evaluate import evaluate, summarise
from etl.extract import extract_file
from etl.indicator_periods import edition_schedules

pytestmark = pytest.mark.skipif(
    not CORPUS.is_dir(), reason=f"{CORPUS} is absent: the corpus is internal, beside the project"
)
ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture(scope="module")
def halves(tmp_path_factory) -> dict:
    """Each half laid out and evaluated once: (evaluation, files)."""
    out = {}
    for half in ("tune", "check"):
        golden, files = lay_out(half, tmp_path_factory.mktemp(half))
        out[half] = (evaluate(golden, files), files)
    return out


def figures(ev) -> tuple[float, float]:
    """(precision, recall) of accepted values."""
    total = next(summarise(ev, None).itertuples())
    return total.precision, total.recall


def test_tune_half_meets_the_bar(halves):
    precision, recall = figures(halves["tune"][0])
    assert precision >= 0.95 and recall >= 0.95, (precision, recall)


def test_check_half_does_not_fall_back(halves):
    """The held-out half's figures when the bar was first met (62 of 65 right, 62 of 72 found:
    0.954 / 0.861), and since stop 44 (63 of 65, 63 of 72: 0.969 / 0.875, a ranking dated by its
    edition's whole year); rules must not lose what they read."""
    precision, recall = figures(halves["check"][0])
    assert precision >= 0.96 and recall >= 0.87, (precision, recall)


def test_check_half_meets_the_bar(halves):
    precision, recall = figures(halves["check"][0])
    assert precision >= 0.95 and recall >= 0.85, (precision, recall)


def test_no_accepted_value_ends_after_its_document_or_in_the_future(halves):
    reports = sorted((ROOT / "data" / "reports").iterdir())
    files = halves["tune"][1] + halves["check"][1] + reports
    late = []
    for path in files:
        if path.name.endswith(".meta.json"):
            continue
        extraction = extract_file(path)
        rows = extraction.observations
        rows = rows[rows["status"] == "accepted"]
        dates = (extraction.document["published_date"], extraction.document["cutoff_date"])
        limit = max((d for d in dates if d), default=date.today())  # undated: the future only
        for r in rows.itertuples():
            # (a ranking's edition is its whole year, out before the year ends: a label, not a
            # span lived so far)
            edition = r.indicator in edition_schedules() and r.period_start <= limit
            if r.period_end > min(limit, date.today()) and not edition:
                late.append((path.name, r.indicator, r.period_end, limit))
    assert not late, pd.DataFrame(late).to_string()
