"""The frame every page shares: header, navigation, language switch, freshness, stale warning."""

from __future__ import annotations

import datetime as dt
from urllib.parse import urlencode

from dash import dcc, html

from layouts import fmt
from layouts.i18n import t

STALE_AFTER_DAYS = 45

NAV = [
    ("/", "nav_overview"),
    ("/reports", "nav_reports"),
    ("/data", "nav_data"),
    ("/method", "nav_method"),
]


def url(path: str, lang: str = "vi", **params) -> str:
    """Build a page URL that holds the whole view (parameters in a stable order, lang last)."""
    query = {k: v for k, v in params.items() if v not in (None, "")}
    query["lang"] = fmt.norm_lang(lang)
    return f"{path}?{urlencode(query, safe=',')}"  # lists stay readable: a,b


def freshness_info(freshness: dict | None, today: dt.date | None = None) -> dict:
    """Newest report date, its age in days and whether it is stale (older than 45 days)."""
    freshness = freshness or {}
    today = today or dt.date.today()
    period_end = fmt.to_date(freshness.get("newest_period_end"))
    published = fmt.to_date(freshness.get("newest_published_date"))
    newest = max([d for d in (period_end, published) if d is not None], default=None)
    age = (today - newest).days if newest else None
    return {
        "period_end": period_end,
        "published": published,
        "newest": newest,
        "age_days": age,
        "stale": age is not None and age > STALE_AFTER_DAYS,
        "last_refresh_at": freshness.get("last_refresh_at"),
    }


def freshness_bar(freshness: dict | None, lang: str, today: dt.date | None = None) -> html.Div:
    """Newest report period and last refresh; a polite banner when the data is old."""
    info = freshness_info(freshness, today)
    parts = []
    if info["period_end"] is not None:
        newest = t("fresh_newest", lang, period=fmt.month(info["period_end"], lang))
    else:
        newest = t("fresh_newest", lang, period=t("fresh_unknown", lang))
    if info["published"] is not None:
        newest += " (" + t("fresh_published", lang, date=fmt.date(info["published"], lang)) + ")"
    parts.append(html.Span(newest, className="fresh-item", id="fresh-newest"))
    refreshed = info["last_refresh_at"]
    when = fmt.datetime(refreshed, lang) if refreshed is not None else t("fresh_unknown", lang)
    parts.append(
        html.Span(t("fresh_refresh", lang, when=when), className="fresh-item", id="fresh-refresh")
    )
    children = [html.Div(parts, className="fresh-line")]
    if info["stale"]:
        children.append(
            html.Div(
                t("stale_banner", lang, date=fmt.date(info["newest"], lang), days=info["age_days"]),
                className="stale-banner",
                role="status",
                id="stale-banner",
            )
        )
    return html.Div(children, className="freshness", id="freshness")


def header(lang: str, path: str, query: dict | None = None) -> html.Header:
    """Title, navigation (keeping the language) and the vi/en switch (keeping the view)."""
    query = {k: v for k, v in (query or {}).items() if k != "lang"}
    nav = [
        dcc.Link(
            t(key, lang),
            href=url(href, lang),
            className="nav-link" + (" active" if href == path else ""),
            id=f"nav-{href.strip('/') or 'overview'}",
        )
        for href, key in NAV
    ]
    switch = html.Div(
        [
            dcc.Link(
                label,
                href=url(path, code, **query),
                className="lang-link" + (" active" if code == lang else ""),
                id=f"lang-{code}",
                title=title,
            )
            for code, label, title in (
                ("vi", "Tiếng Việt", "Tiếng Việt"),
                ("en", "English", "English"),
            )
        ],
        className="lang-switch",
        role="group",
        **{"aria-label": t("lang_switch_label", lang)},
    )
    return html.Header(
        [
            html.Div(
                [
                    dcc.Link(
                        html.Span(t("app_title", lang)), href=url("/", lang), className="brand"
                    ),
                    html.Div(t("app_subtitle", lang), className="subtitle"),
                ],
                className="brand-block",
            ),
            html.Nav(nav, className="nav"),
            switch,
        ],
        className="site-header",
    )


def page(
    lang: str,
    path: str,
    body,
    query: dict | None = None,
    freshness: dict | None = None,
    today: dt.date | None = None,
    title: str | None = None,
) -> html.Div:
    """A full page: header, freshness, then the body; its tab title and language ride along
    as attributes that assets/page_meta.js copies to document.title and <html lang>."""
    lang = fmt.norm_lang(lang)
    return html.Div(
        [
            header(lang, path, query),
            freshness_bar(freshness, lang, today),
            html.Main(body, className="page-body"),
        ],
        className=f"page lang-{lang}",
        lang=lang,
        id="page-root",
        **{"data-title": page_title(path, lang, title)},
    )


def page_title(path: str, lang: str, name: str | None = None) -> str:
    """'Dữ liệu · Chuyển đổi số quốc gia': the page's (or indicator's) name, then the site."""
    site = t("site_short", lang)
    if name is None:
        key = dict(NAV).get(path)
        name = t(key, lang) if key else None
    return f"{name} · {site}" if name else site


def message(text: str, kind: str = "info") -> html.Div:
    """A plain message box (info | warning | error)."""
    return html.Div(text, className=f"message message-{kind}", role="status")
