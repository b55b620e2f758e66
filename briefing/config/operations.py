"""Configuration for daily operation: the store and smtp sections of briefing.yaml, sources.yaml.

Input: the parsed files, through the Checker. Output: frozen StoreSettings, SmtpSettings and
Source values; every problem reported as `file:line:col: key: message`.
"""

from __future__ import annotations

import email.utils
import re
import string
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from types import MappingProxyType
from typing import Any

from briefing.config.checker import Checker, load_checked, show
from briefing.config.yamlpos import Path_


@dataclass(frozen=True, slots=True)
class StoreSettings:
    path: str = "output/briefing.db"  # the article store and send ledger (SQLite)


@dataclass(frozen=True, slots=True)
class SmtpSettings:
    host: str
    port: int
    security: str  # one of SECURITY
    sender: str  # the `from` key
    to: tuple[str, ...]
    cc: tuple[str, ...] = ()
    bcc: tuple[str, ...] = ()
    username_env: str | None = None  # names of environment variables, never the secrets
    password_env: str | None = None
    ca_file: str | None = None
    timeout: float = 60.0  # seconds for each read from the server
    deadline: float = 300.0  # seconds for one whole conversation, however slow the server
    retry_for: float = 600.0  # seconds to keep retrying temporary failures
    retry_wait: float = 10.0  # first wait between tries; doubles each time
    subject: str = "{title}: {date}"


DAY = 86_400.0  # seconds: the longest any wait or deadline may be (a daily job)
SECURITY = ("starttls", "ssl", "none")
DEFAULT_PORTS = {"starttls": 587, "ssl": 465, "none": 25}
# Each kind of source and the keys that say where it reads (exactly one must be given).
# sources/ingest.py has one reader per kind (READERS); ARCHITECTURE.md: "Add a source kind".
SOURCE_KINDS: Mapping[str, tuple[str, ...]] = MappingProxyType({
    "folder": ("path",),
    "feed": ("url", "file"),
    "page": ("url",),
})
WHERE_KEYS = tuple(dict.fromkeys(k for keys in SOURCE_KINDS.values() for k in keys))
_ENV_NAME = re.compile(r"[A-Za-z_][A-Za-z0-9_]*")


@dataclass(frozen=True, slots=True)
class Source:
    """One place articles come from (config/sources.yaml)."""

    name: str
    kind: str  # one of SOURCE_KINDS
    path: str | None  # folder, or a feed read from a file
    url: str | None  # feed or page
    timeout: float  # seconds one request may take in all, connecting to the last byte
    retries: int
    retry_wait: float
    full_text: bool = False  # feed: fetch each entry's page for its full text
    private_links: bool = False  # ... also at private and local addresses (an intranet feed)
    deadline: float = 600.0  # seconds the whole source may take: retries, full-text pages


def load_sources(folder: Path) -> tuple[Source, ...]:
    """Load and validate config/sources.yaml; raise ConfigError listing all problems."""
    return load_checked(folder, "sources.yaml", _sources)  # type: ignore[no-any-return]


def store_settings(c: Checker) -> StoreSettings:
    raw = c.data.get("store")
    if raw is None:
        return StoreSettings()
    body = c.mapping(raw, ("store",))
    c.keys(body, ("store",), ("path",))
    return StoreSettings(path=c.text(body, ("store",), "path", "output/briefing.db"))


def smtp_settings(c: Checker) -> SmtpSettings | None:
    raw = c.data.get("smtp")
    if raw is None:
        return None
    path: Path_ = ("smtp",)
    body = c.mapping(raw, path)
    c.keys(body, path, ("host", "port", "security", "from", "to", "cc", "bcc", "username_env",
                        "password_env", "ca_file", "timeout", "deadline", "retry_for", "retry_wait",
                        "subject"))
    security = c.text(body, path, "security", "starttls")
    if security not in SECURITY:
        c.problem((*path, "security"), f"expected one of: {', '.join(SECURITY)}; got {security!r}")
        security = "starttls"
    port = int(c.number(body, path, "port", DEFAULT_PORTS[security], integer=True, minimum=1))
    if port > 65535:
        c.problem((*path, "port"), f"expected a port from 1 to 65535, got {port}")
    to = _addresses(c, body, path, "to")
    if not to and isinstance(body.get("to", []), list):
        c.problem((*path, "to"), "expected at least one recipient address")
    sender = c.text(body, path, "from")
    if sender and not _is_address(sender):
        c.problem((*path, "from"), f"expected an email address, got {sender!r}")
    env = {key: _env_name(c, body, path, key) for key in ("username_env", "password_env")}
    if (env["username_env"] is None) != (env["password_env"] is None):
        c.problem(path, "username_env and password_env go together: give both or neither")
    subject = c.text(body, path, "subject", "{title}: {date}")
    _check_template(c, (*path, "subject"), subject, ("title", "date"))
    ca_file = body.get("ca_file")
    return SmtpSettings(
        host=c.text(body, path, "host"),
        port=port,
        security=security,
        sender=sender,
        to=to,
        cc=_addresses(c, body, path, "cc"),
        bcc=_addresses(c, body, path, "bcc"),
        username_env=env["username_env"],
        password_env=env["password_env"],
        ca_file=None if ca_file is None else c.text(body, path, "ca_file"),
        timeout=float(c.number(body, path, "timeout", 60.0, minimum=0.1, maximum=DAY)),
        deadline=float(c.number(body, path, "deadline", 300.0, minimum=0.1, maximum=DAY)),
        retry_for=float(c.number(body, path, "retry_for", 600.0, maximum=DAY)),
        retry_wait=float(c.number(body, path, "retry_wait", 10.0, maximum=DAY)),
        subject=subject,
    )


