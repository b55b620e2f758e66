"""SMTP faults beyond tests/test_mail.py: dropped DATA, slow answers, TLS, where secrets go.

tests/test_mail.py (daily operation) covers 421 then success, 550, one recipient of three
refused, a silent server, a hang-up or slow answer after the final ".", and a wrong
password. Here: the connection dropped in the middle of DATA (before the "."), a reply
slower than the timeout in the middle of a transaction, certificates that must not be
trusted (no CA configured, wrong host name, implicit TLS), credentials that must never
cross a plain connection, and the password kept out of logs, messages and the store.

Faults aiosmtpd cannot make (closing in the middle of DATA, stalling one reply) come from
`Scripted`, a small SMTP server on 127.0.0.1 that speaks just enough of the protocol and
misbehaves on the connections it is told to.
"""

from __future__ import annotations

import datetime as dt
import logging
import socket
import ssl
import struct
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

import pytest
import trustme
from operate_fixtures import DAY, make_config, smtp_section, smtp_server
from operate_fixtures import write_brief as write_brief_files

from briefing.config.settings import Config, load_config
from briefing.deliver.mail import send_brief
from briefing.errors import SendError, TemporaryFailure
from briefing.sources.store import open_store

NOW = dt.datetime(2024, 1, 19, 6, 0, tzinfo=dt.UTC)
PASSWORD = "pw-4c1d-never-show"
ENV = {"BRIEFING_SMTP_USER": "analyst", "BRIEFING_SMTP_PASSWORD": PASSWORD}
LOGIN = {"username_env": "BRIEFING_SMTP_USER", "password_env": "BRIEFING_SMTP_PASSWORD"}


@dataclass
class Scripted:
    """A scripted SMTP server: connection n behaves as faults[n] ("ok" once they run out)."""

    faults: list[str] = field(default_factory=list)  # "drop_in_data", "stall_rcpt", "ok"
    stall: float = 2.0
    delivered: list[bytes] = field(default_factory=list)
    received: bytearray = field(default_factory=bytearray)  # every byte any client sent
    connections: int = 0

    def serve(self, conn: socket.socket) -> None:
        fault = self.faults.pop(0) if self.faults else "ok"
        self.connections += 1
        reader = conn.makefile("rb")

        def reply(line: str) -> None:
            conn.sendall(line.encode() + b"\r\n")

        reply("220 scripted ESMTP")
        while line := reader.readline():
            self.received += line
            verb = line[:4].upper()
            if verb in (b"EHLO", b"HELO"):
                reply("250-scripted\r\n250-AUTH PLAIN LOGIN\r\n250 8BITMIME")
            elif verb == b"AUTH":
                reply("235 2.7.0 Authentication successful")
            elif verb == b"RCPT" and fault == "stall_rcpt":
                time.sleep(self.stall)  # past the client's timeout
                return
            elif verb == b"DATA":
                reply("354 go ahead")
                if fault == "drop_in_data":
                    self.received += reader.read(64 * 1024)
                    # An abortive close (RST): the client's next write fails.
                    conn.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
                    return
                body = bytearray()
                while (chunk := reader.readline()) and chunk != b".\r\n":
                    body += chunk
                self.received += body
                self.delivered.append(bytes(body))
                reply("250 2.0.0 queued")
            elif verb == b"QUIT":
                reply("221 bye")
                return
            else:
                reply("250 OK")


@contextmanager
def scripted(server: Scripted) -> Iterator[int]:
    listener = socket.create_server(("127.0.0.1", 0))
    listener.settimeout(0.2)
    stop = threading.Event()

    workers: list[threading.Thread] = []

    def handle(conn: socket.socket) -> None:
        with conn:
            try:
                server.serve(conn)
            except OSError:
                pass

    def loop() -> None:
        while not stop.is_set():
            try:
                conn, _ = listener.accept()
            except TimeoutError:
                continue
            worker = threading.Thread(target=handle, args=(conn,), daemon=True)
            workers.append(worker)
            worker.start()

    thread = threading.Thread(target=loop, daemon=True)
    thread.start()
    try:
        yield listener.getsockname()[1]
    finally:
        stop.set()
        thread.join()
        for worker in workers:
            worker.join()
        listener.close()


def setup(tmp_path: Path, port: int, *, big: bool = False, **smtp: object) -> Config:
    config = load_config(make_config(tmp_path / "config", smtp=smtp_section(port, **smtp)))
    folder = write_brief_files(tmp_path / "output")
    if big:  # larger than the socket buffers, so a write after the drop fails at once
        pdf = (folder / "brief.pdf").read_bytes()
        (folder / "brief.pdf").write_bytes(pdf + b"%" + b"x" * 6_000_000 + b"\n")
    return config


def send(config: Config, tmp_path: Path, env: dict[str, str] = ENV) -> object:
    with open_store(tmp_path / "b.db") as db:
        return send_brief(config, DAY, db, now=NOW, sleep=lambda _: None, env=env)


def ledger(tmp_path: Path) -> tuple[str, str]:
    with open_store(tmp_path / "b.db") as db:
        record = db.last_send(DAY)
    assert record is not None
    return record.state, record.error


