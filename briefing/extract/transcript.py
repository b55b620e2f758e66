"""Transcript turns: "PENCE: Well, look, ..." -> the turn as a statement of the labelled speaker.

Stage: extraction. Input: the article text, its paragraphs and the paragraphs set aside.
Output: `Found` statements (REPORTED, rule TRANSCRIPT_TURN), one per paragraph that opens
with a speaker label in capitals and a colon, as interview transcripts print them ("WALLACE:",
"JAKE TAPPER:", "MR. KHAN:"), its words up to the paragraph end; the label is the speaker
phrase. A label is a speaker's only when the article holds a conversation (two turns or
more) and the label's name is one the article uses again: in another turn, or written as a
name elsewhere ("Gov. Mike Pence" for "PENCE"). "UPDATE:" or "VIDEO:" are no one's.
"""

from __future__ import annotations

import re

from briefing.extract.attribution import new_claim
from briefing.extract.found import Found, Rule, new_found
from briefing.extract.phrases import at_least, trim
from briefing.models import REPORTED, Paragraph

LABEL = re.compile(r"[\"“]?[ \t]*+((?:[A-Z][A-Z.'’-]*+[ \t]++){0,3}[A-Z][A-Z.'’-]*[A-Z.])"
                   r"[ \t]*+:[ \t\xa0]++(?=\S)")
# Labels of a page, not of a speaker.
NOT_SPEAKERS = frozenset("""update updated video photo photos note editor's editors correction
    breaking related watch read more previously source sources credit transcript caption
    advertisement listen""".split())
MIN_TURNS = 2
MIN_WORDS = 3


def transcript_turns(text: str, paragraphs: tuple[Paragraph, ...],
                     skip: frozenset[int]) -> list[Found]:
    """The turns of the transcript an article holds, if any, in text order."""
    if ":" not in text:
        return []
    labelled = []
    for index, para in enumerate(paragraphs):
        if index in skip:
            continue
        m = LABEL.match(text, para.start, para.end)
        if m is None:
            continue
        words = m.group(1).split()
        if words[-1].rstrip(".").lower() in NOT_SPEAKERS or len(
            words[-1].rstrip(".")
        ) < 2:
            continue
        labelled.append((m, para))
    if len(labelled) < MIN_TURNS:
        return []
    names = [_name(m.group(1)) for m, _ in labelled]
    out = []
    for (m, para), name in zip(labelled, names, strict=True):
        if names.count(name) < 2 and not _named(text, name):
            continue
        said = trim(text, m.end(), para.end)
        said = (said[0], _before_closing(text, *said))
        if not at_least(text, *said, MIN_WORDS):
            continue
        colon = text.index(":", m.end(1))
        out.append(new_found(REPORTED, (said,), ":", (colon, colon + 1),
                             new_claim(said[0], m.span(1), label=True), Rule.TRANSCRIPT_TURN))
    return out


def _name(label: str) -> str:
    """The name a label goes by: its last word ("JAKE TAPPER" and "TAPPER": "Tapper")."""
    return label.split()[-1].strip(".'’-").capitalize()


def _named(text: str, name: str) -> bool:
    """Whether the article writes the label's name as a name elsewhere ("Mike Pence")."""
    return re.search(rf"\b{re.escape(name)}\b", text) is not None


def _before_closing(text: str, start: int, end: int) -> int:
    """The end of a turn without a closing quotation mark after it."""
    while end > start and text[end - 1] in "\"”":
        end -= 1
    return trim(text, start, end)[1]
