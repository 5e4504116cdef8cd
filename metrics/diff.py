"""What changed between two published database versions: the rows of out_changes.

Pure frames in, one frame out, so the refresh (against the version it replaces) and
`kpi alerts --since VERSION` (against any kept version) compute it the same way.

Kinds, in the order a reader needs them:
- missing_report: no monthly report whose reference month ended less than
  MISSING_REPORT_DAYS days before `as_of`;
- status_change: a target's (or a trend's) status differs from the previous version's;
- deadline_near: a target due within DEADLINE_WINDOW_DAYS of `as_of` and not yet met;
- review_pending: values waiting for an analyst's review;
- new_value / revision: a current value that did not exist before, or whose value changed,
  each with its report and quote.

`as_of` is the calendar day the standing conditions are judged on; the caller says where it
comes from (the refresh: $KPI_AS_OF, else its own run date in Vietnam time).
"""

from __future__ import annotations

import datetime as dt

import pandas as pd

SERIES_KEY = ["indicator", "breakdown", "period_kind", "period_end"]
STATUS_KEY = ["indicator", "breakdown", "target_id"]
DEADLINE_WINDOW_DAYS = 90
MISSING_REPORT_DAYS = 45
MET_STATUSES = ("achieved", "achieved_late")
KIND_ORDER = [
    "missing_report",
    "status_change",
    "deadline_near",
    "review_pending",
    "new_value",
    "revision",
]
CHANGES_COLUMNS = [
    "row_order",
    "kind",
    "indicator",
    "breakdown",
    "period_kind",
    "period_end",
    "value",
    "previous_value",
    "unit",
    "status_from",
    "status_to",
    "target_id",
    "target_value",
    "deadline",
    "pending_count",
    "observation_id",
    "document",
    "doc_title",
    "doc_number",
    "published_date",
    "quote",
    "as_of",
    "since_version",
]
DATE_COLUMNS = ["period_end", "deadline", "published_date", "as_of"]
NUMBER_COLUMNS = ["value", "previous_value", "target_value", "pending_count"]


def compute_changes(
    previous: dict[str, pd.DataFrame] | None,
    new: dict[str, pd.DataFrame],
    as_of: dt.date,
    since_version: str = "",
    catalog: pd.DataFrame | None = None,
) -> pd.DataFrame:
    """Return out_changes rows: new against previous (None: a first database, no diff rows)."""
    previous = previous or {}
    parts = [
        find_missing_report(new.get("core_documents"), as_of),
        find_deadlines_near(new.get("out_status"), as_of),
        find_review_pending(new.get("out_review_pending")),
    ]
    if previous.get("out_current_series") is not None:
        parts += find_value_changes(previous["out_current_series"], new["out_current_series"])
    if previous.get("out_status") is not None:
        parts.append(find_status_changes(previous["out_status"], new.get("out_status")))
    parts = [part for part in parts if part is not None and not part.empty]
    frame = pd.concat(parts, ignore_index=True) if parts else pd.DataFrame()
    frame = frame.reindex(columns=CHANGES_COLUMNS)
    frame["as_of"] = pd.Timestamp(as_of)
    frame["since_version"] = since_version
    return type_changes(order_changes(frame, catalog))


def find_value_changes(old: pd.DataFrame, new: pd.DataFrame) -> list[pd.DataFrame]:
    """Return [new values, revisions] of the current series, each with its document and quote."""
    old, new = with_day_keys(old), with_day_keys(new)
    merged = new.merge(
        old[[*SERIES_KEY, "value"]].rename(columns={"value": "previous_value"}),
        on=SERIES_KEY,
        how="left",
        indicator="_found",
    )
    added = merged[merged["_found"] == "left_only"].assign(kind="new_value")
    both = merged[merged["_found"] == "both"]
    revised = both[both["value"] != both["previous_value"]].assign(kind="revision")
    return [added.drop(columns="previous_value"), revised]


def with_day_keys(frame: pd.DataFrame) -> pd.DataFrame:
    """Return the series with period_end as a day and a breakdown, so two versions join."""
    return frame.assign(
        period_end=pd.to_datetime(frame["period_end"]).astype("datetime64[s]"),
        breakdown=frame["breakdown"].fillna("national"),
    )


def find_status_changes(old: pd.DataFrame, new: pd.DataFrame | None) -> pd.DataFrame:
    """Return one row per indicator x breakdown x target whose status changed."""
    if new is None or new.empty or old.empty or "status" not in old:
        return pd.DataFrame()
    keyed_old = keyed_status(old)[[*STATUS_KEY, "status"]].rename(columns={"status": "status_from"})
    merged = keyed_status(new).merge(keyed_old, on=STATUS_KEY, how="inner")
    changed = merged[merged["status"] != merged["status_from"]]
    shaped = changed.rename(
        columns={"status": "status_to", "latest_value": "value", "latest_date": "period_end"}
    )
    return shaped.assign(kind="status_change")


