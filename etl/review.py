"""`kpi review`: list values waiting for review; record accept / reject / correct decisions.

Decisions live in data/reviews.csv (versioned, human-editable) and are applied by every
refresh; this command only edits that file.
"""

from __future__ import annotations

import datetime as dt
import math
import sys
from pathlib import Path

import pandas as pd

from etl.reviews_file import ReviewsFileError, append_decision, read_decision_rows
from metrics import queries
from metrics.bounds import check_value
from metrics.catalog import load_catalog
from metrics.escape import escape_name

EXIT_OK, EXIT_USAGE, EXIT_DATAERR, EXIT_NOINPUT = 0, 2, 65, 66
QUOTE_CHARS = 160


def run_review_cli(args, out=None, err=None) -> int:
    """Run `kpi review list|accept|reject|correct` and return the exit code."""
    out, err = out or sys.stdout, err or sys.stderr
    if args.action == "list":
        return list_reviews(Path(args.db), Path(args.reviews), out, err)
    try:
        observation = resolve_observation(Path(args.db), args.id)
    except LookupError as exc:
        print(f"kpi review: {exc}", file=err)
        return EXIT_DATAERR
    if observation is None:
        print(
            f"kpi review: warning: no database at {args.db}; recording {args.id} unchecked",
            file=err,
        )
        observation_id = args.id
    else:
        observation_id = observation["observation_id"]
    value = getattr(args, "value", None)
    if value is not None and (reason := check_correction(observation, value)):
        print(f"kpi review: {reason}; nothing recorded", file=err)
        return EXIT_DATAERR
    try:
        record_decision(Path(args.reviews), observation_id, args.action, value, args.reason)
    except ReviewsFileError as exc:
        print(f"kpi review: {escape_name(exc)}; nothing recorded (fix the file first)", file=err)
        return EXIT_DATAERR
    shown = describe_observation(observation) if observation is not None else observation_id
    print(f"kpi review: recorded {args.action} for {shown}; `kpi refresh` applies it", file=err)
    return EXIT_OK


def check_correction(observation: dict | None, value: float) -> str | None:
    """Return why a corrected value cannot stand for this observation, or None."""
    if not math.isfinite(value):
        return f"--value {value!r} is not a finite number"
    if observation is None:
        return None  # no database: the refresh checks the bounds when it applies it
    kind = load_catalog()["kind"].get(observation["indicator"])
    reason = check_value(value, kind, observation["unit"])
    return f"--value for {observation['indicator']}: {reason}" if reason else None


def list_reviews(db: Path, reviews: Path, out, err) -> int:
    """Print the values waiting for review and the decisions whose value no longer exists."""
    try:
        queue = queries.read_review_queue(db)
        decisions = queries.read_review_decisions(db)
    except queries.DatabaseMissing as exc:
        print(f"kpi review: {exc}", file=err)
        return EXIT_NOINPUT
    try:
        pending = read_decisions(reviews)
    except ReviewsFileError as exc:
        print(f"kpi review: {escape_name(exc)}", file=err)
        return EXIT_DATAERR
    pending_ids = {row["observation_id"]: row["decision"] for row in pending}
    print(f"{len(queue)} value(s) waiting for review", file=out)
    for row in queue.to_dict("records"):
        print("", file=out)
        print(f"{row['observation_id']}  {describe_observation(row)}", file=out)
        print(f"  reason: {row['review_reason']}", file=out)
        print(f"  source: {escape_name(row['document'])}", file=out)
        print(f"  quote:  {escape_name(shorten(row['quote']))}", file=out)
        if row["observation_id"] in pending_ids:
            decision = pending_ids[row["observation_id"]]
            print(
                f"  decided: {decision} (in {reviews.name}; applied at the next refresh)", file=out
            )
    orphaned = decisions[decisions["orphaned"]]
    if len(orphaned):
        print("", file=out)
        print(
            f"{len(orphaned)} decision(s) in {reviews.name} refer to values that no longer exist:",
            file=out,
        )
        for row in orphaned.to_dict("records"):
            print(f"  {row['observation_id']}  {row['decision']}  {row['reason'] or ''}", file=out)
    return EXIT_OK


def resolve_observation(db: Path, given: str) -> dict | None:
    """Find the stored value an id (or a unique prefix of one) names; None without a database."""
    try:
        frame = queries.read_observations(db)
    except queries.DatabaseMissing:
        return None
    exact = frame[frame["observation_id"] == given]
    matches = exact if len(exact) else frame[frame["observation_id"].str.startswith(given)]
    if len(matches) == 1:
        return matches.iloc[0].to_dict()
    if len(matches) > 1:
        raise LookupError(f"{given!r} matches {len(matches)} values; give more of the id")
    raise LookupError(f"no value with id {given!r} in {db} (see `kpi review list`)")


def describe_observation(row: dict) -> str:
    """Return 'indicator[breakdown] = value unit, period_kind start..end'."""
    start, end = format_date(row["period_start"]), format_date(row["period_end"])
    period = end if start == end else f"{start}..{end}"
    return (
        f"{row['indicator']}[{row['breakdown']}] = {row['value']:g} {row['unit']}, "
        f"{row['period_kind']} {period}"
    )


def format_date(value) -> str:
    """Return an ISO date for a date, Timestamp or None."""
    return "?" if value is None or pd.isna(value) else pd.Timestamp(value).date().isoformat()


def shorten(text: str, limit: int = QUOTE_CHARS) -> str:
    """Return text on one line, cut to limit characters."""
    text = " ".join(str(text).split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


def read_decisions(path: Path) -> list[dict]:
    """Return the rows of reviews.csv as dicts (none when the file is absent)."""
    return read_decision_rows(path)[0]


def record_decision(
    path: Path, observation_id: str, decision: str, value: float | None, reason: str
) -> None:
    """Append a decision to reviews.csv; the latest decision on a value is the one applied."""
    append_decision(
        path,
        {
            "observation_id": observation_id,
            "decision": decision,
            "value": "" if value is None else repr(float(value)),
            "reason": reason or "",
            "decided_at": dt.datetime.now(dt.UTC).isoformat(timespec="seconds"),
        },
    )
