"""The refresh's etl_runs stage: one row per input file of this run, plus the carried history."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pandas as pd

from etl import load
from etl.outcomes import RefreshResult, count_extracted

KEEP_RUNS = 200  # etl_runs history carried from one database version to the next


def build_run_rows(
    result: RefreshResult,
    started_at: dt.datetime,
    finished_at: dt.datetime,
    obs: pd.DataFrame,
    rejected: pd.DataFrame,
    decisions: pd.DataFrame,
    targets_path: Path,
    reviews_path: Path,
    review_problems: list[str],
    target_problems: list[str],
) -> pd.DataFrame:
    """Return this run's etl_runs rows: one per report file, plus targets and reviews."""
    by_status = obs.groupby(["document", "status"]).size()
    rejected_by_doc = rejected.groupby("document").size()
    rows = []
    for f in result.files:
        counted = f.status == "loaded"
        rows.append(
            {
                "input_kind": "report",
                "file_name": f.file_name,
                "file_sha256": f.sha256,
                "file_size_bytes": f.size_bytes,
                "status": f.status,
                "reason": f.reason,
                "from_cache": f.from_cache,
                "observations_extracted": count_extracted(f),
                "observations_accepted": by_status.get((f.file_name, "accepted"), 0)
                if counted
                else 0,
                "observations_needs_review": by_status.get((f.file_name, "needs_review"), 0)
                if counted
                else 0,
                "observations_rejected": rejected_by_doc.get(f.file_name, 0) if counted else 0,
                "extract_seconds": round(f.seconds, 6),
            }
        )
    orphaned = decisions.loc[decisions["orphaned"], "observation_id"].tolist()
    review_reason = "; ".join(review_problems)
    if orphaned:
        review_reason = "; ".join(
            filter(
                None,
                [
                    review_reason,
                    f"{len(orphaned)} decision(s) refer to values that no longer exist: "
                    + ", ".join(orphaned),
                ],
            )
        )
    rows.append(
        side_input_row("reviews", reviews_path, review_problems, review_reason, len(decisions))
    )
    rows.append(
        side_input_row("targets", targets_path, target_problems, "; ".join(target_problems), None)
    )
    frame = pd.DataFrame(rows)
    frame.insert(0, "run_id", result.run_id)
    frame.insert(1, "run_started_at", started_at)
    frame.insert(2, "run_finished_at", finished_at)
    return frame[load.list_table_columns("etl_runs")]


def side_input_row(
    kind: str, path: Path, problems: list[str], reason: str, count: int | None
) -> dict:
    """Return the etl_runs row of the targets or reviews file."""
    path = Path(path)
    status = "failed" if problems else ("loaded" if path.exists() else "absent")
    return {
        "input_kind": kind,
        "file_name": path.name,
        "file_sha256": None,
        "file_size_bytes": path.stat().st_size if path.exists() else None,
        "status": status,
        "reason": reason,
        "from_cache": False,
        "observations_extracted": count,
        "observations_accepted": None,
        "observations_needs_review": None,
        "observations_rejected": None,
        "extract_seconds": None,
    }


def keep_recent_runs(history: pd.DataFrame | None, runs: pd.DataFrame) -> pd.DataFrame:
    """Append this run to the carried-over history, keeping the last KEEP_RUNS runs."""
    columns = load.list_table_columns("etl_runs")
    if history is None or history.empty or list(history.columns) != columns:
        return runs
    frame = pd.concat([history, runs], ignore_index=True)
    recent = sorted(frame["run_id"].unique())[-KEEP_RUNS:]
    return frame[frame["run_id"].isin(recent)]
