"""Extraction precision and recall on the hand-checked golden set of the bundled reports."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest

from etl.extract import extract_file

ROOT = Path(__file__).resolve().parents[1]
GOLDEN = ROOT / "tests" / "golden" / "seeds.csv"
REPORTS = ROOT / "data" / "reports"
KEY = ("document", "indicator", "breakdown", "period_kind", "period_start", "period_end")


def key_of(row: dict) -> tuple:
    """Identify a value: document, indicator, breakdown, period and the value itself."""
    return tuple(str(row[k]) for k in KEY) + (round(float(row["value"]), 6),)


@pytest.fixture(scope="module")
def golden() -> list[dict]:
    """The hand-labelled rows."""
    with open(GOLDEN, encoding="utf-8") as fh:
        return list(csv.DictReader(fh))


@pytest.fixture(scope="module")
def extracted() -> list[dict]:
    """Every row the extractor produces for the bundled reports (golden inputs found by glob)."""
    rows = []
    for path in sorted(REPORTS.glob("*")):
        frame = extract_file(path).observations
        rows.extend(frame.to_dict("records"))
    return rows


def score(golden: list[dict], extracted: list[dict]) -> tuple[float, float, set, set]:
    """Precision and recall of accepted values against the golden keys."""
    gold = {key_of(r) for r in golden}
    got = {key_of(r) for r in extracted if r["status"] == "accepted"}
    precision = len(gold & got) / len(got) if got else 0.0
    recall = len(gold & got) / len(gold) if gold else 0.0
    return precision, recall, got - gold, gold - got


def test_precision_and_recall_on_golden_set(golden, extracted):
    precision, recall, false_pos, missed = score(golden, extracted)
    detail = (
        f"P={precision:.3f} R={recall:.3f}\nextra: {sorted(false_pos)}\nmissed: {sorted(missed)}"
    )
    assert precision >= 0.95, detail
    assert recall >= 0.95, detail


def test_qualifiers_match_golden(golden, extracted):
    by_key = {key_of(r): r for r in extracted}
    wrong = [
        (k, g["qualifier"], by_key[k]["qualifier"])
        for g in golden
        if (k := key_of(g)) in by_key and by_key[k]["qualifier"] != g["qualifier"]
    ]
    assert len(wrong) <= 0.05 * len(golden), wrong


def test_every_quote_is_exact_text_of_its_document(extracted):
    texts = {}
    for row in extracted:
        if row["document"] not in texts:
            texts[row["document"]] = extract_file(REPORTS / row["document"]).text
        text = texts[row["document"]]
        assert text[row["quote_start"] : row["quote_end"]] == row["quote"]
        assert row["quote_start"] <= row["value_start"] < row["value_end"] <= row["quote_end"]


def test_notice_203_gives_the_same_values_in_both_forms(extracted):
    def facts(prefix):
        return {key_of(r)[1:] for r in extracted if r["document"].startswith(prefix)}

    assert facts("000_") == facts("002_")
