"""What the overview's cards read, reduced to what they show: one series per card and the
newest value of every other breakdown.

The database computes both at scale (metrics.queries.read_card_series / read_latest_per_kind);
these build the same frames from a frame of current values already held (tests, small data),
and turn the newest values into each card's 'other breakdowns' line without a loop per card.
"""

from __future__ import annotations

import pandas as pd

from layouts.headline import BREAKDOWN_PREFERENCE
from metrics.fitting import MAIN_PERIOD_KINDS

CARD_COLUMNS = [
    "indicator", "breakdown", "period_kind", "period_start", "period_end", "value", "qualifier",
]  # fmt: skip


def rank_breakdowns(breakdowns: pd.Series) -> pd.Series:
    """Sort keys of the card's breakdown choice: national, localities, ministries, then by name."""
    fixed = {b: str(i) for i, b in enumerate(BREAKDOWN_PREFERENCE)}
    return breakdowns.map(lambda b: fixed.get(b, "3" + str(b)))


def select_card_rows(series: pd.DataFrame) -> pd.DataFrame:
    """The rows of the breakdown each indicator's card shows (as read_card_series)."""
    if series is None or series.empty:
        return pd.DataFrame(columns=CARD_COLUMNS)
    rows = series[series["breakdown"].notna()]
    pairs = rows[["indicator", "breakdown"]].drop_duplicates()
    pairs = pairs.assign(_rank=rank_breakdowns(pairs["breakdown"])).sort_values("_rank")
    chosen = pairs.drop_duplicates("indicator")[["indicator", "breakdown"]]
    columns = [c for c in CARD_COLUMNS if c in rows.columns]
    return rows.merge(chosen, on=["indicator", "breakdown"])[columns]


def summarise_latest(series: pd.DataFrame) -> pd.DataFrame:
    """Newest value and count per indicator x breakdown x period kind (as read_latest_per_kind)."""
    columns = ["indicator", "breakdown", "period_kind", "n", "period_end", "value"]
    if series is None or series.empty:
        return pd.DataFrame(columns=columns)
    rows = series[series["breakdown"].notna()]
    rows = rows.assign(_end=pd.to_datetime(rows["period_end"], errors="coerce")).sort_values(
        "_end", kind="stable"
    )
    keys = ["indicator", "breakdown", "period_kind"]
    last = rows.groupby(keys, sort=True).tail(1).set_index(keys)
    counts = rows.groupby(keys).size().rename("n")
    out = last[["period_end", "value"]].join(counts).reset_index()
    return out[columns]


def list_other_values(latest: pd.DataFrame, catalog: pd.DataFrame, shown: dict) -> dict:
    """indicator -> [(breakdown, newest value of its main period kind)] for every breakdown but
    the one its card shows (`shown`), sorted by name. The main kind is metrics' choice (the
    first of the indicator kind's preferences present), else the most frequent, as one_series."""
    if latest is None or latest.empty:
        return {}
    kinds = catalog["kind"] if "kind" in catalog else pd.Series(dtype=object)
    rank_of = {
        (kind, period_kind): i
        for kind, order in MAIN_PERIOD_KINDS.items()
        for i, period_kind in enumerate(order)
    }
    indicator_kind = latest["indicator"].map(kinds).fillna("")
    indicator_kind = indicator_kind.where(indicator_kind.isin(list(MAIN_PERIOD_KINDS)), "level")
    rank = pd.Series(
        [rank_of.get(pair, 99) for pair in zip(indicator_kind, latest["period_kind"], strict=True)],
        index=latest.index,
    )
    keyed = latest.assign(_rank=rank, _busy=-latest["n"].astype(int))
    keyed = keyed.sort_values(["indicator", "breakdown", "_rank", "_busy"], kind="stable")
    rows = keyed.drop_duplicates(["indicator", "breakdown"])
    rows = rows[rows["breakdown"] != rows["indicator"].map(shown)]
    return {
        ind: list(zip(g["breakdown"], g["value"].astype(float), strict=True))
        for ind, g in rows.groupby("indicator", sort=False)
    }
