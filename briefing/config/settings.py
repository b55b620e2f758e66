"""Configuration stage: config/*.yaml -> validated, frozen `Config` values.

Input: a config folder holding actors.yaml and briefing.yaml. Output: a `Config`, or a
ConfigError listing every problem at once, one `file:line:col: key: problem` line each.
Unknown keys are errors, so a typo never silently does nothing.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from briefing.config.checker import Checker, load_checked, show
from briefing.errors import ConfigError
from briefing.config.operations import SmtpSettings, StoreSettings, smtp_settings, store_settings
from briefing.config.yamlpos import Path_

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
# The largest values that can work: past them a build overflows a date, runs out of
# memory or never ends, so `briefing check` refuses them.
MAX_WINDOW_DAYS = 3660  # ten years
MAX_ARTICLE_MB = 100.0
MAX_PER_SECTION = 1000  # statements_per_actor, key_developments
MAX_RUN_DEADLINE = 86_400.0  # seconds: a daily job


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
    max_article_mb: float = 5.0  # larger articles are cut to this size, with a warning

    @property
    def max_article_bytes(self) -> int:
        return max(1, int(self.max_article_mb * 1_000_000))


@dataclass(frozen=True, slots=True)
class Config:
    folder: Path
    actors: Actors
    brief: BriefSettings
    store: StoreSettings = StoreSettings()
    smtp: SmtpSettings | None = None  # None: no smtp section, nothing can be sent
    run_deadline: float = 3600.0  # seconds `briefing run` may take in all


def load_config(folder: Path) -> Config:
    """Load and validate every file of a config folder; raise ConfigError listing all problems."""
    problems: list[str] = []
    actors: Actors | None = None
    brief: BriefSettings | None = None
    store, smtp, run_deadline = StoreSettings(), None, 3600.0
    try:
        actors = load_checked(folder, "actors.yaml", _actors)
    except ConfigError as exc:
        problems.extend(exc.problems)
    try:
        brief, store, smtp, run_deadline = load_checked(folder, "briefing.yaml", _briefing_file)
    except ConfigError as exc:
        problems.extend(exc.problems)
    if problems or actors is None or brief is None:
        raise ConfigError(problems)
    return Config(folder=folder, actors=actors, brief=brief, store=store, smtp=smtp,
                  run_deadline=run_deadline)


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
            c.problem(ppath, f"expected a role or a mapping with role, got {show(value)}")
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
         "handling", "output_dir", "sections", "store", "smtp", "pdf_variant", "max_article_mb",
         "run_deadline"),
    )
    pdf_variant = c.text(data, (), "pdf_variant", "", allow_empty=True)
    if pdf_variant not in ("", *PDF_VARIANTS):
        c.problem(("pdf_variant",), f"expected one of {', '.join(PDF_VARIANTS)} or \"\", "
                                   f"got {show(pdf_variant)}")
    sections_raw = c.mapping(data.get("sections", {}), ("sections",))
    c.keys(sections_raw, ("sections",), SECTIONS)
    sections = []
    for name in SECTIONS:
        on = sections_raw.get(name, True)
        if not isinstance(on, bool):
            c.problem(("sections", name), f"expected true or false, got {show(on)}")
        elif on:
            sections.append(name)
    return BriefSettings(
        title=c.text(data, (), "title", "Situation brief"),
        window_days=int(c.number(data, (), "window_days", 1, integer=True,
                                 maximum=MAX_WINDOW_DAYS)),
        statements_per_actor=int(
            c.number(data, (), "statements_per_actor", 3, integer=True, minimum=1,
                     maximum=MAX_PER_SECTION)
        ),
        key_developments=int(c.number(data, (), "key_developments", 5, integer=True,
                                      maximum=MAX_PER_SECTION)),
        min_score=float(c.number(data, (), "min_score", 0.0)),
        handling=c.text(data, (), "handling", "", allow_empty=True),
        output_dir=c.text(data, (), "output_dir", "output"),
        sections=tuple(sections),
        pdf_variant=pdf_variant if pdf_variant in PDF_VARIANTS else "",
        max_article_mb=float(c.number(data, (), "max_article_mb", 5.0, minimum=0.001,
                                      maximum=MAX_ARTICLE_MB)),
    )


def _briefing_file(c: Checker,
                   ) -> tuple[BriefSettings, StoreSettings, SmtpSettings | None, float]:
    run_deadline = float(c.number(c.data, (), "run_deadline", 3600.0, minimum=1,
                                  maximum=MAX_RUN_DEADLINE))
    return _brief(c), store_settings(c), smtp_settings(c), run_deadline
