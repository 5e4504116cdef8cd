"""out_status: status computed once in the refresh; `kpi status` and the overview cards read it."""

from __future__ import annotations

import csv
import io
import math

import pytest

from cli import main
from layouts import source
from layouts.overview import card_models
from metrics.catalog import list_indicator_ids
from metrics.progress import contradicts_share


@pytest.fixture
def refreshed(store):
    """The bundled reports refreshed into a fresh store, and `kpi status --csv` on it."""
    assert store.refresh().exit_code == 0
    return store


def read_status_csv(db, capsys) -> list[dict]:
    assert main(["status", "--csv", "--db", str(db)]) == 0
    return list(csv.DictReader(io.StringIO(capsys.readouterr().out)))


def test_kpi_status_shows_late_targets_every_target_and_indicators_without_data(refreshed, capsys):
    rows = read_status_csv(refreshed.db, capsys)
    by_key = {(r["indicator"], r["breakdown"], r["target_value"], r["deadline"]): r for r in rows}
    fee = by_key[("localities_fee_reduction", "national", "63.0", "2024-05-31")]
    assert (fee["status"], fee["progress"], fee["latest_date"]) == (
        "achieved_late",
        "1.0",
        "2024-07-10",
    )
    assert ("dvctt_full_process_rate", "national", "80.0", "2024-12-31") in by_key
    assert ("dvctt_full_process_rate", "national", "100.0", "2025-12-31") in by_key
    fiveg = by_key[("fiveg_population_coverage_rate", "national", "", "")]
    assert fiveg["status"] == "no_data"
    assert {r["indicator"] for r in rows} == set(list_indicator_ids())


def test_no_status_row_contradicts_its_progress(refreshed, capsys):
    for row in read_status_csv(refreshed.db, capsys):
        share = float(row["progress"]) if row["progress"] else math.nan
        if row["target_value"] or row["status"] == "no_data":
            assert not contradicts_share(row["status"], share), row


def test_cards_and_kpi_status_say_the_same(refreshed, capsys):
    rows = read_status_csv(refreshed.db, capsys)
    source.clear_cache()
    snap = source.load_snapshot(refreshed.db)
    models = card_models(
        snap.catalog, snap.card_series(), snap.targets, snap.status, latest=snap.latest_per_kind()
    )
    source.clear_cache()
    assert len(models) == len(list_indicator_ids())
    for card in models:
        deadline = card.get("status_deadline")
        deadline = "" if deadline is None or deadline != deadline else f"{deadline:%Y-%m-%d}"
        same = [
            r
            for r in rows
            if (r["indicator"], r["breakdown"], r["deadline"])
            == (card["id"], card["breakdown"], deadline)
        ]
        assert len(same) == 1, card["id"]
        assert same[0]["status"] == card["status"], card["id"]
        progress = card.get("progress")
        shown = "" if progress is None else str(round(progress, 6))
        assert same[0]["progress"] == shown, card["id"]


def test_cards_read_from_the_database_equal_cards_from_every_value(refreshed):
    from metrics import queries

    source.clear_cache()
    snap = source.load_snapshot(refreshed.db)
    whole = card_models(
        snap.catalog, queries.read_current_series(refreshed.db), snap.targets, snap.status
    )
    read = card_models(
        snap.catalog, snap.card_series(), snap.targets, snap.status, latest=snap.latest_per_kind()
    )
    source.clear_cache()
    keys = ["id", "breakdown", "has_data", "latest_value", "prev_value", "points", "others"]
    assert [[m.get(k) for k in keys] for m in read] == [[m.get(k) for k in keys] for m in whole]
    assert any(m["others"] for m in read)  # the splits are compared, not two empty lists
