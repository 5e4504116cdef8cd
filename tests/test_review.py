"""Review decisions: recorded by `kpi review`, re-applied on every refresh, orphans reported."""

from __future__ import annotations

import csv
import io
from types import SimpleNamespace

from refresh_helpers import run_cli

from etl.review import run_review_cli
from metrics import queries

VILLAGES = "villages_without_mobile_coverage"


def review(store, action, **options):
    """Run `kpi review ACTION` in-process; return (exit code, stdout, stderr)."""
    out, err = io.StringIO(), io.StringIO()
    args = SimpleNamespace(db=store.db, reviews=store.reviews, action=action, **options)
    return run_review_cli(args, out=out, err=err), out.getvalue(), err.getvalue()


def village_jump_id(store) -> str:
    """Return the id of the 1077 villages value waiting for review."""
    queue = queries.read_review_queue(store.db)
    return queue.loc[queue["indicator"] == VILLAGES, "observation_id"].iloc[0]


def test_list_prints_the_queue(store):
    store.refresh()
    code, out, _ = review(store, "list")
    assert code == 0
    assert village_jump_id(store) in out
    assert VILLAGES in out and "1077" in out and "reason: jump" in out and "quote:" in out


def test_accept_survives_refreshes(store):
    store.refresh()
    target = village_jump_id(store)
    code, _, err = review(store, "accept", id=target[:8], reason="new survey method")
    assert code == 0 and "recorded accept" in err
    rows = list(csv.DictReader(open(store.reviews, encoding="utf-8")))
    assert rows[0]["observation_id"] == target and rows[0]["decision"] == "accept"
    for _ in range(2):
        store.refresh()
        obs = queries.read_observations(store.db, indicator=VILLAGES).set_index("observation_id")
        assert obs.loc[target, "status"] == "accepted" and obs.loc[target, "is_current"]
    assert target not in set(queries.read_review_queue(store.db)["observation_id"])


def test_reject_removes_from_current_series(store):
    store.refresh()
    current = queries.read_current_series(store.db)
    victim = current.iloc[0]
    assert review(store, "reject", id=victim["observation_id"], reason="wrong table")[0] == 0
    store.refresh()
    obs = queries.read_observations(store.db).set_index("observation_id")
    assert obs.loc[victim["observation_id"], "status"] == "rejected"
    after = queries.read_current_series(store.db)
    assert victim["observation_id"] not in set(after["observation_id"])


def test_correction_changes_series_and_keeps_original(store):
    store.refresh()
    target = village_jump_id(store)
    assert review(store, "correct", id=target, value=896.0, reason="electrified only")[0] == 0
    store.refresh()
    current = queries.read_current_series(store.db, indicators=[VILLAGES])
    corrected = current[current["observation_id"] == f"{target}-corrected"]
    assert corrected["value"].tolist() == [896.0] and corrected["is_corrected"].all()
    history = queries.read_observations(store.db, indicator=VILLAGES, include_revisions=True)
    original = history.set_index("observation_id").loc[target]
    assert original["status"] == "corrected" and original["value"] == 1077.0
    trimmed = queries.read_observations(store.db, indicator=VILLAGES, include_revisions=False)
    assert target not in set(trimmed["observation_id"])


def test_orphaned_decision_is_reported(store):
    with open(store.reviews, "a", encoding="utf-8") as handle:
        handle.write("0000deadbeef0000,reject,,from an old extractor,2024-01-01T00:00:00Z\n")
    result = store.refresh()
    assert result.exit_code == 0 and result.counts["decisions_orphaned"] == 1
    decisions = queries.read_review_decisions(store.db)
    assert decisions["orphaned"].tolist() == [True]
    runs = queries.read_etl_runs(store.db, latest_only=True).set_index("file_name")
    assert "0000deadbeef0000" in runs.loc["reviews.csv", "reason"]
    code, out, _ = review(store, "list")
    assert "no longer exist" in out and "0000deadbeef0000" in out
    assert "0000deadbeef0000" in open(store.reviews, encoding="utf-8").read()  # kept


def test_bad_decision_line_is_bad_input(store):
    with open(store.reviews, "a", encoding="utf-8") as handle:
        handle.write("abc,maybe,,,\n")
    result = store.refresh()
    assert result.exit_code == 65
    assert any("reviews.csv line 2" in p for p in result.problems)


def test_unknown_id_is_refused(store):
    store.refresh()
    code, _, err = review(store, "accept", id="zzzz", reason="")
    assert code == 65 and "no value with id" in err


def test_cli_review_list(store):
    store.refresh()
    proc = run_cli(["review", "--db", str(store.db), "--reviews", str(store.reviews), "list"])
    assert proc.returncode == 0, proc.stderr
    assert "waiting for review" in proc.stdout
