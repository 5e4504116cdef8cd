"""Who may reach the dashboard: loopback only, or HTTP basic auth with hashed passwords.

Users come from a file (`--users FILE` or $KPI_USERS_FILE), one `name:hash` a line, the hash from
werkzeug's generate_password_hash (`python -m web.users NAME` prints such a line).
"""

from __future__ import annotations

import ipaddress
import os
import socket
from pathlib import Path

import flask
from werkzeug.security import check_password_hash

USERS_ENV = "KPI_USERS_FILE"
USERS_CONFIG = "KPI_USERS"  # the server config key holding {name: hash}
REALM = "KPI dashboard"
HOW_TO = (
    "Create a users file with `python -m web.users NAME >> /etc/kpi/users` (asks for the "
    "password, stores only its hash), then `kpi serve --host HOST --users /etc/kpi/users` "
    f"(or set {USERS_ENV}); or put an authenticating reverse proxy (OIDC) in front and keep "
    "kpi serve on 127.0.0.1 (deploy/README.md); `--insecure` serves without authentication."
)


class AccessError(Exception):
    """The users file is missing or malformed, or the host needs authentication."""


def is_loopback(host: str) -> bool:
    """True when `host` (a name or an address) binds only the loopback interface."""
    if host in ("localhost", "ip6-localhost"):
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        try:
            return all(
                ipaddress.ip_address(info[4][0]).is_loopback
                for info in socket.getaddrinfo(host, None)
            )
        except (OSError, ValueError):
            return False


def read_users(path: Path) -> dict[str, str]:
    """Parse a users file into {name: password hash}; raise AccessError naming line and reason."""
    try:
        text = Path(path).read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise AccessError(f"users file {path}: cannot read it ({exc})") from None
    users = {}
    for number, line in enumerate(text.splitlines(), 1):
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        name, sep, hashed = line.partition(":")
        if not sep or not name or not hashed:
            raise AccessError(f"users file {path} line {number}: expected NAME:HASH")
        if "$" not in hashed:
            # A plain password would be accepted by nothing; say so instead of locking everyone out.
            raise AccessError(
                f"users file {path} line {number}: the password is not hashed "
                "(use `python -m web.users NAME`)"
            )
        users[name] = hashed
    if not users:
        raise AccessError(f"users file {path}: no users in it")
    return users


def resolve_users(users_file: str | Path | None) -> dict[str, str] | None:
    """Users from --users, else $KPI_USERS_FILE, else None (no authentication configured)."""
    path = users_file or os.environ.get(USERS_ENV)
    return read_users(Path(path)) if path else None


def check_access(host: str, users: dict | None, insecure: bool) -> str | None:
    """Raise AccessError when `host` is beyond loopback with no users; a warning when insecure."""
    if users or is_loopback(host):
        return None
    if insecure:
        return (
            f"WARNING: serving on {host} WITHOUT AUTHENTICATION (--insecure): anyone who can "
            "reach this port reads the dashboard."
        )
    raise AccessError(f"refusing to serve on {host} without authentication. {HOW_TO}")


def verify(users: dict[str, str], name: str, password: str) -> bool:
    """Check a name and password against the hashes (the same work for unknown names)."""
    hashed = users.get(name)
    if hashed is None:
        check_password_hash(next(iter(users.values())), password)  # keep timing uniform
        return False
    return check_password_hash(hashed, password)


def install_login(server) -> None:
    """Ask for a name and password on every request once users are set (`require_users`).

    The hook is installed with the app, before its first request (Flask refuses hooks after
    that); it does nothing until `kpi serve` or $KPI_USERS_FILE gives it users.
    """

    @server.before_request
    def require_login():
        users = server.config.get(USERS_CONFIG)
        if not users:
            return None
        auth = flask.request.authorization  # werkzeug parses it; None when absent or malformed
        if (
            auth
            and auth.type == "basic"
            and verify(users, auth.username or "", auth.password or "")
        ):
            return None
        return flask.Response(
            "Login required\n",
            status=401,
            mimetype="text/plain",
            headers={"WWW-Authenticate": f'Basic realm="{REALM}", charset="UTF-8"'},
        )


def require_users(server, users: dict[str, str]) -> None:
    """From now on, only these users get in."""
    server.config[USERS_CONFIG] = dict(users)
