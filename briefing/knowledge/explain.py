"""Explain: a name and a date -> who it means, every candidate considered, and why.

Input: a name as written ("Stoltenberg", "Gerhard Stoltenberg"), a date (or None), the people
actors.yaml lists (`Listed`), and the reference. Output: an `Explanation` (candidates from
actors.yaml and from the reference, each accepted or rejected with the rule's reason, the one
chosen and the rule that chose), and `lines()` for `briefing who`. actors.yaml is the layer
on top: a person it lists who fits is chosen before the reference is asked, as the brief's
matcher does (a last name alone matches a listed person; several fitting is unknown).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass

from briefing.knowledge.model import Role
from briefing.knowledge.names import given_fit, given_names, name_tokens, surname
from briefing.knowledge.store import Reference


@dataclass(frozen=True, slots=True)
class Listed:
    """A person as actors.yaml lists them, under an actor."""

    name: str
    aliases: tuple[str, ...]
    role: str
    since: dt.date | None
    until: dt.date | None
    actor: str  # the actor id in actors.yaml
    code: str | None  # the actor's reference code, if it has one


@dataclass(frozen=True, slots=True)
class Considered:
    """One candidate and the verdict on them."""

    source: str  # "actors.yaml" or "reference"
    name: str
    speaks_for: str  # "pakistan (PAK)", "NOR gov"
    accepted: bool
    reason: str


@dataclass(frozen=True, slots=True)
class Explanation:
    """How a name resolves on a date: the candidates, the one chosen (or None), the rule."""

    name: str
    day: dt.date | None
    candidates: tuple[Considered, ...]
    chosen: Considered | None
    rule: str

    def lines(self) -> tuple[str, ...]:
        """Return the explanation as `briefing who` prints it."""
        when = self.day.isoformat() if self.day else "any date"
        head = (f"{self.chosen.name}, {self.chosen.speaks_for}" if self.chosen
                else "unknown")
        out = [f"{self.name} on {when}: {head} ({self.rule})"]
        for c in self.candidates:
            mark = "+" if c is self.chosen else "-"
            out.append(f"  {mark} {c.name} [{c.source}; {c.speaks_for}]: {c.reason}")
        if not self.candidates:
            out.append("  (no candidates)")
        return tuple(out)


def explain(name: str, day: dt.date | None, listed: Sequence[Listed],
            reference: Reference) -> Explanation:
    """Explain how `name` resolves on `day`: actors.yaml's people first, then the reference."""
    mine = tuple(_consider(name, day, person) for person in listed
                 if _named(name, person) is not None)
    res = reference.person(name, day)
    theirs = tuple(
        Considered("reference", c.person.name,
                   _role_text(reference, c.person.roles_on(day), day), c.accepted, c.reason)
        for c in res.candidates)
    fit = [c for c in mine if c.accepted]
    if len(fit) == 1:
        chosen, rule = fit[0], "actors.yaml lists them, in the role on the date"
        theirs = tuple(Considered(c.source, c.name, c.speaks_for, False,
                                  f"{c.reason}; actors.yaml's person comes first")
                       if c.accepted else c for c in theirs)
    elif fit:
        chosen, rule = None, f"ambiguous: {len(fit)} people in actors.yaml fit"
    else:
        picked = [c for c in theirs if res.chosen is not None and c.name == res.chosen.name
                  and c.accepted]
        chosen, rule = (picked[0] if picked else None), res.rule
    return Explanation(name, day, (*mine, *theirs), chosen, rule)


def _named(name: str, person: Listed) -> str | None:
    """Return how `name` names a listed person (full, last name, alias), or None."""
    query = name_tokens(name)
    if not query:
        return None
    if query == name_tokens(person.name):
        return "full name"
    if any(query == name_tokens(alias) for alias in person.aliases):
        return "alias"
    if surname(query) == surname(name_tokens(person.name)):
        return "last name"
    return None


def _consider(name: str, day: dt.date | None, person: Listed) -> Considered:
    """Apply the rules to one listed person: given names must be theirs, role on the date."""
    speaks_for = f"{person.actor} ({person.code})" if person.code else person.actor
    query = name_tokens(name)
    how = _named(name, person)
    theirs = given_names(name_tokens(person.name))
    wanted = given_names(query)
    if how == "last name" and wanted and not given_fit(wanted, theirs):
        first = next((w for w in wanted if len(w) > 1), wanted[0])
        return Considered("actors.yaml", person.name, speaks_for, False,
                          f"given name {first.title()!r} is not theirs "
                          f"({' '.join(theirs).title() or '-'})")
    if day is not None and person.since is not None and day < person.since:
        return Considered("actors.yaml", person.name, speaks_for, False,
                          f"{person.role} only from {person.since}")
    if day is not None and person.until is not None and day > person.until:
        return Considered("actors.yaml", person.name, speaks_for, False,
                          f"{person.role} only until {person.until}")
    return Considered("actors.yaml", person.name, speaks_for, True, f"{how}; {person.role}")


def _role_text(reference: Reference, roles: Sequence[Role], day: dt.date | None) -> str:
    """Say whom a reference person's best role on the date speaks for ("NOR gov")."""
    if not roles:
        return "no role on the date"
    code = reference.code_on(roles[0].code, day) if day else roles[0].code
    return f"{code} {roles[0].voice or 'elite'}"
