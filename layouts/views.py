"""Page assembly: fetch a snapshot through `layouts.source`, build the body, wrap it in the shell.

Each function returns a complete page and never raises: a missing database or a reading error
becomes a plain message in the page's language.
"""

from __future__ import annotations

import logging
import re
from pathlib import Path

import dash
import pandas as pd
from dash import dcc, html

from layouts import fmt, source
from layouts.changes_panel import changes_panel
from layouts.headline import select_headline_rows
from layouts.i18n import t
from layouts.indicator import choose_breakdown, indicator_body
from layouts.not_found import not_found_body, page_paths, suggest
from layouts.overview import card_models, overview_body
from layouts.records import report_label, source_record
from layouts.reports import reports_body
from layouts.shell import message, page, url

log = logging.getLogger(__name__)
REPORT_VALUES = 200  # a report's values listed on its page; the data page has them all (a real
# monthly report states 30-120; 500 synthetic ones made the page's callback 0.93 MB and its p95
# 3.5-8× a bare app's)
METHOD_DIR = Path(__file__).resolve().parent.parent / "metrics"


def _snapshot(lang: str):
    """(snapshot, None) or (None, error message component)."""
    try:
        return source.load_snapshot(), None
    except source.NoDatabase as exc:
        return None, message(t("no_database", lang, db=str(exc)), "warning")
    except Exception as exc:  # keep serving; say what went wrong
        log.exception("dashboard could not read the database")
        return None, message(t("load_error", lang, error=f"{type(exc).__name__}: {exc}"), "error")


def overview_page(lang: str = "vi", **query) -> html.Div:
    lang = fmt.norm_lang(lang)
    snap, err = _snapshot(lang)
    if err is not None:
        return page(lang, "/", err)
    return page(lang, "/", overview_cards(snap, lang), freshness=snap.freshness)


def overview_cards(snap, lang: str) -> list:
    """The overview's body of one data version and language, built once."""
    models = snap.lazy(
        "card_models",
        lambda: card_models(
            snap.catalog,
            snap.card_series(),
            snap.targets,
            snap.status,
            snap.review_pending(),
            latest=snap.latest_per_kind(),
        ),
    )
    # Formatting 42 cards' values is most of the work: done once per data version and language.
    return snap.lazy(
        f"overview:{lang}",
        lambda: overview_body(
            snap.catalog,
            snap.families,
            None,
            snap.targets,
            snap.status,
            lang,
            models=models,
            panel=changes_panel(lang, snap),  # from this version: it is built before it is served
        ),
    )


def warm_overview(snap) -> None:
    """Build a new version's overview (both languages) before it is served."""
    for lang in ("vi", "en"):
        overview_cards(snap, lang)


source.add_warmer(warm_overview)


def indicator_page(
    id: str | None = None,
    breakdown: str | None = None,
    lang: str = "vi",
    obs: str | None = None,
    **query,
) -> html.Div:
    lang = fmt.norm_lang(lang)
    q = {"id": id, "breakdown": breakdown, "obs": obs}
    snap, err = _snapshot(lang)
    if err is not None:
        return page(lang, "/indicator", err, query=q)
    if not id or id not in snap.catalog.index:
        ids = list(snap.catalog.index)
        names = snap.catalog[f"name_{lang}"]
        links = [(str(names[i]), url("/indicator", lang, id=i)) for i in suggest(id, ids)]
        body = not_found_body("indicator", id or "", links, lang)
        title = t("not_found_title", lang)
        return page(lang, "/indicator", body, query=q, freshness=snap.freshness, title=title)
    body = snap.recent(
        ("indicator_page", id, breakdown, lang, obs),
        lambda: indicator_page_body(snap, id, breakdown, lang, obs),
    )
    name = snap.catalog.loc[id].get(f"name_{lang}") or id
    return page(lang, "/indicator", body, query=q, freshness=snap.freshness, title=name)


def indicator_page_body(
    snap, id: str, breakdown: str | None, lang: str, obs: str | None = None
) -> list:
    """The indicator page's body from one data version (cached per version by the caller)."""
    meta = snap.catalog.loc[id].to_dict()
    series = snap.indicator_series(id)
    breakdown, explained = explain_for(snap, id, breakdown, lang)
    targets = snap.targets
    own_targets = targets[targets["indicator"] == id] if not targets.empty else targets
    _, shown = choose_breakdown(series, own_targets, breakdown)
    selected, bad = read_selected(snap, id, obs, meta.get("unit") or "", lang)
    try:  # the table lists the values of the breakdown shown, revisions included
        obs = snap.indicator_observations(id, shown)
    except Exception:
        log.exception("could not read observations of %s", id)
        obs = None
    return indicator_body(
        meta,
        series,
        snap.targets,
        snap.status,
        obs,
        breakdown,
        lang,
        explained=explained,
        pending=snap.review_pending(),
        selected=selected,
        bad=bad,
    )


def read_selected(snap, indicator: str, obs: str | None, unit: str, lang: str) -> tuple:
    """(source record of the URL's point, []) or (None, [unknown obs]): a point of another
    indicator or none at all is named, never shown as if it were this one's."""
    if not obs:
        return None, []
    row = snap.observation_record(obs)
    if row is None or row.get("indicator") != indicator:
        return None, [("obs", obs, [])]
    return source_record(row, unit, lang), []


