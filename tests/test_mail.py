"""Email against a real SMTP server (aiosmtpd) on 127.0.0.1: MIME, TLS, retries, exactly once."""

from __future__ import annotations

import datetime as dt
import logging
import os
import socket
import ssl
import threading
from io import BytesIO
from pathlib import Path

import pytest
import trustme
from operate_fixtures import DAY, HTML, MARKDOWN, TITLE, make_config, smtp_section, smtp_server
from operate_fixtures import write_brief as write_brief_files
from pypdf import PdfReader

from briefing.config.settings import Config, load_config
from briefing.deliver.mail import send_brief
from briefing.errors import ConfigError, SendError, TemporaryFailure
from briefing.sources.store import Store, open_store

NOW = dt.datetime(2024, 1, 19, 6, 0, tzinfo=dt.UTC)
ENV = {"BRIEFING_SMTP_USER": "analyst", "BRIEFING_SMTP_PASSWORD": "s3cret-pw"}


def setup(tmp_path: Path, port: int, **smtp: object) -> tuple[Config, Path]:
    config = load_config(make_config(tmp_path / "config", smtp=smtp_section(port, **smtp)))
    folder = write_brief_files(tmp_path / "output")
    return config, folder


def private_ca(ca_file: Path) -> ssl.SSLContext:
    """Return a server TLS context signed by a new private CA, whose certificate goes to ca_file."""
    ca = trustme.CA()
    server_ctx = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    ca.issue_cert("127.0.0.1").configure_cert(server_ctx)
    ca.cert_pem.write_to_path(str(ca_file))
    return server_ctx


def send(config: Config, db: Store, **kw: object) -> object:
    waits: list[float] = []
    result = send_brief(config, DAY, db, now=NOW, sleep=waits.append, env=ENV,
                        **kw)  # type: ignore[arg-type]
    return result, waits


def test_a_send_has_text_html_and_the_pdf(tmp_path: Path) -> None:
    with smtp_server() as (box, port):
        config, _ = setup(tmp_path, port, cc=["desk@example.org"], bcc=["archive@example.org"])
        with open_store(tmp_path / "b.db") as db:
            result, _ = send(config, db)
            record = db.last_send(DAY)
    assert result.sent and record is not None and record.state == "sent"
    ((rcpts, _),) = box.messages
    assert rcpts == ("analyst@example.org", "desk@example.org", "archive@example.org")
    (msg,) = box.parsed()
    assert msg["Subject"] == f"{TITLE}: 2024-01-19"
    assert msg["From"] == "Briefing <briefing@example.org>"
    assert (msg["To"], msg["Cc"], msg["Bcc"]) == ("analyst@example.org", "desk@example.org", None)
    assert msg["Date"] == "Fri, 19 Jan 2024 06:00:00 +0000"
    assert msg["Message-ID"] == record.message_id
    assert record.message_id.startswith("<briefing.2024-01-19.1.")
    assert record.message_id.endswith("@example.org>")
    assert msg.get_content_type() == "multipart/mixed"
    alternative, attachment = msg.iter_parts()
    assert alternative.get_content_type() == "multipart/alternative"
    text, html = alternative.iter_parts()
    assert text.get_content_type() == "text/plain"
    assert text.get_content().replace("\r\n", "\n") == MARKDOWN  # CRLF on the wire
    assert html.get_content_type() == "text/html"
    assert '<h1 style="color: #123456;">South and West Asia situation brief</h1>' in (
        html.get_content())
    assert "<style>" not in html.get_content()
    assert attachment.get_content_type() == "application/pdf"
    assert attachment.get_filename() == "brief-2024-01-19.pdf"
    pdf = PdfReader(BytesIO(attachment.get_content()))
    assert len(pdf.pages) == 1 and pdf.metadata.title == TITLE


