"""out_changes and `kpi alerts`: two database versions, the February report added between them."""

from __future__ import annotations

import datetime as dt
import json
import shutil

import pandas as pd
import pytest
from refresh_helpers import make_store, run_cli

from metrics.diff import compute_changes

AS_OF = "2024-03-10"  # before the February report is 45 days overdue, after its month
FEBRUARY = "004_bao-cao-cds-thang-02-2024.txt"


@pytest.fixture(scope="module")
def versions(tmp_path_factory, warm_cache):
    """Refresh without the February report, then with it; return the store and both versions."""
    store = make_store(tmp_path_factory.mktemp("alerts"), warm_cache)
    aside = store.root / FEBRUARY
    shutil.move(store.reports / FEBRUARY, aside)
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("KPI_AS_OF", AS_OF)
        first = store.refresh()
        shutil.move(aside, store.reports / FEBRUARY)
        second = store.refresh()
    assert first.exit_code == 0 and second.exit_code == 0, second.problems
    return store, first.published_path, second.published_path


def read_changes(db) -> pd.DataFrame:
    from briefing.reads import read_changes as read

    return read(db)


def alerts(store, *args: str, as_of: str = AS_OF):
    """Run `kpi alerts` on the store's served database."""
    import os

    env = {**os.environ, "KPI_AS_OF": as_of}
    return run_cli(["alerts", "--db", str(store.db), *args], env=env)


def test_out_changes_lists_the_new_report_values_with_their_report(versions):
    store, first, second = versions
    changes = read_changes(store.db)
    new = changes[changes["kind"] == "new_value"]
    row = new[new["indicator"] == "dvctt_full_process_rate"].iloc[0]
    assert row["value"] == 48.28
    assert row["document"] == FEBRUARY
    assert row["doc_title"] == "Báo cáo chuyển đổi số quốc gia tháng 02/2024"
    assert "48,28%" in row["quote"]
    assert set(new["document"]) == {FEBRUARY}
    assert set(changes["since_version"]) == {first.name}
    assert set(pd.to_datetime(changes["as_of"]).dt.date) == {dt.date.fromisoformat(AS_OF)}


def test_out_changes_lists_the_status_transition(versions):
    store, _, _ = versions
    changes = read_changes(store.db)
    moved = changes[changes["kind"] == "status_change"].set_index("indicator")
    assert moved.loc["online_payments_count", "status_from"] == "not_enough_data"
    assert moved.loc["online_payments_count", "status_to"] == "improving"


def test_first_database_has_no_diff_rows(versions):
    _, first, _ = versions
    kinds = set(read_changes(first)["kind"])
    assert not kinds & {"new_value", "revision", "status_change"}


def test_alerts_json_lists_the_new_value_and_the_transition_and_exits_3(versions):
    store, first, _ = versions
    done = alerts(store, "--format", "json")
    assert done.returncode == 3, done.stderr
    document = json.loads(done.stdout)
    assert document["as_of"] == AS_OF and document["since_version"] == first.name
    items = document["changes"]
    new = [i for i in items if i["kind"] == "new_value" and i["indicator"] == "dvctt_rate"]
    assert new[0]["value"] == 81.12 and new[0]["document"] == FEBRUARY
    assert new[0]["period_end"] == "2024-02-19"
    moved = [i for i in items if i["kind"] == "status_change"]
    assert {"indicator": "online_payments_count", "from": "not_enough_data", "to": "improving"} in [
        {"indicator": i["indicator"], "from": i["status_from"], "to": i["status_to"]} for i in moved
    ]
    assert all(i["text"] for i in items)


def test_alerts_text_is_vietnamese_with_sources_and_english_on_request(versions):
    store, _, _ = versions
    vi = alerts(store)
    assert vi.returncode == 3
    assert "Giá trị mới" in vi.stdout and "Thay đổi trạng thái" in vi.stdout
    assert "Đang cải thiện" in vi.stdout
    assert "[Báo cáo chuyển đổi số quốc gia tháng 02/2024, 23/02/2024]" in vi.stdout
    en = alerts(store, "--lang", "en")
    assert "New values" in en.stdout and "Improving" in en.stdout