def keyed_status(status: pd.DataFrame) -> pd.DataFrame:
    """Return out_status with a text target_id ('' for trend and no-data rows) to join on."""
    return status.assign(
        target_id=status["target_id"].fillna("").astype(str),
        breakdown=status["breakdown"].fillna("national"),
    )


def find_deadlines_near(status: pd.DataFrame | None, as_of: dt.date) -> pd.DataFrame:
    """Return targets due within DEADLINE_WINDOW_DAYS days of as_of and not met."""
    if status is None or status.empty:
        return pd.DataFrame()
    deadline = pd.to_datetime(status["deadline"])
    start = pd.Timestamp(as_of)
    near = deadline.between(start, start + pd.Timedelta(days=DEADLINE_WINDOW_DAYS))
    rows = status[near & ~status["status"].isin(MET_STATUSES)]
    shaped = rows.rename(
        columns={"status": "status_to", "latest_value": "value", "latest_date": "period_end"}
    )
    return shaped.assign(kind="deadline_near")


def find_review_pending(pending: pd.DataFrame | None) -> pd.DataFrame:
    """Return one row per indicator x breakdown with values waiting for review."""
    if pending is None or pending.empty:
        return pd.DataFrame()
    rows = pending[pending["pending_count"] > 0]
    shaped = rows.rename(columns={"newest_pending_end": "period_end"})
    return shaped.assign(kind="review_pending")


def find_missing_report(documents: pd.DataFrame | None, as_of: dt.date) -> pd.DataFrame:
    """Return one row when the newest monthly report's month ended over 45 days before as_of."""
    if documents is None or documents.empty:
        return pd.DataFrame()
    monthly = documents[is_monthly(documents)]
    if monthly.empty:
        return pd.DataFrame()
    newest = monthly.sort_values(["report_period_end", "published_date"]).iloc[-1]
    month_end = pd.Timestamp(newest["report_period_end"])
    due = month_end + pd.Timedelta(days=MISSING_REPORT_DAYS)
    if pd.Timestamp(as_of) <= due:
        return pd.DataFrame()
    row = {
        "kind": "missing_report",
        "period_kind": "month",
        "period_end": month_end,
        "deadline": due,
        "document": newest.get("file_name"),
        "doc_title": newest.get("title"),
        "doc_number": newest.get("doc_number"),
        "published_date": newest.get("published_date"),
    }
    return pd.DataFrame([row])


def is_monthly(documents: pd.DataFrame) -> pd.Series:
    """Return True for a monthly report (not a copy of another document) with its month's end."""
    monthly = documents["doc_kind"] == "monthly_report"
    return monthly & documents["report_period_end"].notna() & documents["duplicate_of"].isna()


def order_changes(frame: pd.DataFrame, catalog: pd.DataFrame | None) -> pd.DataFrame:
    """Sort by kind (most urgent first), then catalog order, breakdown and period."""
    if frame.empty:
        return frame.assign(row_order=pd.Series(dtype=int))
    position = {ind: i for i, ind in enumerate(catalog.index)} if catalog is not None else {}
    keys = pd.DataFrame(
        {
            "_kind": frame["kind"].map({k: i for i, k in enumerate(KIND_ORDER)}),
            "_ind": frame["indicator"].map(position).fillna(len(position)),
            "_name": frame["indicator"].astype(object).fillna(""),
            "_bd": frame["breakdown"].astype(object).fillna(""),
            "_end": pd.to_datetime(frame["period_end"]),
        },
        index=frame.index,
    )
    ordered = frame.loc[keys.sort_values(list(keys.columns), kind="mergesort").index]
    return ordered.assign(row_order=range(len(ordered))).reset_index(drop=True)


def type_changes(frame: pd.DataFrame) -> pd.DataFrame:
    """Give out_changes one type per column, whatever rows it holds."""
    frame = frame.reindex(columns=CHANGES_COLUMNS)
    typed = {c: pd.to_datetime(frame[c]).astype("datetime64[s]") for c in DATE_COLUMNS}
    typed |= {c: pd.to_numeric(frame[c]).astype(float) for c in NUMBER_COLUMNS}
    typed["row_order"] = frame["row_order"].fillna(0).astype(int)
    text = [c for c in CHANGES_COLUMNS if c not in typed]
    typed |= {c: frame[c].astype(object).where(frame[c].notna(), None) for c in text}
    return frame.assign(**typed).reset_index(drop=True)
