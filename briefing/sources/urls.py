"""URLs from untrusted text (feed links, front matter): parse, or keep as text only.

Input: a URL as a feed, a page or an article file gave it. Output: its canonical form
(for de-duplication), or None when it does not parse (a port over 65535 or not a number,
an unclosed IPv6 bracket): such a URL is never requested and never made a link.
"""

from __future__ import annotations

from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

_TRACKING = ("utm_", "fbclid", "gclid", "mc_cid", "mc_eid")


def canonical_url(url: str) -> str | None:
    """Return a URL with case, default port, fragment and tracking parameters normalised.

    None when the URL does not parse; then it is only text."""
    try:
        parts = urlsplit(url.strip())
        port = parts.port  # raises ValueError for :99999 or :abc
        host = (parts.hostname or "").lower()
    except ValueError:
        return None
    scheme = parts.scheme.lower()
    if ":" in host:
        host = f"[{host}]"  # an IPv6 literal keeps its brackets
    if port and (scheme, port) not in (("http", 80), ("https", 443)):
        host = f"{host}:{port}"
    query = sorted(
        (k, v) for k, v in parse_qsl(parts.query, keep_blank_values=True)
        if not k.lower().startswith(_TRACKING)
    )
    return urlunsplit((scheme, host, parts.path or "/", urlencode(query), ""))


def usable_url(url: str | None) -> str | None:
    """Return `url` if it parses, else None (a link or request is made from this only)."""
    return url if url and canonical_url(url) is not None else None
