"""The SMTP edge: a built brief (output/<date>/) -> one email, sent exactly once per date.

Input: the Config (its smtp section), the brief date, the store (its send ledger) and the
environment (the SMTP user name and password, named by the config). Output: a
`SendResult`, or TemporaryFailure (worth retrying: exit 75) / SendError (exit 1).

The message: multipart/mixed holding multipart/alternative (the Markdown as text/plain,
the HTML with its CSS inlined) and the PDF attached. Its Message-ID is derived from the
date, the ledger sequence number and a hash of the brief's files, so a retry of the same
brief carries the same Message-ID.

Exactly once. The ledger row for the date is written "sending" before the SMTP
transaction and "sent" after the server accepted the message. The one window that
cannot be closed lies between handing the server the final "." of DATA and recording its
answer: a crash or a lost connection there leaves the brief probably delivered, but
unconfirmed. We choose *at most once* there: just before the "." is sent the row is
committed as "unknown"; a run that finds "unknown" sends nothing and says so (exit 1),
and a person decides with `briefing send --force`. Everywhere else the state is certain:
a failure before the "." (refused connection, 4xx, timeout) means nothing was delivered,
so the row stays "sending"/"failed" and the next run sends it, once.
"""

from __future__ import annotations

import datetime as dt
import email.policy
import email.utils
import functools
import hashlib
import logging
import os
import re
import smtplib
import socket
import ssl
import threading
import time
from collections.abc import Callable, Mapping
from dataclasses import dataclass, replace
from email.message import EmailMessage
from pathlib import Path
from typing import NoReturn

import css_inline

from briefing.config.operations import SmtpSettings
from briefing.config.settings import Config
from briefing.errors import ConfigError, InputError, SendError, TemporaryFailure
from briefing.sources.store import SendRecord, Store

log = logging.getLogger(__name__)

SENDING, UNKNOWN, SENT, FAILED = "sending", "unknown", "sent", "failed"
FILES = ("brief.md", "brief.html", "brief.pdf")
MAX_WAIT = 300.0  # the longest single wait between tries, in seconds


@dataclass(frozen=True, slots=True)
class BriefFiles:
    folder: Path
    markdown: bytes
    html: bytes
    pdf: bytes

    @property
    def content_hash(self) -> str:
        digest = hashlib.sha256()
        for part in (self.markdown, self.html, self.pdf):
            digest.update(len(part).to_bytes(8, "big"))
            digest.update(part)
        return digest.hexdigest()


@dataclass(frozen=True, slots=True)
class SendResult:
    sent: bool  # False: already sent earlier, nothing sent now
    record: SendRecord

    def line(self) -> str:
        """Describe the outcome in one line."""
        r = self.record
        if not self.sent:
            return (f"the brief for {r.date} was already sent ({r.updated}, {r.message_id}); "
                    "nothing sent; use --force to send it again")
        return f"sent the brief for {r.date} to {len(r.delivered)} recipients ({r.message_id})"


class _Temporary(Exception):
    """Nothing was delivered to the recipients tried; worth trying again."""


class _Unknown(Exception):
    """The final "." went out but no answer came back: delivery is unknown."""


def read_brief(folder: Path) -> BriefFiles:
    """Read the built brief's files; raise InputError if any is missing."""
    try:
        md, html, pdf = ((folder / name).read_bytes() for name in FILES)
    except FileNotFoundError as exc:
        raise InputError(f"{exc.filename}: not found; build the brief first "
                         f"(`briefing build --date {folder.name}`)") from None
    except OSError as exc:
        raise InputError(f"{exc.filename}: cannot read: {exc.strerror}") from None
    return BriefFiles(folder, md, html, pdf)


def compose(files: BriefFiles, smtp: SmtpSettings, *, title: str, day: dt.date,
            message_id: str, now: dt.datetime) -> EmailMessage:
    """Build the email: text and HTML alternatives, the PDF attached."""
    msg = EmailMessage(policy=email.policy.SMTP)
    msg["Subject"] = smtp.subject.format(title=title, date=day.isoformat())
    msg["From"] = smtp.sender
    msg["To"] = ", ".join(smtp.to)
    if smtp.cc:
        msg["Cc"] = ", ".join(smtp.cc)
    msg["Date"] = email.utils.format_datetime(now)
    msg["Message-ID"] = message_id
    msg.set_content(files.markdown.decode("utf-8"))
    inliner = css_inline.CSSInliner(load_remote_stylesheets=False, keep_style_tags=False)
    msg.add_alternative(inliner.inline(files.html.decode("utf-8")), subtype="html")
    msg.add_attachment(files.pdf, maintype="application", subtype="pdf",
                       filename=f"brief-{day.isoformat()}.pdf")
    return msg


