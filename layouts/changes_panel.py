"""The overview's "Thay đổi kể từ lần cập nhật trước / Since the last update" panel.

Built from out_changes as the refresh computed it (read through layouts.source's per-version
snapshot); each line links to its indicator. Also the "Tải bản tin / Download briefing" link.
"""

from __future__ import annotations

import logging

from dash import dcc, html

from layouts import brief_download, fmt
from layouts.shell import url
from metrics.change_words import describe_change

log = logging.getLogger(__name__)
MAX_LINES = 8
WORDS = {
    "vi": {
        "title": "Thay đổi kể từ lần cập nhật trước",
        "none": "Không có thay đổi cần chú ý.",
        "more": "… và {n} thay đổi khác (`kpi alerts`)",
        "download": "Tải bản tin (PDF)",
        "as_of": "tính đến {day}",
    },
    "en": {
        "title": "Since the last update",
        "none": "Nothing to note.",
        "more": "… and {n} more (`kpi alerts`)",
        "download": "Download briefing (PDF)",
        "as_of": "as of {day}",
    },
}


def read_panel_changes(snap=None):
    """Return (out_changes, catalog) of a version (the served one by default), cached with it."""
    from briefing.reads import read_changes
    from layouts.source import load_snapshot

    # A version being warmed passes itself: asking for the served one then would build it again.
    snap = snap if snap is not None else load_snapshot()
    return snap.lazy("changes", lambda: read_changes(snap.db)), snap.catalog


def changes_panel(lang: str = "vi", snap=None) -> html.Section | None:
    """Return the panel, or None when there is no database (the page says so elsewhere)."""
    lang = fmt.norm_lang(lang)
    try:
        changes, catalog = read_panel_changes(snap)
    except Exception as exc:  # no database yet, or one published before out_changes
        log.info("no changes panel: %s", exc)
        return None
    return build_changes_panel(changes, catalog, lang)


def build_changes_panel(changes, catalog, lang: str = "vi") -> html.Section:
    """Return the panel for an out_changes frame: one linked line per change, then the link."""
    words = WORDS[lang]
    items = [
        html.Li(link_change(row, catalog, lang))
        for row in changes.head(MAX_LINES).to_dict("records")
    ]
    if len(changes) > MAX_LINES:
        items.append(html.Li(words["more"].format(n=len(changes) - MAX_LINES), className="muted"))
    as_of = fmt.date(changes["as_of"].iloc[0], lang) if len(changes) else ""
    return html.Section(
        [
            html.H2(words["title"], className="changes-title"),
            html.Span(words["as_of"].format(day=as_of), className="changes-as-of")
            if as_of
            else None,
            html.Ul(items, className="changes-list") if items else html.P(words["none"]),
            html.A(
                words["download"],
                href=f"/{brief_download.BRIEF_ROUTE}?lang={lang}",
                className="brief-download",
                id="brief-download",
            ),
        ],
        className="changes-panel",
        id="changes-panel",
    )


def link_change(row: dict, catalog, lang: str):
    """Return one change as a link to its indicator (to the reports page when it has none)."""
    text = describe_change(row, lang, catalog)
    indicator = row.get("indicator")
    if not isinstance(indicator, str) or not indicator:
        return dcc.Link(text, href=url("/reports", lang))
    breakdown = row.get("breakdown")
    breakdown = breakdown if isinstance(breakdown, str) and breakdown != "national" else None
    return dcc.Link(text, href=url("/indicator", lang, id=indicator, breakdown=breakdown))
