"""The refresh summary's changes: new, changed and removed current values, by whole columns."""

from __future__ import annotations

import datetime as dt

import pandas as pd

from etl.changes import describe_changes


def make_current(values: dict[str, float]) -> pd.DataFrame:
    """Return out_current_series rows, one per indicator, all for January 2024."""
    return pd.DataFrame(
        {
            "indicator": list(values),
            "breakdown": "national",
            "period_kind": "month",
            "period_end": dt.date(2024, 1, 31),
            "value": list(values.values()),
        }
    )


def test_changes_name_new_changed_and_removed_values():
    documents = pd.DataFrame({"doc_sha256": ["a", "b"], "file_name": ["a.txt", "b.txt"]})
    previous = {
        "core_documents": documents.iloc[:1],
        "out_current_series": make_current({"kept": 1.0, "moved": 2.0, "gone": 3.0}),
    }
    changes = describe_changes(
        previous, documents, make_current({"kept": 1.0, "moved": 2.5, "new": 4.0})
    )
    assert changes == {
        "new_documents": ["b.txt"],
        "new_values": ["new[national] month 2024-01-31 = 4"],
        "changed_values": ["moved[national] month 2024-01-31 = 2.5 (was 2)"],
        "removed_values": ["gone[national] month 2024-01-31 = 3"],
    }


def test_first_run_has_nothing_to_compare():
    assert describe_changes(None, pd.DataFrame(), make_current({"x": 1.0})) == {"first_run": [True]}
