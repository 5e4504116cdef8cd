"""What the overview's cards read, reduced to what they show: one series per card and the
newest value of every other breakdown.

The database computes both at scale (metrics.queries.read_card_series / read_latest_per_kind);
these build the same frames from a frame of current values already held (tests, small data),
and turn the newest values into each card's 'other breakdowns' line without a loop per card.
"""

from __future__ import annotations

import pandas as pd

from layouts.headline import BREAKDOWN_PREFERENCE
from metrics.fitting import select_main_period_kind

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
    the one its card shows (`shown`), sorted by name."""
    if latest is None or latest.empty:
        return {}
    kinds = catalog["kind"].to_dict() if "kind" in catalog else {}
    groups = latest.groupby(["indicator", "breakdown"])["period_kind"].agg(tuple)
    memo: dict = {}

    def choose(key: tuple, present: tuple) -> str | None:
        pick = memo.get((present, kinds.get(key[0], "")))
        if pick is None:
            pick = select_main_period_kind(present, kinds.get(key[0], "") or "")
            memo[(present, kinds.get(key[0], ""))] = pick
        return pick

    chosen = pd.Series(
        [choose(key, tuple(sorted(p))) for key, p in groups.items()], index=groups.index
    ).rename("chosen")
    rows = latest.join(chosen, on=["indicator", "breakdown"])
    # metrics names no kind: the most frequent one, as one_series does
    busiest = rows.sort_values("n", ascending=False, kind="stable").drop_duplicates(
        ["indicator", "breakdown"]
    )
    fallback = busiest.set_index(["indicator", "breakdown"])["period_kind"].rename("fallback")
    rows = rows.join(fallback, on=["indicator", "breakdown"])
    rows = rows[rows["period_kind"] == rows["chosen"].fillna(rows["fallback"])]
    rows = rows[rows["breakdown"] != rows["indicator"].map(shown)]
    rows = rows.sort_values(["indicator", "breakdown"])
    return {
        ind: list(zip(g["breakdown"], g["value"].astype(float), strict=True))
        for ind, g in rows.groupby("indicator", sort=False)
    }
