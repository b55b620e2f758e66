"""The HTTP edge of ingest: one GET with a timeout, a conditional GET and bounded retries.

Input: a URL, the validators (ETag, Last-Modified) the store kept from last time, and the
source's timeout and retry settings. Output: a `Response` (the body, or `not_modified`
for a 304), or a FetchError saying why not. Connection failures, timeouts, 429 and 5xx
are retried with doubling waits; other 4xx are final. Bodies are capped in size.
`public_only` (for the pages a feed links to, which the feed's author chose) connects
only to public addresses: each host is resolved, every address checked, and the socket
opened to a checked address, at every redirect too; such fetches use no proxy, whose
own connections could not be checked.
"""

from __future__ import annotations

import http.client
import ipaddress
import logging
import socket
import time
import urllib.error
import urllib.request
from collections.abc import Callable
from dataclasses import dataclass
from email.message import Message
from typing import Any

from briefing import __version__
from briefing.sources.store import Validators

log = logging.getLogger(__name__)

USER_AGENT = f"briefing/{__version__} (+rules-based situation briefs)"
MAX_BYTES = 20_000_000  # a feed or page larger than this is refused, not read into memory
RETRY_STATUS = frozenset({429, 500, 502, 503, 504})
# Only http and https, also when redirected: never file://, ftp:// or data: from a feed's link.
_OPENER = urllib.request.OpenerDirector()
for _handler in (urllib.request.ProxyHandler(), urllib.request.HTTPHandler(),
                 urllib.request.HTTPSHandler(), urllib.request.HTTPRedirectHandler(),
                 urllib.request.HTTPDefaultErrorHandler(), urllib.request.HTTPErrorProcessor()):
    _OPENER.add_handler(_handler)


class _Private(OSError):
    """A connection to a private, local or reserved address, refused (public_only)."""


def _public_connection(address: tuple[str, int], timeout: object = None,
                       source_address: tuple[str, int] | None = None) -> socket.socket:
    """`socket.create_connection`, but only to public addresses, checked before connecting."""
    host, port = address
    found = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
    for *_, sockaddr in found:
        ip = ipaddress.ip_address(sockaddr[0])
        if not ip.is_global:
            raise _Private(f"{host} is a private or local address ({ip}); not fetched")
    error: OSError = OSError(f"{host}: no address")
    for *_, sockaddr in found:  # the checked addresses themselves, never resolved again
        try:
            return socket.create_connection((sockaddr[0], port), timeout,  # type: ignore[arg-type]
                                            source_address)
        except OSError as exc:
            error = exc
    raise error


def _public(connection: type[http.client.HTTPConnection]) -> Any:
    """`connection`'s class, its instances made to connect by `_public_connection`."""
    def make(*args: Any, **kwargs: Any) -> http.client.HTTPConnection:
        made = connection(*args, **kwargs)
        made._create_connection = _public_connection  # type: ignore[attr-defined]
        return made
    return make


class _PublicOnly(urllib.request.AbstractHTTPHandler):
    """A handler whose connections go to public addresses only (`_public_connection`)."""

    def do_open(self, http_class: Any, req: Any, **kwargs: Any) -> Any:
        return super().do_open(_public(http_class), req, **kwargs)


class _PublicHTTPHandler(_PublicOnly, urllib.request.HTTPHandler):
    pass


class _PublicHTTPSHandler(_PublicOnly, urllib.request.HTTPSHandler):
    pass


_PUBLIC_OPENER = urllib.request.OpenerDirector()
for _handler in (_PublicHTTPHandler(), _PublicHTTPSHandler(),
                 urllib.request.HTTPRedirectHandler(), urllib.request.HTTPDefaultErrorHandler(),
                 urllib.request.HTTPErrorProcessor()):
    _PUBLIC_OPENER.add_handler(_handler)


class FetchError(Exception):
    """A URL could not be fetched; the message says why, for the ingest report."""

    def __init__(self, message: str, *, temporary: bool) -> None:
        super().__init__(message)
        self.temporary = temporary


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
) -> Response:
    """GET a URL, retrying temporary failures; raise FetchError when it cannot be had.

    `public_only`: connect to public addresses only (see the module docstring)."""
    if not url.lower().startswith(("http://", "https://")):
        raise FetchError("not an http:// or https:// address; not fetched", temporary=False)
    wait = retry_wait
    for attempt in range(retries + 1):
        try:
            return _get(url, timeout, validators,
                        _PUBLIC_OPENER if public_only else _OPENER)
        except FetchError as exc:
            if not exc.temporary or attempt == retries:
                raise
            log.info("%s: %s; trying again in %.1f s", url, exc, wait)
            sleep(wait)
            wait *= 2
    raise AssertionError("unreachable")


def _get(url: str, timeout: float, validators: Validators | None,
         opener: urllib.request.OpenerDirector) -> Response:
    headers = {"User-Agent": USER_AGENT, "Accept-Encoding": "identity"}
    if validators is not None and validators.etag:
        headers["If-None-Match"] = validators.etag
    if validators is not None and validators.last_modified:
        headers["If-Modified-Since"] = validators.last_modified
    request = urllib.request.Request(url, headers=headers)
    try:
        with opener.open(request, timeout=timeout) as reply:
            body = reply.read(MAX_BYTES + 1)
            if len(body) > MAX_BYTES:
                raise FetchError(f"larger than {MAX_BYTES} bytes; not read", temporary=False)
            return Response(url=reply.geturl(), status=reply.status, body=body,
                            content_type=reply.headers.get_content_type(),
                            validators=_validators(reply.headers))
    except urllib.error.HTTPError as exc:
        exc.close()
        if exc.code == 304:
            return Response(url=url, status=304, body=b"", content_type="",
                            validators=_validators(exc.headers) if exc.headers else Validators(
                                None, None))
        raise FetchError(f"HTTP {exc.code} {exc.reason}",
                         temporary=exc.code in RETRY_STATUS) from None
    except urllib.error.URLError as exc:
        reason = exc.reason
        if isinstance(reason, _Private):
            raise FetchError(str(reason), temporary=False) from None
        if isinstance(reason, TimeoutError):
            raise FetchError(f"no answer within {timeout:g} s", temporary=True) from None
        text = reason.strerror if isinstance(reason, OSError) and reason.strerror else reason
        raise FetchError(f"cannot connect: {text}", temporary=True) from None
    except TimeoutError:
        raise FetchError(f"no answer within {timeout:g} s", temporary=True) from None
    except (ConnectionError, OSError) as exc:
        raise FetchError(f"connection failed: {exc.strerror or exc}", temporary=True) from None
    except http.client.HTTPException as exc:
        raise FetchError(f"bad HTTP answer: {type(exc).__name__}", temporary=True) from None


def _validators(headers: Message) -> Validators:
    return Validators(etag=headers.get("ETag"), last_modified=headers.get("Last-Modified"))
