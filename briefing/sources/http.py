"""The HTTP edge of ingest: one GET with a deadline, a conditional GET and bounded retries.

Input: a URL, the validators (ETag, Last-Modified) the store kept from last time, and the
source's timeout, deadline and retry settings. Output: a `Response` (the body, or
`not_modified` for a 304), or a FetchError saying why not. Connection failures, timeouts,
429 and 5xx are retried with doubling waits; other 4xx are final. Bodies are capped in
size. The timeout bounds the whole request, not each read: a server that trickles a byte
at a time is cut off when it passes (its socket is shut down by a timer).
`public_only` (for the pages a feed links to, which the feed's author chose) connects
only to public addresses: each host is resolved, every address checked (also the IPv4
address inside a translated IPv6 one: NAT64, 6to4, IPv4-mapped and -compatible, see
TRANSLATED), and the socket opened to a checked address, at every redirect too; such
fetches use no proxy, whose own connections could not be checked.
"""

from __future__ import annotations

import http.client
import ipaddress
import logging
import socket
import threading
import time
import urllib.error
import urllib.request
from collections.abc import Callable
from dataclasses import dataclass
from email.message import Message
from typing import Any

from briefing import __version__
from briefing.sources.store import Validators
from briefing.sources.urls import canonical_url

log = logging.getLogger(__name__)

USER_AGENT = f"briefing/{__version__} (+rules-based situation briefs)"
MAX_BYTES = 20_000_000  # a feed or page larger than this is refused, not read into memory
RETRY_STATUS = frozenset({429, 500, 502, 503, 504})

# Address ranges that reach another network through translation, and where each keeps the
# IPv4 address it reaches: the number of bits the 32-bit address sits above the lowest
# bit, or None when the range is refused whole. Python 3.11 counts most of these as
# global; an address in one is public only if the IPv4 address inside is.
TRANSLATED: tuple[tuple[ipaddress.IPv6Network, str, int | None], ...] = (
    (ipaddress.IPv6Network("::ffff:0:0/96"), "IPv4-mapped", 0),
    (ipaddress.IPv6Network("::/96"), "IPv4-compatible", 0),
    (ipaddress.IPv6Network("::ffff:0:0:0/96"), "IPv4-translated (SIIT)", 0),
    (ipaddress.IPv6Network("64:ff9b::/96"), "NAT64", 0),
    (ipaddress.IPv6Network("64:ff9b:1::/48"), "local-use NAT64", None),
    (ipaddress.IPv6Network("2002::/16"), "6to4", 80),
    (ipaddress.IPv6Network("2001::/32"), "Teredo", None),
)


def not_public(ip: ipaddress.IPv4Address | ipaddress.IPv6Address) -> str | None:
    """Say why an address is not public (private, local, reserved, or one reached through
    translation); None when it is public."""
    if not ip.is_global or ip.is_multicast:
        return str(ip)
    if isinstance(ip, ipaddress.IPv6Address):
        for network, name, shift in TRANSLATED:
            if ip not in network:
                continue
            if shift is None:
                return f"{ip}, {name}"
            inner = ipaddress.IPv4Address((int(ip) >> shift) & 0xFFFFFFFF)
            if not inner.is_global or inner.is_multicast:
                return f"{ip}, {name} of {inner}"
    return None


class _Private(OSError):
    """A connection to a private, local or reserved address, refused (public_only)."""


class _Watch:
    """One request's total deadline: when it passes, its sockets are shut down, which ends
    any read under way however slowly the server sends (a per-read timeout would not)."""

    def __init__(self, seconds: float) -> None:
        self.seconds = seconds
        self.ends = time.monotonic() + seconds
        self.passed = False
        self._sockets: list[socket.socket] = []
        self._lock = threading.Lock()
        self._timer = threading.Timer(max(seconds, 0.0), self._expire)
        self._timer.daemon = True

    def __enter__(self) -> _Watch:
        self._timer.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._timer.cancel()
        with self._lock:
            for sock in self._sockets:
                sock.close()
            self._sockets.clear()

    def left(self) -> float:
        return max(self.ends - time.monotonic(), 0.001)

    def watch(self, sock: socket.socket) -> None:
        with self._lock:
            self._sockets.append(sock.dup())  # the same connection, still there if wrapped
            if self.passed:
                self._shut(self._sockets[-1])

    def _expire(self) -> None:
        with self._lock:
            self.passed = True
            for sock in self._sockets:
                self._shut(sock)

    @staticmethod
    def _shut(sock: socket.socket) -> None:
        try:
            sock.shutdown(socket.SHUT_RDWR)
        except OSError:
            pass  # already closed by the other side


