"""GET /brief.pdf?lang=vi|en: the monthly briefing of the served database, as `kpi brief` makes it.

A plain Flask route (app.create_app registers it on the server), so the link works without
JavaScript and a right-click "save as" gives the PDF.
"""

from __future__ import annotations

import logging
import os
import threading

from layouts import fmt

log = logging.getLogger(__name__)
BRIEF_ROUTE = "brief.pdf"
# The PDF of each (published version, language), made once: a published version never changes.
_made: dict[tuple, tuple[bytes, str]] = {}
_made_lock = threading.Lock()


def make_brief_cached(db, lang: str) -> tuple[bytes, str]:
    """Return (PDF, month) of the version the served path points at now, made once per version."""
    from briefing.brief_pdf import render_brief

    real = os.path.realpath(db)
    key = (real, os.stat(real).st_mtime_ns, lang)
    with _made_lock:
        if key in _made:
            return _made[key]
    made = render_brief(real, lang=lang)
    with _made_lock:
        if len(_made) >= 4:  # two languages of the current and the previous version
            _made.pop(next(iter(_made)))
        _made[key] = made
    return made


def make_brief_response(lang: str, db):
    """Return a Flask response: the PDF, or a one-line reason with 404 / 503."""
    from flask import Response

    from briefing.fonts import FontMissing

    if not db.exists():
        return Response(f"no database at {db}; run `kpi refresh`", 404, mimetype="text/plain")
    try:
        pdf, month = make_brief_cached(db, lang)
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
