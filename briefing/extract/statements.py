"""Statement stage: an article -> its statements (quotes, reported speech, positions).

Input: an `Article` and the `ActorMatcher`. Output: `Statement` values in article order,
each with its spans (the statement's own words; quotation marks excluded), its text exactly
as it stands there (text.join_spans), its cue and its `Speaker` (attribution.py). The
steps: paragraphs and sentences (text.py); captions, credits, bylines and a headline set
aside; quoted passages (quotes.py) and their speakers (direct.py); reported speech,
"according to" and positions in the sentences outside the quotes (reported.py); then the
speakers resolved in order (attribution.py), so that "she" finds the person named before.
Each rule that finds a statement is an entry of the registry in rules.py; the cue readers
run in its order, and `extract(..., registry=)` runs another registry's.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from enum import StrEnum

from briefing.extract import cues
from briefing.extract.attribution import attribute, is_body, new_claim
from briefing.extract.direct import direct_quotes
from briefing.extract.found import Found, Rule, new_found
from briefing.extract.matcher import ActorMatcher
from briefing.extract.phrases import at_least, dateline_end, trim
from briefing.extract.quotes import find_quotes, mark_pattern
from briefing.extract.reported import reported_in, scan_cues
from briefing.extract.rules import RULES, Rules
from briefing.extract.text import join_spans, overlaps, segment
from briefing.extract.transcript import transcript_turns
from briefing.frozen import constructor
from briefing.models import (
    PARTIAL,
    POSITION,
    QUOTE,
    REPORTED,
    Article,
    Paragraph,
    Sentence,
    Span,
    Statement,
)

CAPTION = re.compile(
    r"(?:[—–]|--|\s-)\s*[\w .&'’]{1,40}/\s*(?:File|Photo|Reuters|AFP|AP|Getty)[\w .]*$"
    r"|^(?:Photo|Image|File photo|Picture|Credit)\s*:"
    r"|\((?:Photo|Image|Picture|File)[^)]*\)\s*$",
    re.IGNORECASE,
)
CREDIT_AFTER_SLASH = re.compile(r"\s*(?:File|Photo|Reuters|AFP|AP|Getty)", re.IGNORECASE)
CREDIT_OPEN = re.compile(r"\((?:Photo|Image|Picture|File)", re.IGNORECASE)
CREDIT_INITIALS = "PpIiFfCc\u0130\u0131"  # the first letters of CAPTION's credit words
BYLINE = re.compile(r"^(?:By|BY|From)\s+[A-Z][\w.'’-]+(?:[ ,]+(?:and\s+)?[A-Z][\w.'’-]+){0,6}\.?$")
MARK_IN = mark_pattern("\"“”")
# A headline's words of four characters or more: those of `[A-Za-z][\w'’-]*` that long.
LONG_WORD = re.compile(r"[A-Za-z][\w'’-]{3,}")
CLAUSE_JOINT = re.compile(r",\s+(?:and|but)\b|;\s")
new_statement = constructor(Statement)


def extract(article: Article, matcher: ActorMatcher,
            registry: Rules = RULES) -> tuple[Statement, ...]:
    """Find every statement of an article, in article order."""
    return tuple(statement for statement, _rule in extract_with_rules(article, matcher,
                                                                       registry))


def extract_with_rules(article: Article, matcher: ActorMatcher,
                       registry: Rules = RULES) -> tuple[tuple[Statement, StrEnum], ...]:
    """Find every statement with the rule that found it (rules.py), by the rules of `registry`."""
    readers = registry.readers
    text = article.text
    paragraphs = segment(text)
    skip = skipped_paragraphs(text, paragraphs)
    quotes = [q for q in find_quotes(text, paragraphs) if q.paragraph not in skip]
    prescan = matcher.prescan(text)  # where actor names and cues may start: one scan
    # each cue pattern once over the article, for every sentence
    scan = scan_cues(text, prescan.cue_starts if prescan else None)
    body_starts = [dateline_end(text, para.start, para.end) for para in paragraphs]
    found = direct_quotes(text, paragraphs, quotes, scan, body_starts)
    quoted = SpanIndex([(q.open_at, (q.close_at or q.spans[-1][1]) + 2) for q in quotes])
    quote_spans = [s for f in found for s in f.spans]
    direct = SpanIndex(quote_spans)
    # A cue that attributes a quote says nothing else.
    blocked = SpanIndex(quote_spans + [f.cue_span for f in found if f.cue_span is not None])
    blocked_short = SpanIndex([s for s in blocked.spans if s[1] - s[0] < 40])  # cues, mostly
    # CueScan.within's first test (no cue starts in the range or crosses its start, and the
    # range does not end inside a word: None), made here for the sentences, in text order,
    # by a pointer into its starts that only moves on: most sentences have no cue, and for
    # them the call and its bisection cost more than the test (tests/test_statements_speed.py).
    # Its last part needs no test here: a sentence of segment() ends before white space or
    # at the end of the text, never inside a word (tests/test_text_speed.py).
    cue_starts, cue_reach = scan.starts, scan.reach
    cue_count = len(cue_starts)
    at = 0  # the first cue start at or after the sentence's start (`start` never goes back)
    for index, para in enumerate(paragraphs):
        if index in skip:
            continue
        lo = body_starts[index]
        for sent in para.sentences:
            sent_start, sent_end = sent.start, sent.end
            start = sent_start if sent_start > lo else lo  # (max() costs more)
            while at < cue_count and cue_starts[at] < start:
                at += 1
            if (at == cue_count or cue_starts[at] >= sent_end) and not (
                at and cue_reach[at - 1] > start
            ):
                continue  # no cue: nothing reported in this sentence (within says None)
            found_cues = scan.within(start, sent_end)
            if found_cues is None:
                continue  # no cue: nothing reported in this sentence
            inside = direct.within(sent_start, sent_end)
            if inside and _mostly_quoted(sent, inside):
                continue
            taken = quoted.within(sent_start, sent_end) + blocked_short.within(sent_start,
                                                                               sent_end)
            for f in reported_in(text, (start, sent_end), taken, start, found_cues,
                                  readers):
                near = blocked.within(f.spans[0][0], f.spans[-1][1])
                if near and overlaps(f.spans, near):
                    kept = _before_quote(text, f, near)
                    if kept is None:
                        continue
                    f = kept
                if f.rule in (Rule.TRAILING, Rule.INVERTED) and f.spans[0][0] == start > para.start:
                    f = _extend_back(text, f, max(para.start, lo), found)
                found.append(f)
    turns = transcript_turns(text, paragraphs, skip)
    if turns:
        # a turn is its speaker's words, quotation marks and cues in it included
        found = [f for f in found if not any(overlaps(f.spans, t.spans) for t in turns)]
        found += turns
    found.sort(key=lambda f: (f.spans[0][0], f.spans[-1][1]))
    found = _inherit(text, paragraphs, found)
    speakers = attribute(text, [f.claim for f in found], matcher, article.date, prescan)
    out: list[tuple[Statement, StrEnum]] = []
    for f, speaker in zip(found, speakers, strict=True):
        kind, spans, rule = f.kind, f.spans, f.rule
        if kind == REPORTED and rule is Rule.LEADING and is_body(speaker) and (
            f.cue.lower() in cues.STANCE_VERBS or f.cue.lower() in cues.POSITION_CUES
        ) and THAT_CLAUSE.match(text, f.cue_span[1] if f.cue_span else spans[0][0],
                                spans[0][1]) is None:
            # "China expressed its readiness ...": the body's position, said in full (but
            # "Brazil announced Feb. 20 that it was suspending ...": what it said, reported)
            subject = f.claim.subject
            assert subject is not None
            kind, rule = POSITION, Rule.POSITION
            spans = (trim(text, subject[0], spans[-1][1]),)
        statement = new_statement(article.id, kind, spans, join_spans(text, spans), f.cue,
                                  f.cue_span, speaker)
        out.append((statement, rule))
    return tuple(out)


# What follows a cue opens a clause of what was said, after at most a date or an adverb
# ("announced Feb. 20 that it was ...", "announced today that"; not "a statement on its
# concern that ...", whose clause is the concern's)
THAT_CLAUSE = re.compile(r"\s*(?:(?:[A-Z][\w.]*,?|\d[\w.,]*|on|last|this|next|yesterday|today|"
                         r"tonight|again|also|earlier|later|here|there|publicly|formally)\s+)"
                         r"{0,3}that\s")
ANAPHORA = re.compile(r"(?:It|They|This|These|That|He|She)\s+(?:also|further|too)\b")


def _extend_back(text: str, f: Found, para_start: int, found: list[Found]) -> Found:
    """"... girls. It also violated ..., the ministry said.": the earlier sentences too."""
    first = f.spans[0]
    if not ANAPHORA.match(text, first[0]) or len(f.spans) > 1:
        return f
    if any(para_start <= g.spans[-1][1] and g.spans[0][0] < first[0] for g in found):
        return f
    return f.respan(((para_start, first[1]),))


def _before_quote(text: str, f: Found, direct: list[Span]) -> Found | None:
    """"He said he had not seen it, and when asked, he said, “I hope not.”": the first part."""
    if len(f.spans) > 1 or f.rule is not Rule.LEADING:
        return None
    start, end = f.spans[0]
    first_quote = min((s for s, e in direct if start < e and s < end), default=end)
    joints = [m.start() for m in CLAUSE_JOINT.finditer(text, start, first_quote)]
    cut = joints[-1] if joints else text.rfind(", ", start, first_quote)
    if cut <= start or not at_least(text, start, cut, 3):
        return None
    span = trim(text, start, cut)
    kind = PARTIAL if MARK_IN.search(text, *span) else REPORTED
    return new_found(kind, (span,), f.cue, f.cue_span, f.claim, f.rule)


def _inherit(text: str, paragraphs: tuple[Paragraph, ...], found: list[Found]) -> list[Found]:
    """A quote with no attribution of its own goes on from the statement just before it."""
    out: list[Found] = []
    for f in found:
        if f.rule is Rule.QUOTE_UNATTRIBUTED and out:
            prev_end = out[-1].spans[-1][1]
            para = _paragraph_index(paragraphs, f.spans[0][0])
            if para is not None and para - 1 <= _paragraph_index(paragraphs, prev_end - 1) <= para:
                c = f.claim
                claim = new_claim(c.position, c.subject, True, c.context)
                f = new_found(f.kind, f.spans, f.cue, f.cue_span, claim, Rule.QUOTE_INHERITED)
        out.append(f)
    return out


def _paragraph_index(paragraphs: tuple[Paragraph, ...], pos: int) -> int:
    ends = [para.end for para in paragraphs]  # sorted: paragraphs are in text order
    return min(bisect_right(ends, pos), len(paragraphs) - 1)


class SpanIndex:
    """Spans sorted by start, to find those overlapping a range without a full scan."""

    def __init__(self, spans: list[Span]) -> None:
        self.spans = sorted(spans)
        self.starts = [s for s, _ in self.spans]
        self.longest = max((e - s for s, e in self.spans), default=0)

    def within(self, start: int, end: int) -> list[Span]:
        """The spans that overlap [start, end)."""
        starts = self.starts
        if not starts:
            return []  # no spans (an article without quotes): nothing to bisect
        lo = bisect_left(starts, start - self.longest)
        hi = bisect_left(starts, end, lo)
        if lo == hi:
            return []
        return [span for span in self.spans[lo:hi] if start < span[1]]  # each starts < end


def skipped_paragraphs(text: str, paragraphs: tuple[Paragraph, ...]) -> frozenset[int]:
    """Paragraphs that hold no statements: captions, credits, bylines, a headline."""
    skip = set()
    find = text.find
    slash = find("/")  # the first "/" at or after the paragraph's start (-1: none left)
    for index, para in enumerate(paragraphs):
        start, end = para.start, para.end
        if 0 <= slash < start:
            slash = find("/", start)
        # Only the anchored credit ("Photo: ...") can match a paragraph without "/" that
        # does not end with ")"; it starts with a letter of its words (IGNORECASE: "İ", "ı"
        # match "i") and holds a colon. The paragraph's text is cut out only for a regex:
        # the tests read the text in place (a paragraph of segment() is not empty and
        # ends with no white space, so its last character is that of body.rstrip()).
        first = text[start]
        # A search of the whole paragraph (IGNORECASE: hundreds of instructions a character)
        # only where CAPTION's first or last form can match (tests/test_statements_speed.py).
        # The bracketed credit ends the paragraph with ")", and then the credit after a "/"
        # cannot (it ends in `[\w .]*$`): its "(" and credit word stand after the ")" before
        # the last one, if any.
        if text[end - 1] == ")":
            close = text.rfind(")", start, end - 1)
            search = CREDIT_OPEN.search(text, close + 1 if close >= 0 else start,
                                        end) is not None
        else:
            # The credit after a "/" runs to the end with no "/": it follows the last one.
            search = 0 <= slash < end and CREDIT_AFTER_SLASH.match(
                text, text.rfind("/", start, end) + 1, end) is not None
        if search:
            caption = CAPTION.search(text[start:end]) is not None
        else:
            caption = first in CREDIT_INITIALS and find(":", start, end) >= 0 and \
                CAPTION.match(text[start:end]) is not None
        if caption or first in "BF" and text.startswith(("By", "BY", "From"), start, end) \
                and BYLINE.match(text[start:end]):
            skip.add(index)
    if len(paragraphs) > 1 and _headline(text, paragraphs[0]):
        skip.add(0)
    return frozenset(skip)


def _headline(text: str, para: Paragraph) -> bool:
    if len(para.sentences) > 1:
        return False
    # A word (`[A-Za-z][\w'’-]*`) shorter than four holds no match of LONG_WORD: what follows
    # its first letter is shorter still (tests/test_statements_speed.py).
    long = LONG_WORD.findall(text, para.start, para.end)
    if not long:
        return True
    return sum(w[0].isupper() for w in long) / len(long) >= 0.6


def _mostly_quoted(sent: Sentence, spans: list[Span]) -> bool:
    if not spans:
        return False
    inside = sum(max(0, min(e, sent.end) - max(s, sent.start)) for s, e in spans)
    return inside > 0.6 * (sent.end - sent.start)


__all__ = ["extract", "extract_with_rules", "QUOTE", "REPORTED"]
