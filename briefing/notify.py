"""`kpi refresh --notify`: e-mail the alerts and the briefing PDF after a publish.

Settings come from the environment, else from a TOML file outside git ($KPI_NOTIFY_CONFIG,
default data/notify.toml, ignored by git): host, port, starttls, user, password, from, to.
A message that cannot be sent is kept in data/outbox/ as an .eml file and sent first by the
next run; sending never blocks or undoes a publish.
"""

from __future__ import annotations

import base64
import datetime as dt
import os
import smtplib
import ssl
import sys
import tomllib
import uuid
from dataclasses import dataclass, field
from email import policy
from email.message import EmailMessage
from email.parser import BytesParser
from email.utils import parseaddr
from pathlib import Path
from typing import TextIO

OUTBOX = "outbox"
CONFIG_ENV = "KPI_NOTIFY_CONFIG"
CONFIG_FILE = "notify.toml"
ENV_KEYS = {  # setting -> environment variable
    "host": "KPI_SMTP_HOST",
    "port": "KPI_SMTP_PORT",
    "starttls": "KPI_SMTP_STARTTLS",
    "user": "KPI_SMTP_USER",
    "password": "KPI_SMTP_PASSWORD",
    "from": "KPI_MAIL_FROM",
    "to": "KPI_MAIL_TO",
    "lang": "KPI_MAIL_LANG",
    "cafile": "KPI_SMTP_CAFILE",
}
SMTP_TIMEOUT = 30  # seconds; a hung server must not hold the monthly job forever


class NotifyConfigError(ValueError):
    """The SMTP settings are missing or wrong."""


@dataclass
class MailSettings:
    """Where and how to send."""

    host: str
    port: int = 587
    starttls: bool = True
    user: str = ""
    password: str = ""
    sender: str = ""
    recipients: list[str] = field(default_factory=list)
    lang: str = "vi"
    cafile: str = ""  # extra certificate authority for STARTTLS; the system's are always trusted


def read_settings(data_dir: Path) -> MailSettings:
    """Return the settings: environment first, then the config file; raise when incomplete."""
    path = Path(os.environ.get(CONFIG_ENV) or data_dir / CONFIG_FILE)
    values: dict = {}
    if path.is_file():
        try:
            values = tomllib.loads(path.read_text(encoding="utf-8")).get("smtp", {})
        except (tomllib.TOMLDecodeError, UnicodeDecodeError) as err:
            raise NotifyConfigError(f"{path}: not valid TOML: {err}") from None
    values |= {key: os.environ[env] for key, env in ENV_KEYS.items() if os.environ.get(env)}
    missing = [key for key in ("host", "from", "to") if not values.get(key)]
    if missing:
        names = ", ".join(ENV_KEYS[key] for key in missing)
        raise NotifyConfigError(f"no SMTP {'/'.join(missing)} (set {names} or [smtp] in {path})")
    recipients = values["to"]
    if isinstance(recipients, str):
        recipients = [r.strip() for r in recipients.split(",") if r.strip()]
    try:
        port = int(values.get("port", 587))
    except ValueError:
        raise NotifyConfigError(f"SMTP port {values['port']!r} is not a number") from None
    return MailSettings(
        host=str(values["host"]),
        port=port,
        starttls=str(values.get("starttls", "true")).lower() not in ("0", "false", "no", "off"),
        user=str(values.get("user", "")),
        password=str(values.get("password", "")),
        sender=str(values["from"]),
        recipients=list(recipients),
        lang="en" if str(values.get("lang", "vi")) == "en" else "vi",
        cafile=str(values.get("cafile", "")),
    )


def compose_message(db: Path, settings: MailSettings, as_of_day: str | None = None) -> EmailMessage:
    """Return the e-mail: the alerts as the UTF-8 body, the briefing PDF attached."""
    from briefing.alerts import format_alerts_text, load_alerts
    from briefing.brief_pdf import render_brief

    lang = settings.lang
    changes, _ = load_alerts(db, None)
    pdf, month = render_brief(db, lang=lang)
    count = len(changes)
    if lang == "vi":
        subject = f"Bản tin chuyển đổi số tháng {month}: {count} thay đổi cần chú ý"
        intro = f"Bản tin tháng {month} đính kèm (PDF). Các thay đổi kể từ lần cập nhật trước:\n\n"
    else:
        subject = f"Digital transformation briefing {month}: {count} change(s) to note"
        intro = f"The {month} briefing is attached (PDF). Changes since the last update:\n\n"
    message = EmailMessage()
    message["Subject"] = subject
    message["From"] = settings.sender
    message["To"] = ", ".join(settings.recipients)
    message["Message-ID"] = f"<{uuid.uuid4().hex}@kpi-brief>"
    message.set_content(intro + format_alerts_text(changes, lang), charset="utf-8")
    name = f"ban-tin-{month.replace('/', '-')}.pdf" if lang == "vi" else f"briefing-{month}.pdf"
    message.add_attachment(pdf, maintype="application", subtype="pdf", filename=name)
    return message


