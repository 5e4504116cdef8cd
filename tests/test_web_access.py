"""Access: beyond loopback `kpi serve` needs a users file (hashed passwords) or --insecure
(web/access.py); basic auth answers 401 to a missing, wrong or malformed login."""

from __future__ import annotations

import base64

import flask
import pytest
from werkzeug.security import generate_password_hash

import app as app_module
from web import access
from web.server import ServeOptions, build_config, count_workers


class FakeApp:
    """Only what install_login uses: a Flask server."""

    def __init__(self) -> None:
        self.server = flask.Flask("t")
        self.server.add_url_rule("/", "home", lambda: "dashboard")


def login(name: str, password: str) -> dict:
    token = base64.b64encode(f"{name}:{password}".encode()).decode()
    return {"Authorization": f"Basic {token}"}


@pytest.fixture
def users_file(tmp_path):
    path = tmp_path / "users"
    path.write_text(f"# analysts\nan:{generate_password_hash('mật khẩu đúng')}\n", encoding="utf-8")
    return path


@pytest.mark.parametrize("host", ["127.0.0.1", "localhost", "::1", "127.0.0.2"])
def test_loopback_needs_no_login(host):
    assert access.is_loopback(host)
    assert access.check_access(host, None, insecure=False) is None


@pytest.mark.parametrize("host", ["0.0.0.0", "::", "192.168.1.10", "10.0.0.1"])
def test_beyond_loopback_without_users_is_refused_with_how_to(host):
    assert not access.is_loopback(host)
    with pytest.raises(access.AccessError) as refused:
        access.check_access(host, None, insecure=False)
    message = str(refused.value)
    assert "--users" in message and "python -m web.users" in message and "--insecure" in message


def test_insecure_serves_beyond_loopback_with_a_loud_warning():
    warning = access.check_access("0.0.0.0", None, insecure=True)
    assert warning.startswith("WARNING") and "WITHOUT AUTHENTICATION" in warning


def test_kpi_serve_refuses_0000_without_users(tmp_path, capsys, monkeypatch):
    monkeypatch.delenv(access.USERS_ENV, raising=False)
    db = tmp_path / "kpi.duckdb"
    db.write_bytes(b"")
    assert app_module.serve(host="0.0.0.0", db=db) == app_module.EXIT_CONFIG
    err = capsys.readouterr().err
    assert "refusing to serve on 0.0.0.0 without authentication" in err
    assert "Traceback" not in err


def test_kpi_serve_refuses_a_plain_password_file(tmp_path, capsys):
    db = tmp_path / "kpi.duckdb"
    db.write_bytes(b"")
    users = tmp_path / "users"
    users.write_text("an:secret\n", encoding="utf-8")
    assert app_module.serve(host="0.0.0.0", db=db, users_file=users) == app_module.EXIT_CONFIG
    assert f"users file {users} line 1: the password is not hashed" in capsys.readouterr().err


@pytest.mark.parametrize(
    "text, reason",
    [("", "no users"), ("no-colon\n", "expected NAME:HASH"), (":hash$x\n", "expected NAME:HASH")],
)
def test_malformed_users_file_names_line_and_reason(tmp_path, text, reason):
    path = tmp_path / "users"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(access.AccessError, match=reason):
        access.read_users(path)


def test_users_come_from_the_environment(users_file, monkeypatch):
    monkeypatch.setenv(access.USERS_ENV, str(users_file))
    users = access.resolve_users(None)
    assert list(users) == ["an"]
    assert access.check_access("0.0.0.0", users, insecure=False) is None


def test_basic_auth_lets_only_a_right_login_in(users_file):
    fake = FakeApp()
    access.install_login(fake.server)
    client = fake.server.test_client()
    assert client.get("/").status_code == 200  # no users set: open (loopback)
    access.require_users(fake.server, access.read_users(users_file))
    missing = client.get("/")
    assert missing.status_code == 401 and "Basic" in missing.headers["WWW-Authenticate"]
    assert client.get("/", headers=login("an", "sai")).status_code == 401
    assert client.get("/", headers=login("ai", "mật khẩu đúng")).status_code == 401
    right = client.get("/", headers=login("an", "mật khẩu đúng"))
    assert right.status_code == 200 and right.get_data(as_text=True) == "dashboard"


@pytest.mark.parametrize(
    "header",
    [
        "Bearer abc",
        "Basic !!!not-base64",
        "Basic " + base64.b64encode(b"\xff\xfe").decode(),
        "Basic",
    ],
)
def test_malformed_authorization_answers_401_not_500(users_file, header):
    fake = FakeApp()
    access.install_login(fake.server)
    access.require_users(fake.server, access.read_users(users_file))
    response = fake.server.test_client().get("/", headers={"Authorization": header})
    assert response.status_code == 401


def test_gunicorn_is_sized_to_the_machine_with_a_long_first_request_timeout():
    config = build_config(ServeOptions(host="127.0.0.1", port=8123))
    assert config["bind"] == "127.0.0.1:8123"
    assert config["worker_class"] == "gthread" and config["threads"] >= 4
    assert config["workers"] == count_workers() >= 2
    assert config["timeout"] >= 120
    assert build_config(ServeOptions(host="::1", workers=3))["bind"] == "[::1]:8050"
    assert build_config(ServeOptions(workers=3))["workers"] == 3


def test_the_real_app_asks_for_a_login_once_users_are_set(users_file):
    # The login hook is installed with the app: Flask refuses new hooks after its first request.
    server = app_module.app.server
    client = server.test_client()
    try:
        access.require_users(server, access.read_users(users_file))
        refused = client.get("/")
        assert refused.status_code == 401
        assert refused.headers["X-Content-Type-Options"] == "nosniff"
        assert client.get("/", headers=login("an", "mật khẩu đúng")).status_code == 200
    finally:
        server.config.pop(access.USERS_CONFIG, None)
    assert client.get("/").status_code == 200