def _connector(watch: _Watch, public_only: bool) -> Callable[..., socket.socket]:
    """`socket.create_connection` under `watch`; for `public_only`, only to public addresses,
    checked before connecting."""
    def connect(address: tuple[str, int], timeout: object = None,
                source_address: tuple[str, int] | None = None) -> socket.socket:
        host, port = address
        wait = min(float(timeout), watch.left()) if isinstance(timeout, int | float) else (
            watch.left())
        if not public_only:
            sock = socket.create_connection(address, wait, source_address)
            watch.watch(sock)
            return sock
        found = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
        for *_, sockaddr in found:
            why = not_public(ipaddress.ip_address(sockaddr[0]))
            if why is not None:
                raise _Private(f"{host} is a private or local address ({why}); not fetched")
        error: OSError = OSError(f"{host}: no address")
        for *_, sockaddr in found:  # the checked addresses themselves, never resolved again
            try:
                sock = socket.create_connection((str(sockaddr[0]), port), wait, source_address)
            except OSError as exc:
                error = exc
                continue
            watch.watch(sock)
            return sock
        raise error
    return connect


class _Watched(urllib.request.AbstractHTTPHandler):
    """A handler whose connections are made by `connect` (see `_connector`)."""

    def __init__(self, connect: Callable[..., socket.socket]) -> None:
        super().__init__()
        self.connect = connect

    def do_open(self, http_class: Any, req: Any, **kwargs: Any) -> Any:
        def make(*args: Any, **kw: Any) -> http.client.HTTPConnection:
            made = http_class(*args, **kw)
            made._create_connection = self.connect
            return made
        return super().do_open(make, req, **kwargs)


class _HTTPHandler(_Watched, urllib.request.HTTPHandler):
    pass


class _HTTPSHandler(_Watched, urllib.request.HTTPSHandler):
    pass


def _opener(watch: _Watch, public_only: bool) -> urllib.request.OpenerDirector:
    """An opener for one request: only http and https, also when redirected (never
    file://, ftp:// or data: from a feed's link); no proxy for `public_only`, whose own
    connections could not be checked."""
    connect = _connector(watch, public_only)
    opener = urllib.request.OpenerDirector()
    handlers: list[urllib.request.BaseHandler] = [] if public_only else [
        urllib.request.ProxyHandler()]
    handlers += [_HTTPHandler(connect), _HTTPSHandler(connect),
                 urllib.request.HTTPRedirectHandler(), urllib.request.HTTPDefaultErrorHandler(),
                 urllib.request.HTTPErrorProcessor()]
    for handler in handlers:
        opener.add_handler(handler)
    return opener


class FetchError(Exception):
    """A URL could not be fetched; the message says why, for the ingest report."""

    def __init__(self, message: str, *, temporary: bool) -> None:
        super().__init__(message)
        self.temporary = temporary


class DeadlinePassed(FetchError):
    """The source's own deadline passed while (or before) fetching `url`."""

    def __init__(self, url: str) -> None:
        super().__init__(f"deadline passed while fetching {url}", temporary=True)
        self.url = url


@dataclass(frozen=True, slots=True)
class Response:
    url: str
    status: int
    body: bytes
    content_type: str
    validators: Validators

    @property
    def not_modified(self) -> bool:
        return self.status == 304