def test_the_same_date_is_sent_once_and_force_sends_again(tmp_path: Path) -> None:
    with smtp_server() as (box, port):
        config, _ = setup(tmp_path, port)
        with open_store(tmp_path / "b.db") as db:
            first, _ = send(config, db)
            second, _ = send(config, db)
            forced, _ = send(config, db, force=True)
    assert len(box.messages) == 2
    assert not second.sent
    assert second.line() == (
        f"the brief for 2024-01-19 was already sent ({first.record.updated}, "
        f"{first.record.message_id}); nothing sent; use --force to send it again")
    assert forced.sent and forced.record.seq == 2
    ids = [m["Message-ID"] for m in box.parsed()]
    assert ids == [first.record.message_id, forced.record.message_id] and ids[0] != ids[1]


def test_starttls_with_a_private_ca_and_auth(tmp_path: Path) -> None:
    server_ctx = private_ca(tmp_path / "ca.pem")
    with smtp_server(tls=server_ctx) as (box, port):
        auth = {"security": "starttls", "username_env": "BRIEFING_SMTP_USER",
                "password_env": "BRIEFING_SMTP_PASSWORD"}
        untrusted, _ = setup(tmp_path / "u", port, **auth)
        config, _ = setup(tmp_path, port, ca_file=str(tmp_path / "ca.pem"), **auth)
        with open_store(tmp_path / "b.db") as db:
            with pytest.raises(SendError) as err:
                send(untrusted, db)
            assert str(err.value) == (
                "the SMTP server's certificate is not trusted: unable to get local issuer "
                "certificate; set smtp.ca_file for a private certificate authority")
            assert box.logins == []  # the password never left before TLS was verified
            result, _ = send(config, db)
    assert result.sent and len(box.messages) == 1
    assert box.logins == [("analyst", "s3cret-pw")]


def test_ssl_from_the_first_byte(tmp_path: Path) -> None:
    server_ctx = private_ca(tmp_path / "ca.pem")
    with smtp_server(tls=server_ctx, implicit_tls=True) as (box, port):
        config, _ = setup(tmp_path, port, security="ssl", ca_file=str(tmp_path / "ca.pem"),
                          username_env="BRIEFING_SMTP_USER", password_env="BRIEFING_SMTP_PASSWORD")
        with open_store(tmp_path / "b.db") as db:
            result, _ = send(config, db)
    assert result.sent and len(box.messages) == 1
    assert box.logins == [("analyst", "s3cret-pw")]


def test_credentials_come_from_the_environment_only(tmp_path: Path) -> None:
    config, _ = setup(tmp_path, 25, username_env="MY_USER", password_env="MY_PASS")
    with open_store(tmp_path / "b.db") as db, pytest.raises(ConfigError) as err:
        send(config, db)
    where = tmp_path / "config" / "briefing.yaml"
    assert err.value.problems == (
        f"{where}:1:1: smtp: the environment variable MY_USER (named by "
        "smtp.username_env/password_env) is not set",
        f"{where}:1:1: smtp: the environment variable MY_PASS (named by "
        "smtp.username_env/password_env) is not set")


def test_a_server_without_starttls_gets_no_password(tmp_path: Path) -> None:
    with smtp_server() as (box, port):
        config, _ = setup(tmp_path, port, security="starttls", username_env="BRIEFING_SMTP_USER",
                          password_env="BRIEFING_SMTP_PASSWORD")
        with open_store(tmp_path / "b.db") as db, pytest.raises(SendError) as err:
            send(config, db)
    assert str(err.value) == ("the SMTP server does not support what the config needs: "
                              "STARTTLS extension not supported by server.")
    assert box.messages == [] and box.logins == []


def test_a_temporary_421_is_retried_and_delivered_once(tmp_path: Path) -> None:
    with smtp_server() as (box, port):
        config, _ = setup(tmp_path, port)
        box.data_replies.append("421 4.3.2 busy, try later")
        with open_store(tmp_path / "b.db") as db:
            result, waits = send(config, db)
    assert result.sent and len(box.messages) == 1
    assert waits == [0.01]


