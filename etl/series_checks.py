"""The series checks as whole-column operations: same-date conflicts, breaks, latest and previous.

A million values make a million groups; a Python call per group or per row cost minutes
(issue 11), so every step here works on whole columns.
"""

from __future__ import annotations

import numpy as np
import pandas as pd
import pyarrow as pa
import pyarrow.compute as pc
from pandas.arrays import ArrowStringArray

# The same period of a series: the chart's x axis is period_end, so two values of one kind
# ending on the same day are two statements of one number (period_start can differ only
# by how a report phrased the window).
SERIES_KEY = ["indicator", "breakdown", "period_kind", "period_end"]
LINE_KEY = ["indicator", "breakdown", "period_kind"]
REVIEWED = ("accept", "correct")  # a reviewer has seen these: the checks leave them alone
JUMP_FACTOR = 1.5  # neighbouring points differing by this factor or more go to review
NO_JUMP_CHECK_KINDS = {"growth"}  # growth rates change sign; a ratio means nothing
# Flows (a month's attacks) swing by season and are compared only with the period just
# before them; a level is compared with the previous level whatever the gap.
FLOW_KINDS = {"flow"}
ADJACENT_DAYS = 7  # windows like 23/01-19/02 then 20/02-19/03 still count as adjacent
CONFLICT_REASON = "reports of the same date give different values for this period: "
# A reviewer reads the smallest few; a reason listing 891 values (1,000 reports of one date)
# helped nobody and was 90 MB of text for the refresh to copy and write.
SHOWN_VALUES = 8


def assign_rows(obs: pd.DataFrame, rows: pd.Index, column: str, values) -> None:
    """Set one column at the given row labels, the whole column rebuilt in one step.

    Setting rows of a string column in place rewrites its Arrow array through a mask each
    time: two such assignments were 0.8 s of a 1,000-report refresh; a NumPy copy is 10 ms.
    """
    positions = obs.index.get_indexer(rows)
    current = obs[column]
    if isinstance(current.array, ArrowStringArray):  # swap the values in Arrow, not in Python
        mask = np.zeros(len(obs), dtype=bool)
        mask[positions] = True
        new = np.full(len(obs), None, dtype=object)
        new[positions] = values
        arrow = current.array._pa_array
        merged = pc.if_else(pa.array(mask), pa.array(new, type=arrow.type), arrow)
        obs[column] = pd.Series(ArrowStringArray(merged), index=obs.index, dtype=current.dtype)
        return
    array = current.to_numpy(dtype=object, copy=True)
    array[positions] = values
    # A column of objects (assign_texts' reasons) stays one: inferring str would copy it all.
    obs[column] = (
        pd.Series(array, index=obs.index, dtype=object) if current.dtype == object else array
    )


def assign_texts(obs: pd.DataFrame, rows: pd.Index, column: str, texts, codes) -> None:
    """Set one column at the given row labels to texts[codes]; the column becomes Python objects.

    A same-date conflict lists every value of its group in each row's reason: at 1,000
    monthly reports that is 90 MB of text, which an Arrow string column copies per row (and
    a fresh 90 MB buffer cost 0.5 s of page faults here). Objects share one string per group.
    """
    positions = obs.index.get_indexer(rows)
    array = obs[column].to_numpy(dtype=object, copy=True)
    array[positions] = np.asarray(texts, dtype=object)[np.asarray(codes)]
    # dtype=object, or pandas would infer a string column and copy every text into Arrow.
    obs[column] = pd.Series(array, index=obs.index, dtype=object)


def format_value(value: float) -> str:
    """Print a value without a needless .0."""
    return f"{value:g}" if abs(value) < 1e15 else str(value)


def list_values(shown: list[str]) -> str:
    """ "1, 2, 3" or, past SHOWN_VALUES, the first of them and how many there are in all."""
    if len(shown) <= SHOWN_VALUES:
        return ", ".join(shown)
    return ", ".join(shown[:SHOWN_VALUES]) + f", … ({len(shown)} values in all)"


def flag_same_date_conflicts(obs: pd.DataFrame) -> pd.DataFrame:
    """Send to review differing values for one period from reports of the same date."""
    eligible = obs.loc[obs["status"] == "accepted", [*SERIES_KEY, "value", "review_decision"]]
    if eligible.empty:
        return obs
    published = obs.loc[eligible.index, "_published"]
    # Undated reports are left out: the row-by-row check grouped on the date as text, which
    # pandas 3 turns into a missing key for NaT, so they were never compared (kept as it was).
    eligible = eligible.assign(_date=published.fillna(obs["_cutoff"])).dropna(subset="_date")
    key = [*SERIES_KEY, "_date"]
    distinct = eligible.groupby(key, sort=False)["value"].transform("nunique")
    in_conflict = eligible[distinct > 1]
    flagged = in_conflict[~in_conflict["review_decision"].isin(REVIEWED)]
    if flagged.empty:
        return obs
    # Every value of the group is listed, reviewed ones too, smallest first, each once.
    # Groups by number: looking the texts up by a MultiIndex of the keys was 0.4 s at 1,000.
    group = in_conflict.groupby(key, sort=False).ngroup()
    shown = in_conflict.drop_duplicates([*key, "value"]).sort_values("value", kind="stable")
    texts = (
        shown["value"].map(format_value).groupby(group.loc[shown.index]).agg(list).map(list_values)
    )
    codes = texts.index.get_indexer(group.loc[flagged.index])
    assign_rows(obs, flagged.index, "status", "needs_review")
    assign_texts(obs, flagged.index, "review_reason", (CONFLICT_REASON + texts).to_numpy(), codes)
    return obs


