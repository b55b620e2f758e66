"""Configuration stage: config/*.yaml -> validated, frozen `Config` values.

Input: a config folder holding actors.yaml and briefing.yaml. Output: a `Config`, or a
ConfigError listing every problem at once, one `file:line:col: key: problem` line each.
Unknown keys are errors, so a typo never silently does nothing.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, replace
from pathlib import Path
from typing import TYPE_CHECKING, Any

from briefing.config import sections as registry
from briefing.config.checker import Checker, load_checked, show
from briefing.config.operations import SmtpSettings, StoreSettings, smtp_settings, store_settings
from briefing.config.yamlpos import Path_
from briefing.errors import ConfigError
from briefing.models import Window

if TYPE_CHECKING:  # the reference is imported only when actors.yaml uses it (see _reference)
    from briefing.knowledge.explain import Listed
    from briefing.knowledge.overlay import ActorRef
    from briefing.knowledge.store import Reference

ACTOR_KINDS = (
    "state",
    "government body",
    "armed group",
    "international organisation",
    "political party",
    "media",
    "other",
)
# PDF flavours WeasyPrint writes: an archival PDF/A-3b (with statements.json attached)
# and a tagged, accessible PDF/UA-1.
PDF_VARIANTS = ("pdf/a-3b", "pdf/ua-1")
_ACTOR_ID = re.compile(r"[a-z0-9_-]+")
_CODE_ID = re.compile(r"[A-Z][A-Z0-9]{1,7}")  # an id that is a reference code: CAN, NATO
# The reference's kinds as the brief's actor kinds.
_REFERENCE_KINDS = {"state": "state", "historical": "state", "territory": "state",
                    "body": "international organisation"}
# Voices that are no state's, no body's and no armed group's (wire_guidelines.md): a company,
# a newspaper, an analyst, "Western diplomats", a private person. Keep in step with
# briefing.knowledge.model.VOICES.
NON_STATE_VOICES = ("business", "media", "expert", "unnamed", "private")
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
    # The reference's code (ISO 3166-1 alpha-3, a historical state's, or a body's: "CAN",
    # "SUN", "NATO"), which statements' actor_code carry; None for an actor the reference
    # does not know or that actors.yaml does not link to it.
    code: str | None = None
    followed_all: bool = False  # added by `follow_all`, not named in actors.yaml


@dataclass(frozen=True, slots=True)
class Actors:
    actors: tuple[Actor, ...]
    roles: tuple[str, ...]  # role phrases that take the actor named nearby
    discard: tuple[str, ...]  # phrases that never name any actor
    follow_all: bool = False  # every state and body of the reference is followed too

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
    sections: tuple[str, ...]  # the sections switched on, in config/sections.py's order
    pdf_variant: str = ""  # "" (plain PDF) or one of PDF_VARIANTS
    max_article_mb: float = 5.0  # larger articles are cut to this size, with a warning
    non_state_voices: bool = True  # show business, media, expert, unnamed, private voices
    send_empty_brief: bool = False  # `run` sends a brief with no article in its window

    def window(self, day: dt.date) -> Window:
        """The window of the brief for `day`: the `window_days` before it, and the day."""
        return Window(day - dt.timedelta(days=self.window_days), day)

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
    an actor with emphasis 0 is marked "hidden". The states and bodies that `follow_all`
    adds are counted on one line, not listed.
    """
    actors = sorted(config.actors.actors, key=lambda a: (-a.emphasis, a.name, a.id))
    listed = [a for a in actors if not a.followed_all]
    rows = [("id", "name", "kind", "emphasis", "aliases", "people", "")]
    rows += [
        (a.id, a.name, a.kind, f"{a.emphasis:g}", str(len(a.aliases)), str(len(a.people)),
         "hidden" if a.emphasis == 0 else "")
        for a in listed
    ]
    widths = [max(len(row[i]) for row in rows) for i in range(6)]
    lines = [
        "  ".join([*(row[i].ljust(widths[i]) for i in range(3)),
                   *(row[i].rjust(widths[i]) for i in range(3, 6)), row[6]]).rstrip()
        for row in rows
    ]
    followed = len(actors) - len(listed)
    if config.actors.follow_all:
        more = _count(followed, "more state or body", "more states and bodies")
        lines.append(f"follow_all: {more} from the reference")
    hidden = sum(1 for a in actors if a.emphasis == 0)
    totals = [
        _count(len(actors), "actor", "actors") + (f" ({hidden} hidden)" if hidden else ""),
        _count(sum(len(a.aliases) for a in actors), "alias", "aliases"),
        _count(sum(len(a.people) for a in actors), "person", "people"),
        _count(len(config.actors.roles), "role", "roles"),
    ]
    return "\n".join([*lines, "", ", ".join(totals)])  # click.echo adds the last newline


