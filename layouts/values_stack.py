"""The reports page's values as stacked rows for a phone: one link per value, nothing sideways.

At 390 px the five-column grid scrolled sideways; each stacked row is a link that selects its
value through the URL (`obs=`), so the same address restores the same highlighted sentence.
"""

from __future__ import annotations

from dash import dcc, html

from layouts.shell import url


def values_stack(rows: list[dict], doc: str, selected_id: str | None, lang: str) -> html.Ol:
    """One block per value (indicator, value, period, scope, status), the selected one marked."""
    items = []
    for r in rows:
        chosen = bool(selected_id) and r["observation_id"] == selected_id
        items.append(
            html.Li(
                dcc.Link(
                    [
                        html.Div(r["indicator_text"], className="stack-report"),
                        html.Div(
                            [
                                html.Strong(r["value_text"]),
                                f" · {r['period_text']} · {r['breakdown_text']}",
                            ],
                            className="stack-head",
                        ),
                        html.Div(r["status_text"], className="stack-foot"),
                    ],
                    href=url("/reports", lang, doc=doc, obs=r["observation_id"]),
                    className="stack-link",
                ),
                className="stack-item" + (" active" if chosen else ""),
                **({"aria-current": "true"} if chosen else {}),
            )
        )
    return html.Ol(items, className="obs-stack rep-stack", id="rep-stack")
