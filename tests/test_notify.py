"""`kpi refresh --notify` against a real SMTP server on loopback (aiosmtpd)."""

from __future__ import annotations

import os
import socket
from email import policy
from email.parser import BytesParser

import pytest
from refresh_helpers import make_store, run_cli

aiosmtpd = pytest.importorskip("aiosmtpd", reason="aiosmtpd is in requirements.lock")
from aiosmtpd.controller import Controller  # noqa: E402


class Inbox:
    """An aiosmtpd handler that keeps every message it is given."""

    def __init__(self) -> None:
        self.messages = []

    async def handle_DATA(self, server, session, envelope):  # noqa: N802 (aiosmtpd's name)
        self.messages.append((envelope.rcpt_tos, envelope.original_content or envelope.content))
        return "250 OK"


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


@pytest.fixture
def smtp():
    """A real SMTP server on 127.0.0.1 for one test."""
    inbox = Inbox()
    controller = Controller(inbox, hostname="127.0.0.1", port=free_port())
    controller.start()
    try:
        yield controller, inbox
    finally:
        controller.stop()


def mail_env(port: int) -> dict:
    return {
        **os.environ,
        "KPI_SMTP_HOST": "127.0.0.1",
        "KPI_SMTP_PORT": str(port),
        "KPI_SMTP_STARTTLS": "0",  # the loopback server offers no TLS
        "KPI_MAIL_FROM": "Bản tin CĐS <kpi@example.org>",
        "KPI_MAIL_TO": "ban-chi-dao@example.org, thu-ky@example.org",
    }


def refresh_notify(store, env: dict):
    return run_cli([*store.argv(), "--notify"], env=env, timeout=300)


def parse(raw: bytes):
    return BytesParser(policy=policy.default).parsebytes(raw)


def test_refresh_notify_sends_alerts_and_the_briefing_pdf(tmp_path, warm_cache, smtp):
    controller, inbox = smtp
    store = make_store(tmp_path, warm_cache)
    done = refresh_notify(store, mail_env(controller.port))
    assert done.returncode == 0, done.stderr
    assert "kpi notify: sent to ban-chi-dao@example.org, thu-ky@example.org" in done.stderr
    assert len(inbox.messages) == 1
    recipients, raw = inbox.messages[0]
    assert recipients == ["ban-chi-dao@example.org", "thu-ky@example.org"]
    assert b"Subject: =?utf-8?" in raw  # UTF-8 header, encoded as RFC 2047 asks
    message = parse(raw)
    assert message["Subject"].startswith("Bản tin chuyển đổi số tháng 07/2024:")
    assert "Bản tin CĐS" in message["From"]
    body = message.get_body(("plain",)).get_content()
    assert "Giá trị chờ rà soát" in body and "Số thôn lõm sóng di động" in body
    assert "\ufffd" not in body
    attachments = list(message.iter_attachments())
    assert [a.get_filename() for a in attachments] == ["ban-tin-07-2024.pdf"]
    assert attachments[0].get_content_type() == "application/pdf"
    assert attachments[0].get_content().startswith(b"%PDF")


def test_failed_send_never_blocks_the_publish_and_is_retried(tmp_path, warm_cache, smtp):
    controller, inbox = smtp
    store = make_store(tmp_path, warm_cache)
    closed = refresh_notify(store, mail_env(free_port()))  # nobody listens there
    assert closed.returncode == 0, closed.stderr  # published all the same
    assert store.db.exists()
    outbox = store.root / "outbox"
    kept = sorted(outbox.glob("*.eml"))
    assert len(kept) == 1 and "kept in" in closed.stderr and "for the next run" in closed.stderr
    again = refresh_notify(store, mail_env(controller.port))
    assert again.returncode == 0, again.stderr
    assert f"sent {kept[0].name} kept by an earlier run" in again.stderr
    assert not list(outbox.glob("*.eml"))
    assert len(inbox.messages) == 2  # the kept one first, then this run's
    subjects = [parse(raw)["Subject"] for _, raw in inbox.messages]
    assert all(s.startswith("Bản tin chuyển đổi số") for s in subjects)


def test_missing_settings_keep_the_message(tmp_path, warm_cache):
    store = make_store(tmp_path, warm_cache)
    env = {k: v for k, v in os.environ.items() if not k.startswith(("KPI_SMTP", "KPI_MAIL"))}
    env["KPI_NOTIFY_CONFIG"] = str(tmp_path / "absent.toml")
    done = refresh_notify(store, env)
    assert done.returncode == 0
    assert "no SMTP host/from/to" in done.stderr and "KPI_SMTP_HOST" in done.stderr
    assert len(list((store.root / "outbox").glob("*.eml"))) == 1


