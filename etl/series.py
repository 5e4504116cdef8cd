"""One series per indicator: review decisions, the current value per period, consistency checks."""

from __future__ import annotations

import pandas as pd

from etl.series_checks import SERIES_KEY, flag_same_date_conflicts, flag_series_breaks

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
    # pandas 3 copies on write: a shallow copy keeps the caller's frame unchanged for free.
    obs = observations.copy(deep=False)
    for column, default in EXTRA_COLUMNS.items():
        obs[column] = default
    obs["extracted_value"] = obs["value"]
    obs["extracted_status"] = obs["status"]
    duplicated = documents.loc[documents["duplicate_of"].notna(), "doc_sha256"]
    is_dup = obs["doc_sha256"].isin(set(duplicated))
    obs["status"] = obs["status"].mask(is_dup, "duplicate")
    obs["review_reason"] = obs["review_reason"].mask(
        is_dup, "same document as another loaded report"
    )
    return obs


def apply_decisions(
    observations: pd.DataFrame, decisions: pd.DataFrame
) -> tuple[pd.DataFrame, pd.DataFrame]:
    """Apply the latest decision per observation; return (observations, decisions as applied)."""
    obs = observations.copy(deep=False)
    decisions = decisions.copy().reset_index(drop=True)
    decisions["order"] = range(len(decisions))
    # The last decision on an id wins: by decided_at, then by position in the file.
    latest = decisions.sort_values(["decided_at", "order"], na_position="first")
    latest = latest.drop_duplicates("observation_id", keep="last")
    known = obs[["observation_id", "indicator", "document"]].set_index("observation_id")
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
    obs = observations.copy(deep=False)
    obs["_published"] = pd.to_datetime(obs["doc_sha256"].map(docs["published_date"]))
    obs["_cutoff"] = pd.to_datetime(obs["doc_sha256"].map(docs["cutoff_date"]))
    obs["is_current"] = False
    obs["is_revision"] = False
    obs = flag_same_date_conflicts(obs)
    order = [*SERIES_KEY, "_published", "_cutoff", "doc_sha256", "quote_start", "observation_id"]
    # Only the sort keys: sorting all 30 columns of a million rows cost 4 s and a copy (issue 11).
    eligible = obs.loc[obs["status"] == "accepted", order].sort_values(
        order,
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
