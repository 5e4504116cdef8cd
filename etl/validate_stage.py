"""The refresh's validation stage: new rows are checked; rows the served version checked keep their verdict.

A +1 refresh of 1,000 reports validated all 31,000 rows again (about 1 s of pandera) to check
the 31 new ones. The served version records which files (content hash and cache key) it
validated under which code (etl_state); rows of those files, under the same code, take the
verdict it stored: valid, or rejected with its reason (qa_rejected_observations).
"""

from __future__ import annotations

import json

import numpy as np
import pandas as pd

from etl.validate import DocumentSchema, split_valid, validate_observations

KNOWN_COLUMNS = ["observation_id", "doc_sha256", "rejection_reason"]
# What collect_known reads of the served version (only these columns of the row tables).
PREVIOUS_TABLES = ["etl_state", "core_observations", "qa_rejected_observations"]
PREVIOUS_COLUMNS = {
    "core_observations": KNOWN_COLUMNS[:2],
    "qa_rejected_observations": KNOWN_COLUMNS,
}


def list_reusable(
    previous: dict[str, pd.DataFrame] | None, files: set[tuple[str, str]], code: str
) -> set[str]:
    """Return the content hashes of this run's files the served version validated, same code.

    files: (content hash, cache key) of this run's loaded files; a file read with another key
    (encoding, sidecar) may hold other rows, so only exact pairs count.
    """
    if not previous or any(t not in previous for t in PREVIOUS_TABLES):
        return set()
    if len(previous["etl_state"]) != 1:
        return set()
    try:
        state = json.loads(previous["etl_state"]["summary"].iloc[0])
        validated = {tuple(pair) for pair in state["validated"]}
    except (KeyError, TypeError, ValueError):
        return set()
    if state.get("code") != code:
        return set()  # the checks, the catalog or the extractor changed: validate everything
    return {sha for sha, key in files & validated}


def collect_known(previous: dict[str, pd.DataFrame] | None, docs: set[str]) -> pd.DataFrame | None:
    """Return the served version's verdicts on the rows of these documents (None if none)."""
    if not docs:
        return None
    passed = previous["core_observations"][["observation_id", "doc_sha256"]]
    failed = previous["qa_rejected_observations"][KNOWN_COLUMNS]
    known = pd.concat([passed.assign(rejection_reason=None), failed], ignore_index=True)
    return known[known["doc_sha256"].isin(docs)].drop_duplicates(["observation_id", "doc_sha256"])


def validate_documents(
    documents: pd.DataFrame, docs: set[str]
) -> tuple[pd.DataFrame, pd.DataFrame]:
    """Split documents into (valid, failing with a reason), checking only those not in docs.

    The served version held docs as valid under the same code: only a new document can fail.
    """
    is_known = documents["doc_sha256"].isin(docs).to_numpy()
    if not is_known.any():
        return split_valid(documents, DocumentSchema)
    valid, bad = split_valid(documents[~is_known], DocumentSchema)
    position = pd.Series(np.arange(len(documents)), index=documents["doc_sha256"])
    return restore_order([documents[is_known], valid], position, "doc_sha256"), bad


def validate_rows(
    observations: pd.DataFrame,
    documents: pd.DataFrame,
    catalog: pd.DataFrame,
    known: pd.DataFrame | None,
) -> tuple[pd.DataFrame, pd.DataFrame]:
    """Split rows into (valid, rejected with `rejection_reason`), checking only unknown rows.

    Both keep the rows' order, as validate_observations gives them for all rows at once.
    """
    if known is None or known.empty or observations.empty:
        return validate_observations(observations, documents, catalog)
    found = observations[["observation_id", "doc_sha256"]].merge(
        known, on=["observation_id", "doc_sha256"], how="left", indicator=True
    )  # a left merge keeps the rows' order; observation_id is unique after collection
    is_known = (found["_merge"] == "both").to_numpy()
    valid_new, rejected_new = validate_observations(observations[~is_known], documents, catalog)
    old = observations[is_known]
    reasons = found.loc[is_known, "rejection_reason"].to_numpy(dtype=object)
    bad = pd.notna(reasons)
    rejected_old = old[bad].assign(rejection_reason=reasons[bad])
    position = pd.Series(np.arange(len(observations)), index=observations["observation_id"])
    return (
        restore_order([old[~bad], valid_new], position),
        restore_order([rejected_old, rejected_new], position),
    )


def restore_order(
    parts: list[pd.DataFrame], position: pd.Series, key: str = "observation_id"
) -> pd.DataFrame:
    """Concatenate parts and put the rows back in their first order (position by key)."""
    frame = pd.concat([p for p in parts if len(p)] or parts[-1:], ignore_index=True)
    order = np.argsort(position.reindex(frame[key]).to_numpy(), kind="stable")
    return frame.iloc[order].reset_index(drop=True)
