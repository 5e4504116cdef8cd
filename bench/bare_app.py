"""The serving benchmark's baseline: a bare Dash Pages-style app with one figure of N points.

    python -m bench.bare_app --points 8581 --port 8061

One dcc.Location and one callback that returns a dcc.Graph of N points spread over a few
traces, as the product's page callback returns its page: the cost any Dash page of that size
pays (JSON, React, plotly), measured in the same run as the product.
"""

from __future__ import annotations

import argparse

import numpy as np
import plotly.graph_objects as go
from dash import Dash, Input, Output, dcc, html

TRACES = 66  # one per breakdown, as the indicator chart at scale


def build_figure(points: int) -> go.Figure:
    """N points over TRACES monthly lines (fixed seed)."""
    rng = np.random.default_rng(11)
    fig = go.Figure()
    per = max(1, points // TRACES)
    left = points
    for i in range(TRACES):
        n = min(per if i < TRACES - 1 else left, left)
        if n <= 0:
            break
        left -= n
        x = np.arange("2015-01", "2100-01", dtype="datetime64[M]")[:n].astype(str)
        fig.add_trace(go.Scatter(x=x, y=rng.normal(50, 10, n).round(2), mode="lines+markers"))
    return fig


def create_app(points: int) -> Dash:
    """The bare app: a location and one page callback returning the figure."""
    app = Dash(__name__, update_title=None)
    app.layout = html.Div([dcc.Location(id="url"), html.Div(id="content")])
    figure = build_figure(points)

    @app.callback(Output("content", "children"), Input("url", "pathname"))
    def show_page(_pathname):
        return [html.H1("bare"), dcc.Graph(id="bare-chart", figure=figure)]

    return app


def main() -> None:
    """Serve the bare app until killed."""
    parser = argparse.ArgumentParser()
    parser.add_argument("--points", type=int, default=8581)
    parser.add_argument("--port", type=int, default=8061)
    args = parser.parse_args()
    create_app(args.points).run(host="127.0.0.1", port=args.port, debug=False)


if __name__ == "__main__":
    main()