def test_alerts_since_a_kept_version_and_unknown_versions(versions):
    store, first, _ = versions
    done = alerts(store, "--since", first.name, "--format", "json")
    assert done.returncode == 3, done.stderr
    items = json.loads(done.stdout)["changes"]
    assert any(i["kind"] == "new_value" and i["document"] == FEBRUARY for i in items)
    missing = alerts(store, "--since", "kpi-19990101")
    assert missing.returncode == 66
    assert "kept versions" in missing.stderr and "Traceback" not in missing.stderr
    absent = run_cli(["alerts", "--db", str(store.root / "none.duckdb")])
    assert absent.returncode == 66 and "kpi refresh" in absent.stderr


def test_alerts_exit_0_when_nothing_changed_and_nothing_waits(versions, tmp_path):
    store, _, _ = versions
    from metrics import queries

    pending = queries.read_review_queue(store.db)["observation_id"]
    decisions = pd.DataFrame(
        {"observation_id": pending, "decision": "accept", "value": "", "reason": "checked",
         "decided_at": "2024-03-01T00:00:00Z"}
    )  # fmt: skip
    decisions.to_csv(store.reviews, index=False)
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("KPI_AS_OF", AS_OF)
        assert store.refresh().exit_code == 0  # the accepted values are new once
        assert store.refresh().exit_code == 0  # then nothing changes
    done = alerts(store)
    assert done.returncode == 0, done.stdout
    assert "Không có thay đổi cần chú ý" in done.stdout
    assert json.loads(alerts(store, "--format", "json").stdout)["count"] == 0


def test_missing_monthly_report_after_45_days(versions):
    store, _, _ = versions
    late = json.loads(alerts(store, "--format", "json", as_of=AS_OF).stdout)
    assert not [i for i in late["changes"] if i["kind"] == "missing_report"]
    # The alerts read what the refresh stored; judge a later day with --since (computed afresh).
    served = sorted((store.db.parent / "db").glob("kpi-*.duckdb"))[-1].name
    later = alerts(store, "--since", served, "--format", "json", as_of="2024-04-20")
    rows = [i for i in json.loads(later.stdout)["changes"] if i["kind"] == "missing_report"]
    assert rows[0]["period_end"] == "2024-02-29" and rows[0]["deadline"] == "2024-04-14"


def frame(**columns) -> pd.DataFrame:
    return pd.DataFrame(columns)


def test_compute_changes_revision_and_deadline_near():
    key = {"indicator": ["x"], "breakdown": ["national"], "period_kind": ["month"]}
    old = frame(**key, period_end=["2024-01-31"], value=[10.0])
    new = frame(**key, period_end=["2024-01-31"], value=[12.0], document=["b.txt"])
    status = frame(
        indicator=["x", "y"], breakdown=["national"] * 2, target_id=["x:1", "y:1"],
        status=["at_risk", "achieved"], deadline=["2024-05-01", "2024-05-01"],
        latest_value=[12.0, 5.0], latest_date=["2024-01-31"] * 2, target_value=[20.0, 5.0],
    )  # fmt: skip
    changes = compute_changes(
        {"out_current_series": old},
        {"out_current_series": new, "out_status": status},
        dt.date(2024, 3, 1),
    )
    revision = changes[changes["kind"] == "revision"].iloc[0]
    assert (revision["previous_value"], revision["value"]) == (10.0, 12.0)
    near = changes[changes["kind"] == "deadline_near"]
    assert list(near["indicator"]) == ["x"]  # y is achieved: not an alert
    assert list(changes["kind"]) == ["deadline_near", "revision"]  # urgent first