def listed_people(actors: Actors) -> tuple[Listed, ...]:
    """Return the people actors.yaml lists, as `briefing who` weighs them."""
    from briefing.knowledge.explain import Listed

    return tuple(Listed(p.name, p.aliases, p.role, p.since, p.until, a.id, a.code)
                 for a in actors.actors for p in a.people)


def _count(n: int, one: str, many: str) -> str:
    return f"{n} {one if n == 1 else many}"


def _actors(c: Checker) -> Actors:
    data = c.data
    c.keys(data, (), ("follow_all", "roles", "discard", "actors"))
    follow_all = _flag(c, data, (), "follow_all", False)
    roles = c.texts(data, (), "roles")
    discard = c.texts(data, (), "discard")
    raw = data.get("actors")
    actors_map = c.mapping({} if raw is None else raw, ("actors",))
    if not actors_map and c.shaped and isinstance(raw, dict | None):
        c.problem(("actors",), "expected at least one actor")
    bodies = {actor_id: {} if body is None else body for actor_id, body in actors_map.items()}
    # The reference is read only when an actor needs it: no name (`canada: {emphasis: 2}`),
    # a code as its id or in `code:`, or follow_all. Today's files never read it.
    needs = follow_all or any(isinstance(b, dict) and ("name" not in b or "code" in b)
                              or _CODE_ID.fullmatch(i) for i, b in bodies.items())
    reference = _reference() if needs else None
    written: list[tuple[Actor, ActorRef | None]] = []
    for actor_id, raw_body in bodies.items():
        path: Path_ = ("actors", actor_id)
        body = c.mapping(raw_body, path)
        c.keys(body, path, ("name", "code", "kind", "emphasis", "aliases", "people", "discard"))
        shaped = isinstance(raw_body, dict)
        linked = _link(c, reference, actor_id, body, path) if shaped else None
        if not (_ACTOR_ID.fullmatch(actor_id) or linked is not None and linked.code == actor_id
                or _CODE_ID.fullmatch(actor_id) and shaped):
            c.problem(path, "actor ids are lower-case letters, digits, '-' and '_'", key=True)
        kind = c.text(body, path, "kind", _REFERENCE_KINDS[linked.kind] if linked else "state")
        if kind not in ACTOR_KINDS:
            c.problem((*path, "kind"), f"expected one of: {', '.join(ACTOR_KINDS)}; got {kind!r}")
        unlinked = linked is None and reference is not None and shaped and "name" not in body
        # (an entry with no name that the reference does not know: _link said what to do)
        name = c.text(body, path, "name", linked.name if linked else actor_id if unlinked else None)
        code = linked.code if linked else None
        if linked is None and follow_all and reference is not None:
            linked = _by_name(reference, name)  # linked by its name: no second Pakistan
            code = linked.code if linked else None
        written.append((Actor(
            id=actor_id,
            name=name,
            kind=kind,
            emphasis=float(c.number(body, path, "emphasis", 1.0)),
            aliases=c.texts(body, path, "aliases"),
            people=_people(c, body, path),
            discard=c.texts(body, path, "discard"),
            code=code,
        ), linked))
    actors = _with_reference_phrases(written, reference if follow_all else None, roles)
    return Actors(actors=actors, roles=roles, discard=discard, follow_all=follow_all)


def _flag(c: Checker, mapping: dict[str, Any], path: Path_, key: str, default: bool) -> bool:
    value = mapping.get(key, default)
    if not isinstance(value, bool):
        c.problem((*path, key), f"expected true or false, got {show(value)}")
        return default
    return value


def _reference() -> Reference:
    """Read the worldwide reference (about 0.1 s, the first time only)."""
    from briefing.knowledge.store import load

    return load()


def _by_name(reference: Reference, name: str) -> ActorRef | None:
    """Return the state or body whose name this is ("Pakistan" -> PAK), or None."""
    from briefing.knowledge.overlay import actor_ref, code_of_name

    code = code_of_name(reference, name)
    return actor_ref(reference, code) if code else None