def message_id(smtp: SmtpSettings, day: dt.date, seq: int, content_hash: str) -> str:
    """Return the Message-ID for a brief: the same date, send and content give the same id."""
    domain = email.utils.parseaddr(smtp.sender)[1].rpartition("@")[2] or "briefing.invalid"
    return f"<briefing.{day.isoformat()}.{seq}.{content_hash[:16]}@{domain}>"


def send_brief(
    config: Config,
    day: dt.date,
    store: Store,
    *,
    now: dt.datetime,
    force: bool = False,
    output_root: Path | None = None,
    env: Mapping[str, str] = os.environ,
    sleep: Callable[[float], None] = time.sleep,
) -> SendResult:
    """Email the brief for `day` unless the ledger says it was sent; see the module docstring."""
    smtp, login = check_ready(config, env)
    files = read_brief((output_root or Path(config.brief.output_dir)) / day.isoformat())
    digest = files.content_hash
    last = store.last_send(day)
    if last is not None and not force:
        if last.state == SENT:
            return SendResult(False, last)
        if last.state == UNKNOWN:
            raise SendError(unknown_message(last))
    retry = last is not None and not force and last.state in (SENDING, FAILED)
    if retry and last is not None:  # nothing went out to the recipients not yet delivered
        same = last.content_hash == digest
        record = replace(last, state=SENDING, error="", content_hash=digest, refused=(),
                         recipients=_recipients(smtp),
                         message_id=last.message_id if same else message_id(
                             smtp, day, last.seq, digest))
    else:
        seq = last.seq + 1 if last is not None else 1
        stamp = _stamp()
        record = SendRecord(date=day, seq=seq, message_id=message_id(smtp, day, seq, digest),
                            content_hash=digest, recipients=_recipients(smtp), delivered=(),
                            refused=(), state=SENDING, started=stamp, updated=stamp, error="")
    msg = compose(files, smtp, title=config.brief.title, day=day,
                  message_id=record.message_id, now=now)
    return _deliver(smtp, login, msg, record, store, sleep)


def _deliver(smtp: SmtpSettings, login: tuple[str, str] | None, msg: EmailMessage,
             record: SendRecord, store: Store, sleep: Callable[[float], None]) -> SendResult:
    """Send to every recipient not yet served, retrying temporary failures until the deadline."""
    payload = msg.as_bytes(policy=email.policy.SMTP)
    deadline = time.monotonic() + smtp.retry_for
    wait, tries, reason = smtp.retry_wait, 0, ""
    while pending := _pending(record):
        if tries and time.monotonic() + wait > deadline:
            return _give_up(store, record, reason, tries, smtp.retry_for)
        if tries:
            log.info("sending the brief for %s: %s; trying again in %g s", record.date,
                     reason, wait)
            sleep(wait)
            wait = min(wait * 2, MAX_WAIT)
        tries += 1
        record = _save(store, record, state=SENDING)
        log.info("sending %s to %d recipients via %s:%d (try %d)", record.message_id,
                 len(pending), smtp.host, smtp.port, tries)
        try:
            rejected = _transaction(smtp, login, payload, pending,
                                    functools.partial(_save, store, record, state=UNKNOWN))
        except _Unknown as exc:
            record = _save(store, record, state=UNKNOWN, error=str(exc))
            raise SendError(unknown_message(record)) from None
        except _Temporary as exc:
            reason = str(exc)
            continue
        except SendError as exc:
            _save(store, record, state=FAILED, error=str(exc))
            raise
        refused = dict(record.refused)
        refused.update({r: why for r, (code, why) in rejected.items() if code >= 500})
        record = replace(record, refused=tuple(sorted(refused.items())),
                         delivered=record.delivered + tuple(r for r in pending
                                                            if r not in rejected))
        reason = "; ".join(why for code, why in rejected.values() if code < 500)
    return _finish(store, record)


def _pending(record: SendRecord) -> list[str]:
    refused = dict(record.refused)
    return [r for r in record.recipients if r not in record.delivered and r not in refused]


def _give_up(store: Store, record: SendRecord, reason: str, tries: int,
             budget: float) -> NoReturn:
    """Record a temporary failure; the next run sends to the recipients still waiting."""
    _save(store, record, state=FAILED, error=reason)
    done = (f"sent the brief for {record.date} to {len(record.delivered)} of "
            f"{len(record.recipients)} recipients; the others: " if record.delivered else
            f"could not send the brief for {record.date}: ")
    raise TemporaryFailure(f"{done}{reason} (tried {tries} times over {budget:g} s); "
                           "the next run tries again")


