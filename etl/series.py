"""One series per indicator: review decisions, the current value per period, consistency checks."""

from __future__ import annotations

import pandas as pd

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

EXTRA_COLUMNS = {
    "extracted_value": None,
    "extracted_status": None,
    "review_decision": "",
    "corrected_from_observation_id": None,
    "is_current": False,
    "is_revision": False,
    "replaced_by_observation_id": None,
}


def mark_duplicates(observations: pd.DataFrame, documents: pd.DataFrame) -> pd.DataFrame:
    """Give every value of a duplicate document the status `duplicate` (never current)."""
    obs = observations.copy()
    for column, default in EXTRA_COLUMNS.items():
        obs[column] = default
    obs["extracted_value"] = obs["value"]
    obs["extracted_status"] = obs["status"]
    duplicated = documents.loc[documents["duplicate_of"].notna(), "doc_sha256"]
    is_dup = obs["doc_sha256"].isin(set(duplicated))
    obs.loc[is_dup, "status"] = "duplicate"
    obs.loc[is_dup, "review_reason"] = "same document as another loaded report"
    return obs


def apply_decisions(
    observations: pd.DataFrame, decisions: pd.DataFrame
) -> tuple[pd.DataFrame, pd.DataFrame]:
    """Apply the latest decision per observation; return (observations, decisions as applied)."""
    obs = observations.copy()
    decisions = decisions.copy().reset_index(drop=True)
    decisions["order"] = range(len(decisions))
    # The last decision on an id wins: by decided_at, then by position in the file.
    latest = decisions.sort_values(["decided_at", "order"], na_position="first")
    latest = latest.drop_duplicates("observation_id", keep="last")
    known = obs.set_index("observation_id")
    decisions["orphaned"] = ~decisions["observation_id"].isin(known.index)
    decisions["applied"] = decisions["order"].isin(latest["order"]) & ~decisions["orphaned"]
    corrections = []
    for decision in latest.itertuples(index=False):
        rows = obs["observation_id"] == decision.observation_id
        if not rows.any() or (obs.loc[rows, "status"] == "duplicate").all():
            continue
        obs.loc[rows, "review_decision"] = decision.decision
        if decision.decision == "accept":
            obs.loc[rows, ["status", "review_reason"]] = ["accepted", ""]
        elif decision.decision == "reject":
            obs.loc[rows, ["status", "review_reason"]] = ["rejected", decision.reason or ""]
        else:
            obs.loc[rows, "status"] = "corrected"
            corrections.append(build_correction(obs[rows].iloc[0], decision))
    if corrections:
        obs = pd.concat([obs, pd.DataFrame(corrections)], ignore_index=True)
    decisions["indicator"] = decisions["observation_id"].map(known["indicator"])
    decisions["document"] = decisions["observation_id"].map(known["document"])
    decisions = decisions.drop(columns="order").rename(columns={"value": "corrected_value"})
    return obs, decisions


def build_correction(original: pd.Series, decision) -> dict:
    """Return the row that carries a reviewer's corrected value (the original stays)."""
    row = original.to_dict()
    row.update(
        observation_id=f"{original['observation_id']}-corrected",
        value=float(decision.value),
        status="accepted",
        review_reason="",
        rule_id="review_correction",
        confidence=1.0,
        review_decision="correct",
        corrected_from_observation_id=original["observation_id"],
    )
    return row


def select_current(
    observations: pd.DataFrame, documents: pd.DataFrame, catalog: pd.DataFrame
) -> pd.DataFrame:
    """Pick one current value per series key (latest publication wins) and run the checks."""
    docs = documents.set_index("doc_sha256")
    obs = observations.copy()
    obs["_published"] = pd.to_datetime(obs["doc_sha256"].map(docs["published_date"]))
    obs["_cutoff"] = pd.to_datetime(obs["doc_sha256"].map(docs["cutoff_date"]))
    obs["is_current"] = False
    obs["is_revision"] = False
    obs = flag_same_date_conflicts(obs)
    eligible = obs[obs["status"] == "accepted"].sort_values(
        [*SERIES_KEY, "_published", "_cutoff", "doc_sha256", "quote_start", "observation_id"],
        ascending=[True, True, True, True, False, False, True, True, True],
        na_position="last",
    )
    winners = eligible.drop_duplicates(SERIES_KEY, keep="first")
    obs.loc[winners.index, "is_current"] = True
    replaced = eligible.index.difference(winners.index)
    obs.loc[replaced, "is_revision"] = True
    winner_ids = winners.set_index(SERIES_KEY)["observation_id"]
    keys = pd.MultiIndex.from_frame(obs.loc[replaced, SERIES_KEY])
    obs.loc[replaced, "replaced_by_observation_id"] = winner_ids.reindex(keys).to_numpy()
    obs = flag_series_breaks(obs, catalog)
    return obs.drop(columns=["_published", "_cutoff"])


