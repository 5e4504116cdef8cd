"""The refresh's summary: the counts it reports and the short text printed on stderr."""

from __future__ import annotations

from collections import Counter

import pandas as pd

from etl.outcomes import EXIT_BUSY, EXIT_NOINPUT, RefreshResult
from metrics.escape import escape_name


def count_values(
    obs: pd.DataFrame, rejected: pd.DataFrame, decisions: pd.DataFrame, targets: pd.DataFrame
) -> dict[str, int]:
    """Return the numbers the summary prints."""
    # Counted in Python: value_counts on the rebuilt Arrow column took 0.1 s for 31,000 values.
    status = Counter(obs["status"].tolist())
    return {
        "accepted": int(status.get("accepted", 0)),
        "needs_review": int(status.get("needs_review", 0)),
        "rejected_by_validation": len(rejected),
        "rejected_by_review": int(status.get("rejected", 0)),
        "corrected": int(status.get("corrected", 0)),
        "duplicate": int(status.get("duplicate", 0)),
        "current": int(obs["is_current"].sum()),
        "revisions": int(obs["is_revision"].sum()),
        "targets": len(targets),
        "decisions": len(decisions),
        "decisions_orphaned": int(decisions["orphaned"].sum()),
    }


def format_summary(result: RefreshResult) -> str:
    """Return the short human summary printed on stderr."""
    lines = []
    if result.exit_code in (EXIT_BUSY, EXIT_NOINPUT) or not result.files:
        shown = (escape_name(p) for p in result.problems)
        return "\n".join(f"kpi refresh: {p}" for p in shown) or "kpi refresh: done"
    files = result.files
    status = pd.Series([f.status for f in files]).value_counts()
    cached = sum(f.from_cache for f in files if f.status in ("loaded", "duplicate"))
    lines.append(
        f"kpi refresh: {len(files)} files read: {status.get('loaded', 0)} loaded "
        f"({cached} from cache), {status.get('duplicate', 0)} duplicate, "
        f"{status.get('failed', 0)} failed, {status.get('skipped', 0)} skipped"
    )
    c = result.counts
    if c:
        lines.append(
            f"  values: {c['accepted']} accepted, {c['needs_review']} to review, "
            f"{c['rejected_by_validation']} rejected by validation, "
            f"{c['rejected_by_review']} rejected by review, {c['corrected']} corrected; "
            f"{c['current']} current, {c['revisions']} revisions; {c['targets']} targets"
        )
        if c["decisions_orphaned"]:
            lines.append(
                f"  review: {c['decisions_orphaned']} decision(s) refer to values that no "
                "longer exist (see `kpi review list`)"
            )
    ch = result.changes
    if ch.get("first_run"):
        lines.append("  since last run: first database")
    elif ch:
        lines.append(
            f"  since last run: {len(ch['new_documents'])} new document(s), "
            f"{len(ch['new_values'])} new and {len(ch['changed_values'])} changed current "
            f"value(s), {len(ch['removed_values'])} removed"
        )
        for name in ch["new_documents"][:10]:
            lines.append(f"    new document: {escape_name(name)}")
        for text in (ch["changed_values"] + ch["new_values"])[:10]:
            lines.append(f"    {text}")
    for f in files:
        # A duplicate is named too: a copy under another name is loaded once, visibly.
        if f.status in ("failed", "skipped", "duplicate"):
            lines.append(f"  {f.status}: {escape_name(f.file_name)}: {escape_name(f.reason)}")
    for problem in result.problems:
        lines.append(f"  problem: {escape_name(problem)}")
    for note in result.notes:
        lines.append(f"  note: {escape_name(note)}")
    if result.published_path:
        lines.append(f"  published {result.published_path}")
    else:
        lines.append("  nothing published; the previous database keeps serving")
    return "\n".join(lines)
