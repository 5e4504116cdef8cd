"""`kpi status --csv` (metrics/status.py) with the DuckDB reader stubbed out."""

from __future__ import annotations

import csv
import io
import sys
import types
from argparse import Namespace
from datetime import date

import pandas as pd
import pytest

import metrics
from metrics import status

HEADER = (
    "indicator,breakdown,latest_value,latest_date,target_value,deadline,progress,"
    "required_pace,actual_pace,projected_value,status"
)


def make_series() -> pd.DataFrame:
    rows = [
        ("dvctt_full_process_rate", "as_of", date(2024, 2, 19), date(2024, 2, 19), 48.28),
        ("cyberattacks", "month", date(2024, 2, 1), date(2024, 2, 29), 862.0),
        ("cyberattacks", "month", date(2023, 2, 1), date(2023, 2, 28), 1687.0),
    ]
    return pd.DataFrame(
        [
            {
                "indicator": indicator,
                "breakdown": "national",
                "period_kind": kind,
                "period_start": start,
                "period_end": end,
                "value": value,
                "document": "004_bao-cao-cds-thang-02-2024.txt",
                "quote": "…",
            }
            for indicator, kind, start, end, value in rows
        ]
    )


def make_targets() -> pd.DataFrame:
    return pd.DataFrame(
        [
            {
                "indicator": "dvctt_full_process_rate",
                "breakdown": "national",
                "deadline_date": date(2024, 12, 31),
                "target_value": 80.0,
                "comparator": ">=",
                "document": "003_thong-bao_hoi-nghi-thuong-truc-cds_2024-07-19.txt",
                "quote": "phấn đấu đến hết năm 2024 đạt 80% dịch vụ công trực tuyến toàn trình",
            }
        ]
    )


@pytest.fixture
def fake_queries(monkeypatch):
    """Stand in for metrics.queries: out_status as a refresh would have written it."""
    from metrics.catalog import load_catalog
    from metrics.tables import compute_status_table

    calls = []
    table = compute_status_table(make_series(), make_targets(), load_catalog())
    fake = types.ModuleType("metrics.queries")
    fake.DatabaseMissing = FileNotFoundError
    fake.read_status = lambda db: calls.append(("status", db)) or table
    monkeypatch.setitem(sys.modules, "metrics.queries", fake)
    monkeypatch.setattr(metrics, "queries", fake, raising=False)
    return calls


def test_missing_database_exits_66_and_suggests_refresh(tmp_path, capsys, fake_queries):
    db = tmp_path / "nowhere" / "kpi.duckdb"
    code = status.run_status_cli(Namespace(db=db, csv=True))
    out, err = capsys.readouterr()
    assert code == 66
    assert out == ""
    assert str(db) in err and "kpi refresh" in err
    assert fake_queries == []


def test_csv_has_one_row_per_indicator_breakdown_and_target(tmp_path, capsys, fake_queries):
    db = tmp_path / "kpi.duckdb"
    db.write_bytes(b"")
    code = status.run_status_cli(Namespace(db=db, csv=True))
    out, err = capsys.readouterr()
    assert code == 0 and err == ""
    assert out.splitlines()[0] == HEADER
    rows = {
        (row["indicator"], row["breakdown"], row["deadline"]): row
        for row in csv.DictReader(io.StringIO(out))
    }
    dvctt = rows[("dvctt_full_process_rate", "national", "2024-12-31")]
    assert dvctt["latest_value"] == "48.28"
    assert dvctt["latest_date"] == "2024-02-19"
    assert dvctt["progress"] == ""  # one point: no progress from a baseline
    assert float(dvctt["required_pace"]) == pytest.approx(3.055246, abs=1e-6)
    assert dvctt["status"] == "not_enough_data"
    cyber = rows[("cyberattacks", "national", "")]
    assert (cyber["target_value"], cyber["status"]) == ("", "improving")
    # Every catalog indicator has a row; nothing loaded is no_data, not "not enough data".
    assert rows[("fiveg_population_coverage_rate", "national", "")]["status"] == "no_data"
    # Only the refresh's table is read: the CLI computes nothing.
    assert fake_queries == [("status", db)]


def test_cli_entry_point_routes_status(tmp_path, capsys, fake_queries, monkeypatch):
    import cli

    db = tmp_path / "kpi.duckdb"
    db.write_bytes(b"")
    monkeypatch.delenv("KPI_DB", raising=False)
    assert cli.main(["status", "--csv", "--db", str(db)]) == 0
    assert capsys.readouterr().out.splitlines()[0] == HEADER


def test_empty_status_table_prints_only_the_header(tmp_path, monkeypatch):
    from metrics.tables import OUT_STATUS_COLUMNS

    fake = types.ModuleType("metrics.queries")
    fake.read_status = lambda db: pd.DataFrame(columns=OUT_STATUS_COLUMNS)
    monkeypatch.setitem(sys.modules, "metrics.queries", fake)
    monkeypatch.setattr(metrics, "queries", fake, raising=False)
    db = tmp_path / "kpi.duckdb"
    db.write_bytes(b"")
    out = io.StringIO()
    assert status.run_status_cli(Namespace(db=db, csv=True), out=out) == 0
    assert out.getvalue() == HEADER + "\n"


def test_a_database_without_out_status_asks_for_a_refresh(tmp_path):
    import duckdb

    db = tmp_path / "old.duckdb"
    duckdb.connect(str(db)).close()  # an older layout: no out_status table
    out, err = io.StringIO(), io.StringIO()
    assert status.run_status_cli(Namespace(db=db, csv=True), out=out, err=err) == 66
    assert out.getvalue() == "" and "kpi refresh" in err.getvalue()