def _finish(store: Store, record: SendRecord) -> SendResult:
    refused = "; ".join(f"{r} ({why})" for r, why in record.refused)
    record = _save(store, record, state=SENT if record.delivered else FAILED, error=refused)
    if not refused:
        log.info("sent %s to %d recipients", record.message_id, len(record.delivered))
        return SendResult(True, record)
    if record.delivered:
        raise SendError(f"sent the brief for {record.date} to {len(record.delivered)} of "
                        f"{len(record.recipients)} recipients; refused: {refused}")
    raise SendError(f"the SMTP server refused the brief for {record.date}; refused: {refused}")


def _transaction(smtp: SmtpSettings, login: tuple[str, str] | None, payload: bytes,
                 recipients: list[str], before_dot: Callable[[], object],
                 ) -> dict[str, tuple[int, str]]:
    """Run one SMTP transaction; return the recipients refused, with code and reply.

    The whole conversation, from the connection to the answer to QUIT, has `smtp.deadline`
    seconds: `timeout` bounds each read, but a server that trickles a byte at a time would
    pass every read's timeout and hold the run for as long as it liked. At the deadline a
    watchdog shuts the socket down, which ends any read or write in progress.
    """
    conn = _new_connection(smtp)
    expired = threading.Event()

    def expire() -> None:
        expired.set()
        _shut(conn)

    watchdog = threading.Timer(smtp.deadline, expire)
    watchdog.daemon = True
    watchdog.start()
    slow = (f"the SMTP conversation took longer than its deadline ({smtp.deadline:g} s, "
            "smtp.deadline): the server answers too slowly")
    try:
        return _converse(conn, smtp, login, payload, recipients, before_dot)
    except _Unknown as exc:
        raise _Unknown(slow) if expired.is_set() else exc from None
    except (_Temporary, SendError) as exc:
        raise _Temporary(slow) if expired.is_set() else exc from None
    except BaseException:  # e.g. the run's deadline (operate.py): no goodbye to a slow server
        conn.close()
        raise
    finally:
        _close(conn)
        watchdog.cancel()


def _converse(conn: smtplib.SMTP, smtp: SmtpSettings, login: tuple[str, str] | None,
              payload: bytes, recipients: list[str], before_dot: Callable[[], object],
              ) -> dict[str, tuple[int, str]]:
    try:
        _connect(conn, smtp)
    except (OSError, smtplib.SMTPException) as exc:
        raise _classify(exc) from None
    try:
        if login is not None:
            conn.login(*login)
        code, reply = conn.mail(email.utils.parseaddr(smtp.sender)[1])
        if code != 250:
            raise _classify(smtplib.SMTPSenderRefused(code, reply, smtp.sender))
        refused: dict[str, tuple[int, str]] = {}
        for rcpt in recipients:
            code, reply = conn.rcpt(rcpt)
            if code not in (250, 251):
                refused[rcpt] = (code, f"{code} {reply.decode('utf-8', 'replace')}")
        if len(refused) == len(recipients):
            conn.rset()
            if all(code < 500 for code, _ in refused.values()):
                raise _Temporary("; ".join(why for _, why in refused.values()))
            return refused
        code, reply = conn.docmd("DATA")
        if code != 354:
            raise _classify(smtplib.SMTPDataError(code, reply))
        conn.send(_dot_stuffed(payload))
        before_dot()
        try:
            conn.send(b".\r\n")
        except (OSError, smtplib.SMTPException) as exc:  # the "." never left: not delivered
            raise _Temporary(f"connection lost during DATA: {exc}") from None
        try:
            code, reply = conn.getreply()
        except (OSError, smtplib.SMTPException) as exc:
            raise _Unknown(f"no answer after the message was handed over: {exc}") from None
        if code != 250:
            raise _classify(smtplib.SMTPDataError(code, reply))
        return refused
    except (OSError, smtplib.SMTPException) as exc:
        raise _classify(exc) from None


def _new_connection(smtp: SmtpSettings) -> smtplib.SMTP:
    """Return an SMTP client not yet connected (so a watchdog can hold it from the start)."""
    conn = (smtplib.SMTP_SSL(timeout=smtp.timeout,
                             context=ssl.create_default_context(cafile=smtp.ca_file))
            if smtp.security == "ssl" else smtplib.SMTP(timeout=smtp.timeout))
    # The name TLS checks the certificate against; smtplib sets it in __init__ only.
    conn._host = smtp.host  # type: ignore[attr-defined]
    return conn


