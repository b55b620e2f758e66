"""Configuration stage: config/*.yaml -> validated, frozen `Config` values.

Input: a config folder holding actors.yaml and briefing.yaml. Output: a `Config`, or a
ConfigError listing every problem at once, one `file:line:col: key: problem` line each.
Unknown keys are errors, so a typo never silently does nothing.
"""

from __future__ import annotations

import datetime as dt
import email.utils
import math
import re
import string
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from briefing import yamlpos
from briefing.errors import ConfigError
from briefing.yamlpos import Path_, Positions, dotted

ACTOR_KINDS = (
    "state",
    "government body",
    "armed group",
    "international organisation",
    "political party",
    "media",
    "other",
)
SECTIONS = (
    "key_developments", "actors", "sources",
    # The situation picture (briefing/analysis/): keep in step with analysis.SECTIONS.
    "sitrep", "bottom_line", "timeline", "key_figures", "competing_accounts", "who_said_what",
    "activity", "what_to_watch", "what_changed",
)
# PDF flavours WeasyPrint writes: an archival PDF/A-3b (with statements.json attached)
# and a tagged, accessible PDF/UA-1.
PDF_VARIANTS = ("pdf/a-3b", "pdf/ua-1")
_ACTOR_ID = re.compile(r"[a-z0-9_-]+")


@dataclass(frozen=True, slots=True)
class Person:
    name: str
    role: str
    aliases: tuple[str, ...] = ()  # other ways the text names them ("Baloch", "Yundong")
    since: dt.date | None = None
    until: dt.date | None = None


@dataclass(frozen=True, slots=True)
class Actor:
    id: str
    name: str
    kind: str
    emphasis: float
    aliases: tuple[str, ...]  # names, demonyms, capitals, seats of government
    people: tuple[Person, ...]
    discard: tuple[str, ...] = ()  # phrases that contain an alias but are not this actor


@dataclass(frozen=True, slots=True)
class Actors:
    actors: tuple[Actor, ...]
    roles: tuple[str, ...]  # role phrases that take the actor named nearby
    discard: tuple[str, ...]  # phrases that never name any actor

    def get(self, actor_id: str) -> Actor | None:
        """Return the actor with this id, or None."""
        for actor in self.actors:
            if actor.id == actor_id:
                return actor
        return None


@dataclass(frozen=True, slots=True)
class BriefSettings:
    title: str
    window_days: int
    statements_per_actor: int
    key_developments: int
    min_score: float
    handling: str
    output_dir: str
    sections: tuple[str, ...]  # the sections switched on, in SECTIONS order
    pdf_variant: str = ""  # "" (plain PDF) or one of PDF_VARIANTS


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
    timeout: float = 60.0
    retry_for: float = 600.0  # seconds to keep retrying temporary failures
    retry_wait: float = 10.0  # first wait between tries; doubles each time
    subject: str = "{title}: {date}"


@dataclass(frozen=True, slots=True)
class Config:
    folder: Path
    actors: Actors
    brief: BriefSettings
    store: StoreSettings = StoreSettings()
    smtp: SmtpSettings | None = None  # None: no smtp section, nothing can be sent


def load_config(folder: Path) -> Config:
    """Load and validate every file of a config folder; raise ConfigError listing all problems."""
    problems: list[str] = []
    actors: Actors | None = None
    brief: BriefSettings | None = None
    store, smtp = StoreSettings(), None
    try:
        actors = _load(folder, "actors.yaml", _actors)
    except ConfigError as exc:
        problems.extend(exc.problems)
    try:
        brief, store, smtp = _load(folder, "briefing.yaml", _briefing_file)
    except ConfigError as exc:
        problems.extend(exc.problems)
    if problems or actors is None or brief is None:
        raise ConfigError(problems)
    return Config(folder=folder, actors=actors, brief=brief, store=store, smtp=smtp)