def flag_same_date_conflicts(obs: pd.DataFrame) -> pd.DataFrame:
    """Send to review differing values for one period from reports of the same date."""
    eligible = obs[obs["status"] == "accepted"].copy()
    if eligible.empty:
        return obs
    date = eligible["_published"].fillna(eligible["_cutoff"])
    eligible["_date"] = date.astype(str)  # "NaT" groups the undated together
    grouped = eligible.groupby([*SERIES_KEY, "_date"])["value"]
    eligible["_shown"] = grouped.transform(
        lambda v: ", ".join(format_value(x) for x in sorted(set(v)))
    )
    conflicted = eligible[
        (grouped.transform("nunique") > 1) & ~eligible["review_decision"].isin(REVIEWED)
    ]
    for index, shown in conflicted["_shown"].items():
        obs.loc[index, ["status", "review_reason"]] = [
            "needs_review",
            f"reports of the same date give different values for this period: {shown}",
        ]
    return obs


def flag_series_breaks(obs: pd.DataFrame, catalog: pd.DataFrame) -> pd.DataFrame:
    """Send to review a current value that breaks its line: a falling stock, a big jump."""
    current = obs[obs["is_current"]].sort_values([*LINE_KEY, "period_end", "observation_id"])
    for (indicator, _, _), line in current.groupby(LINE_KEY, sort=False):
        kind = catalog["kind"].get(indicator)
        direction = catalog["direction"].get(indicator)
        previous = None
        for index, row in line.iterrows():
            reason = None
            if previous is not None and row["review_decision"] not in REVIEWED:
                reason = describe_break(previous, row, kind, direction)
            if reason:
                obs.loc[index, ["status", "review_reason", "is_current"]] = [
                    "needs_review",
                    reason,
                    False,
                ]
            else:
                previous = row
    return obs


def describe_break(previous: pd.Series, row: pd.Series, kind, direction) -> str | None:
    """Return why row does not follow previous in its series, or None."""
    before, after = float(previous["value"]), float(row["value"])
    since = f"{format_value(before)} ({previous['period_end']})"
    if kind == "stock" and direction == "higher" and after < before:
        return f"cumulative count fell from {since} to {format_value(after)}"
    if kind in NO_JUMP_CHECK_KINDS or before <= 0 or after <= 0:
        return None
    if kind in FLOW_KINDS:
        gap = pd.Timestamp(row["period_start"]) - pd.Timestamp(previous["period_end"])
        if gap.days > ADJACENT_DAYS:
            return None
    factor = max(before, after) / min(before, after)
    if factor >= JUMP_FACTOR:
        return (
            f"jump from {since} to {format_value(after)}: x{factor:.2f} "
            f"(threshold x{JUMP_FACTOR}); a definition change?"
        )
    return None


def format_value(value: float) -> str:
    """Print a value without a needless .0."""
    return f"{value:g}" if abs(value) < 1e15 else str(value)


def build_current_table(
    obs: pd.DataFrame, documents: pd.DataFrame, catalog: pd.DataFrame
) -> pd.DataFrame:
    """Return out_current_series: current values with document and indicator context."""
    current = obs[obs["is_current"]].copy()
    counts = obs[obs["is_revision"]].groupby("replaced_by_observation_id").size()
    current["revision_count"] = current["observation_id"].map(counts).fillna(0).astype(int)
    current["is_corrected"] = current["review_decision"] == "correct"
    docs = documents.set_index("doc_sha256")
    for column, source in [
        ("published_date", "published_date"),
        ("cutoff_date", "cutoff_date"),
        ("doc_title", "title"),
        ("doc_number", "doc_number"),
        ("doc_kind", "doc_kind"),
    ]:
        current[column] = current["doc_sha256"].map(docs[source])
    for column, source in [
        ("indicator_name_vi", "name_vi"),
        ("indicator_name_en", "name_en"),
        ("family", "family"),
        ("family_name_vi", "family_name_vi"),
        ("family_name_en", "family_name_en"),
        ("kind", "kind"),
        ("direction", "direction"),
    ]:
        current[column] = current["indicator"].map(catalog[source])
    return current.sort_values([*SERIES_KEY]).reset_index(drop=True)


def build_latest_table(current: pd.DataFrame) -> pd.DataFrame:
    """Return out_latest: per indicator x breakdown the newest value and the one before it."""
    rows = []
    ordered = current.sort_values(["period_end", "published_date", "observation_id"])
    for (indicator, breakdown), group in ordered.groupby(["indicator", "breakdown"], sort=True):
        latest = group.iloc[-1]
        # The value before it in the same kind of period, so the change compares like with like.
        before = group[
            (group["period_kind"] == latest["period_kind"])
            & (group["period_end"] < latest["period_end"])
        ]
        previous = before.iloc[-1] if len(before) else None
        rows.append(
            {
                "indicator": indicator,
                "breakdown": breakdown,
                "unit": latest["unit"],
                "period_kind": latest["period_kind"],
                "latest_period_end": latest["period_end"],
                "latest_value": latest["value"],
                "latest_observation_id": latest["observation_id"],
                "latest_document": latest["document"],
                "latest_published_date": latest["published_date"],
                "previous_period_end": None if previous is None else previous["period_end"],
                "previous_value": None if previous is None else previous["value"],
                "previous_observation_id": None if previous is None else previous["observation_id"],
                "change_value": None if previous is None else latest["value"] - previous["value"],
            }
        )
    return pd.DataFrame(rows)
