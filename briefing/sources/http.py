"""The HTTP edge of ingest: one GET with a timeout, a conditional GET and bounded retries.

Input: a URL, the validators (ETag, Last-Modified) the store kept from last time, and the
source's timeout and retry settings. Output: a `Response` (the body, or `not_modified`
for a 304), or a FetchError saying why not. Connection failures, timeouts, 429 and 5xx
are retried with doubling waits; other 4xx are final. Bodies are capped in size.
"""

from __future__ import annotations

import http.client
import logging
import time
import urllib.error
import urllib.request
from collections.abc import Callable
from dataclasses import dataclass
from email.message import Message

from briefing import __version__
from briefing.store import Validators

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
) -> Response:
    """GET a URL, retrying temporary failures; raise FetchError when it cannot be had."""
    if not url.lower().startswith(("http://", "https://")):
        raise FetchError("not an http:// or https:// address; not fetched", temporary=False)
    wait = retry_wait
    for attempt in range(retries + 1):
        try:
            return _get(url, timeout, validators)
        except FetchError as exc:
            if not exc.temporary or attempt == retries:
                raise
            log.info("%s: %s; trying again in %.1f s", url, exc, wait)
            sleep(wait)
            wait *= 2
    raise AssertionError("unreachable")


def _get(url: str, timeout: float, validators: Validators | None) -> Response:
    headers = {"User-Agent": USER_AGENT, "Accept-Encoding": "identity"}
    if validators is not None and validators.etag:
        headers["If-None-Match"] = validators.etag
    if validators is not None and validators.last_modified:
        headers["If-Modified-Since"] = validators.last_modified
    request = urllib.request.Request(url, headers=headers)
    try:
        with _OPENER.open(request, timeout=timeout) as reply:
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