def summarise(config: Config) -> str:
    """Describe a valid config for `briefing check`: a line per actor, then the totals.

    Actors come in the brief's order (highest emphasis first, then name and id);
    an actor with emphasis 0 is marked "hidden".
    """
    actors = sorted(config.actors.actors, key=lambda a: (-a.emphasis, a.name, a.id))
    rows = [("id", "name", "kind", "emphasis", "aliases", "people", "")]
    rows += [
        (a.id, a.name, a.kind, f"{a.emphasis:g}", str(len(a.aliases)), str(len(a.people)),
         "hidden" if a.emphasis == 0 else "")
        for a in actors
    ]
    widths = [max(len(row[i]) for row in rows) for i in range(6)]
    lines = [
        "  ".join([*(row[i].ljust(widths[i]) for i in range(3)),
                   *(row[i].rjust(widths[i]) for i in range(3, 6)), row[6]]).rstrip()
        for row in rows
    ]
    hidden = sum(1 for a in actors if a.emphasis == 0)
    totals = [
        _count(len(actors), "actor", "actors") + (f" ({hidden} hidden)" if hidden else ""),
        _count(sum(len(a.aliases) for a in actors), "alias", "aliases"),
        _count(sum(len(a.people) for a in actors), "person", "people"),
        _count(len(config.actors.roles), "role", "roles"),
    ]
    return "\n".join([*lines, "", ", ".join(totals)])  # click.echo adds the last newline


def _count(n: int, one: str, many: str) -> str:
    return f"{n} {one if n == 1 else many}"


def _load(folder: Path, name: str, build: Callable[[Checker], Any]) -> Any:
    path = folder / name
    data, positions, problems = yamlpos.read(path, str(path))
    checker = Checker(positions)
    for problem in problems:  # duplicate keys, aliases: reported with the checker's own
        where = problem[len(positions.file) + 1:].split(":", 2)
        checker.problems.append(((int(where[0]), int(where[1])), problem))
    value = build(checker.top(data))
    checker.raise_if_problems()
    return value


class Checker:
    """Collect validation problems with their positions; read typed values."""

    def __init__(self, positions: Positions) -> None:
        self.positions = positions
        self.problems: list[tuple[tuple[int, int], str]] = []

    def top(self, data: Any) -> Checker:
        self.data = data
        self.shaped = isinstance(data, dict)  # False: the file is not a mapping at all
        if not isinstance(data, dict):
            self.problem((), f"expected a mapping of keys, got {_show(data)}")
            self.data = {}
        return self

    def problem(self, path: Path_, message: str, *, key: bool = False) -> None:
        if any(path[:n] in self.positions.refused for n in range(1, len(path) + 1)):
            return  # the YAML reader has already said what is wrong with this value
        where = self.positions.at(path, key=key)
        line, col = (int(x) for x in where.rsplit(":", 2)[1:])
        self.problems.append(((line, col), f"{where}: {dotted(path)}: {message}"))

    def raise_if_problems(self) -> None:
        if self.problems:
            raise ConfigError([msg for _, msg in sorted(self.problems)])

    def keys(self, mapping: dict[str, Any], path: Path_, allowed: tuple[str, ...]) -> None:
        for key in mapping:
            if key not in allowed:
                self.problem(
                    (*path, key), f"unknown key; expected one of: {', '.join(allowed)}", key=True
                )

    def mapping(self, value: Any, path: Path_) -> dict[str, Any]:
        if isinstance(value, dict):
            return value
        self.problem(path, f"expected a mapping of keys, got {_show(value)}")
        return {}

    def text(self, mapping: dict[str, Any], path: Path_, key: str, default: str | None = None,
             *, allow_empty: bool = False) -> str:
        value = mapping.get(key, default)
        if value is None:
            self.problem((*path, key), "required: expected text")
            return ""
        if isinstance(value, bool) or not isinstance(value, str | int | float):
            self.problem((*path, key), f"expected text, got {_show(value)}")
            return ""
        value = str(value).strip()
        if not value and not allow_empty:
            self.problem((*path, key), "expected text, got an empty value")
        return value

    def number(self, mapping: dict[str, Any], path: Path_, key: str, default: float,
               *, integer: bool = False, minimum: float = 0) -> float:
        value = mapping.get(key, default)
        kind = "a whole number" if integer else "a number"
        bad = isinstance(value, bool) or not isinstance(value, int | float)
        if not bad and integer and not isinstance(value, int):
            bad = True
        if not bad and not math.isfinite(value):
            bad = True  # .nan passes every comparison; .inf overflows round()
        if bad or value < minimum:
            bound = int(minimum) if integer or float(minimum).is_integer() else minimum
            self.problem((*path, key), f"expected {kind} >= {bound}, got {_show(value)}")
            return default
        return value

    def texts(self, mapping: dict[str, Any], path: Path_, key: str) -> tuple[str, ...]:
        value = mapping.get(key, [])
        if value is None:
            return ()
        if not isinstance(value, list):
            self.problem((*path, key), f"expected a list of text, got {_show(value)}")
            return ()
        out: list[str] = []
        for i, item in enumerate(value):
            if isinstance(item, bool) or not isinstance(item, str | int | float) or not str(
                item
            ).strip():
                self.problem((*path, key, i), f"expected text, got {_show(item)}")
                continue
            out.append(str(item).strip())
        return tuple(out)

    def date(self, mapping: dict[str, Any], path: Path_, key: str) -> dt.date | None:
        value = mapping.get(key)
        if value is None:
            return None
        if isinstance(value, dt.date) and not isinstance(value, dt.datetime):
            return value
        self.problem((*path, key), f"expected a date like 2024-01-19, got {_show(value)}")
        return None


