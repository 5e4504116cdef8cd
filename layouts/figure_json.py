"""A figure as plain JSON values, encoded once per cached page."""

from __future__ import annotations

import datetime as dt
import math

import numpy as np
import pandas as pd
import plotly.graph_objects as go


def plain_figure(fig: go.Figure) -> dict:
    """The figure as plain JSON values, encoded once: a cached page then costs each request a
    plain json.dumps, not plotly's encoder walking every point's arrays again."""
    return to_plain(fig.to_plotly_json())


def to_plain(value):
    """JSON values of a figure's parts: arrays as lists, dates as ISO text, NaN as null
    (what plotly's own encoder writes, without its per-call cost)."""
    if isinstance(value, dict):
        return {k: to_plain(v) for k, v in value.items()}
    if isinstance(value, np.ndarray):
        value = value.tolist()
    if isinstance(value, list | tuple):
        return [to_plain(v) for v in value]
    if isinstance(value, dt.date | dt.datetime | pd.Timestamp):
        return value.isoformat()
    if isinstance(value, float) and math.isnan(value):
        return None
    if isinstance(value, np.generic):
        return value.item()
    return value