def test_a_permanent_550_stops_names_the_recipients_and_records_no_send(tmp_path: Path) -> None:
    with smtp_server() as (box, port):
        config, folder = setup(tmp_path, port, to=["a@example.org", "b@example.org"])
        before = {p.name: p.read_bytes() for p in folder.iterdir()}
        box.refuse = {"a@example.org": "550 5.1.1 no such user",
                      "b@example.org": "550 5.7.1 relay denied"}
        with open_store(tmp_path / "b.db") as db:
            with pytest.raises(SendError) as err:
                send(config, db)
            record = db.last_send(DAY)
    assert str(err.value) == (
        "the SMTP server refused the brief for 2024-01-19; refused: a@example.org "
        "(550 5.1.1 no such user); b@example.org (550 5.7.1 relay denied)")
    assert err.value.exit_code == 1
    assert box.messages == []
    assert record is not None and record.state == "failed" and record.delivered == ()
    assert {p.name: p.read_bytes() for p in folder.iterdir()} == before


def test_one_recipient_refused_of_three(tmp_path: Path) -> None:
    with smtp_server() as (box, port):
        config, _ = setup(tmp_path, port, to=["a@example.org", "b@example.org", "c@example.org"])
        box.refuse = {"b@example.org": "550 5.1.1 no such user"}
        with open_store(tmp_path / "b.db") as db:
            with pytest.raises(SendError) as err:
                send(config, db)
            again, _ = send(config, db)
    assert str(err.value) == ("sent the brief for 2024-01-19 to 2 of 3 recipients; refused: "
                              "b@example.org (550 5.1.1 no such user)")
    assert [rcpts for rcpts, _ in box.messages] == [("a@example.org", "c@example.org")]
    assert not again.sent


def test_a_recipient_refused_for_now_is_retried_alone(tmp_path: Path) -> None:
    with smtp_server() as (box, port):
        config, _ = setup(tmp_path, port, to=["a@example.org", "b@example.org"])
        box.refuse = {"b@example.org": "450 4.2.1 mailbox busy"}
        with open_store(tmp_path / "b.db") as db:
            with pytest.raises(TemporaryFailure) as err:
                send(config, db, )
            assert str(err.value).startswith(
                "sent the brief for 2024-01-19 to 1 of 2 recipients; the others: "
                "450 4.2.1 mailbox busy (tried ")
            box.refuse = {}
            result, _ = send(config, db)
    assert result.sent and result.record.delivered == ("a@example.org", "b@example.org")
    assert [rcpts for rcpts, _ in box.messages] == [("a@example.org",), ("b@example.org",)]
    assert len({m["Message-ID"] for m in box.parsed()}) == 1


def test_server_down_is_temporary_and_the_next_send_delivers_once(tmp_path: Path) -> None:
    with smtp_server() as (box, port):
        pass  # stopped: the port now refuses connections
    config, _ = setup(tmp_path, port, retry_for=0)
    with open_store(tmp_path / "b.db") as db:
        with pytest.raises(TemporaryFailure) as err:
            send(config, db)
        assert str(err.value) == (
            "could not send the brief for 2024-01-19: the SMTP server refused the connection "
            "(tried 1 times over 0 s); the next run tries again")
        assert err.value.exit_code == 75
        failed = db.last_send(DAY)
        assert failed is not None and failed.state == "failed"
        with smtp_server() as (box, port2):
            config, _ = setup(tmp_path, port2)
            result, _ = send(config, db)
    assert result.sent and len(box.messages) == 1
    assert result.record.message_id == failed.message_id  # the same brief, the same id


def test_a_silent_server_times_out_as_temporary(tmp_path: Path) -> None:
    with socket.socket() as silent:
        silent.bind(("127.0.0.1", 0))
        silent.listen()  # accepts connections, never greets
        config, _ = setup(tmp_path, silent.getsockname()[1], timeout=0.2, retry_for=0)
        with open_store(tmp_path / "b.db") as db, pytest.raises(TemporaryFailure) as err:
            send(config, db)
    assert str(err.value) == ("could not send the brief for 2024-01-19: the SMTP server did not "
                              "answer in time (tried 1 times over 0 s); the next run tries again")