def _is_address(text: str) -> bool:
    name, addr = email.utils.parseaddr(text)
    return "@" in addr and " " not in addr and not addr.startswith("@") and not addr.endswith("@")


def _addresses(c: Checker, body: dict[str, Any], path: Path_, key: str) -> tuple[str, ...]:
    values = c.texts(body, path, key)
    for i, value in enumerate(values):
        if not _is_address(value):
            c.problem((*path, key, i), f"expected an email address, got {value!r}")
    return values


def _env_name(c: Checker, body: dict[str, Any], path: Path_, key: str) -> str | None:
    if body.get(key) is None:
        return None
    name = c.text(body, path, key)
    if name and not _ENV_NAME.fullmatch(name):
        c.problem((*path, key), f"expected the name of an environment variable, got {name!r}")
    return name or None


def _check_template(c: Checker, path: Path_, template: str, fields: tuple[str, ...]) -> None:
    try:
        used = [field for _, field, _, _ in string.Formatter().parse(template) if field is not None]
    except ValueError as exc:
        c.problem(path, f"bad template: {exc}")
        return
    for field in used:
        if field not in fields:
            allowed = ", ".join("{" + f + "}" for f in fields)
            c.problem(path, f"unknown placeholder {{{field}}}; expected {allowed}")


def _sources(c: Checker) -> tuple[Source, ...]:
    data = c.data
    c.keys(data, (), ("defaults", "sources"))
    dpath: Path_ = ("defaults",)
    defaults = c.mapping(data.get("defaults") or {}, dpath)
    c.keys(defaults, dpath, ("timeout", "retries", "retry_wait", "deadline"))
    timeout = float(c.number(defaults, dpath, "timeout", 30.0, minimum=0.1))
    retries = int(c.number(defaults, dpath, "retries", 2, integer=True))
    retry_wait = float(c.number(defaults, dpath, "retry_wait", 5.0))
    deadline = float(c.number(defaults, dpath, "deadline", 600.0, minimum=0.1))
    body = c.mapping(data.get("sources") or {}, ("sources",))
    if not body:
        c.problem(("sources",), "expected at least one source")
    out: list[Source] = []
    for name, raw in body.items():
        path: Path_ = ("sources", name)
        src = c.mapping(raw, path)
        c.keys(src, path, ("kind", *WHERE_KEYS, "timeout", "retries", "retry_wait",
                           "deadline", "full_text", "private_links"))
        kind = c.text(src, path, "kind")
        if kind and kind not in SOURCE_KINDS:
            c.problem((*path, "kind"), f"expected one of: {', '.join(SOURCE_KINDS)}; got {kind!r}")
        wanted = SOURCE_KINDS.get(kind, ())
        given = [k for k in WHERE_KEYS if k in src]
        if wanted and len([k for k in given if k in wanted]) != 1:
            c.problem(path, f"a {kind} source needs exactly one of: {', '.join(wanted)}")
        for key in given:
            if wanted and key not in wanted:
                c.problem((*path, key), f"not used by a {kind} source", key=True)
        url = c.text(src, path, "url") if "url" in src else None
        if url is not None and not url.lower().startswith(("http://", "https://")):
            c.problem((*path, "url"), f"expected an http:// or https:// address, got {url!r}")
        full_text = src.get("full_text", False)
        if not isinstance(full_text, bool):
            c.problem((*path, "full_text"), f"expected true or false, got {show(full_text)}")
            full_text = False
        elif full_text and kind != "feed":
            c.problem((*path, "full_text"), "only a feed source can fetch full text")
        private_links = src.get("private_links", False)
        if not isinstance(private_links, bool):
            c.problem((*path, "private_links"),
                      f"expected true or false, got {show(private_links)}")
            private_links = False
        elif private_links and not full_text:
            c.problem((*path, "private_links"), "only a feed with full_text: true follows links")
        file_or_path = src.get("path") if "path" in src else src.get("file")
        out.append(
            Source(
                name=str(name),
                kind=kind,
                path=None if file_or_path is None else c.text(
                    src, path, "path" if "path" in src else "file"),
                url=url,
                timeout=float(c.number(src, path, "timeout", timeout, minimum=0.1)),
                retries=int(c.number(src, path, "retries", retries, integer=True)),
                retry_wait=float(c.number(src, path, "retry_wait", retry_wait)),
                full_text=full_text,
                private_links=private_links,
                deadline=float(c.number(src, path, "deadline", deadline, minimum=0.1)),
            )
        )
    return tuple(out)