def test_settings_from_a_config_file(tmp_path, monkeypatch):
    from briefing.notify import read_settings

    for name in ("KPI_SMTP_HOST", "KPI_SMTP_PORT", "KPI_MAIL_FROM", "KPI_MAIL_TO"):
        monkeypatch.delenv(name, raising=False)
    config = tmp_path / "notify.toml"
    config.write_text(
        '[smtp]\nhost = "mail.example.org"\nport = 2525\nstarttls = true\nuser = "u"\n'
        'password = "p"\nfrom = "kpi@example.org"\nto = ["a@example.org", "b@example.org"]\n',
        encoding="utf-8",
    )
    monkeypatch.setenv("KPI_NOTIFY_CONFIG", str(config))
    settings = read_settings(tmp_path)
    assert (settings.host, settings.port, settings.starttls) == ("mail.example.org", 2525, True)
    assert settings.recipients == ["a@example.org", "b@example.org"]
    monkeypatch.setenv("KPI_SMTP_PORT", "587")  # the environment wins over the file
    assert read_settings(tmp_path).port == 587


def make_certificate(folder) -> tuple[str, str]:
    """Write a self-signed certificate for 127.0.0.1; return (certificate, key) paths."""
    import datetime as dt
    import ipaddress

    from cryptography import x509
    from cryptography.hazmat.primitives import hashes, serialization
    from cryptography.hazmat.primitives.asymmetric import ec
    from cryptography.x509.oid import NameOID

    key = ec.generate_private_key(ec.SECP256R1())
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "127.0.0.1")])
    now = dt.datetime.now(dt.UTC)
    certificate = (
        x509.CertificateBuilder()
        .subject_name(name)
        .issuer_name(name)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - dt.timedelta(days=1))
        .not_valid_after(now + dt.timedelta(days=1))
        .add_extension(
            x509.SubjectAlternativeName([x509.IPAddress(ipaddress.ip_address("127.0.0.1"))]),
            critical=False,
        )
        .add_extension(x509.BasicConstraints(ca=True, path_length=None), critical=True)
        .sign(key, hashes.SHA256())
    )
    cert_path, key_path = folder / "smtp.pem", folder / "smtp.key"
    cert_path.write_bytes(certificate.public_bytes(serialization.Encoding.PEM))
    key_path.write_bytes(
        key.private_bytes(
            serialization.Encoding.PEM,
            serialization.PrivateFormat.PKCS8,
            serialization.NoEncryption(),
        )
    )
    return str(cert_path), str(key_path)


def test_starttls_and_login_with_a_verified_certificate(tmp_path, warm_cache):
    import ssl

    from aiosmtpd.smtp import AuthResult

    cert, key = make_certificate(tmp_path)
    server_tls = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    server_tls.load_cert_chain(cert, key)
    logins = []

    def check_login(server, session, envelope, mechanism, auth_data):
        logins.append((auth_data.login, auth_data.password))
        return AuthResult(success=auth_data.password == b"m\xe1\xba\xadt-kh\xe1\xba\xa9u")

    inbox = Inbox()
    controller = Controller(
        inbox, hostname="127.0.0.1", port=free_port(), tls_context=server_tls,
        require_starttls=True, auth_required=True, authenticator=check_login,
    )  # fmt: skip
    controller.start()
    try:
        store = make_store(tmp_path / "store", warm_cache)
        env = mail_env(controller.port) | {
            "KPI_SMTP_STARTTLS": "1",
            "KPI_SMTP_CAFILE": cert,  # the test's own authority; production uses the system's
            "KPI_SMTP_USER": "kpi",
            "KPI_SMTP_PASSWORD": "mật-khẩu",
        }
        done = refresh_notify(store, env)
    finally:
        controller.stop()
    assert done.returncode == 0, done.stderr
    assert "kpi notify: sent to" in done.stderr, done.stderr
    assert logins == [(b"kpi", "mật-khẩu".encode())]
    assert len(inbox.messages) == 1


def test_starttls_refuses_an_unverified_certificate(tmp_path, warm_cache):
    import ssl

    cert, key = make_certificate(tmp_path)
    server_tls = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    server_tls.load_cert_chain(cert, key)
    inbox = Inbox()
    controller = Controller(inbox, hostname="127.0.0.1", port=free_port(), tls_context=server_tls)
    controller.start()
    try:
        store = make_store(tmp_path / "store", warm_cache)
        env = mail_env(controller.port) | {"KPI_SMTP_STARTTLS": "1"}  # no CA file: system's
        done = refresh_notify(store, env)
    finally:
        controller.stop()
    assert done.returncode == 0
    assert "CERTIFICATE_VERIFY_FAILED" in done.stderr and not inbox.messages
    assert len(list((store.root / "outbox").glob("*.eml"))) == 1