def test_a_hang_up_after_the_message_is_not_retried(tmp_path: Path) -> None:
    with smtp_server() as (box, port):
        config, _ = setup(tmp_path, port)
        box.drop_after_data = 1
        with open_store(tmp_path / "b.db") as db:
            with pytest.raises(SendError) as err:
                send(config, db)
            record = db.last_send(DAY)
            with pytest.raises(SendError) as again:
                send(config, db)
            forced, _ = send(config, db, force=True)
    assert record is not None and record.state == "unknown"
    assert str(err.value).startswith(
        f"the brief for 2024-01-19 ({record.message_id}) was handed to the SMTP server but not "
        "confirmed (no answer after the message was handed over: ")
    assert str(err.value).endswith(
        "it was probably delivered. Not sending it again, so nobody gets it twice: ask a "
        "recipient, and if it did not arrive run `briefing send --date 2024-01-19 --force`")
    assert str(again.value) == str(err.value)
    assert forced.sent and len(box.messages) == 2


def test_no_brief_built(tmp_path: Path) -> None:
    config = load_config(make_config(tmp_path / "config", smtp=smtp_section(25)))
    with open_store(tmp_path / "b.db") as db, pytest.raises(Exception) as err:
        send(config, db)
    assert str(err.value) == (f"{tmp_path / 'output' / '2024-01-19' / 'brief.md'}: not found; "
                              "build the brief first (`briefing build --date 2024-01-19`)")


def test_the_password_never_reaches_the_log(tmp_path: Path, caplog: pytest.LogCaptureFixture,
                                            ) -> None:
    server_ctx = private_ca(tmp_path / "ca.pem")
    caplog.set_level(logging.DEBUG)
    with smtp_server(tls=server_ctx) as (box, port):
        config, _ = setup(tmp_path, port, security="starttls", ca_file=str(tmp_path / "ca.pem"),
                          username_env="BRIEFING_SMTP_USER", password_env="BRIEFING_SMTP_PASSWORD")
        with open_store(tmp_path / "b.db") as db:
            wrong = {**ENV, "BRIEFING_SMTP_PASSWORD": "wrong-pw"}
            with pytest.raises(SendError) as err:
                send_brief(config, DAY, db, now=NOW, env=wrong)
            send(config, db)
    assert str(err.value) == ("the SMTP server refused the login: 535 5.7.8 Authentication "
                              "credentials invalid")
    assert "s3cret-pw" not in caplog.text and "wrong-pw" not in caplog.text
    assert len(box.messages) == 1


def test_the_shipped_smtp_example_is_valid(tmp_path: Path) -> None:
    shipped = (Path(__file__).resolve().parent.parent / "config" / "briefing.yaml").read_text()
    lines = shipped.splitlines()
    start = lines.index("# smtp:")
    uncommented = [line[2:] if line.startswith("# ") or line == "#" else line
                   for line in lines[start:]]
    folder = make_config(tmp_path / "config", smtp=None)
    (folder / "briefing.yaml").write_text("\n".join([*lines[:start], *uncommented]) + "\n")
    smtp = load_config(folder).smtp
    assert smtp is not None and (smtp.host, smtp.port, smtp.security, smtp.to) == (
        "smtp.example.org", 587, "starttls", ("analysts@example.org",))
    assert (smtp.username_env, smtp.password_env) == ("BRIEFING_SMTP_USER",
                                                      "BRIEFING_SMTP_PASSWORD")
    assert HTML and smtp.subject == "{title}: {date}"


