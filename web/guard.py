"""Answer malformed callback requests with 400 and a short message, never a 500 or a traceback."""

from __future__ import annotations

import json
import logging

import flask

log = logging.getLogger(__name__)
MAX_BODY_BYTES = 2 * 1024 * 1024  # a callback body is a few KB; a bigger one is refused with 413
CALLBACK_PATH = "_dash-update-component"


def parse_callback_body(raw: bytes) -> dict:
    """Parse and check a callback request body; raise ValueError with a short reason."""
    try:
        body = json.loads(raw)
    except RecursionError:
        raise ValueError("JSON nested too deeply") from None
    except (ValueError, UnicodeDecodeError):
        raise ValueError("not valid JSON") from None
    if not isinstance(body, dict):
        raise ValueError(f"expected a JSON object, got {type(body).__name__}")
    if not isinstance(body.get("output"), str):
        raise ValueError("'output' is missing or not a string")
    if not isinstance(body.get("outputs"), dict | list):
        raise ValueError("'outputs' is missing or not an object or list")
    for name in ("inputs", "state"):
        check_items(body.get(name, []), name)
    if not isinstance(body.get("changedPropIds", []), list):
        raise ValueError("'changedPropIds' is not a list")
    return body


def check_items(items, name: str) -> None:
    """Each input or state is {id, property, value} (or a list of them for a pattern)."""
    if not isinstance(items, list):
        raise ValueError(f"'{name}' is not a list")
    for item in items:
        for one in item if isinstance(item, list) else [item]:
            if not isinstance(one, dict) or "id" not in one or "property" not in one:
                raise ValueError(f"an item of '{name}' lacks 'id' or 'property'")


def refuse(status: int, reason: str) -> flask.Response:
    """A short plain-text answer (no HTML, no traceback)."""
    return flask.Response(reason + "\n", status=status, mimetype="text/plain")


def install_guard(app) -> None:
    """Check every callback request before Dash sees it; keep errors short."""
    server = app.server
    server.config["MAX_CONTENT_LENGTH"] = MAX_BODY_BYTES

    @server.before_request
    def check_callback_request():
        request = flask.request
        if request.method != "POST" or not request.path.endswith(CALLBACK_PATH):
            return None
        try:
            body = parse_callback_body(request.get_data(cache=True))
        except ValueError as exc:
            return refuse(400, f"bad callback request: {exc}")
        if body["output"] not in app.callback_map:
            return refuse(400, "bad callback request: unknown output")
        return None

    @server.errorhandler(413)
    def answer_too_large(error):
        return refuse(413, f"request body over {MAX_BODY_BYTES // 1024} KB")

    @server.errorhandler(500)
    def answer_internal_error(error):
        log.error("request %s failed: %s", flask.request.path, error)
        return refuse(500, "internal error (logged on the server)")
