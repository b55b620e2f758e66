"""What an extraction rule finds: the rules' names (`Rule`) and the `Found` value.

Stage: extraction. Input: none (declarations). Output: `Rule`, the enum that names every
rule that finds a statement (rules.py registers each with its step, kind and example), and
`Found`, a statement as a rule finds it, before attribution.py resolves its speaker. The
names live here, apart from the registry, because direct.py and reported.py label what
they find with them and rules.py imports those modules' functions.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from briefing.extract.attribution import Claim
from briefing.frozen import constructor
from briefing.models import Span


class Rule(StrEnum):
    """The name of a rule; rules.py holds each one's entry (step, kind, example)."""

    # direct.py, per quoted passage
    QUOTE_DASH = "dash"
    QUOTE_BARE_NAME = "quote-bare-name"
    QUOTE_INVERTED = "quote-inverted"
    QUOTE_AFTER = "quote-after"
    QUOTE_LEAD = "quote-lead"
    QUOTE_COLON = "quote-colon"
    QUOTE_PREV_SENTENCE = "quote-prev-sentence"
    QUOTE_COLON_PARAGRAPH = "quote-colon-paragraph"
    QUOTE_FLOATING = "quote-floating"
    QUOTE_PREV_PARAGRAPH = "quote-prev-paragraph"
    QUOTE_UNATTRIBUTED = "quote-unattributed"
    # reported.py, per sentence
    ACCORDING_LEAD = "according-lead"
    ACCORDING_TAIL = "according-tail"
    QUOTED_AS_SAYING = "quoted-as-saying"
    TRAILING = "trailing"
    INVERTED = "inverted"
    INTERRUPTED = "interrupted"
    RELAYED = "relayed"
    LEADING = "leading"
    PARTICIPLE = "participle"
    CONJOINED = "conjoined"
    PASSIVE_BY = "passive-by"
    CALLED = "called"
    # statements.py, over the article
    QUOTE_INHERITED = "quote-inherited"
    POSITION = "position"
    TRANSCRIPT_TURN = "transcript-turn"


@dataclass(frozen=True, slots=True)
class Found:
    """A statement found in the text, before its speaker is resolved."""

    kind: str
    spans: tuple[Span, ...]
    cue: str
    cue_span: Span | None
    claim: Claim
    rule: StrEnum  # a `Rule`; a rule registered from outside may bring its own enum

    def respan(self, spans: tuple[Span, ...]) -> Found:
        """This statement with other spans (as dataclasses.replace, at a fraction of its cost)."""
        return new_found(self.kind, spans, self.cue, self.cue_span, self.claim, self.rule)


new_found = constructor(Found)
