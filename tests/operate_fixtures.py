"""Helpers for the daily-operation tests: a real SMTP server, a config folder, a built brief."""

from __future__ import annotations

import asyncio
import datetime as dt
import email
import email.policy
import shutil
import socket
import ssl
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from email.message import EmailMessage
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from io import BytesIO
from pathlib import Path
from typing import Any

import yaml
from aiosmtpd.controller import Controller
from aiosmtpd.smtp import AuthResult, Envelope, Session
from pypdf import PdfWriter

ROOT = Path(__file__).resolve().parent.parent
DAY = dt.date(2024, 1, 19)
TITLE = "South and West Asia situation brief"
MARKDOWN = "# South and West Asia situation brief\n\n## China\n\n> \u201cWe are willing.\u201d\n"
HTML = ("<html><head><style>h1 { color: #123456; }</style></head><body>"
        "<h1>South and West Asia situation brief</h1><p>China</p></body></html>")


Reply = tuple[int, dict[str, str], bytes]
Route = Reply | Callable[[Any], Reply] | str  # "hang": never answer (until the server stops)


@dataclass
class Web:
    """A real HTTP server on 127.0.0.1: routes map a path to a reply, a function or "hang"."""

    base: str
    routes: dict[str, Route] = field(default_factory=dict)
    requests: list[tuple[str, dict[str, str]]] = field(default_factory=list)

    def url(self, path: str) -> str:
        return self.base + path


@contextmanager
def web_server() -> Iterator[Web]:
    release = threading.Event()
    web = Web("")

    class Handler(BaseHTTPRequestHandler):
        def do_GET(self) -> None:  # noqa: N802 (the http.server API)
            web.requests.append((self.path, dict(self.headers)))
            route = web.routes.get(self.path, (404, {}, b"not here"))
            if route == "hang":
                release.wait()
                return
            status, headers, body = route(self.headers) if callable(route) else route
            self.send_response(status)
            for key, value in headers.items():
                self.send_header(key, value)
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, *args: object) -> None:
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    server.daemon_threads = True
    web.base = f"http://127.0.0.1:{server.server_address[1]}"
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield web
    finally:
        release.set()
        server.shutdown()
        server.server_close()


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@dataclass
class Mailbox:
    """What the SMTP server accepted, plus knobs to make it misbehave."""

    messages: list[tuple[tuple[str, ...], bytes]] = field(default_factory=list)
    logins: list[tuple[str, str]] = field(default_factory=list)
    data_replies: list[str] = field(default_factory=list)  # answers to DATA before "250 OK"
    refuse: dict[str, str] = field(default_factory=dict)  # recipient -> RCPT answer
    drop_after_data: int = 0  # hang up instead of answering the next n DATA commands
    data_delay: float = 0.0  # seconds to wait before answering DATA
    busy: int = 0  # DATA commands being handled now

    def parsed(self) -> list[EmailMessage]:
        return [email.message_from_bytes(raw, policy=email.policy.default)  # type: ignore[misc]
                for _, raw in self.messages]

    async def handle_RCPT(self, server: Any, session: Session, envelope: Envelope,  # noqa: N802
                          address: str, rcpt_options: list[str]) -> str:
        if address in self.refuse:
            return self.refuse[address]
        envelope.rcpt_tos.append(address)
        return "250 OK"

    async def handle_DATA(self, server: Any, session: Session,  # noqa: N802
                          envelope: Envelope) -> str:
        if self.data_replies:
            return self.data_replies.pop(0)
        self.messages.append((tuple(envelope.rcpt_tos), bytes(envelope.content or b"")))
        if self.data_delay:
            self.busy += 1
            try:  # aiosmtpd cancels this when the client hangs up
                await asyncio.sleep(self.data_delay)
            finally:
                self.busy -= 1
        if self.drop_after_data:
            self.drop_after_data -= 1
            server.transport.close()
        return "250 OK"

    def wait_idle(self) -> None:
        """Wait until no DATA answer is pending (before stopping the server)."""
        while self.busy:
            time.sleep(0.05)

    def authenticate(self, server: Any, session: Session, envelope: Envelope, mechanism: str,
                     auth_data: Any) -> AuthResult:
        login, password = auth_data.login.decode(), auth_data.password.decode()
        self.logins.append((login, password))
        return AuthResult(success=(login, password) == ("analyst", "s3cret-pw"), handled=False)


@contextmanager
def smtp_server(*, tls: ssl.SSLContext | None = None, implicit_tls: bool = False,
                ) -> Iterator[tuple[Mailbox, int]]:
    """Run an aiosmtpd server on 127.0.0.1; with `tls`, STARTTLS (or TLS from the first byte,
    with `implicit_tls`) and AUTH are required."""
    box = Mailbox()
    port = free_port()
    extra: dict[str, Any] = {}
    if tls is not None and implicit_tls:
        # aiosmtpd counts only STARTTLS as TLS for AUTH; this connection is TLS throughout.
        extra = {"ssl_context": tls, "authenticator": box.authenticate,
                 "auth_require_tls": False}
    elif tls is not None:
        extra = {"tls_context": tls, "require_starttls": True, "authenticator": box.authenticate,
                 "auth_require_tls": True}
    controller = Controller(box, hostname="127.0.0.1", port=port, **extra)
    controller.start()
    try:
        yield box, port
    finally:
        controller.stop()


def smtp_section(port: int, **overrides: Any) -> dict[str, Any]:
    section = {"host": "127.0.0.1", "port": port, "security": "none",
               "from": "Briefing <briefing@example.org>", "to": ["analyst@example.org"],
               "timeout": 5, "retry_for": 60, "retry_wait": 0.01}
    section.update(overrides)
    return {k: v for k, v in section.items() if v is not None}


def make_config(folder: Path, *, smtp: dict[str, Any] | None, sources: dict[str, Any] | None = None,
                output: Path | None = None, store: Path | None = None) -> Path:
    """Write a config folder using the shipped actors.yaml; return it."""
    folder.mkdir(parents=True, exist_ok=True)
    shutil.copy(ROOT / "config" / "actors.yaml", folder / "actors.yaml")
    out = output or folder.parent / "output"
    briefing: dict[str, Any] = {"title": TITLE, "output_dir": str(out),
                                "store": {"path": str(store or out / "briefing.db")}}
    if smtp is not None:
        briefing["smtp"] = smtp
    (folder / "briefing.yaml").write_text(yaml.safe_dump(briefing), encoding="utf-8")
    srcs = sources or {"seeds": {"kind": "folder", "path": str(ROOT / "seeds")}}
    (folder / "sources.yaml").write_text(yaml.safe_dump({"sources": srcs}), encoding="utf-8")
    return folder


def pdf_bytes(title: str = TITLE) -> bytes:
    writer = PdfWriter()
    writer.add_blank_page(width=595, height=842)
    writer.add_metadata({"/Title": title})
    out = BytesIO()
    writer.write(out)
    return out.getvalue()


def write_brief(output: Path, day: dt.date = DAY) -> Path:
    """Write the files a build leaves, as `build` would (for tests independent of it)."""
    folder = output / day.isoformat()
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "brief.md").write_text(MARKDOWN, encoding="utf-8")
    (folder / "brief.html").write_text(HTML, encoding="utf-8")
    (folder / "brief.pdf").write_bytes(pdf_bytes())
    (folder / "statements.json").write_text("[]\n", encoding="utf-8")
    return folder