def send_message(message: EmailMessage, settings: MailSettings) -> None:
    """Send one message over SMTP (STARTTLS and login when configured)."""
    for header, value in (("From", settings.sender), ("To", ", ".join(settings.recipients))):
        if not message[header]:  # kept while no settings existed: addressed now
            del message[header]
            message[header] = value
    with smtplib.SMTP(settings.host, settings.port, timeout=SMTP_TIMEOUT) as smtp:
        if settings.starttls:
            # smtplib's own default context checks no certificate: verify the server's.
            smtp.starttls(context=ssl.create_default_context(cafile=settings.cafile or None))
        if settings.user:
            log_in(smtp, settings.user, settings.password)
        # Headers encoded as RFC 2047 (policy.SMTP), not raw UTF-8: send_message would need the
        # server's SMTPUTF8 for a Vietnamese display name, and many servers lack it.
        envelope_from = parseaddr(settings.sender)[1] or settings.sender
        recipients = [parseaddr(r)[1] or r for r in settings.recipients]
        smtp.sendmail(envelope_from, recipients, message.as_bytes(policy=policy.SMTP))


def log_in(smtp: smtplib.SMTP, user: str, password: str) -> None:
    """Log in; AUTH PLAIN sent as UTF-8 (RFC 4616) when smtplib's ASCII-only login cannot."""
    if (user + password).isascii():
        smtp.login(user, password)
        return
    smtp.ehlo_or_helo_if_needed()
    token = base64.b64encode(f"\0{user}\0{password}".encode()).decode("ascii")
    code, reply = smtp.docmd("AUTH", f"PLAIN {token}")
    if code != 235:
        raise smtplib.SMTPAuthenticationError(code, reply)


def keep_in_outbox(message: EmailMessage, outbox: Path) -> Path:
    """Write a message that could not be sent to the outbox; return its path."""
    outbox.mkdir(parents=True, exist_ok=True)
    stamp = dt.datetime.now(dt.UTC).strftime("%Y%m%dT%H%M%S%fZ")
    path = outbox / f"{stamp}.eml"
    temp = path.with_suffix(".tmp")
    temp.write_bytes(message.as_bytes(policy=policy.SMTP))
    os.replace(temp, path)  # a half-written file is never taken for a message
    return path


def send_outbox(outbox: Path, settings: MailSettings, err: TextIO) -> int:
    """Send the messages kept by earlier runs, oldest first; return how many are still waiting."""
    waiting = sorted(outbox.glob("*.eml")) if outbox.is_dir() else []
    for index, path in enumerate(waiting):
        message = BytesParser(policy=policy.default).parsebytes(path.read_bytes())
        try:
            send_message(message, settings)
        except Exception as failure:  # any failure: the message stays for the next run
            print(f"kpi notify: {path.name} still not sent: {describe(failure)}", file=err)
            return len(waiting) - index
        path.unlink()
        print(f"kpi notify: sent {path.name} kept by an earlier run", file=err)
    return 0


def describe(failure: Exception) -> str:
    """Return a one-line reason for a failed send."""
    return f"{type(failure).__name__}: {failure}".replace("\n", " ")


def run_notify_after_refresh(db: Path, published: bool, err: TextIO | None = None) -> bool:
    """Send the outbox, then (after a publish) this run's message; return True when all went."""
    err = err or sys.stderr
    db = Path(db)
    outbox = db.parent / OUTBOX
    try:
        settings = read_settings(db.parent)
    except NotifyConfigError as bad:
        print(f"kpi notify: {bad}; nothing sent", file=err)
        settings = None
    waiting = send_outbox(outbox, settings, err) if settings else 0
    if not published:
        print("kpi notify: nothing new published; no briefing sent", file=err)
        return settings is not None and waiting == 0
    try:
        message = compose_message(db, settings or MailSettings(host=""))
    except Exception as failure:  # a briefing that cannot be built must not hide the publish
        print(f"kpi notify: could not build the message: {describe(failure)}", file=err)
        return False
    if settings is None or waiting:
        kept = keep_in_outbox(message, outbox)
        print(f"kpi notify: kept in {kept}; sent by the next run", file=err)
        return False
    try:
        send_message(message, settings)
    except Exception as failure:  # any failure (server, TLS, login): kept, never raised
        kept = keep_in_outbox(message, outbox)
        print(
            f"kpi notify: not sent ({describe(failure)}); kept in {kept} for the next run", file=err
        )
        return False
    print(f"kpi notify: sent to {', '.join(settings.recipients)}", file=err)
    return True
