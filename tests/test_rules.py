"""The rule registry (rules.py): every entry's example found by its rule, and adding a rule."""

from __future__ import annotations

import datetime as dt
import re
from enum import StrEnum
from pathlib import Path

import pytest

from briefing.config.settings import load_config
from briefing.extract.attribution import new_claim
from briefing.extract.found import Found, Rule, new_found
from briefing.extract.matcher import ActorMatcher, build_matcher
from briefing.extract.phrases import at_least, np_after, trim
from briefing.extract.reported import (
    read_leading,
    read_passive_by,
    read_quoted_as,
    read_trailing,
)
from briefing.extract.rules import RULES, RuleEntry, Step
from briefing.extract.statements import extract, extract_with_rules
from briefing.models import KINDS, REPORTED, Article

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="module")
def matcher() -> ActorMatcher:
    return build_matcher(load_config(ROOT / "config").actors)


def article(text: str) -> Article:
    return Article("t", dt.date(2024, 1, 19), "", "", None, text, "test")


def test_the_registry_lists_every_rule_once_and_every_kind() -> None:
    assert [e.rule for e in RULES] == [e.rule for e in RULES if e.rule in Rule]
    assert sorted(e.rule for e in RULES) == sorted(Rule)
    assert {e.kind for e in RULES} == set(KINDS)


def test_steps_run_in_order_and_the_cue_readers_in_registry_order() -> None:
    steps = [e.step for e in RULES]
    assert sorted(steps, key=list(Step).index) == steps
    # the speaker after the words before the speaker before them: "Let me say this, X said."
    assert RULES.readers == (read_quoted_as, read_trailing, read_leading, read_passive_by)


@pytest.mark.parametrize("entry", list(RULES), ids=lambda e: e.rule.name)
def test_each_example_is_found_by_its_rule_as_its_kind(entry: RuleEntry,
                                                       matcher: ActorMatcher) -> None:
    found = [(rule, statement.kind) for statement, rule in
             extract_with_rules(article(entry.example), matcher)]
    assert (entry.rule, entry.kind) in found, found


# The recipe "Add a reported-speech rule" (ARCHITECTURE.md), done in a test: a name in
# an enum, one reader function, one entry registered in its place. A rule of the project
# takes a member of `Rule` and an entry in RULES instead.
class ToyRule(StrEnum):
    AS_STATED_BY = "as-stated-by"
    FIRST_READER = "first-reader"


AS_BEFORE = re.compile(r",\s+as\s+$")


def read_as_stated_by(text: str, m: re.Match[str], lo: int, end: int) -> Found | None:
    """"The talks will resume, as stated by the ministry.": the speaker after "by"."""
    if not text.startswith(" by ", m.end()) or not AS_BEFORE.search(text, lo, m.start()):
        return None
    said = trim(text, lo, text.rfind(",", lo, m.start()))
    subject = np_after(text, m.end() + 3, end)
    if subject is None or not at_least(text, *said, 3):
        return None
    return new_found(REPORTED, (said,), m.group(), m.span(), new_claim(said[0], subject),
                     ToyRule.AS_STATED_BY)


AS_STATED_BY = RuleEntry(ToyRule.AS_STATED_BY, Step.CUE, REPORTED,
                         "The talks will resume next week, as stated by the ministry.",
                         reader=read_as_stated_by)


def test_a_registered_reader_runs_in_its_place_and_finds_statements(
        matcher: ActorMatcher) -> None:
    registry = RULES.register(AS_STATED_BY, before=Rule.LEADING)
    assert registry.readers == (read_quoted_as, read_trailing, read_as_stated_by,
                                read_leading, read_passive_by)
    names = [e.rule for e in registry]
    assert names[names.index(ToyRule.AS_STATED_BY) - 1 :][:3] == [
        Rule.INTERRUPTED, ToyRule.AS_STATED_BY, Rule.LEADING]
    text = ("Pakistan's foreign ministry said the border would reopen on Monday. "
            "The talks will resume next week, as stated by the ministry.")
    assert [s.text for s in extract(article(text), matcher)] == [
        "the border would reopen on Monday"]  # without the rule: the first sentence only
    found = extract_with_rules(article(text), matcher, registry)
    assert [(s.text, s.kind, s.speaker.mention, rule) for s, rule in found] == [
        ("the border would reopen on Monday", REPORTED, "Pakistan's foreign ministry",
         Rule.LEADING),
        ("The talks will resume next week", REPORTED, "the ministry", ToyRule.AS_STATED_BY),
    ]
    # its speaker is resolved as any other: "the ministry" named just before
    assert found[1][0].speaker.actor == found[0][0].speaker.actor == "pakistan"
    # and the test every entry passes holds for it too
    assert (ToyRule.AS_STATED_BY, REPORTED) in [
        (rule, s.kind) for s, rule in extract_with_rules(article(AS_STATED_BY.example),
                                                         matcher, registry)]


def read_first(text: str, m: re.Match[str], lo: int, end: int) -> Found | None:
    """What LEADING reads, under another name: shows who reads a cue first."""
    found = read_leading(text, m, lo, end)
    return None if found is None else new_found(found.kind, found.spans, found.cue,
                                                found.cue_span, found.claim,
                                                ToyRule.FIRST_READER)


def test_the_reader_registered_first_takes_the_cue(matcher: ActorMatcher) -> None:
    entry = RuleEntry(ToyRule.FIRST_READER, Step.CUE, REPORTED, "", reader=read_first)
    text = "The minister said the talks would resume next week."
    before = RULES.register(entry, before=Rule.LEADING)
    after = RULES.register(entry, after=Rule.CONJOINED)
    assert [rule for _, rule in extract_with_rules(article(text), matcher, before)] == [
        ToyRule.FIRST_READER]
    assert [rule for _, rule in extract_with_rules(article(text), matcher, after)] == [
        Rule.LEADING]


def test_the_registry_refuses_what_it_could_not_run() -> None:
    with pytest.raises(ValueError, match="a rule is registered twice"):
        RULES.register(RULES.entry(Rule.LEADING), after=Rule.CALLED)
    with pytest.raises(ValueError, match="rules must be listed in step order"):
        RULES.register(AS_STATED_BY, after=Rule.CALLED)
    with pytest.raises(ValueError, match="AS_STATED_BY: a reader belongs to a cue-step rule"):
        RULES.register(RuleEntry(ToyRule.AS_STATED_BY, Step.CUE, REPORTED, ""),
                       after=Rule.TRAILING)
    with pytest.raises(ValueError, match="register a rule either after or before another"):
        RULES.register(AS_STATED_BY)
    with pytest.raises(KeyError):
        RULES.entry(ToyRule.AS_STATED_BY)