def test_an_answer_slower_than_the_timeout_after_data_is_not_retried(tmp_path: Path) -> None:
    with smtp_server() as (box, port):
        config, _ = setup(tmp_path, port, timeout=0.3)
        box.data_delay = 1.5  # the server accepts, but answers after the client gave up
        with open_store(tmp_path / "b.db") as db:
            with pytest.raises(SendError) as err:
                send(config, db)
            record = db.last_send(DAY)
            box.data_delay = 0
            with pytest.raises(SendError):
                send(config, db)
        box.wait_idle()
    assert record is not None and record.state == "unknown"
    assert "was handed to the SMTP server but not confirmed" in str(err.value)
    assert len(box.messages) == 1  # delivered once, never twice


def test_smtp_settings_problems_are_reported_with_positions(tmp_path: Path) -> None:
    folder = make_config(tmp_path / "config", smtp=None)
    with (folder / "briefing.yaml").open("a") as f:
        f.write("smtp:\n"
                "  host: mail.example.org\n"
                "  security: tls\n"
                "  port: 70000\n"
                "  from: nobody\n"
                "  to: [ok@example.org, not-an-address]\n"
                "  username_env: USER NAME\n"
                "  subject: '{title} on {day}'\n"
                "  password: hunter2\n")
    with pytest.raises(ConfigError) as err:
        load_config(folder)
    where = folder / "briefing.yaml"
    assert err.value.problems == (
        f"{where}:6:3: smtp: username_env and password_env go together: give both or neither",
        f"{where}:7:13: smtp.security: expected one of: starttls, ssl, none; got 'tls'",
        f"{where}:8:9: smtp.port: expected a port from 1 to 65535, got 70000",
        f"{where}:9:9: smtp.from: expected an email address, got 'nobody'",
        f"{where}:10:24: smtp.to[1]: expected an email address, got 'not-an-address'",
        f"{where}:11:17: smtp.username_env: expected the name of an environment variable, "
        "got 'USER NAME'",
        f"{where}:12:12: smtp.subject: unknown placeholder {{day}}; expected {{title}}, {{date}}",
        f"{where}:13:3: smtp.password: unknown key; expected one of: host, port, security, "
        "from, to, cc, bcc, username_env, password_env, ca_file, timeout, deadline, retry_for, "
        "retry_wait, subject",
    )


def test_a_connection_dropped_mid_data_is_retried_and_delivered_once(tmp_path: Path) -> None:
    def drop_mid_data(listener: socket.socket) -> None:
        conn, _ = listener.accept()
        with conn, conn.makefile("rb") as lines:
            conn.sendall(b"220 flaky.example ESMTP\r\n")
            for line in lines:
                command = line[:4].upper()
                if command == b"DATA":
                    conn.sendall(b"354 go ahead\r\n")
                    conn.recv(1000)
                    return  # hang up with most of the message unread: the client gets a reset
                conn.sendall(b"250 ok\r\n")

    with socket.socket() as listener:
        listener.setsockopt(socket.SOL_SOCKET, socket.SO_RCVBUF, 4096)  # no autotuning
        listener.bind(("127.0.0.1", 0))
        listener.listen()
        config, folder = setup(tmp_path, listener.getsockname()[1], retry_for=0)
        # Larger than the socket buffers, so the client is still writing when the reset comes.
        (folder / "brief.pdf").write_bytes(os.urandom(6_000_000))
        server = threading.Thread(target=drop_mid_data, args=(listener,), daemon=True)
        server.start()
        with open_store(tmp_path / "b.db") as db:
            with pytest.raises(TemporaryFailure) as err:
                send(config, db)
            server.join()
            failed = db.last_send(DAY)
            with smtp_server() as (box, port):  # the same brief, a working server
                config = load_config(make_config(tmp_path / "config", smtp=smtp_section(port)))
                result, _ = send(config, db)
    assert str(err.value).startswith("could not send the brief for 2024-01-19: connection to "
                                     "the SMTP server failed: ")
    assert failed is not None and failed.state == "failed"
    assert result.sent and len(box.messages) == 1
    assert box.parsed()[0]["Message-ID"] == failed.message_id
