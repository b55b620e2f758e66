"""Configuration stage: config/*.yaml -> validated, frozen `Config` values.

Input: a config folder holding actors.yaml and briefing.yaml. Output: a `Config`, or a
ConfigError listing every problem at once, one `file:line:col: key: problem` line each.
Unknown keys are errors, so a typo never silently does nothing.
"""

from __future__ import annotations

import datetime as dt
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
SECTIONS = ("key_developments", "actors", "sources")


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


@dataclass(frozen=True, slots=True)
class Config:
    folder: Path
    actors: Actors
    brief: BriefSettings


def load_config(folder: Path) -> Config:
    """Load and validate every file of a config folder; raise ConfigError listing all problems."""
    problems: list[str] = []
    actors: Actors | None = None
    brief: BriefSettings | None = None
    try:
        actors = _load(folder, "actors.yaml", _actors)
    except ConfigError as exc:
        problems.extend(exc.problems)
    try:
        brief = _load(folder, "briefing.yaml", _brief)
    except ConfigError as exc:
        problems.extend(exc.problems)
    if problems or actors is None or brief is None:
        raise ConfigError(problems)
    return Config(folder=folder, actors=actors, brief=brief)


def _load(folder: Path, name: str, build: Callable[[Checker], Any]) -> Any:
    path = folder / name
    data, positions = yamlpos.load(path, str(path))
    checker = Checker(positions)
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
        if not isinstance(data, dict):
            self.problem((), f"expected a mapping of keys, got {_show(data)}")
            self.data = {}
        return self

    def problem(self, path: Path_, message: str, *, key: bool = False) -> None:
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
    return repr(value) if isinstance(value, str) else repr(value)


def _actors(c: Checker) -> Actors:
    data = c.data
    c.keys(data, (), ("roles", "discard", "actors"))
    roles = c.texts(data, (), "roles")
    discard = c.texts(data, (), "discard")
    actors_map = c.mapping(data.get("actors", {}), ("actors",))
    if not actors_map:
        c.problem(("actors",), "expected at least one actor")
    actors: list[Actor] = []
    for actor_id, body in actors_map.items():
        path: Path_ = ("actors", actor_id)
        if not actor_id.replace("_", "").replace("-", "").isalnum() or actor_id != actor_id.lower():
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
        people.append(
            Person(
                name=name,
                role=c.text(value, ppath, "role"),
                aliases=c.texts(value, ppath, "aliases"),
                since=c.date(value, ppath, "since"),
                until=c.date(value, ppath, "until"),
            )
        )
    return tuple(people)


def _brief(c: Checker) -> BriefSettings:
    data = c.data
    c.keys(
        data,
        (),
        ("title", "window_days", "statements_per_actor", "key_developments", "min_score",
         "handling", "output_dir", "sections"),
    )
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
    )