def _show(value: Any) -> str:
    if isinstance(value, dict):
        return "a mapping"
    if isinstance(value, list):
        return "a list"
    if value is None:
        return "nothing"
    if isinstance(value, bool):
        return "true" if value else "false"  # as YAML writes them, not Python
    if isinstance(value, dt.date):
        return str(value)
    return repr(value)


def _actors(c: Checker) -> Actors:
    data = c.data
    c.keys(data, (), ("roles", "discard", "actors"))
    roles = c.texts(data, (), "roles")
    discard = c.texts(data, (), "discard")
    raw = data.get("actors")
    actors_map = c.mapping({} if raw is None else raw, ("actors",))
    if not actors_map and c.shaped and isinstance(raw, dict | None):
        c.problem(("actors",), "expected at least one actor")
    actors: list[Actor] = []
    for actor_id, body in actors_map.items():
        path: Path_ = ("actors", actor_id)
        if not _ACTOR_ID.fullmatch(actor_id):
            c.problem(path, "actor ids are lower-case letters, digits, '-' and '_'", key=True)
        body = c.mapping(body, path)
        c.keys(body, path, ("name", "kind", "emphasis", "aliases", "people", "discard"))
        kind = c.text(body, path, "kind", "state")
        if kind not in ACTOR_KINDS:
            c.problem((*path, "kind"), f"expected one of: {', '.join(ACTOR_KINDS)}; got {kind!r}")
        actors.append(
            Actor(
                id=actor_id,
                name=c.text(body, path, "name"),
                kind=kind,
                emphasis=float(c.number(body, path, "emphasis", 1.0)),
                aliases=c.texts(body, path, "aliases"),
                people=_people(c, body, path),
                discard=c.texts(body, path, "discard"),
            )
        )
    return Actors(actors=tuple(actors), roles=roles, discard=discard)


def _people(c: Checker, body: dict[str, Any], path: Path_) -> tuple[Person, ...]:
    raw = body.get("people", {})
    if raw is None:
        return ()
    people_path = (*path, "people")
    raw = c.mapping(raw, people_path)
    people: list[Person] = []
    for name, value in raw.items():
        ppath = (*people_path, name)
        if isinstance(value, str):
            if not value.strip():
                c.problem(ppath, "expected a role, e.g. 'Foreign Ministry spokesperson'")
            people.append(Person(name=name, role=value.strip()))
            continue
        if not isinstance(value, dict):
            c.problem(ppath, f"expected a role or a mapping with role, got {_show(value)}")
            continue
        c.keys(value, ppath, ("role", "aliases", "since", "until"))
        since, until = c.date(value, ppath, "since"), c.date(value, ppath, "until")
        if since and until and until < since:
            c.problem((*ppath, "until"), f"{until} is before since ({since})")
        people.append(
            Person(
                name=name,
                role=c.text(value, ppath, "role"),
                aliases=c.texts(value, ppath, "aliases"),
                since=since,
                until=until,
            )
        )
    return tuple(people)


