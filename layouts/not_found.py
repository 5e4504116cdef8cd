"""Honest answers to bad URLs: HTTP 404 for an unknown page, indicator or report, and a message
with a link back and the closest real ids.

Dash serves the same index page for every path and renders the page in the browser, so the
status is set on the index response by a Flask after_request hook that checks the path against
the page registry, the catalog's indicator ids and the published reports. The same hook writes
the page's language into `<html lang>` of that first response.
"""

from __future__ import annotations

import difflib
import logging
import re

import dash
from dash import dcc, html

from layouts import fmt
from layouts.i18n import t
from layouts.shell import url

log = logging.getLogger(__name__)
MAX_SHOWN = 60  # a pasted 2,000-character id is cut in the message, never echoed whole
HTML_TAG = re.compile(rb"<html(?P<attrs>[^>]*)>", re.I)


def shorten(value: object, limit: int = MAX_SHOWN) -> str:
    """Return the value as text, cut to `limit` characters with an ellipsis."""
    text = " ".join(str(value or "").split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


def suggest(value: object, candidates: list[str], n: int = 3) -> list[str]:
    """Return up to n close matches for a mistyped id (difflib, case-insensitive)."""
    wanted = str(value or "").lower()[:200]
    lowered = {c.lower(): c for c in candidates}
    close = difflib.get_close_matches(wanted, list(lowered), n=n, cutoff=0.5)
    prefix = [c for c in candidates if wanted and c.lower().startswith(wanted)]
    return list(dict.fromkeys([lowered[c] for c in close] + prefix))[:n]


def not_found_body(kind: str, value: object, suggestions: list[tuple[str, str]], lang: str) -> list:
    """The message for an unknown page/indicator/report: what, close matches, a link back."""
    lang = fmt.norm_lang(lang)
    parts = [
        html.H1(t("not_found_title", lang), className="page-title"),
        html.Div(
            t(f"unknown_{kind}", lang, id=shorten(value)),
            className="message message-warning",
            role="status",
            id="not-found-message",
        ),
    ]
    if suggestions:
        parts.append(
            html.Div(
                [
                    html.Span(t("did_you_mean", lang) + " "),
                    *[
                        html.Span(
                            [dcc.Link(label, href=href), " " if i < len(suggestions) - 1 else ""]
                        )
                        for i, (label, href) in enumerate(suggestions)
                    ],
                ],
                className="not-found-suggestions",
                id="not-found-suggestions",
            )
        )
    parts.append(dcc.Link(t("back_overview", lang), href=url("/", lang), className="back-link"))
    return parts


def page_paths() -> list[str]:
    """Paths of the registered pages (/, /indicator, /reports, ...) except the 404 page."""
    return [p["path"] for p in dash.page_registry.values() if p.get("path") != "/404"]


def find_unknown(path: str, args) -> tuple[str, str, list[str]] | None:
    """Return (kind, value, candidates) when the URL names nothing that exists, else None."""
    path = "/" + path.strip("/")
    pages = page_paths()
    if path not in pages:
        return "page", path, pages
    if path == "/indicator":
        from metrics.catalog import list_indicator_ids

        ids = list_indicator_ids()
        value = args.get("id") or ""
        return None if value in ids else ("indicator", value, ids)
    if path == "/reports" and args.get("doc"):
        shas = list_report_ids()
        if shas is not None and args["doc"] not in shas:
            return "report", args["doc"], shas
    return None


def list_report_ids() -> list[str] | None:
    """The published reports' ids, or None when there is no database to ask."""
    from layouts import source

    try:
        docs = source.load_snapshot().documents()
    except Exception:  # no database yet: the page itself says so
        return None
    return [] if docs is None or docs.empty else [str(s) for s in docs["doc_sha256"]]


def install_http_hooks(server) -> None:
    """Give the index response of a bad URL status 404, and every page its `<html lang>`."""
    from flask import request

    @server.after_request
    def answer_honestly(response):
        if request.method != "GET" or response.mimetype != "text/html":
            return response
        if response.status_code != 200 or response.direct_passthrough:
            return response
        try:
            if find_unknown(request.path, request.args) is not None:
                response.status_code = 404
            lang = fmt.norm_lang(request.args.get("lang"))
            response.set_data(set_html_lang(response.get_data(), lang))
        except Exception:  # a check that fails must not take the page down
            log.exception("could not check %s", request.path)
        return response


def set_html_lang(body: bytes, lang: str) -> bytes:
    """Write lang="vi|en" into the document's <html> tag (replacing any lang there)."""

    def replace(match: re.Match) -> bytes:
        attrs = re.sub(rb'\s+lang="[^"]*"', b"", match.group("attrs"))
        return b'<html lang="' + lang.encode() + b'"' + attrs + b">"

    return HTML_TAG.sub(replace, body, count=1)