def flag_series_breaks(obs: pd.DataFrame, catalog: pd.DataFrame) -> pd.DataFrame:
    """Send to review a current value that breaks its line: a falling stock, a big jump."""
    columns = [*LINE_KEY, "period_start", "period_end", "observation_id", "value"]
    current = obs.loc[obs["is_current"], [*columns, "review_decision"]].dropna(subset=LINE_KEY)
    if current.empty:
        return obs
    current = current.sort_values([*LINE_KEY, "period_end", "observation_id"])
    previous, falls, jumps = find_breaks(current, catalog)
    broken = falls | jumps
    if not broken.any():
        return obs
    reasons = describe_breaks(current, previous, falls, broken)
    rows = current.index[broken]
    assign_rows(obs, rows, "status", "needs_review")
    assign_rows(obs, rows, "review_reason", reasons)
    obs.loc[rows, "is_current"] = False
    return obs


def find_breaks(
    current: pd.DataFrame, catalog: pd.DataFrame
) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Return, per row of sorted lines, the row it follows and whether it falls or jumps.

    A point that breaks its line is not the next point's neighbour, so the scan is sequential
    along a line; it runs one step per position, over every line at once.
    """
    grouped = current.groupby(LINE_KEY, sort=False)
    line = grouped.ngroup().to_numpy()
    position = grouped.cumcount().to_numpy()
    value = current["value"].to_numpy(dtype=float)
    kind = current["indicator"].map(catalog["kind"])
    direction = current["indicator"].map(catalog["direction"])
    fall_checked = ((kind == "stock") & (direction == "higher")).to_numpy()
    jump_checked = (~kind.isin(NO_JUMP_CHECK_KINDS)).to_numpy()
    flow = kind.isin(FLOW_KINDS).to_numpy()
    reviewed = current["review_decision"].isin(REVIEWED).to_numpy()
    start = pd.to_datetime(current["period_start"]).to_numpy()
    end = pd.to_datetime(current["period_end"]).to_numpy()

    count = len(current)
    previous = np.full(count, -1)
    falls, jumps = np.zeros(count, dtype=bool), np.zeros(count, dtype=bool)
    last_kept = np.full(line.max() + 1, -1)
    by_position = np.argsort(position, kind="stable")
    bounds = np.searchsorted(position[by_position], np.arange(position.max() + 2))
    for step in range(position.max() + 1):
        rows = by_position[bounds[step] : bounds[step + 1]]
        if step:
            before = last_kept[line[rows]]
            previous[rows] = before
            a, b = value[rows], value[before]
            fell = fall_checked[rows] & (a < b)
            gap = (start[rows] - end[before]) / np.timedelta64(1, "D")
            far = flow[rows] & (gap > ADJACENT_DAYS)
            positive = (a > 0) & (b > 0)
            with np.errstate(divide="ignore", invalid="ignore"):
                factor = np.where(positive, np.maximum(a, b) / np.minimum(a, b), np.nan)
            jumped = ~fell & jump_checked[rows] & positive & ~far & (factor >= JUMP_FACTOR)
            falls[rows], jumps[rows] = fell & ~reviewed[rows], jumped & ~reviewed[rows]
            rows = rows[~(falls[rows] | jumps[rows])]
        last_kept[line[rows]] = rows
    return previous, falls, jumps


def describe_breaks(
    current: pd.DataFrame, previous: np.ndarray, falls: np.ndarray, broken: np.ndarray
) -> list[str]:
    """Return the review reason of each broken row (few rows: plain formatting)."""
    value = current["value"].to_numpy(dtype=float)
    end = current["period_end"].to_numpy()
    reasons = []
    for row in np.flatnonzero(broken):
        before, after = float(value[previous[row]]), float(value[row])
        since = f"{format_value(before)} ({end[previous[row]]})"
        if falls[row]:
            reasons.append(f"cumulative count fell from {since} to {format_value(after)}")
            continue
        factor = max(before, after) / min(before, after)
        reasons.append(
            f"jump from {since} to {format_value(after)}: x{factor:.2f} "
            f"(threshold x{JUMP_FACTOR}); a definition change?"
        )
    return reasons


def build_latest_table(current: pd.DataFrame) -> pd.DataFrame:
    """Return out_latest: per indicator x breakdown the newest value and the one before it."""
    key = ["indicator", "breakdown"]
    used = [*key, "unit", "period_kind", "period_end", "value", "observation_id", "document"]
    # Only the columns the table shows: sorting all 30 cost 200 MB at a million values.
    ordered = (
        current[[*used, "published_date"]]
        .dropna(subset=key)
        .sort_values(["period_end", "published_date", "observation_id"])
    )
    latest = ordered.drop_duplicates(key, keep="last").sort_values(key).set_index(key)
    # The value before it in the same kind of period, so the change compares like with like.
    where = pd.MultiIndex.from_frame(ordered[key])
    same_kind = ordered["period_kind"].to_numpy() == latest["period_kind"].reindex(where).to_numpy()
    latest_end = pd.to_datetime(latest["period_end"]).reindex(where).to_numpy()
    earlier = pd.to_datetime(ordered["period_end"]).to_numpy() < latest_end
    previous = ordered[same_kind & earlier].drop_duplicates(key, keep="last").set_index(key)
    previous = previous.reindex(latest.index)
    return pd.DataFrame(
        {
            "unit": latest["unit"],
            "period_kind": latest["period_kind"],
            "latest_period_end": latest["period_end"],
            "latest_value": latest["value"],
            "latest_observation_id": latest["observation_id"],
            "latest_document": latest["document"],
            "latest_published_date": latest["published_date"],
            "previous_period_end": previous["period_end"],
            "previous_value": previous["value"],
            "previous_observation_id": previous["observation_id"],
            "change_value": latest["value"] - previous["value"],
        }
    ).reset_index()