def _link(c: Checker, reference: Reference | None, actor_id: str, body: dict[str, Any],
          path: Path_) -> ActorRef | None:
    """Return the state or body of the reference an actor entry names, if it names one:
    by `code:`, by an id that is a code (CAN), or, with no `name:`, by its id (canada)."""
    if reference is None:
        return None
    from briefing.knowledge.overlay import actor_ref, find_actor

    if "code" in body:
        code = c.text(body, path, "code")
        found = actor_ref(reference, code) if code else None
        if code and found is None:
            c.problem((*path, "code"), f"{code!r} is not the code of a state or body the "
                                       "reference knows (codes look like CAN, SUN, NATO)")
        return found
    if "name" in body and not _CODE_ID.fullmatch(actor_id):
        return None  # an actor as written, as before the reference
    found = find_actor(reference, actor_id)
    if found is None:
        c.problem(path, "not a state or body the reference knows; give name: and kind: "
                        "or use a code such as CAN", key=True)
    return found


def _with_reference_phrases(written: list[tuple[Actor, ActorRef | None]],
                            follow_all: Reference | None,
                            roles: tuple[str, ...] = ()) -> tuple[Actor, ...]:
    """Give each linked actor the reference's phrases for it, and add the actors follow_all
    follows. A phrase belongs to one actor: what actors.yaml writes wins, then linked actors
    in the reference's claim order (states of today before historical ones), then the
    actors follow_all adds, so no phrase is ever ambiguous between two actors. A phrase
    actors.yaml lists under `roles:` ("Foreign Office": Pakistan's or Britain's) stays a
    role, whatever its capitals: the actor named beside it decides."""
    written_roles = {role.casefold() for role in roles}
    taken = {text for actor, _ in written
             for text in (actor.name, *actor.aliases, *actor.discard,
                          *(n for p in actor.people for n in (p.name, *p.aliases)))}
    out = {actor.id: actor for actor, _ in written}
    linked: list[tuple[Actor, ActorRef | None]] = sorted(
        ((a, r) for a, r in written if r is not None),
        key=lambda ar: ar[1].priority if ar[1] else (9, ""))
    extra: list[Actor] = []
    if follow_all is not None:
        from briefing.knowledge.overlay import every_actor

        codes = {actor.code for actor, _ in written}
        more = [(Actor(id=r.code, name=r.name, kind=_REFERENCE_KINDS[r.kind], emphasis=1.0,
                       aliases=(), people=(), code=r.code, followed_all=True), r)
                for r in every_actor(follow_all) if r.code not in codes]
        extra = [actor for actor, _ in more]
        linked += more
    taken.update(actor.name for actor, _ in linked)
    for actor, ref in linked:
        assert ref is not None
        mine = [p for p in ref.phrases if p not in taken and p != actor.name
                and p.casefold() not in written_roles]
        taken.update(mine)
        out[actor.id] = replace(actor, aliases=(*actor.aliases, *mine))
    return (*(out[actor.id] for actor, _ in written), *(out[a.id] for a in extra))


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
         "non_state_voices", "send_empty_brief", "run_deadline"),
    )
    pdf_variant = c.text(data, (), "pdf_variant", "", allow_empty=True)
    if pdf_variant not in ("", *PDF_VARIANTS):
        c.problem(("pdf_variant",), f"expected one of {', '.join(PDF_VARIANTS)} or \"\", "
                                   f"got {show(pdf_variant)}")
    sections_raw = c.mapping(data.get("sections", {}), ("sections",))
    known = registry.keys()
    c.keys(sections_raw, ("sections",), known)
    sections = []
    for name in known:
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
        non_state_voices=_flag(c, data, (), "non_state_voices", True),
        send_empty_brief=_flag(c, data, (), "send_empty_brief", False),
    )


def shows_voice(voice: str | None, settings: BriefSettings) -> bool:
    """Say whether the brief shows a statement in this voice: a state's, a body's or an armed
    group's always, and a statement with no voice (unknown) as before; a voice that is no
    state's (business, media, expert, unnamed, private) unless `non_state_voices: false`."""
    return voice not in NON_STATE_VOICES or settings.non_state_voices


def _briefing_file(c: Checker,
                   ) -> tuple[BriefSettings, StoreSettings, SmtpSettings | None, float]:
    run_deadline = float(c.number(c.data, (), "run_deadline", 3600.0, minimum=1,
                                  maximum=MAX_RUN_DEADLINE))
    return _brief(c), store_settings(c), smtp_settings(c), run_deadline
