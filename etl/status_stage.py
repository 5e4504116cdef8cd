"""The refresh's out_status stage: status computed once, by metrics, for every surface to read.

The maths stays in metrics.tables (and metrics.progress under it); this stage only hands it the
refresh's current series and checked targets and shapes the result as the table load writes.
"""

from __future__ import annotations

import pandas as pd

from etl import load
from metrics.tables import compute_status_table


def build_status_table(
    current: pd.DataFrame, targets: pd.DataFrame, catalog: pd.DataFrame
) -> pd.DataFrame:
    """Return out_status rows: every indicator x breakdown x target, judged at the newest data."""
    table = compute_status_table(current, targets, catalog)
    return table[load.list_table_columns("out_status")]
