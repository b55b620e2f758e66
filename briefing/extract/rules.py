"""Extraction rules: the registry of the rules that find statements, in the order they run.

Stage: extraction. Input: none (declarations). Output: `RULES`, a `Rules` registry with one
`RuleEntry` per rule: its name (the `Rule` enum of found.py), the step it belongs to, the
kind of statement it makes and an example sentence that it finds (tests/test_rules.py runs
every example through the real extraction). Steps run in the order of `Step`; in the cue
step, the readers run in the order of their entries here, each over every cue of a
sentence, and a cue or words taken by an earlier reader are not read again. The other steps
are fixed code, listed here in the order it tries them. `Rules.register` makes a registry
with one more rule, for `statements.extract(..., registry=...)`; adding a rule to the
project is a `Rule` member, an entry here and the reader function (ARCHITECTURE.md,
"Add a reported-speech rule").

A reader's said-part that holds quotation marks makes PARTIAL rather than its kind
(reported._make); that is not a rule of its own.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from enum import StrEnum

from briefing.extract.found import Rule
from briefing.extract.reported import (
    Reader,
    read_leading,
    read_passive_by,
    read_quoted_as,
    read_trailing,
)
from briefing.models import ACCORDING_TO, KINDS, PARTIAL, POSITION, QUOTE, REPORTED


class Step(StrEnum):
    """Where a rule applies, in the order extraction runs them."""

    QUOTE = "quote"  # direct.py, per quoted passage: its attribution after, before, around
    ACCORDING = "according"  # reported.py, per sentence, first: "according to X"
    CUE = "cue"  # reported.py, per sentence: the readers, in registry order, over each cue
    CALLED = "called"  # reported.py, per sentence, last: "called it “...”"
    ARTICLE = "article"  # statements.py, over the article's statements: inherit, position


STEPS = tuple(Step)


@dataclass(frozen=True, slots=True)
class RuleEntry:
    """One rule: its name, step, the kind it makes, an example it finds, its reader."""

    rule: StrEnum  # a `Rule`; a rule registered from outside the project may bring its own
    step: Step
    kind: str  # one of models.KINDS: the kind its example makes
    example: str  # a text in which this rule finds a statement of `kind`
    reader: Reader | None = None  # cue step: the function run on each cue
    part_of: Rule | None = None  # cue step: the rule whose reader makes this one too


@dataclass(frozen=True, slots=True)
class Rules:
    """Rule entries in their order: steps in `Step` order, readers in the order they run."""

    entries: tuple[RuleEntry, ...]

    def __post_init__(self) -> None:
        names = [e.rule for e in self.entries]
        if len(set(names)) != len(names):
            raise ValueError(f"a rule is registered twice: {names}")
        steps = [STEPS.index(e.step) for e in self.entries]
        if steps != sorted(steps):
            raise ValueError("rules must be listed in step order: " + ", ".join(
                f"{e.rule.name} ({e.step})" for e in self.entries))
        for e in self.entries:
            if e.kind not in KINDS:
                raise ValueError(f"{e.rule.name}: unknown kind {e.kind!r}")
            if (e.reader is not None) != (e.step is Step.CUE and e.part_of is None):
                raise ValueError(f"{e.rule.name}: a reader belongs to a cue-step rule that is "
                                 "not part of another")
            if e.part_of is not None and e.part_of not in names:
                raise ValueError(f"{e.rule.name}: part of {e.part_of.name}, not registered")

    def __iter__(self) -> Iterator[RuleEntry]:
        return iter(self.entries)

    def __len__(self) -> int:
        return len(self.entries)

    def entry(self, rule: StrEnum) -> RuleEntry:
        """The entry of a rule; KeyError if it is not registered."""
        for e in self.entries:
            if e.rule is rule:
                return e
        raise KeyError(rule.name)

    @property
    def readers(self) -> tuple[Reader, ...]:
        """The cue step's readers, in the order they run."""
        return tuple(e.reader for e in self.entries if e.reader is not None)

    def register(self, entry: RuleEntry, *, after: StrEnum | None = None,
                 before: StrEnum | None = None) -> Rules:
        """This registry with `entry` added after or before a registered rule."""
        if (after is None) == (before is None):
            raise ValueError("register a rule either after or before another")
        anchor = self.entry(after or before)  # type: ignore[arg-type]
        at = self.entries.index(anchor) + (1 if after is not None else 0)
        return Rules(self.entries[:at] + (entry,) + self.entries[at:])


