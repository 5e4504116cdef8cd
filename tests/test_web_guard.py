"""The web surface: malformed callback requests answer 400, every response has the security
headers, assets and callback JSON are compressed (web/guard.py, web/headers.py)."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from app import app

ROOT = Path(__file__).resolve().parents[1]
CALLBACK = "/_dash-update-component"
GRID = "data-grid.getRowsResponse"
MALFORMED = {
    "a list": b"[1, 2]",
    "missing output": json.dumps({"outputs": {}, "inputs": []}).encode(),
    "50,000-deep JSON": b"[" * 50_000 + b"]" * 50_000,
    "deep inside an object": b'{"output": "x", "inputs": ' + b"[" * 50_000 + b"]" * 50_000 + b"}",
    "invalid JSON": b"{not json",
    "empty body": b"",
    "not UTF-8": b"\x00\xff\xfe",
    "output not a string": json.dumps({"output": ["a"], "outputs": {}}).encode(),
    "inputs not a list": json.dumps({"output": "a.b", "outputs": {}, "inputs": {}}).encode(),
    "input without id": json.dumps(
        {"output": "a.b", "outputs": {}, "inputs": [{"value": 1}]}
    ).encode(),
    "unknown output": json.dumps(
        {"output": "zz.children", "outputs": {"id": "zz", "property": "children"}, "inputs": []}
    ).encode(),
}


@pytest.fixture(scope="module")
def client():
    return app.server.test_client()


@pytest.mark.parametrize("name", list(MALFORMED))
def test_malformed_callback_answers_400_briefly(client, name):
    response = client.post(CALLBACK, data=MALFORMED[name], content_type="application/json")
    assert response.status_code == 400, response.data[:200]
    text = response.get_data(as_text=True)
    assert text.startswith("bad callback request:") and len(text) < 200
    assert "Traceback" not in text


def test_oversized_callback_body_answers_413(client):
    response = client.post(CALLBACK, data=b" " * (3 * 1024 * 1024), content_type="application/json")
    assert response.status_code == 413
    assert "<html" not in response.get_data(as_text=True)


@pytest.mark.parametrize("path", ["/", "/_dash-layout", "/no-such-page", CALLBACK])
def test_every_response_has_the_security_headers(client, path):
    response = client.post(path, data=b"[]") if path == CALLBACK else client.get(path)
    headers = response.headers
    csp = headers["Content-Security-Policy"]
    assert "default-src 'self'" in csp and "frame-ancestors 'none'" in csp
    assert "'unsafe-inline'" not in csp.split("script-src")[1].split(";")[0]
    assert headers["X-Content-Type-Options"] == "nosniff"
    assert headers["X-Frame-Options"] == "DENY"
    assert headers["Referrer-Policy"] == "same-origin"


def test_inline_scripts_of_the_page_are_allowed_by_hash(client):
    csp = client.get("/").headers["Content-Security-Policy"]
    for digest in app.csp_hashes():
        assert digest in csp


def test_pages_and_assets_are_compressed(client):
    page = client.get("/", headers={"Accept-Encoding": "br, gzip"})
    assert page.headers.get("Content-Encoding") == "br"
    gzip_only = client.get("/", headers={"Accept-Encoding": "gzip"})
    assert gzip_only.headers.get("Content-Encoding") == "gzip"


def test_dash_is_set_up_before_the_first_request():
    # Dash marks its set-up done before doing it; concurrent first requests saw no callbacks.
    probe = (
        "from app import app; "
        "print(app._got_first_request['setup_server'], "
        f"{GRID!r} in app.callback_map)"
    )
    done = subprocess.run(
        [sys.executable, "-c", probe], cwd=ROOT, capture_output=True, text=True, check=True
    )
    assert done.stdout.split() == ["True", "True"]
