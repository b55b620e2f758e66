"""Extraction output: one input record -> the `briefing extract` JSON value.

Input: a record `{"id", "text", "date"?, "title"?}` (one JSON line of `briefing extract`) and
the `ActorMatcher`. Output: `{"id", "statements": [...]}` with, per statement, its kind
("quote" for direct quotes, "reported" for every other kind), the first start and last end,
the spans, the text, the speaker, the cue and the actor. Offsets are Python string offsets
into the input text. This is the code path benchmarks/accuracy measures.
"""

from __future__ import annotations

import datetime as dt
import re
from typing import Any

from briefing.errors import InputError
from briefing.extract.cues import BODY_WORDS, PRONOUNS
from briefing.extract.matcher import ActorMatcher
from briefing.extract.statements import extract_with_rules
from briefing.models import CAPACITIES, QUOTE, STATE_CAPACITIES, Article, Statement

NO_STATE = frozenset(CAPACITIES) - frozenset(STATE_CAPACITIES) - {"igo", "rebel"}


def extract_record(record: dict[str, Any], matcher: ActorMatcher, *,
                   rules: bool = False) -> dict[str, Any]:
    """Extract the statements of one record; `rules` adds the rule that found each.

    The rule is given by its name in the registry (`Rule.LEADING` -> "LEADING", rules.py).
    """
    article = record_article(record)
    statements = []
    for statement, rule in extract_with_rules(article, matcher):
        item = statement_json(statement)
        if rules:
            item["rule"] = rule.name
        statements.append(item)
    return {"id": article.id, "statements": statements}


def record_article(record: dict[str, Any]) -> Article:
    """Turn an input record into an Article; raise InputError when it is unusable."""
    if not isinstance(record, dict):
        raise InputError("expected a JSON object with id and text")
    text, ident = record.get("text"), record.get("id")
    if not isinstance(text, str) or ident is None:
        raise InputError("expected a JSON object with id and text")
    raw_date = record.get("date")
    date = None
    if raw_date:
        try:
            date = dt.date.fromisoformat(str(raw_date)[:10])
        except ValueError as exc:
            raise InputError(f"bad date {raw_date!r}: expected YYYY-MM-DD") from exc
    return Article(
        id=str(ident),
        date=date,  # type: ignore[arg-type]  # an undated record is still extracted
        title=str(record.get("title") or ""),
        source=str(record.get("source") or ""),
        url=record.get("url"),
        text=text,
        origin="record",
    )


def speaker_text(statement: Statement) -> str | None:
    """The speaker as the JSON gives it: the name, unless the text describes them there.

    "she" and "Baloch" give the resolved name ("Mao Ning", "Mumtaz Zahra Baloch"); a
    description ("the spokeswoman") stays as written, its person being in the brief.
    """
    speaker = statement.speaker
    mention, name = speaker.mention, speaker.name
    if name is None or mention is None or mention.lower() in PRONOUNS:
        return name or mention
    last = name.split()[-1].lower()
    if last not in mention.lower():
        return mention
    at = mention.find(name)
    if at >= 0 and last in BODY_HEADS and CUT_NAME.match(mention, at + len(name)):
        return mention  # "Board" of "a Board of Foreign Trade official": a name cut short
    return name


# What goes on after a body's name cut short: "Board| of Foreign Trade", "Ministry| of Trade
# and Industry".
CUT_NAME = re.compile(r"\s+(?:of|and|for)\s+(?:the\s+)?[A-Z]")
BODY_HEADS = BODY_WORDS | frozenset(
    "board bank association institute federation union organisation organization".split())


def statement_json(statement: Statement) -> dict[str, Any]:
    """The JSON value of one statement."""
    speaker = statement.speaker
    return {
        "kind": "quote" if statement.kind == QUOTE else "reported",
        "start": statement.spans[0][0],
        "end": statement.spans[-1][1],
        "spans": [[s, e] for s, e in statement.spans],
        "text": statement.text,
        "speaker": speaker_text(statement),
        "cue": statement.cue,
        # A company, an analyst or a private person speaks for no state, even one named
        # beside them (the brief may still show them under it, as its public).
        "actor": speaker.actor if speaker.capacity not in NO_STATE else None,
        "actor_code": speaker.code,
        "voice": speaker.capacity,
    }