def _connect(conn: smtplib.SMTP, smtp: SmtpSettings) -> None:
    code, banner = conn.connect(smtp.host, smtp.port)
    if code != 220:  # smtplib.SMTP(host) raises this itself; connect() alone does not
        raise smtplib.SMTPConnectError(code, banner)
    conn.ehlo()
    if smtp.security == "starttls":
        # raises if the server does not offer STARTTLS
        conn.starttls(context=ssl.create_default_context(cafile=smtp.ca_file))
        conn.ehlo()


def _shut(conn: smtplib.SMTP) -> None:
    """End any read or write on the connection now (from the watchdog's thread)."""
    sock = getattr(conn, "sock", None)
    if sock is None:
        return
    try:
        sock.shutdown(socket.SHUT_RDWR)
    except OSError:
        pass  # already closed


def _close(conn: smtplib.SMTP) -> None:
    try:
        conn.quit()
    except (OSError, smtplib.SMTPException):
        conn.close()


def _dot_stuffed(payload: bytes) -> bytes:
    """Return the DATA body with leading dots doubled and a final CRLF, but no "."."""
    body = re.sub(rb"(?m)^\.", b"..", re.sub(rb"\r\n|\r|\n", b"\r\n", payload))
    return body if body.endswith(b"\r\n") else body + b"\r\n"


def _classify(exc: BaseException) -> Exception:
    """Map an smtplib/socket failure before the final "." to temporary or permanent."""
    if isinstance(exc, smtplib.SMTPResponseException):
        why = exc.smtp_error.decode("utf-8", "replace") if isinstance(
            exc.smtp_error, bytes) else str(exc.smtp_error)
        text = f"{exc.smtp_code} {why}"
        if 400 <= exc.smtp_code < 500:
            return _Temporary(text)
        if not 200 <= exc.smtp_code < 600:  # no reply code at all (-1): a garbled answer
            return _Temporary(f"the SMTP server's answer made no sense: {why[:200]!r}")
        if isinstance(exc, smtplib.SMTPAuthenticationError):
            return SendError(f"the SMTP server refused the login: {text}")
        return SendError(f"the SMTP server refused the brief: {text}")
    if isinstance(exc, ssl.SSLCertVerificationError):
        return SendError(f"the SMTP server's certificate is not trusted: {exc.verify_message}; "
                         "set smtp.ca_file for a private certificate authority")
    if isinstance(exc, smtplib.SMTPNotSupportedError):
        return SendError(f"the SMTP server does not support what the config needs: {exc}")
    if isinstance(exc, TimeoutError) or isinstance(exc.__context__, TimeoutError):
        return _Temporary("the SMTP server did not answer in time")
    if isinstance(exc, ConnectionRefusedError):
        return _Temporary("the SMTP server refused the connection")
    if isinstance(exc, OSError | smtplib.SMTPServerDisconnected):
        return _Temporary(f"connection to the SMTP server failed: {exc}")
    return SendError(f"sending failed: {exc}")


def check_ready(config: Config, env: Mapping[str, str],
                ) -> tuple[SmtpSettings, tuple[str, str] | None]:
    """Return the smtp settings and login; raise ConfigError if mail cannot be sent."""
    smtp = config.smtp
    if smtp is None:
        raise ConfigError([f"{config.folder / 'briefing.yaml'}:1:1: smtp: no smtp section; "
                           "add one (see the comments in the shipped briefing.yaml) to send"])
    if smtp.username_env is None or smtp.password_env is None:
        return smtp, None
    missing = [name for name in (smtp.username_env, smtp.password_env) if not env.get(name)]
    if missing:
        where = config.folder / "briefing.yaml"
        raise ConfigError([f"{where}:1:1: smtp: the environment variable {name} (named by "
                           "smtp.username_env/password_env) is not set" for name in missing])
    return smtp, (env[smtp.username_env], env[smtp.password_env])


def _recipients(smtp: SmtpSettings) -> tuple[str, ...]:
    addresses = (email.utils.parseaddr(a)[1] for a in (*smtp.to, *smtp.cc, *smtp.bcc))
    return tuple(dict.fromkeys(a for a in addresses if a))


def _save(store: Store, record: SendRecord, *, state: str, error: str | None = None,
          ) -> SendRecord:
    record = replace(record, updated=_stamp(), state=state,
                     error=record.error if error is None else error)
    store.record_send(record)
    return record


def _stamp() -> str:
    return dt.datetime.now(dt.UTC).isoformat(timespec="seconds")


def unknown_message(record: SendRecord) -> str:
    return (f"the brief for {record.date} ({record.message_id}) was handed to the SMTP server "
            f"but not confirmed ({record.error or 'interrupted'}); it was probably delivered. "
            "Not sending it again, so nobody gets it twice: ask a recipient, and if it did not "
            f"arrive run `briefing send --date {record.date} --force`")