def assert_no_secret(tmp_path: Path, *texts: str) -> None:
    for text in texts:
        assert PASSWORD not in text
    for path in tmp_path.rglob("b.db*"):
        assert PASSWORD.encode() not in path.read_bytes(), path


# --- dropped and slow connections ----------------------------------------------------


def test_a_connection_dropped_in_the_middle_of_data_is_retried_and_delivered_once(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG)
    server = Scripted(faults=["drop_in_data"])
    with scripted(server) as port:
        config = setup(tmp_path, port, big=True, **LOGIN)
        result = send(config, tmp_path)
    assert result.sent  # type: ignore[attr-defined]
    assert server.connections == 2 and len(server.delivered) == 1
    assert ledger(tmp_path) == ("sent", "")
    assert "connection to the SMTP server failed" in caplog.text
    assert_no_secret(tmp_path, caplog.text)


def test_data_dropped_on_the_last_try_is_a_temporary_failure_then_sent_once(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG)
    server = Scripted(faults=["drop_in_data"])
    with scripted(server) as port:
        config = setup(tmp_path, port, big=True, retry_for=0, **LOGIN)  # one try per run
        with pytest.raises(TemporaryFailure) as err:
            send(config, tmp_path)
        assert server.delivered == [] and ledger(tmp_path)[0] == "failed"
        again = send(config, tmp_path)  # the next run finds the server well again
    assert str(err.value).startswith("could not send the brief for 2024-01-19: connection to the "
                                     "SMTP server failed")
    assert again.sent and len(server.delivered) == 1  # type: ignore[attr-defined]
    assert_no_secret(tmp_path, caplog.text, str(err.value))


def test_a_reply_slower_than_the_timeout_mid_transaction_is_retried_once(
    tmp_path: Path,
) -> None:
    server = Scripted(faults=["stall_rcpt"], stall=1.0)
    with scripted(server) as port:
        config = setup(tmp_path, port, timeout=0.3, **LOGIN)
        result = send(config, tmp_path)
    assert result.sent and len(server.delivered) == 1  # type: ignore[attr-defined]
    assert server.connections == 2


# --- TLS and credentials --------------------------------------------------------------


def tls_server_context(ca: trustme.CA, host: str) -> ssl.SSLContext:
    context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    ca.issue_cert(host).configure_cert(context)
    return context


def test_starttls_with_an_unknown_ca_is_refused_before_any_login(tmp_path: Path) -> None:
    ca = trustme.CA()  # the client is not told about it: certificates are verified by default
    with smtp_server(tls=tls_server_context(ca, "127.0.0.1")) as (box, port):
        config = setup(tmp_path, port, security="starttls", **LOGIN)
        with pytest.raises(SendError) as err:
            send(config, tmp_path)
    assert str(err.value).startswith("the SMTP server's certificate is not trusted: "
                                     "unable to get local issuer certificate")
    assert box.logins == [] and box.messages == []
    assert_no_secret(tmp_path, str(err.value))


def test_a_certificate_for_another_host_is_refused(tmp_path: Path) -> None:
    ca = trustme.CA()
    ca.cert_pem.write_to_path(str(tmp_path / "ca.pem"))
    with smtp_server(tls=tls_server_context(ca, "mail.example.org")) as (box, port):
        config = setup(tmp_path, port, security="starttls", ca_file=str(tmp_path / "ca.pem"),
                       **LOGIN)
        with pytest.raises(SendError) as err:
            send(config, tmp_path)
    assert "certificate is not trusted" in str(err.value)
    assert "IP address mismatch" in str(err.value) or "mismatch" in str(err.value)
    assert box.logins == [] and box.messages == []


def test_implicit_tls_to_a_plain_server_sends_no_credentials(tmp_path: Path) -> None:
    server = Scripted()
    with scripted(server) as port:
        config = setup(tmp_path, port, security="ssl", timeout=2, retry_for=0, **LOGIN)
        with pytest.raises((SendError, TemporaryFailure)) as err:
            send(config, tmp_path)
    assert b"AUTH" not in server.received and server.delivered == []
    assert_no_secret(tmp_path, str(err.value))


def test_credentials_cross_a_plain_connection_only_with_security_none(tmp_path: Path) -> None:
    import base64

    secret = base64.b64encode(f"\0analyst\0{PASSWORD}".encode())
    server = Scripted()
    with scripted(server) as port:
        config = setup(tmp_path, port, security="none", **LOGIN)  # chosen on purpose
        send(config, tmp_path)
    assert b"AUTH PLAIN" in server.received and secret in server.received
    assert len(server.delivered) == 1


@pytest.mark.parametrize("fault", ["drop_in_data", "stall_rcpt"])
def test_the_password_is_nowhere_after_a_fault(tmp_path: Path, fault: str,
                                               caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.DEBUG)
    server = Scripted(faults=[fault] * 5, stall=0.6)
    with scripted(server) as port:
        config = setup(tmp_path, port, big=True, timeout=0.3, retry_for=0, **LOGIN)
        with pytest.raises(TemporaryFailure) as err:
            send(config, tmp_path)
    assert server.delivered == []
    assert_no_secret(tmp_path, caplog.text, str(err.value), repr(err.value),
                     ledger(tmp_path)[1])