def fetch(
    url: str,
    *,
    timeout: float,
    retries: int = 0,
    retry_wait: float = 1.0,
    validators: Validators | None = None,
    sleep: Callable[[float], None] = time.sleep,
    public_only: bool = False,
    until: float | None = None,
) -> Response:
    """GET a URL, retrying temporary failures; raise FetchError when it cannot be had.

    `timeout`: the most seconds one request may take, from connecting to the last byte.
    `until`: a `time.monotonic()` value after which no request runs on (the source's
    deadline); passing it raises DeadlinePassed. `public_only`: connect to public
    addresses only (see the module docstring)."""
    if not url.lower().startswith(("http://", "https://")):
        raise FetchError("not an http:// or https:// address; not fetched", temporary=False)
    if canonical_url(url) is None:
        raise FetchError("not a valid address; not fetched", temporary=False)
    wait = retry_wait
    for attempt in range(retries + 1):
        budget = timeout if until is None else min(timeout, until - time.monotonic())
        if budget <= 0:
            raise DeadlinePassed(url)
        try:
            return _get(url, budget, validators, public_only)
        except FetchError as exc:
            if until is not None and time.monotonic() >= until:
                raise DeadlinePassed(url) from None
            if not exc.temporary or attempt == retries:
                raise
            if until is not None and time.monotonic() + wait >= until:
                raise DeadlinePassed(url) from None
            log.info("%s: %s; trying again in %.1f s", url, exc, wait)
            sleep(wait)
            wait *= 2
    raise AssertionError("unreachable")


def _get(url: str, seconds: float, validators: Validators | None,
         public_only: bool) -> Response:
    headers = {"User-Agent": USER_AGENT, "Accept-Encoding": "identity"}
    if validators is not None and validators.etag:
        headers["If-None-Match"] = validators.etag
    if validators is not None and validators.last_modified:
        headers["If-Modified-Since"] = validators.last_modified
    request = urllib.request.Request(url, headers=headers)
    slow = FetchError(f"no complete answer within {seconds:g} s", temporary=True)
    with _Watch(seconds) as watch:
        try:
            with _opener(watch, public_only).open(request, timeout=seconds) as reply:
                body = reply.read(MAX_BYTES + 1)
                if watch.passed:
                    raise slow  # the read was cut short: the body may be partial
                if len(body) > MAX_BYTES:
                    raise FetchError(f"larger than {MAX_BYTES} bytes; not read",
                                     temporary=False)
                return Response(url=reply.geturl(), status=reply.status, body=body,
                                content_type=reply.headers.get_content_type(),
                                validators=_validators(reply.headers))
        except urllib.error.HTTPError as exc:
            exc.close()
            if exc.code == 304:
                return Response(url=url, status=304, body=b"", content_type="",
                                validators=_validators(exc.headers) if exc.headers else
                                Validators(None, None))
            raise FetchError(f"HTTP {exc.code} {_one_line(exc.reason)}",
                             temporary=exc.code in RETRY_STATUS) from None
        except urllib.error.URLError as exc:
            reason = exc.reason
            if isinstance(reason, _Private):
                raise FetchError(str(reason), temporary=False) from None
            if isinstance(reason, TimeoutError) or watch.passed:
                raise slow from None
            text = reason.strerror if isinstance(reason, OSError) and reason.strerror else reason
            raise FetchError(f"cannot connect: {_one_line(text)}", temporary=True) from None
        except TimeoutError:
            raise slow from None
        except (ConnectionError, OSError) as exc:
            if watch.passed:
                raise slow from None
            raise FetchError(f"connection failed: {_one_line(exc.strerror or exc)}",
                             temporary=True) from None
        except http.client.HTTPException as exc:
            if watch.passed:
                raise slow from None
            raise FetchError(f"bad HTTP answer: {type(exc).__name__}", temporary=True) from None


def _one_line(text: object) -> str:
    """A server's words (a reason phrase, a redirect error) on one line."""
    return " ".join(str(text).split())


def _validators(headers: Message) -> Validators:
    return Validators(etag=headers.get("ETag"), last_modified=headers.get("Last-Modified"))