def _brief(c: Checker) -> BriefSettings:
    data = c.data
    c.keys(
        data,
        (),
        ("title", "window_days", "statements_per_actor", "key_developments", "min_score",
         "handling", "output_dir", "sections", "store", "smtp", "pdf_variant"),
    )
    pdf_variant = c.text(data, (), "pdf_variant", "", allow_empty=True)
    if pdf_variant not in ("", *PDF_VARIANTS):
        c.problem(("pdf_variant",), f"expected one of {', '.join(PDF_VARIANTS)} or \"\", "
                                   f"got {_show(pdf_variant)}")
    sections_raw = c.mapping(data.get("sections", {}), ("sections",))
    c.keys(sections_raw, ("sections",), SECTIONS)
    sections = []
    for name in SECTIONS:
        on = sections_raw.get(name, True)
        if not isinstance(on, bool):
            c.problem(("sections", name), f"expected true or false, got {_show(on)}")
        elif on:
            sections.append(name)
    return BriefSettings(
        title=c.text(data, (), "title", "Situation brief"),
        window_days=int(c.number(data, (), "window_days", 1, integer=True)),
        statements_per_actor=int(
            c.number(data, (), "statements_per_actor", 3, integer=True, minimum=1)
        ),
        key_developments=int(c.number(data, (), "key_developments", 5, integer=True)),
        min_score=float(c.number(data, (), "min_score", 0.0)),
        handling=c.text(data, (), "handling", "", allow_empty=True),
        output_dir=c.text(data, (), "output_dir", "output"),
        sections=tuple(sections),
        pdf_variant=pdf_variant if pdf_variant in PDF_VARIANTS else "",
    )


# --- daily operation: the store and smtp sections of briefing.yaml, and sources.yaml ---

SECURITY = ("starttls", "ssl", "none")
DEFAULT_PORTS = {"starttls": 587, "ssl": 465, "none": 25}
SOURCE_KINDS = ("folder", "feed", "page")
_ENV_NAME = re.compile(r"[A-Za-z_][A-Za-z0-9_]*")


@dataclass(frozen=True, slots=True)
class Source:
    """One place articles come from (config/sources.yaml)."""

    name: str
    kind: str  # one of SOURCE_KINDS
    path: str | None  # folder, or a feed read from a file
    url: str | None  # feed or page
    timeout: float
    retries: int
    retry_wait: float
    full_text: bool = False  # feed: fetch each entry's page for its full text


def load_sources(folder: Path) -> tuple[Source, ...]:
    """Load and validate config/sources.yaml; raise ConfigError listing all problems."""
    return _load(folder, "sources.yaml", _sources)  # type: ignore[no-any-return]


def _briefing_file(c: Checker) -> tuple[BriefSettings, StoreSettings, SmtpSettings | None]:
    return _brief(c), _store(c), _smtp(c)


def _store(c: Checker) -> StoreSettings:
    raw = c.data.get("store")
    if raw is None:
        return StoreSettings()
    body = c.mapping(raw, ("store",))
    c.keys(body, ("store",), ("path",))
    return StoreSettings(path=c.text(body, ("store",), "path", "output/briefing.db"))


def _smtp(c: Checker) -> SmtpSettings | None:
    raw = c.data.get("smtp")
    if raw is None:
        return None
    path: Path_ = ("smtp",)
    body = c.mapping(raw, path)
    c.keys(body, path, ("host", "port", "security", "from", "to", "cc", "bcc", "username_env",
                        "password_env", "ca_file", "timeout", "retry_for", "retry_wait",
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
        timeout=float(c.number(body, path, "timeout", 60.0, minimum=0.1)),
        retry_for=float(c.number(body, path, "retry_for", 600.0)),
        retry_wait=float(c.number(body, path, "retry_wait", 10.0)),
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
    c.keys(defaults, dpath, ("timeout", "retries", "retry_wait"))
    timeout = float(c.number(defaults, dpath, "timeout", 30.0, minimum=0.1))
    retries = int(c.number(defaults, dpath, "retries", 2, integer=True))
    retry_wait = float(c.number(defaults, dpath, "retry_wait", 5.0))
    body = c.mapping(data.get("sources") or {}, ("sources",))
    if not body:
        c.problem(("sources",), "expected at least one source")
    out: list[Source] = []
    for name, raw in body.items():
        path: Path_ = ("sources", name)
        src = c.mapping(raw, path)
        c.keys(src, path, ("kind", "path", "url", "file", "timeout", "retries", "retry_wait",
                           "full_text"))
        kind = c.text(src, path, "kind")
        if kind and kind not in SOURCE_KINDS:
            c.problem((*path, "kind"), f"expected one of: {', '.join(SOURCE_KINDS)}; got {kind!r}")
        wanted = {"folder": ("path",), "feed": ("url", "file"), "page": ("url",)}.get(kind, ())
        given = [k for k in ("path", "url", "file") if k in src]
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
            c.problem((*path, "full_text"), f"expected true or false, got {_show(full_text)}")
            full_text = False
        elif full_text and kind != "feed":
            c.problem((*path, "full_text"), "only a feed source can fetch full text")
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
            )
        )
    return tuple(out)