RULES = Rules((
    # -- direct.py: a quoted passage and the words that attribute it --
    # after the closing mark
    RuleEntry(Rule.QUOTE_DASH, Step.QUOTE, QUOTE,
              "“We will not retreat from the border.” — Commissioner Jane Roe"),
    RuleEntry(Rule.QUOTE_BARE_NAME, Step.QUOTE, QUOTE,
              "The hearing went on late.\n\n“We will not retreat from the border,” Roe"),
    RuleEntry(Rule.QUOTE_INVERTED, Step.QUOTE, QUOTE,
              "“We will not retreat from the border,” said Mumtaz Zahra Baloch."),
    RuleEntry(Rule.QUOTE_AFTER, Step.QUOTE, QUOTE,
              "“We will not retreat from the border,” Mumtaz Zahra Baloch said."),
    # before the opening mark
    RuleEntry(Rule.QUOTE_LEAD, Step.QUOTE, QUOTE,
              "Mumtaz Zahra Baloch said: “We will not retreat from the border.”"),
    RuleEntry(Rule.QUOTE_COLON, Step.QUOTE, QUOTE,
              "The minister was blunt: “We will not retreat from the border.”"),
    # around it: the sentence or paragraph before
    RuleEntry(Rule.QUOTE_PREV_SENTENCE, Step.QUOTE, QUOTE,
              "Jane Roe was blunt. “We will not retreat from the border.”"),
    RuleEntry(Rule.QUOTE_COLON_PARAGRAPH, Step.QUOTE, QUOTE,
              "The ministry said in a statement:\n\n“We will not retreat from the border.”"),
    RuleEntry(Rule.QUOTE_FLOATING, Step.QUOTE, QUOTE,
              "“The talks are over,” Jane Roe said.\n\n“We will not retreat from the border.”"),
    RuleEntry(Rule.QUOTE_PREV_PARAGRAPH, Step.QUOTE, QUOTE,
              "Dave Aronberg is investigating the shooting.\n\n"
              "“We will find out what happened at the border.”"),
    RuleEntry(Rule.QUOTE_UNATTRIBUTED, Step.QUOTE, QUOTE,
              "“We will not retreat from the border.”"),
    # -- reported.py, per sentence: "according to" first; if it finds one, nothing else --
    RuleEntry(Rule.ACCORDING_LEAD, Step.ACCORDING, ACCORDING_TO,
              "According to the ministry, the talks will resume next week."),
    RuleEntry(Rule.ACCORDING_TAIL, Step.ACCORDING, ACCORDING_TO,
              "The talks will resume next week, according to the ministry."),
    # the readers, each over every cue of the sentence: a source relaying a speaker first
    RuleEntry(Rule.QUOTED_AS_SAYING, Step.CUE, REPORTED,
              "The state news agency quoted the minister as saying the talks would resume.",
              reader=read_quoted_as),
    # then the speaker after the words
    RuleEntry(Rule.TRAILING, Step.CUE, REPORTED,
              "The talks will resume next week, the minister said.", reader=read_trailing),
    # "X said ..., the agency reported.": X's statement, the agency relays it (_relayed)
    RuleEntry(Rule.RELAYED, Step.CUE, REPORTED,
              "Jane Roe, the bank's president, said the loans would be repaid by June, the "
              "news agency reported.", part_of=Rule.TRAILING),
    RuleEntry(Rule.INVERTED, Step.CUE, REPORTED,
              "The talks will resume next week, said the minister.", part_of=Rule.TRAILING),
    RuleEntry(Rule.INTERRUPTED, Step.CUE, REPORTED,
              "The talks on the border, the minister said, will resume next week.",
              part_of=Rule.TRAILING),
    RuleEntry(Rule.LEADING, Step.CUE, REPORTED,
              "The minister said the talks would resume next week.", reader=read_leading),
    RuleEntry(Rule.PARTICIPLE, Step.CUE, REPORTED,
              "Baloch met reporters in Kabul, adding that the talks would resume soon.",
              part_of=Rule.LEADING),
    # a leading statement split at a second speech verb of its speaker (_split_conjoined)
    RuleEntry(Rule.CONJOINED, Step.CUE, REPORTED,
              "The minister said the talks would resume next week and added that the border "
              "would reopen.", part_of=Rule.LEADING),
    # last, on the cues left: a passive with its speaker after "by"
    RuleEntry(Rule.PASSIVE_BY, Step.CUE, REPORTED,
              "The town was said by officials to be cut off from the coast.",
              reader=read_passive_by),
    # -- reported.py, per sentence, last: a naming verb before quoted words --
    RuleEntry(Rule.CALLED, Step.CALLED, PARTIAL,
              "The minister called the strike “an act of war” on Tuesday."),
    # -- statements.py, over the article's statements --
    # an unattributed quote goes on from the statement just before it (_inherit)
    RuleEntry(Rule.QUOTE_INHERITED, Step.ARTICLE, QUOTE,
              "The talks will resume next week, the minister said. “We will not retreat.”"),
    # a leading statement whose speaker is a body and whose cue a stance: its position
    RuleEntry(Rule.POSITION, Step.ARTICLE, POSITION,
              "China's Foreign Ministry condemned the attack on the embassy in Kabul."),
    # an interview transcript's turns: "NAME: words" (transcript.py)
    RuleEntry(Rule.TRANSCRIPT_TURN, Step.ARTICLE, REPORTED,
              "Jane Roe spoke to the radio on Sunday.\n\nHOST: Will the border reopen?\n\n"
              "ROE: Not this week. The talks have stalled over the fees."),
))
