"""bench/summary.py and the README's benchmark table: rows from results files, never timed here."""

from __future__ import annotations

import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "bench"))

import summary  # noqa: E402  (bench/ is scripts, not a package)
import summary_readme  # noqa: E402


def make_serve(observations: int, indicator_ttc: float) -> dict:
    """A serve results file in bench_serve.py's shape."""
    page = {"time_to_content_ms": 1000.0, "p95_ms": 30.0, "response_bytes": 500_000}
    page["http_status"] = [200]
    pages = {name: dict(page) for name in ("overview", "data", "reports")}
    pages["indicator"] = dict(page, time_to_content_ms=indicator_ttc, response_bytes=3_000_000)
    pages["grid_filter_change"] = {"p95_ms": 200.0, "response_bytes": 30_000, "http_status": [200]}
    return {
        "measured_at": "2026-11-29T08:00:00+00:00",
        "observations": observations,
        "result": {
            "chart_points": 100,
            "bare": {"time_to_content_ms": 1000.0, "p95_ms": 20.0},
            "pages": pages,
            "app_memory_after_pages": {"worker_rss_mb": 250.0, "workers": 2},
            "first_overview_after_publish": {"ms": 40.0, "http_status": 200},
        },
    }


def make_scale(observations: int, reports: int, one_new_s: float) -> dict:
    """A scale results file in bench_scale.py's shape."""
    run = {"exit_code": 0, "failed": 0, "duplicate": 0}
    return {
        "measured_at": "2026-11-29T08:00:00+00:00",
        "results": {
            "observations": {
                "observations_generated": observations,
                "peak_rss_mb": 1500.0,
                "refresh": {"seconds": 50.0, "exit_code": 0},
            },
            "reports": {
                "requested": reports,
                "cold": dict(run, seconds=20.0),
                "warm": dict(run, seconds=4.0),
                "one_new": dict(run, seconds=one_new_s),
            },
        },
    }


def write(folder: Path, name: str, payload: dict) -> None:
    (folder / name).write_text(json.dumps(payload), encoding="utf-8")


def test_every_row_of_the_issue_has_a_goal_and_a_verdict(tmp_path):
    write(tmp_path, "serve_quick.json", make_serve(10_000, 3000.0))
    write(tmp_path, "scale_quick.json", make_scale(10_000, 30, 2.0))
    rows = {row["key"]: row for row in summary.build_summary("quick", tmp_path)["rows"]}
    expected = {
        "overview_p95", "indicator_p95", "indicator_response", "data_p95", "data_response",
        "grid_filter_change_p95", "grid_filter_change_response", "reports_p95",
        "reports_response", "overview_content", "indicator_content", "data_content",
        "reports_content", "worker_rss", "first_after_publish", "build_seconds",
        "build_peak_rss", "reports_cold", "reports_warm", "reports_one_new",
    }  # fmt: skip
    assert set(rows) == expected
    assert rows["indicator_response"]["met"] is False  # 3 MB against 2 MB
    assert rows["indicator_content"]["met"] is False  # 3x the bare page
    assert rows["grid_filter_change_p95"]["met"] is False  # 10x the bare p95
    assert rows["overview_p95"]["met"] is True and rows["worker_rss"]["met"] is True
    assert all(row["size"] and row["source"] and row["goal"] for row in rows.values())


def test_a_smaller_run_points_to_the_full_size_file_and_its_figures(tmp_path):
    write(tmp_path, "serve_quick.json", make_serve(10_000, 1000.0))
    write(tmp_path, "scale_quick.json", make_scale(10_000, 30, 2.0))
    write(tmp_path, "serve.json", make_serve(1_006_051, 2540.0))
    write(tmp_path, "scale.json", make_scale(1_000_000, 1000, 9.0))
    rows = {row["key"]: row for row in summary.build_summary("quick", tmp_path)["rows"]}
    indicator, one_new = rows["indicator_content"], rows["reports_one_new"]
    assert indicator["met"] is True and indicator["full_size_measured"] is False
    assert indicator["full_size"]["met"] is False
    assert indicator["full_size"]["source"].endswith("serve.json")
    assert "1,006,051" in indicator["full_size"]["size"]
    assert one_new["full_size"]["value"] == 9.0 and one_new["full_size"]["met"] is False


def test_a_full_size_run_needs_no_pointer(tmp_path):
    write(tmp_path, "serve_run.json", make_serve(1_006_051, 1000.0))
    write(tmp_path, "serve.json", make_serve(1_006_051, 2540.0))
    rows = summary.build_summary("full", tmp_path)["rows"]
    assert all(row["full_size_measured"] and "full_size" not in row for row in rows)


def test_the_readme_table_is_the_one_summary_json_renders():
    summary_json = json.loads(summary.SUMMARY.read_text(encoding="utf-8"))
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    assert summary_readme.read_section(readme) == summary_readme.render_table(summary_json)


def test_rendering_replaces_only_the_marked_section():
    text = f"before\n{summary_readme.START}\nold\n{summary_readme.END}\nafter\n"
    out = summary_readme.replace_section(text, "new")
    assert out == f"before\n{summary_readme.START}\nnew\n{summary_readme.END}\nafter\n"