def explain_for(snap, indicator: str, breakdown: str | None, lang: str) -> tuple:
    """(breakdown, metrics' sentence) for the headline out_status row of the indicator page."""
    rows = select_headline_rows(snap.status)
    rows = rows[rows["indicator"] == indicator]
    if breakdown:
        same = rows[rows["breakdown"] == breakdown]
        rows = same if not same.empty else rows
    if rows.empty:
        return breakdown, None
    row = rows.iloc[0].to_dict()
    return breakdown or row["breakdown"], source.explain(row, lang, snap.catalog)


def reports_page(
    doc: str | None = None, obs: str | None = None, lang: str = "vi", **query
) -> html.Div:
    lang = fmt.norm_lang(lang)
    q = {"doc": doc, "obs": obs}
    snap, err = _snapshot(lang)
    if err is not None:
        return page(lang, "/reports", err, query=q)
    docs = snap.documents()
    from layouts.reports import document_list_first

    if doc and (docs is None or docs.empty or doc not in set(docs["doc_sha256"])):
        # Never another report in its place: say so, with the closest real ones.
        body = not_found_body("report", doc, suggest_reports(doc, docs, lang), lang)
        title = t("not_found_title", lang)
        return page(lang, "/reports", body, query=q, freshness=snap.freshness, title=title)
    selected = doc or (document_list_first(docs) if docs is not None and not docs.empty else None)
    text, queue = "", None
    if selected and docs is not None and not docs.empty and selected in set(docs["doc_sha256"]):
        text = snap.document_text(selected)
        try:
            queue = snap.review_queue(selected)
        except Exception:
            log.exception("could not read the review queue")
    body = snap.recent(
        ("reports_page", selected, obs, lang),
        lambda: reports_page_body(snap, docs, queue, selected, obs, text, lang),
    )
    return page(lang, "/reports", body, query=q, freshness=snap.freshness)


def reports_page_body(snap, docs, queue, selected, obs, text, lang) -> list:
    """The reports page's body: the selected report's first values (and the one asked for)."""
    doc_obs = snap.document_observations(selected, REPORT_VALUES) if selected else None
    if obs and doc_obs is not None and obs not in set(doc_obs["observation_id"].astype(str)):
        asked = snap.observation_record(obs)
        if asked is not None and asked.get("doc_sha256") == selected:
            doc_obs = pd.concat([doc_obs, pd.DataFrame([asked])], ignore_index=True)
    counts = snap.document_counts()
    known = set(doc_obs["observation_id"].astype(str)) if doc_obs is not None else set()
    bad = [("obs", obs, [])] if obs and obs not in known else []  # named, not ignored
    return reports_body(
        docs, doc_obs, queue, snap.catalog, selected, obs, text, lang, counts, bad=bad
    )


def method_markdown(lang: str) -> str | None:
    """The method text metrics/method_{lang}.md (None when it is not there yet)."""
    path = METHOD_DIR / f"method_{fmt.norm_lang(lang)}.md"
    try:
        text = path.read_text(encoding="utf-8")
    except OSError:
        return None
    # A bracketed interval such as [0, 1] is text, not a link: escape it in prose only. Inside
    # code (fenced blocks, `spans`) a backslash is shown as typed, so it must not be added.
    parts = re.split(r"(```.*?```|`[^`\n]*`)", text, flags=re.S)
    return "".join(
        part
        if part.startswith("`")
        else re.sub(r"(?<!\\)\[([^\]\n]*)\](?![(:\[])", r"\\[\1\\]", part)
        for part in parts
    )


def method_page(lang: str = "vi", **query) -> html.Div:
    lang = fmt.norm_lang(lang)
    text = method_markdown(lang)
    freshness = served_freshness()
    if text is None:
        body = [
            html.H1(t("method_heading", lang), className="page-title"),
            message(t("method_missing", lang)),
        ]
    else:
        body = [dcc.Markdown(text, className="method-text", link_target="_self")]
    return page(lang, "/method", body, freshness=freshness)


def not_found_page(lang: str = "vi", **query) -> html.Div:
    """The 404 page: the path asked for, the closest real pages, a link back."""
    lang = fmt.norm_lang(lang)
    try:
        path = dash.ctx.inputs.get("_pages_location.pathname") or ""
    except Exception:  # outside a request (tests): no path to name
        path = ""
    links = [(p, url(p, lang)) for p in suggest(path, page_paths())]
    body = not_found_body("page", path, links, lang)
    return page(lang, "", body, freshness=served_freshness(), title=t("not_found_title", lang))


def served_freshness():
    """The served version's freshness line, or None without a database (the page still shows)."""
    try:
        return source.load_snapshot().freshness
    except Exception:
        return None


def suggest_reports(doc: str, docs, lang: str) -> list[tuple[str, str]]:
    """Close matches for an unknown report id, by id, file name or title."""
    if docs is None or docs.empty:
        return []
    by_key = {}
    for row in docs.to_dict("records"):
        for key in (row.get("doc_sha256"), row.get("document"), row.get("doc_title")):
            if isinstance(key, str) and key:
                by_key.setdefault(key, row)
    matches = [by_key[k] for k in suggest(doc, list(by_key))]
    unique = {m["doc_sha256"]: m for m in matches}.values()
    return [(report_label(m, lang), url("/reports", lang, doc=m["doc_sha256"])) for m in unique]
