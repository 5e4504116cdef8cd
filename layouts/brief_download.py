"""GET /brief.pdf?lang=vi|en: the monthly briefing of the served database, as `kpi brief` makes it.

A plain Flask route (app.create_app registers it on the server), so the link works without
JavaScript and a right-click "save as" gives the PDF.
"""

from __future__ import annotations

import logging

from layouts import fmt

log = logging.getLogger(__name__)
BRIEF_ROUTE = "brief.pdf"


def make_brief_response(lang: str, db):
    """Return a Flask response: the PDF, or a one-line reason with 404 / 503."""
    from flask import Response

    from briefing.brief_pdf import render_brief
    from briefing.fonts import FontMissing

    if not db.exists():
        return Response(f"no database at {db}; run `kpi refresh`", 404, mimetype="text/plain")
    try:
        pdf, month = render_brief(db, lang=lang)
    except FontMissing as missing:
        return Response(str(missing), 503, mimetype="text/plain; charset=utf-8")
    except Exception:  # the page must answer, and the log says what broke
        log.exception("could not make the briefing of %s", db)
        return Response("the briefing could not be made; see the server log", 500)
    name = f"ban-tin-{month.replace('/', '-')}.pdf" if lang == "vi" else f"briefing-{month}.pdf"
    headers = {"Content-Disposition": f'attachment; filename="{name.replace("/", "-")}"'}
    return Response(pdf, 200, mimetype="application/pdf", headers=headers)


def serve_brief():
    """Answer /brief.pdf for the app's database in the asked language."""
    from flask import request

    from layouts.source import current_db

    return make_brief_response(fmt.norm_lang(request.args.get("lang")), current_db())


def register_brief_route(server) -> None:
    """Add GET /brief.pdf to the app's Flask server."""
    server.add_url_rule(f"/{BRIEF_ROUTE}", "brief_pdf", serve_brief, methods=["GET"])
