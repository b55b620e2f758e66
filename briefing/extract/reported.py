"""Reported speech: sentences with a cue verb -> statements outside quotation marks.

Input: the article text, one sentence's offsets, the spans already taken by direct quotes.
Output: `Found` statements: "X said (that) ...", "..., X said.", "..., said X.", "According
to X, ...", "..., according to X.", "The deal, he said, was ..." and a body's position ("the
ministry condemned ...", "China expressed its readiness ..."). Each keeps the span of its
speaker phrase for attribution.py and the name of the rule that found it.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from itertools import accumulate

from briefing.extract import cues
from briefing.extract.attribution import new_claim
from briefing.extract.found import Found, Rule, new_found
from briefing.extract.phrases import (
    DETERMINERS,
    STOP_BACK,
    WINDOW,
    at_least,
    clause_subject,
    np_after,
    np_before,
    said_start,
    skip_adverbials,
    trim,
)
from briefing.extract.quotes import MARKS, OPENING, goes_on
from briefing.extract.text import RangeScan, offsets, overlaps
from briefing.models import ACCORDING_TO, PARTIAL, REPORTED, Span

MIN_WORDS = 3
MAX_CUES = 40
# Whom a trailing speaker told: an audience named by a common noun ("..., he told a news
# conference.", "told a meeting of farmers in Lyon."), a name, or one word.
OBJECT = re.compile(
    rf"(?<!\s)(?:\s++{cues.AUDIENCE}\b(?:\s++of\s++(?:[\w&'’-]++(?:\s++|(?=[.,]))){{1,4}})?"
    r"|\s++(?:(?:the|a|an)\s++)?(?:[A-Z][\w.&'’-]*+(?:\s++of(?:\s++the)?(?=\s++[A-Z]))?\s*+){1,5}"
    r"|\s++\w+)"
)
# Where or when a trailing speaker spoke, a phrase that opens with a preposition and ends
# the sentence: "..., Greenidge told Reuters during the Inter-American Development Bank (IADB)
# annual meeting here.", "..., he said in an opening speech to a meeting of African trade
# ministers in Addis Ababa." (no comma, quotation mark or "that" in it), with a noun of an
# occasion or a medium in it, or a name: "..., the government issued a statement on its
# concern over regional stability." is no setting.
OCCASIONS = ("meeting|conference|session|interview|speech|talks|visit|summit|hearing|briefing|"
             "seminar|symposium|forum|congress|assembly|convention|rally|gathering|opening|"
             "ceremony|dinner|luncheon|lunch|breakfast|debate|address|programme|program|show|"
             "broadcast|trip|tour|exhibition|fair|newsletter|report|bulletin|survey|letter|"
             "column|article|editorial|commentary|filing|statement|television|radio|network|"
             "time|outset|exchanges|testimony|remarks|comments|appearance|communiqu[eé]")
_WORDS_ON = r"(?:(?!that\b)[^.!?\"“”,;:\n])*?"  # words to the sentence's end, no "that"
_SENTENCE_END = r"([.!?]?[\"'”’)]*\s*)$"  # (group 1: where the sentence ends)
SETTING = re.compile(r"\s++(?:in|at|during|after|before|on|following|upon|ahead\s+of)\s"
                     + _WORDS_ON + r"(?:\b(?i:" + OCCASIONS + r")s?\b|\b[A-Z])"
                     + _WORDS_ON + _SENTENCE_END)
# After an audience ("told a conference on ageing."), a phrase of any kind is its topic.
AUDIENCE_TOPIC = re.compile(r"\s++(?:on|of|about|in|at|for|from)\s" + _WORDS_ON + _SENTENCE_END)
# An aside set off by commas between a speaker and the cue, which opens with a preposition
# or a participle of speaking: "King Fahd, in an interview with Reuters on March 11, said".
# ("X, at Lloyds Bank, said": where the speaker works, no aside.)
ASIDE = re.compile(r"(?<=\w),\s+(?:in|during|after|before|on|speaking|writing|"
                   r"interviewed|asked|addressing)\s[^,;:.!?\"“”\n]{3,140},\s*$")
# An aside that quotes, set off by commas, the second inside the closing mark: ", citing
# “the unique magic of Trump,” ".
QUOTED_ASIDE = re.compile(r"(?<=\w),\s+[a-z]+ing\s+(?:[\w'’-]+\s+){0,3}?(?:[“\"]|'')"
                          r"[^“”\"\n]{1,100},(?:[”\"]|'')\s*$")
# A name of capitalised words ("King Fahd of Saudi Arabia", "Foreign Minister Ali Velayati").
# What a name's appositive holds before a leading cue: a title or description in lower case
# or an age and home town, with no auxiliary of a clause (", president of the union,", ", 22,
# of Flint, Mich.,"; not ", Clinton and Biden will meet on Tuesday,"), or a relative clause
# that runs up to the cue (", meanwhile, who has no such endorsements,").
NAME_APPOSITIVE = re.compile(r",\s+[a-z0-9](?:(?!\b(?:is|are|was|were|will|would|has|have|had|"
                             r"can|could|may|might|must|should|did|does)\b)[^;:\"“”\n])*\Z|"
                             r",\s+(?:[a-z]+,\s+)?who\b[^,;:\"“”\n]*,\s*\Z")
# A word that may be a noun or a cue (cues.AMBIGUOUS) is a noun right after its possessor
# (POSSESSOR_BEFORE: "Ginsburg’s comments", "her economically depressed state", with words in
# -ly, -ed and the like between; direct.py's lead-ins) or, in reported speech, its determiner
# (DETERMINED: "corners of the state that Trump won").
POSSESSOR_BEFORE = re.compile(r"(?:\w['’]s?|\b(?:his|her|its|their|my|our|your|whose))\s+"
                              r"(?:[a-z]+(?:ly|ed|al|ive|ous|ful|ic)\s+){0,2}\Z")
DETERMINED = re.compile(r"(?:\b(?:the|a|an|this|that|these|those|each|every|his|her|its|their|"
                        r"our|my|your|whose)|\w['’]s)\s+\Z", re.IGNORECASE)
PROPER_NAME = re.compile(r"[A-Z][\w.'’-]*(?:\s+(?:(?:of|the|de|al|bin|van|von)\s+)*"
                         r"[A-Z][\w.'’-]*)*")
# "said in 2014 on Fox News that", "told a news conference in Lusaka (Zambia) that": up to
# ten words, then "that"
THAT_AHEAD = re.compile(r"(?<![\w'’.,()-])(?:[\w'’.,()-]++\s++){1,10}?that\s+")
PARTICIPLE_CUE = re.compile(r",\s+(\w+ing)\b")
RELATIVE = re.compile(
    r"\b(?:that|which|whom|while|whilst|although|though|as|because|if|when|after|before|since|"
    r"While|Although|Though|As|Because|If|When|After|Before|Since|Whereas|whereas)\s+$"
)
AND_BEFORE = re.compile(r"\b(?:and|but)\s+(?:also\s+|then\s+|later\s+)?$")
END_PUNCT = re.compile(r"\s*[.!?]{0,2}[\"'”’)]*\s*$")
ING_TAIL = re.compile(r"(?<!\s)\s*+,\s*+(?:\w+ing)\b")
NAME_OR_PRONOUN = re.compile(r"(?!(?:The|A|An)\b)[A-Z]|(?:he|she|they|we|I)\b")
INVERTED_SUBJECT = re.compile(r"[A-Z]|(?:the|a|an)\b")
THAT_OR_COLON_END = re.compile(r"(?:\bthat|:)\s*$")
TO_END = re.compile(r"\bto\s+$")
QUOTE_MARK = MARKS
SENTENCE_STOP = re.compile(r"[.!?\n]")


@dataclass(frozen=True, slots=True)
class CueScan:
    """The cue matches of one article, each pattern scanned once over the whole text."""

    cue: RangeScan
    according: RangeScan
    called: RangeScan
    data: RangeScan  # "figures show": read with the cues by the readers, by no quote rule
    text: str
    starts: list[int]  # where the matches of all four start, sorted
    reach: list[int]  # reach[i]: the furthest end of the matches at starts[: i + 1]
    kinds: list[int]  # kinds[i]: which scan the match at starts[i] is of (CUE, ACCORDING...)
    matches: list[re.Match[str]]  # matches[i]: that match (the same object its scan holds)

    def within(self, start: int, end: int) -> SentenceCues | None:
        """The cue matches in text[start:end], or None when there is none of any kind."""
        starts = self.starts
        reach = self.reach
        lo = bisect_left(starts, start)
        hi = bisect_left(starts, end, lo + 1) if lo < len(starts) and starts[lo] < end else lo
        text = self.text
        if lo and reach[lo - 1] > start or hi and reach[hi - 1] > end or (
            end < len(text) and ((char := text[end]).isalnum() or char == "_")  # as \w
        ):
            # A match crossing `start` or `end`, or a word going on past `end`: each scan
            # decides (it may scan the range by itself).
            return self._scanned(start, end)
        if lo == hi:
            return None
        # No match crosses the range's edges: every scan's answer is its matches that start
        # in it (RangeScan.within's fast path), read here from the merged list in one pass
        # instead of four scans' bisections.
        cue: list[re.Match[str]] = []
        according: list[re.Match[str]] = []
        called: list[re.Match[str]] = []
        data: list[re.Match[str]] = []
        found = (cue, according, called, data)
        kinds = self.kinds
        matches = self.matches
        for i in range(lo, hi):
            found[kinds[i]].append(matches[i])
        if data:
            cue = sorted(cue + data, key=lambda c: c.start())
        return cue, according, called

    def _scanned(self, start: int, end: int) -> SentenceCues | None:
        """`within` by each scan's own `within` (the form it had before stop 17)."""
        cue = self.cue.within(start, end)
        if self.data.possible and (data := self.data.within(start, end)):
            cue = sorted(cue + data, key=lambda c: c.start())
        found = (cue,
                 self.according.within(start, end) if self.according.possible else [],
                 self.called.within(start, end) if self.called.possible else [])
        return found if found[0] or found[1] or found[2] else None


# A sentence's matches of CUE, ACCORDING and CALLED.
SentenceCues = tuple[list[re.Match[str]], list[re.Match[str]], list[re.Match[str]]]


def scan_cues(text: str, starts: Sequence[int] | None = None) -> CueScan:
    """Scan an article for cues once, for `reported_in` on each of its sentences.

    `starts`: offsets that include every one where a cue starts (sorted), if known
    (`ActorMatcher.prescan`); else they are found here.
    """
    according = offsets(text, cues.ACCORDING_STARTS)
    called = offsets(text, cues.CALLED_STARTS)
    data = offsets(text, cues.DATA_STARTS)
    # Without those words in the text, no sentence can match: no range needs a scan.
    scans = (RangeScan(cues.CUE, text, cue_starts(text) if starts is None else starts),
             RangeScan(cues.ACCORDING, text, according, possible=bool(according)),
             RangeScan(cues.CALLED, text, called, possible=bool(called)),
             RangeScan(cues.DATA_CUE, text, data, possible=bool(data)))
    length = len(text)
    found = [scan.within(0, length) for scan in scans]  # all of each scan's matches
    if not (found[1] or found[2] or found[3]):
        # Only CUE matched (many articles): its matches, in order, are the merged list (no
        # two start at one offset), without the sort.
        spans = scans[0].spans()
        return CueScan(*scans, text, [s for s, _ in spans],
                       list(accumulate((e for _, e in spans), max)),
                       [0] * len(found[0]), found[0])
    # Every match of the four scans with its scan's index (CUE, ACCORDING, CALLED, DATA), by
    # start and end (no two have the same start, end and scan).
    merged = sorted((m.start(), m.end(), kind, m)
                    for kind, matches in enumerate(found) for m in matches)
    return CueScan(*scans, text, [s for s, _, _, _ in merged],
                   list(accumulate((e for _, e, _, _ in merged), max)),
                   [k for _, _, k, _ in merged], [m for _, _, _, m in merged])


def cue_starts(text: str) -> list[int]:
    """The offsets where a cue can start (sorted): 0 and after a non-word character."""
    found = [m.end() for m in cues.CUE_AFTER_SPACE.finditer(text)]
    found += [m.end() for m in cues.CUE_AFTER_OTHER.finditer(text)]
    found.append(0)
    return sorted(found)


# A reader of the cue step: (text, the cue's match, where the clause may start, the
# sentence end) -> what it finds at that cue, or None. rules.py lists them in their order.
Reader = Callable[[str, re.Match[str], int, int], Found | None]


def reported_in(text: str, sent: Span, taken: list[Span], lo: int,
                found_cues: SentenceCues, readers: Sequence[Reader]) -> list[Found]:
    """Find the reported statements of one sentence; `lo` is where its clause may start.

    `found_cues`: the sentence's cue matches (`CueScan.within`); `readers`: the cue step's
    readers in their order (`rules.Rules.readers`).
    """
    start, end = sent
    cue_matches, according_matches, called_matches = found_cues
    out: list[Found] = []
    clause = lo  # a later "according to" reads only what follows the one before
    for m in according_matches[:MAX_CUES]:
        if _inside(m.start(), taken) or any(_inside(m.start(), f.spans) for f in out):
            continue
        found = _according(text, m, clause, end)
        if found:
            out.append(found)
            subject = found.claim.subject
            clause = max(clause, m.end(), subject[1] if subject else 0)
    if out:
        return out
    if taken:
        matches = [m for m in cue_matches if not _inside(m.start(), taken)]
        del matches[MAX_CUES:]  # a sentence with more cues than this is not prose
    else:
        matches = cue_matches[:MAX_CUES]  # (a new list: the scan's stays as it is)
    # read_leading's answers by cue start: _split_clause asks again for a cue inside a
    # statement, once per later reader (a pure function of the cue here: read once).
    leading: dict[int, Found | None] = {}
    # Each reader over every cue, in the registry's order (attributions at the end of a
    # sentence first: "Let me say this, Trump said.").
    # (Loops, not any() and list comprehensions: run for every reader on every cue.)
    for reader in readers:
        by_leading = reader is read_leading
        for m in matches:
            if out:
                span = m.span()
                if _is_cue_of(out, span):
                    continue
                host = _host_of(out, span[0])
                if host is not None:
                    _split_clause(text, m, lo, end, host, out, leading)
                    continue
            found = _leading_once(leading, text, m, lo, end) if by_leading else reader(
                text, m, lo, end)
            if found is None or out and _overlaps_any(found.spans, out):
                continue
            if negated(text, m.start(), lo) and not INDIRECT_QUESTION.match(text,
                                                                            found.spans[0][0]):
                continue  # "Baghdad had not reported any missions": no one said so
            for part in _split_conjoined(text, found, end):
                out.extend(_split_announced(text, part))
    if len(out) > 1:
        out.sort(key=lambda f: f.spans[0])
    for m in called_matches:
        # "called it “unprovoked”": a partial quote with a naming verb (the speaker last).
        tail = trim(text, m.end(), end)
        for f in out:
            # "called it “too high” and said he hoped ...": the naming ends at "and said"
            cue_at = f.cue_span[0] if f.cue_span else -1
            if tail[0] < cue_at < tail[1] and f.spans[0][0] > cue_at and (
                joint := AND_BEFORE.search(text, max(tail[0], cue_at - 30), cue_at)
            ):
                tail = trim(text, tail[0], joint.start())
        if not QUOTE_MARK.search(text, *tail) or _inside(m.start(), taken) or any(
            overlaps((tail,), f.spans) for f in out
        ) or m.group() == "call" and CALL_NOUN.match(text, m.end()):
            continue  # ("raised overnight call money rates": a noun, no naming verb)
        subject = np_before(text, lo, m.start())
        if subject:
            out.append(new_found(PARTIAL, (tail,), m.group(), m.span(),
                                 new_claim(m.start(), subject), Rule.CALLED))
    return out


# "call" as the first word of a compound noun of the money markets and telephones
CALL_NOUN = re.compile(r"\s+(?:money|rates?|loans?|options?|deposits?|cent(?:er|re)s?|"
                       r"markets?|premiums?)\b")
# A cue said not to have been used: "had not reported", "did not immediately say", "declined
# to say", "would neither confirm nor deny", "has never said" (but "not only said").
NEGATED = re.compile(
    r"(?:\b(?:not|never|neither|nor)|n['’]t|\b(?:declin|refus|fail)(?:e|es|ed|ing)\s++to)"
    r"\s++(?:(?:yet|even|also|always|(?!only\b)\w+ly)\s++){0,2}(?:(?:be|have)\s++)?\Z",
    re.IGNORECASE,
)
NEGATED_BACK = 60  # characters read back from a cue for its negation
# What a denied cue may still introduce: a question left open ("did not say when the talks
# would resume"), which claims nothing either way.
INDIRECT_QUESTION = re.compile(r"(?:whether|if|when|why|how|what|who|where|which)\b",
                               re.IGNORECASE)


def negated(text: str, cue_start: int, lo: int) -> bool:
    """Whether a cue is denied ("Baghdad had not reported any missions"): it attributes no
    claim, so what follows it is no one's statement (unless it is an open question)."""
    start = max(lo, cue_start - NEGATED_BACK)
    window = text[start:cue_start]
    if window.isascii():
        # Every match holds one of NEGATION_WORDS, in any case (for ASCII text, IGNORECASE
        # is lower(); some other characters match ASCII letters under it: "ſ" matches "s").
        low = window.lower()
        for word in NEGATION_WORDS:
            if word in low:
                break
        else:
            return False
    return NEGATED.search(text, start, cue_start) is not None


NEGATION_WORDS = ("not", "n't", "never", "neither", "nor", "declin", "refus", "fail")


PROGRESSIVE = re.compile(
    r"\b(?:is|are|was|were|been|be|isn['’]t|wasn['’]t|aren['’]t)\s+(?:also\s+|now\s+|still\s+)?$"
)
# ", and said" / " but added": r"(?<![\s,])(?:\s*+,)?\s++(?:and|but)\s++(?:(?:also|later|then)\s++)?
# (?=(\w+)\b)", written to open with its first character (the comma or the space), so that
# the regex engine skips fast to the next candidate: the same matches, twice as fast.
CONJOINED = re.compile(
    r"[\s,](?<![\s,][\s,])(?:(?<=,)\s++|(?<=\s)(?:\s*+,\s++|\s*+))"
    r"(?:and|but)\s++(?:(?:also|later|then)\s++)?(?=(\w+)\b)"
)


NEW_CLAUSE = re.compile(
    r"(?:,\s*(?:and|but|while|whereas|although|though)|;|\s(?:but|although|though|whereas))\s+$")


def _is_cue_of(out: list[Found], span: Span) -> bool:
    """Whether a cue is that of a statement in `out`."""
    for f in out:
        if f.cue_span == span:
            return True
    return False


def _host_of(out: list[Found], pos: int) -> Found | None:
    """The first statement in `out` whose words hold `pos`, if any."""
    for f in out:
        if _inside(pos, f.spans):
            return f
    return None


def _overlaps_any(spans: tuple[Span, ...], out: list[Found]) -> bool:
    """Whether the spans share a character with those of any statement in `out`."""
    for f in out:
        if overlaps(spans, f.spans):
            return True
    return False


def _leading_once(memo: dict[int, Found | None], text: str, m: re.Match[str], lo: int,
                  end: int) -> Found | None:
    """read_leading(text, m, lo, end), remembered in `memo` by the cue's start."""
    key = m.start()
    if key in memo:
        return memo[key]
    found = memo[key] = read_leading(text, m, lo, end)
    return found


def _split_clause(text: str, m: re.Match[str], lo: int, end: int, host: Found,
                  out: list[Found], leading: dict[int, Found | None]) -> None:
    """"A said X, and B warned that Y": B's statement ends A's at the comma.

    `leading`: read_leading's answers by cue start in this sentence (`_leading_once`).
    """
    if host.rule not in (Rule.LEADING, Rule.CONJOINED) or len(host.spans) > 1:
        return
    found = _leading_once(leading, text, m, lo, end)
    if found is None or found.claim.subject is None:
        return
    subject = found.claim.subject
    joint = NEW_CLAUSE.search(text, max(host.spans[0][0], subject[0] - 20), subject[0])
    if joint is None:
        return
    first = trim(text, host.spans[0][0], joint.start())
    if not at_least(text, *first, MIN_WORDS):
        return
    out[out.index(host)] = host.respan((first,))
    out.append(found)


def _split_conjoined(text: str, found: Found, end: int) -> list[Found]:
    """"X says A and said B": two statements of one speaker."""
    if found.rule is not Rule.LEADING or len(found.spans) > 1:
        return [found]
    start, stop = found.spans[0]
    if text.find("and", start, stop) < 0 and text.find("but", start, stop) < 0:
        return [found]  # what CONJOINED needs is not there
    for m in CONJOINED.finditer(text, start, stop):
        cue = cues.CUE.match(text, m.end())
        if cue is None or cue.group().lower() not in cues.SPEECH_VERBS:
            continue
        begin = said_start(text, cue.end(), end, cue.group())
        second = trim(text, begin, stop)
        first = trim(text, start, m.start())
        if not at_least(text, *second, MIN_WORDS) or not at_least(text, *first, MIN_WORDS):
            continue
        rest = new_found(found.kind, (second,), cue.group(), cue.span(),
                         new_claim(second[0], found.claim.subject, found.claim.inherit,
                                   found.claim.context), Rule.CONJOINED)
        return [found.respan((first,)), *_split_conjoined(text, rest, end)]
    return [found]


# "Turkey said it would search for oil following an announcement from Greece that it
# planned to drill": what one said ends where a statement of another, which it follows,
# begins; "an announcement from Greece that ..." is Greece's statement.
ANNOUNCED = re.compile(
    r"(?:,\s*+)?\b(?:following|after)\s++(?:an?|the)\s++(?:(?:new|earlier|official|formal|"
    r"surprise)\s++)?(announcement|statement|declaration)\s++(?:from|by)\s++"
    r"((?:the\s++)?[A-Z][\w'’.&-]*+(?:\s++(?:[A-Z][\w'’.&-]*+|of|government|ministry)){0,5}?)"
    r"\s++that\s++"
)
ANNOUNCED_HEADS = ("announcement", "statement", "declaration")


def _split_announced(text: str, found: Found) -> list[Found]:
    """"A said X following an announcement from B that Y": A said X, and B said Y."""
    if found.rule not in (Rule.LEADING, Rule.CONJOINED) or len(found.spans) > 1:
        return [found]
    start, stop = found.spans[0]
    if text.find("statement", start, stop) < 0 and text.find(
        "announcement", start, stop
    ) < 0 and text.find("declaration", start, stop) < 0:
        return [found]  # what ANNOUNCED needs is not there (its ANNOUNCED_HEADS)
    m = ANNOUNCED.search(text, start, stop)
    if m is None:
        return [found]
    first = trim(text, start, m.start())
    second = trim(text, m.end(), stop)
    if not at_least(text, *first, MIN_WORDS) or not at_least(text, *second, MIN_WORDS):
        return [found]
    subject = m.span(2)
    other = new_found(found.kind, (second,), m.group(1), m.span(1),
                      new_claim(second[0], subject, False, (m.start(), second[0])),
                      Rule.LEADING)
    return [found.respan((first,)), other]


def _according(text: str, m: re.Match[str], lo: int, end: int) -> Found | None:
    cue = (m.start(), m.end())
    source_end = text.find(",", m.end(), min(end, m.end() + WINDOW))
    before = trim(text, lo, m.start())
    if not at_least(text, *before, MIN_WORDS) or THAT_END.search(text, *before):
        # "According to X, what was said." ("X said that according to Y, what Y says")
        if source_end < 0:
            return None
        subject = trim(text, m.end(), source_end)
        said = trim(text, source_end + 1, end)
        rule = Rule.ACCORDING_LEAD
    else:
        # "What was said, according to X."
        stop = source_end if source_end > 0 else end
        subject = trim(text, m.end(), stop)
        said = before
        rule = Rule.ACCORDING_TAIL
        if source_end > 0 and text[before[1]:m.start()].rstrip().endswith(",") and \
                (rest := trim(text, source_end + 1, end))[0] < rest[1] and \
                at_least(text, *rest, MIN_WORDS) and not CLAUSE_GOES_ON.match(text, rest[0]):
            # "About 10:03 p.m., according to a timeline, the contractors left": what was
            # said runs on past the source, set off by commas
            if subject[0] >= subject[1]:
                return None
            if THAT_END.search(text, *said):  # "The AP reported that, according to X, ...":
                return new_found(ACCORDING_TO, (rest,), m.group(), cue,  # what X says
                                 new_claim(rest[0], subject), rule)
            return new_found(ACCORDING_TO, (said, rest), m.group(), cue,
                             new_claim(said[0], subject), rule)
    if not at_least(text, *said, MIN_WORDS) or subject[0] >= subject[1]:
        return None
    if NORM_SOURCE.match(text, *subject) is not None and \
            not text[lo:m.start()].rstrip().endswith(","):
        return None  # "to react according to the laws of the GATT": in keeping with, no source
    return new_found(ACCORDING_TO, (said,), m.group(), cue, new_claim(said[0], subject), rule)


# What one acts "according to" without its saying anything: a norm, plan or custom.
NORM_SOURCE = re.compile(r"(?:the\s+|its\s+|their\s+)?(?:laws?|rules?|regulations?|terms|"
                         r"principles|guidelines|procedures?|provisions?|plans?|schedule|"
                         r"timetable|customs?|traditions?|formula|constitution)(?:\s+of\b|\W*\Z)")


THAT_END = re.compile(r"\bthat\W*\Z")
# What goes on after "according to X," without being what X said: a clause about X ("who
# ...") or another clause joined to the sentence.
CLAUSE_GOES_ON = re.compile(r"(?:who|which|whose|whom|where|and|but|or|while|although|as|"
                            r"though|because|so|adding|saying|said|says|citing)\b|[\"“'(]")


def read_trailing(text: str, m: re.Match[str], lo: int, end: int) -> Found | None:
    """"What was said, X said." / "..., said X." / "The deal, he said, was ..."."""
    comma = text.rfind(",", lo, m.start())
    if comma < 0:
        return None
    between = text[comma + 1 : m.start()]
    if between.strip(" \"”'’"):
        # The speaker stands before the cue: after it (and its adverbials) the sentence
        # must end or break off at a comma. That is cheaper to test, so it comes first.
        after = base = skip_adverbials(text, m.end(), end)
        if m.group().lower() in cues.TELL_VERBS:
            obj = OBJECT.match(text[after:end])
            base = after + (len(obj.group().rstrip()) if obj else 0)
            after = skip_adverbials(text, base, end)
        else:
            obj = None
            base = m.end()
        if not _ends_after(text, after, end):
            setting = SETTING.match(text, base, end) or (
                AUDIENCE_TOPIC.match(text, base, end) if obj is not None and
                obj.group().lstrip()[:1].islower() else None)
            if setting is None:
                return None
            after = setting.start(1)  # ("..., Greenidge told Reuters during the ... meeting.")
        subject = np_before(text, comma + 1, m.start())
        if subject is None or at_least(text, *subject, 9) or not _speaker_like(text, subject):
            return None
        if at_least(text, comma + 1, subject[0], 1) and not _joined_before(
            text, comma + 1, subject[0]
        ):
            # "..., said on Monday the fighting went on but that Iran had exaggerated battle
            # reports.": words between the comma and the phrase make it part of a clause,
            # not the speaker of ", X reports." (who speaks stands right after the comma).
            return None
        if m.group().lower() in cues.AMBIGUOUS and (
            not NAME_OR_PRONOUN.match(text[subject[0] : subject[1]])
        ) or not _data_source(text, m, subject):
            return None  # "..., a key swing state.": a noun
        rule = Rule.TRAILING
    else:
        appositive = _appositive_speaker(text, m, lo, comma, end)
        if appositive is not None:
            return appositive
        subject = np_after(text, m.end(), end)
        if subject is None or m.group().lower() not in cues.INVERSION_VERBS or (
            not INVERTED_SUBJECT.match(text[subject[0] : subject[1]])
        ):
            return None  # "Allen, a delegate, criticized her state's laws": not inverted
        if (aside := ASIDE.search(text, max(lo, m.start() - 160), m.start())) is not None and \
                (before := np_before(text, lo, aside.start())) is not None and \
                not text[lo:before[0]].strip() and \
                PROPER_NAME.fullmatch(text, *before) is not None:
            return None  # "King Fahd, in an interview ..., said the kingdom ...": leading
        if (lead := np_before(text, lo, m.start())) is not None and \
                not text[lo:lead[0]].strip() and \
                (name := PROPER_NAME.match(text, lead[0], lead[1])) is not None and \
                name.end() <= lead[1] and text.startswith(",", name.end()) and \
                NAME_APPOSITIVE.match(text, name.end(), m.start()) is not None:
            # "Michael Mulgrew, president of the union, said the talks failed.", "Cory James,
            # 22, of Flint, Mich., said ...": a name and its appositive open the sentence,
            # the speaker of a leading cue, not what an inverted one reports
            return None
        rule = Rule.INVERTED
        after = skip_adverbials(text, max(m.end(), subject[1]), end)
    said = trim(text, lo, comma)
    if not at_least(text, *said, MIN_WORDS):
        return None
    if END_PUNCT.fullmatch(text, after, end) or ING_TAIL.match(text, after, end):
        if rule is Rule.TRAILING and CLAUSE_WORD.search(text, *said) is None:
            return None  # "The United States, Japan, ... and Canada agreed": a list
        return _relayed(text, said) or _make(text, m, (said,), subject, rule)
    if rule is Rule.INVERTED and text[after : after + 1] == "," and not cues.CUE.search(
        text, after, end
    ):
        # "..., says Jane Roe, founder of the group.": an appositive ends the sentence
        subject = (subject[0], trim(text, subject[0], end)[1])
        return _make(text, m, (said,), subject, rule)
    if rule is Rule.TRAILING and text[after : after + 1] == ",":
        rest = trim(text, after + 1, end)
        if at_least(text, *rest, 2):
            return _make(text, m, (said, rest), subject, Rule.INTERRUPTED)
    return None


# A word in lower case other than a list's joints: what a clause has and a list of names
# ("The United States, Japan, West Germany and Canada") has not.
CLAUSE_WORD = re.compile(r"\b(?!(?:and|or|of|the)\b)[a-z]{2,}")
# What may follow a trailing speaker's cue (after spaces): END_PUNCT's first characters,
# and the comma of ING_TAIL or of an appositive.
ENDING = frozenset(".!?\"'”’),")


def _may_end(text: str, pos: int, end: int) -> bool:
    """False where END_PUNCT.fullmatch, ING_TAIL.match and a comma at `pos` all fail: the
    first character from `pos` that is no space (\\s, as isspace) is none of ENDING."""
    while pos < end and text[pos].isspace():
        pos += 1
    return pos >= end or text[pos] in ENDING


def _ends_after(text: str, after: int, end: int) -> bool:
    """Whether a trailing cue ends its sentence or breaks off at a comma after `after`."""
    return _may_end(text, after, end) and (
        END_PUNCT.fullmatch(text, after, end) is not None
        or ING_TAIL.match(text, after, end) is not None or text[after : after + 1] == ",")


def _appositive_speaker(text: str, m: re.Match[str], lo: int, comma: int,
                        end: int) -> Found | None:
    """"..., Commander Bob Prucha, a Pentagon spokesman, said.": a speaker with an
    appositive between commas, the sentence ending at the cue, or at its audience and where
    it was told ("..., Zain Azraai, secretary general to the Finance Ministry, told an
    investment seminar here.")."""
    after = skip_adverbials(text, m.end(), end)
    if m.group().lower() in cues.TELL_VERBS and \
            (obj := OBJECT.match(text, after, end)) is not None:
        base = after + len(obj.group().rstrip())
        after = skip_adverbials(text, base, end)
        if not END_PUNCT.fullmatch(text, after, end) and \
                SETTING.match(text, base, end) is None:
            return None
    elif not _may_end(text, after, end) or not END_PUNCT.fullmatch(text, after, end):
        return None
    subject = np_before(text, lo, m.start())
    if subject is None or subject[1] != comma or at_least(text, *subject, 13) or (
        not _speaker_like(text, subject)
    ):
        return None
    before = text.rfind(",", lo, subject[0])
    if before < 0 or text[before + 1 : subject[0]].strip():
        return None  # the phrase must open right after a comma, as a trailing speaker does
    said = trim(text, lo, before)
    if not at_least(text, *said, MIN_WORDS) or _opens_with_cue(text, said):
        return None
    return _make(text, m, (said,), subject, Rule.TRAILING)


RELAY_VERBS = frozenset("said says told tells".split())


def _relayed(text: str, said: Span) -> Found | None:
    """"N'Diaye, president of the bank, said the loans would be repaid, the news agency MAP
    reported.": words that open with a speaker and a speech verb are that speaker's
    statement; the source after them only relays it (as "quoted X as saying" does)."""
    cue = cues.CUE.search(text, said[0], said[1])
    if cue is None:
        return None
    if cue.group().lower() not in RELAY_VERBS:
        return None  # "Share prices continued ...", "Clinton had asked ...": narration
    subject = np_before(text, said[0], cue.start())
    if subject is None or subject[0] != said[0] or text[subject[1] : cue.start()].strip(", ") or (
        not _speaker_like(text, subject)
    ):
        return None  # a clause of its own ("The talks, which Iran said ..."), "X had told"
    begin = said_start(text, cue.end(), said[1], cue.group())
    if cues.PREPOSITION_START.match(text, begin) and not THAT_BEFORE.search(
        text, cue.end(), begin
    ):
        return None
    inner = trim(text, begin, said[1])
    if not at_least(text, *inner, MIN_WORDS) or _quotation(text, inner):
        return None
    return _make(text, cue, (inner,), subject, Rule.RELAYED)


OPENING_SPEAKER = re.compile(r"(?:[\w'’.-]++\s++){1,5}?")


def _opens_with_cue(text: str, said: Span) -> bool:
    """"He said Iraq lost 3,000 men, IRNA, monitored by the BBC, said.": the words open with
    a speaker and a cue of their own, whose statement they are (the outer source relays it)."""
    head = OPENING_SPEAKER.match(text, said[0], said[1])
    cue = cues.CUE.match(text, head.end(), said[1]) if head else None
    return cue is not None and cue.group().lower() in cues.SPEECH_VERBS


# cues.AMBIGUOUS forms that after a subject pronoun are saying ("It claims the ban has no
# basis"; not "it offers", "the website it mentions": no saying).
SAYS_AFTER_PRONOUN = frozenset("claim claims note notes maintain assert concede states "
                               "replies testify".split())
# (the pronoun opens its sentence, or follows "But" or "And" there: "which he claims
# proves" is a relative clause, no one's saying)
PRONOUN_SUBJECT = re.compile(r"(?:\A|(?<=[.!?\n])\s*|(?<=[.!?][\"”’])\s*)"
                             r"(?:(?:But|And|Yet)\s+(?:he|she|it|they|we)|"
                             r"(?:He|She|It|They|We))\s+\Z")
QUOTED_AS = re.compile(r"\b(?:quoted|quoting|quotes|quote)\s++(.+?)\s++as\s++$", re.DOTALL)
# "Chang was quoted as saying", "Hoffmeyer was quoted by the daily Politiken as saying": the
# subject speaks (the source after "by" relays).
QUOTED_PASSIVE = re.compile(r"\b(?:was|were|is|are|been)\s++(?:(?:also|further|later|\w+ly)\s++)?"
                            r"quoted\s++"
                            r"(?:by\s++[^,;:\"“”]{1,60}?\s++)?as\s++$")
RELAY_LEAD = re.compile(r"(?:before|after|while|when|during|in|on|at|of)\b")
# "quoted Jane Roe, the bank's envoy in Manila, as saying": a name and its appositive.
APPOSED = re.compile(r"[A-Z][^,]{0,60},\s++[^,]{1,80}?,?")
THAT_BEFORE = re.compile(r"\bthat\b")


def read_quoted_as(text: str, m: re.Match[str], lo: int, end: int) -> Found | None:
    """"The agency quoted the commander as saying (that) ...": the commander's statement.

    The source that quotes (a news agency, a newspaper) relays it; who speaks is the one it
    quotes, the object of "quoted", with the pronoun as a subject ("quoted him": he).
    """
    cue = m.group().lower()
    if not cue.endswith("ing") or cue not in cues.SPEECH_VERBS:
        return None
    start = max(lo, m.start() - 160)
    if text.rfind("as", start, m.start()) < 0:
        return None  # (the common case, found fast)
    passive = QUOTED_PASSIVE.search(text, start, m.start())
    relay = None
    if passive is not None:
        # "Chang was quoted as saying ...": the subject is who speaks
        subject: Span | None = np_before(text, lo, passive.start())
        if subject is None or not _speaker_like(text, subject):
            return None
    else:
        # the last "quoted ... as" that ends at the cue
        relay = next(reversed(list(QUOTED_AS.finditer(text, start, m.start()))), None)
        if relay is None:
            return None
        subject = trim(text, *relay.span(1))
        if subject[0] >= subject[1] or at_least(text, *subject, 13) or (
            text.find(",", *subject) >= 0 and not APPOSED.fullmatch(text, *subject)
            or cues.CUE.search(text, *subject)
        ):
            return None
    if END_PUNCT.fullmatch(text, skip_adverbials(text, m.end(), end), end):
        # "..., the agency Opecna quoted an OPEC official as saying.": what was said stands
        # before the comma before the source (or before who was quoted)
        first = subject[0] if relay is None else relay.start()
        comma = text.rfind(",", lo, first)
        if comma < 0 or at_least(text, comma + 1, first, 9) or \
                passive is not None and text[comma + 1:first].strip():
            return None
        said = trim(text, lo, comma)
        if not at_least(text, *said, MIN_WORDS) or _quotation(text, said):
            return None
        return _make(text, m, (said,), subject, Rule.QUOTED_AS_SAYING)
    begin = said_start(text, m.end(), end, m.group())
    if THAT_BEFORE.search(text, m.end(), begin):
        pass  # "as saying that, while ...": the clause opens after "that", whatever comes
    elif RELAY_LEAD.match(text, begin) or cues.PREPOSITION_START.match(text, begin):
        that = THAT_AHEAD.match(text, begin, end)  # "as saying before leaving Tripoli that"
        if that is None:
            return None
        begin = that.end()
    said = trim(text, begin, end)
    if not at_least(text, *said, MIN_WORDS) or _quotation(text, said):
        return None
    return _make(text, m, (said,), subject, Rule.QUOTED_AS_SAYING)


def read_leading(text: str, m: re.Match[str], lo: int, end: int) -> Found | None:
    """"X said (that) what was said." (also "X expressed its readiness to ...")."""
    cue = m.group()
    low = cue.lower()
    aux = None  # "the diagnosis was confirmed": a passive, no speaker
    if low in cues.ING_CUES:
        aux = PROGRESSIVE.search(text, max(lo, m.start() - 30), m.start())
        if aux is None:
            return _participle(text, m, lo, end) or _with_participle(text, m, lo, end)
    # What follows the cue is tested first: it needs no speaker, and reading one costs more.
    # (After a subject pronoun the form is a verb: "It claims the ban has no basis".)
    verb = low in SAYS_AFTER_PRONOUN and PRONOUN_SUBJECT.search(
        text, max(0, m.start() - 12), m.start()) is not None
    if low in cues.AMBIGUOUS and not verb and text.find("that", m.end(), end) < 0 and \
            text.find(":", m.end(), end) < 0:
        return None  # (the test below, fast: what it reads lies before `end`)
    if low in cues.AMBIGUOUS and not verb and DETERMINED.search(
            text, max(lo, m.start() - 12), m.start()) is not None:
        return None  # "in corners of the state that Trump won": a noun after its determiner
    begin = said_start(text, m.end(), end, cue)
    if low in cues.AMBIGUOUS and not verb and \
            not THAT_OR_COLON_END.search(text[m.end() : begin]):
        return None  # "his remarks during the debate": a noun
    if low in cues.APPEAL and not TO_ADDRESSEE.match(text, begin, end):
        return None  # "the plan appealed to voters": no appeal
    if low in cues.OFFER_VERBS and (offer := OFFER_TO.match(text, begin, end)):
        begin = offer.end()  # "proposed to the creditors a refinancing ...": past the addressee
    elif text.startswith("of ", begin) and (skipped := text[m.end():begin].strip(" ,")) and \
            not skipped.endswith(("that", ":")):
        # "said in a speech to a meeting | of African trade ministers": the noun's, unless
        # "that" follows ("told the President | of the European Parliament, ..., that")
        that = THAT_AHEAD.match(text, begin, end)
        if that is not None:
            begin = that.end()
        elif text.find('"', begin, end) < 0 and text.find("“", begin, end) < 0:
            return None  # (with a quotation ahead, "told a meeting of businessmen \"The ...")
    elif text[begin : begin + 1] in PREPOSITION_INITIALS and cues.PREPOSITION_START.match(
        text, begin
    ) and not (
        low.startswith("warn") and text.startswith("of", begin) or low in cues.POSITION_CUES
        or low in cues.COMMISSIVE and TO_VERB.match(text, begin, end)
        or THAT_BEFORE.search(text, m.end(), begin)  # "said that, as a rule, ...": a clause
    ):
        that = THAT_AHEAD.match(text, begin, end)
        if that is None:
            return None  # "the facts reported by the government": no speech
        begin = that.end()  # "said in 2014 on Fox News that ..."
    subject = np_before(text, lo, aux.start() if aux else m.start())
    if subject is None and AND_BEFORE.search(text, max(lo, m.start() - 30), m.start()):
        # "Trump left and said that ...", "A senior ministry official declined to give a
        # date, but said ...": the subject of the sentence, a name or a body
        subject = clause_subject(text, lo, m.start()) or _body_subject(text, lo, m.start()) \
            or _group_subject(text, lo, m.start())
    if (subject is None or text.find(",", subject[0], subject[1]) >= 0) and \
            text[lo:m.start()].rstrip().endswith(",") and \
            (aside := ASIDE.search(text, max(lo, m.start() - 160), m.start())) is not None:
        # "King Fahd, in an interview with Reuters on March 11, said ...": the speaker stands
        # before an aside set off by commas
        subject = np_before(text, lo, aside.start())
    if subject is None and (aside := QUOTED_ASIDE.search(text, max(lo, m.start() - 160),
                                                          m.start())) is not None:
        # "Mr. Manafort, citing “the unique magic of Trump,” said ...": before the aside
        subject = np_before(text, lo, aside.start())
    if subject is None or not _speaker_like(text, subject) or not _data_source(text, m, subject):
        return None
    stop = end
    if RELATIVE.search(text, max(lo, subject[0] - 12), subject[0]):
        if low in cues.COMMISSIVE:
            return None  # "a ship which Greece had threatened to stop": the ship, no words
        # "the strikes that Iran claimed targeted militants, Pakistan ...": a clause.
        comma = text.find(",", begin, end)
        stop = comma if comma > 0 else end
    participle = PARTICIPLE_CUE.search(text, begin, stop)
    if participle and participle.group(1).lower() in cues.ING_CUES:
        stop = participle.start()  # ", arguing that ...": a statement of its own
    if text.find("who", max(lo, m.start() - 24), m.start()) >= 0 and \
            WHO_BEFORE.search(text, max(lo, m.start() - 24), m.start()):
        stop = _relative_end(text, begin, stop)
    said = trim(text, begin, stop)
    if not at_least(text, *said, MIN_WORDS) or ANONYMITY.match(text, *said):
        return None  # ("who asked not to be named": a condition of the source, not a claim)
    if _quotation(text, said):
        return None  # a direct quote: quotes.py and statements.py have it
    return _make(text, m, (said,), subject, Rule.LEADING)


ANONYMITY = re.compile(r"(?:not\s+to\s+be\s+(?:named|identified|quoted)|anonymity)\b")


# A cue in a relative clause after its speaker's name: "Podesta, who said A, said B".
WHO_BEFORE = re.compile(r",\s++who\s++(?:(?:also|has|had|have|earlier|later|\w+ly)\s++)?\Z")
COMMA_THEN = re.compile(r",\s++(?:(?:also|later|then|earlier)\s++)?")


def _relative_end(text: str, begin: int, stop: int) -> int:
    """Where what a relative clause's speaker said ends: at the comma before the main
    clause's own cue ("Podesta, who said the project was vetted, | said he was unaware"),
    else at `stop`."""
    comma = text.find(",", begin, stop)
    while comma >= 0:
        after = COMMA_THEN.match(text, comma, stop)
        if after is not None and (cue := cues.CUE.match(text, after.end(), stop)) is not None \
                and cue.group()[0].islower():
            return comma
        comma = text.find(",", comma + 1, stop)
    return stop


def _quotation(text: str, said: Span) -> bool:
    """Whether what was said opens with a quotation (direct.py reads it), not with a quoted
    phrase that its clause goes on after ("said \"radical changes\" in interest rates were
    needed": `goes_on`, this reader's)."""
    if OPENING.match(text, said[0]) is None:
        return False
    close = MARKS.search(text, said[0] + 1, said[1])
    return close is None or not goes_on(text, said[0], close.start()) or not at_least(
        text, close.end(), said[1], 2)


# The first letters of PREPOSITION_START's words: elsewhere it cannot match.
PREPOSITION_INITIALS = frozenset("baotfiwdu")


# "The town was said by officials to be isolated", "Ministers were told by New Zealand that
# ...", "The plans were dismissed by the minister as unacceptable", "A cut in taxes has been
# called for by the bank's chairman.": a passive cue with its speaker after "by".
PASSIVE_AUX = re.compile(
    r"\b(?:(?:has|have|had|will|would|may|might|could|should|must)\s++)?"
    r"(?:is|are|was|were|been|be|being)\s++(?:(?:also|widely|\w+ly)\s++)?$")
# Where a phrase after "as" ends: a new clause ("as informal and no declaration is expected").
AS_PHRASE_END = re.compile(r"\s++(?:and|but)\s++(?=(?:no|the|a|an|[A-Z]\w*)\b)|,")
PASSIVE_CUES = frozenset(
    ["said", "told", "reported", "described", "dismissed", "asked", "urged", "called for"])
BY_AGENT = re.compile(
    r"\s++by\s++((?:(?:the|a|an)\s++)?[\w'’.&-]++(?:\s++(?!(?:to|that|as|on|in|at|last|"
    r"this|yesterday|today|and|but|after|before|during|when|while|why|whether|what|how|who|"
    r"which|if|where|is|are|was|were|has|have|had|will|would)\b)[\w'’.&-]++){0,6}?)"
    r"(?=\s*+[,.]|\s*+$|\s++(?:to|that|as|on|in|at|last|this|yesterday|today)\b)")
# What the agent said follows as: "to" and a verb, "that" and a clause, "as" and a phrase.
PASSIVE_REST = re.compile(r"\s++(?:(?:on|last|this)\s++\w+\s++|(?:yesterday|today)\s++)?"
                          r"(?:(to)\s++(?=[a-z])(?!(?:the|a|an|his|her|its|their|this|that|these|those)\b)"
                          r"|(that)\s++|(as)\s++)")
RELATIVE_TAIL = re.compile(r",\s++(?:which|who|whose)\b")


def read_passive_by(text: str, m: re.Match[str], lo: int, end: int) -> Found | None:
    """"The town was said by officials to be isolated": the speaker is the agent after "by";
    what was said is the subject with the infinitive ("said ... to be"), the clause after
    "that" ("told by New Zealand that ..."), the phrase after "as" ("dismissed by the
    minister as unacceptable"), or the subject alone when the sentence ends ("A further cut
    in taxes has been called for by the bank's chairman.")."""
    low = m.group().lower()
    if low not in PASSIVE_CUES:
        return None
    aux = PASSIVE_AUX.search(text, max(lo, m.start() - 30), m.start())
    if aux is None:
        return None
    agent = BY_AGENT.match(text, m.end(), end)
    if agent is None:
        return None
    subject = trim(text, *agent.span(1))
    if not _speaker_like(text, subject) or text[subject[0] : subject[1]].lower() in (
        cues.PRONOUNS | PHRASE_OBJECTS
    ):
        return None
    topic = trim(text, lo, aux.start())
    relative = RELATIVE_TAIL.search(text, *topic)
    if relative is not None:
        topic = trim(text, topic[0], relative.start())  # "The IMF, which reviewed ...,"
    rest = PASSIVE_REST.match(text, agent.end(), end)
    spans: tuple[Span, ...]
    if rest is None:
        if low != "called for":
            return None
        if text.startswith(",", agent.end()) and not cues.CUE.search(text, agent.end(), end):
            subject = (subject[0], trim(text, subject[0], end)[1])  # "by X, chairman of Y."
        elif not END_PUNCT.fullmatch(text, agent.end(), end):
            return None
        spans = (topic,)
    elif rest.group(2) and low in ("told", "said", "reported"):
        spans = (trim(text, rest.end(), end),)
    elif rest.group(3) and low in ("described", "dismissed"):
        stop = AS_PHRASE_END.search(text, rest.end(), end)
        spans = (trim(text, rest.end(), stop.start() if stop else end),)
    elif rest.group(1) and low in ("said", "reported"):
        spans = (topic, trim(text, rest.start(1), end))
    elif rest.group(1) and low in ("asked", "urged"):
        spans = (trim(text, rest.end(), end),)
    else:
        return None
    if not at_least(text, spans[0][0], spans[-1][1], MIN_WORDS) or not at_least(
        text, *spans[0], 2
    ) and len(spans) > 1:
        return None
    return _make(text, m, spans, subject, Rule.PASSIVE_BY)


PHRASE_OBJECTS = frozenset("him her them us me it".split())
TO_VERB = re.compile(r"to\s++[a-z]")
OFFER_TO = re.compile(r"to\s++(?:[\w'’.&-]++\s++){1,4}?(?=(?:a|an)\s)")
TO_ADDRESSEE = re.compile(r"(?:[\w'’.&-]++\s++){1,5}?to\s++[a-z]")


# Words that may stand between the comma and a trailing speaker: "..., as police have said",
# "..., officials and seismologists said" (the phrase read back is the last of a list).
JOINED_BEFORE = re.compile(
    r"\s*+(?:as|(?:(?!(?:as|that|but|if|when|while)\b)[\w'’.&-]++,?\s++){1,4}?(?:and|or))\s*+"
)


def _joined_before(text: str, start: int, stop: int) -> bool:
    """Whether text[start:stop] is "as" or the start of a list of speakers ending in "and"."""
    m = JOINED_BEFORE.fullmatch(text, start, stop)
    return m is not None and not cues.CUE.search(text, start, stop)


def _data_source(text: str, m: re.Match[str], subject: Span) -> bool:
    """Whether a cue's subject may speak through it: any, unless the cue is "show", whose
    subject must be a source of data ("official figures show", not "the minister showed")."""
    if m.group().lower() not in cues.DATA_VERBS:
        return True
    words = text[subject[0] : subject[1]].split()
    # (a capitalised head after the first word names something, "the American Community
    # Survey", no source of figures; "Polls show" opens a sentence)
    return words[-1].lower() in cues.DATA_SOURCES and (
        len(words) == 1 or words[-1][0].islower())


def _speaker_like(text: str, subject: Span) -> bool:
    """Whether a phrase can be a speaker: not "a self-", "recent", "Having"."""
    phrase = text[subject[0] : subject[1]]
    if phrase[0].islower() and TO_END.search(text[max(0, subject[0] - 4) : subject[0]]):
        return False  # "prompted her to make a controversial comment": an infinitive
    tokens = phrase.split()
    last, first = tokens[-1].lower(), tokens[0]
    return not (last in cues.NOT_SPEAKER_END or last.endswith(("-", "’s", "'s"))
                or first.endswith("ing") and (first[0].islower() or " " in phrase)
                and first.lower() not in cues.TITLES  # ("King Fahd")
                and not _ing_modifier(tokens))


def _ing_modifier(tokens: list[str]) -> bool:
    """"banking sources", "shipping sources in Piraeus": an -ing word before a plural noun;
    "Planning Minister": a capitalised one before a title or a body."""
    second = tokens[1] if len(tokens) > 1 else ""
    if tokens[0].lower() in OFFICE_ING:
        return True  # "Outgoing United States Ambassador Stephen Bosworth"
    if tokens[0][0].isupper() and second.lower() in TITLED_HEADS:
        return True  # "Planning Minister Taher Kanan", "Housing Ministry officials"
    return second.islower() and second.endswith("s") and not second.endswith("ss")


TITLED_HEADS = cues.TITLES | cues.ORG_WORDS
# -ing words that say how one holds an office, before a title or a name: no participle
OFFICE_ING = frozenset(
    "outgoing incoming acting visiting ruling retiring sitting presiding reigning founding "
    "managing ranking serving governing departing caretaking".split())


# "reacting to a British statement (following his talks with X), saying": the statement,
# with an origin (a capitalised adjective or "by/from X") and no verb after it to the comma.
REACTED_STATEMENT = re.compile(
    r"\b(?:react(?:ing|ed|s)?|respond(?:ing|ed|s)?|repl(?:ying|ied|ies|y)|in\s++(?:response|"
    r"reply|reaction))\s++to\s++((?:a|an|the)\s++(?:(?:new|joint|official|written)\s++)?"
    r"(?:(?:[A-Z][\w-]*+\s++){1,3}(?:statement|communiqu[eé])(?=[\s,])|"
    r"(?:statement|communiqu[eé])\s++(?:by|from)\s++(?:the\s++)?"
    r"[A-Z][\w'’.&-]*+(?:\s++[A-Z][\w'’.&-]*+){0,3}))"
    r"(?:\s++(?:following|after|issued|released|on)\b[^,;]{0,80}?)?\s*+,\s*+\Z"
)


def participle_subject(text: str, lo: int, cue_start: int) -> Span | None:
    """Who speaks in ", adding ...": the speaker of the cue before, else the sentence subject.

    "Funaro was reacting to a British statement issued after his talks, saying ...": a
    statement of another, named by its origin, that the subject reacts to is what says it.
    """
    if (text.find("statement", lo, cue_start) >= 0 or text.find("communiqu", lo, cue_start) >= 0) \
            and (owned := REACTED_STATEMENT.search(text, lo, cue_start)):
        return owned.span(1)
    previous = [c for c in cues.CUE.finditer(text, max(lo, cue_start - WINDOW), cue_start)
                if c.group().lower() in cues.SPEECH_VERBS and not c.group().endswith("ing")
                and c.group().lower() not in cues.AMBIGUOUS
                and not MODAL_BEFORE.search(text, max(lo, c.start() - 8), c.start())]
    if previous:
        # "..., Hollande said Tuesday, noting that ...": the speaker of that cue
        cue = previous[-1]
        begin = max(lo, _last_mark(text, lo, cue.start()))
        # "Lazar, in a jumpsuit, said little, offering" / "..., said Baloch, adding"
        subject = np_before(text, begin, cue.start())
        if subject is None and text[begin : cue.start()].rstrip().endswith(","):
            subject = np_after(text, cue.end(), cue_start)
        if subject is not None:
            return subject
    return clause_subject(text, lo, cue_start) or _body_subject(text, lo, cue_start)


# A modal or "to" before a cue: no speech reported ("she believes we must continue to ...").
MODAL_BEFORE = re.compile(r"\b(?:must|will|would|should|could|can|may|might|to)\s++$")
BODY_LEAD = re.compile(r"(?:The|A|An)\s++((?:[\w'’.&-]++\s++){0,4}[\w'’.&-]++)")
STOP_BODY = STOP_BACK | cues.BETWEEN


def _body_subject(text: str, lo: int, stop: int) -> Span | None:
    """"The Greek government later withdrew its request, saying ...": a sentence that opens
    with an article and a body or an official ("A ministry spokesman declined to comment"),
    up to its last word of that kind before a verb, an adverb or a preposition."""
    lead = BODY_LEAD.match(text, lo, stop)
    if lead is None:
        return None
    end = None
    for word in WORD_RUN.finditer(text, lead.start(1), lead.end(1)):
        low = word.group().lower()
        if low in STOP_BODY or word.group()[0].islower() and low.endswith("ed"):
            break
        if low in cues.ORG_WORDS:
            end = word.end()
    if end is None:
        return None
    if (named := BODY_NAMED_AFTER.match(text, end, stop)) is not None:
        end = named.end()  # "A spokesman for the European Community Commission defended ..."
    return (lead.start(), end)


WORD_RUN = re.compile(r"[\w'’.&-]++")
# The body a spokesman or an official serves, named after "for", "of" or "at" ("A spokesman
# for the European Community Commission")
BODY_NAMED_AFTER = re.compile(r"\s++(?:for|of|at)\s++(?:the\s++)?[A-Z][\w'’.&-]*+"
                              r"(?:\s++(?:of\s++|and\s++)?[A-Z][\w'’.&-]*+)*+")
# A group of people in the plural opening a sentence as its subject, before its verb ("But
# private economists were not so sure and said ...").
GROUP_LEAD = re.compile(
    r"(?:(?:But|And|Yet|So|Still)\s++)?((?:[A-Za-z][\w'’-]*+\s++){0,3}?(?:economists|analysts|"
    r"officials|traders|dealers|bankers|diplomats|sources|experts|observers|executives|"
    r"lawmakers|legislators|ministers|leaders|investors|producers|exporters|importers|"
    r"farmers|delegates|negotiators))\s++(?:were|are|have|had|did|do|also|will|would|could|"
    r"may|might)\b")


def _group_subject(text: str, lo: int, stop: int) -> Span | None:
    """"But private economists were not so sure and said ...": a group in the plural that
    opens the sentence as its subject, else None."""
    m = GROUP_LEAD.match(text, lo, stop)
    return m.span(1) if m is not None else None


def _participle(text: str, m: re.Match[str], lo: int, end: int) -> Found | None:
    """", adding that ...": the speaker is the subject of the sentence."""
    if not _comma_before(text, m.start()):
        return None
    subject = participle_subject(text, lo, m.start())
    if subject is None:
        return None
    said = trim(text, said_start(text, m.end(), end, m.group()), end)
    if not at_least(text, *said, MIN_WORDS) or _quotation(text, said):
        return None
    return _make(text, m, (said,), subject, Rule.PARTICIPLE)


# The cues that report speech after "with" and a noun phrase.
WITH_CUES = frozenset("""saying adding warning arguing claiming insisting noting stressing
    tweeting urging predicting suggesting telling explaining declaring announcing complaining
    accusing describing""".split())


def _with_participle(text: str, m: re.Match[str], lo: int, end: int) -> Found | None:
    """"The talks ended, with the minister saying that ...": the noun phrase after "with"
    right before the cue speaks."""
    if m.group().lower() not in WITH_CUES:
        return None  # "with all precincts reporting", "with Giggs seeking two": no speech
    start = m.start()
    at = text.rfind("with ", max(lo, start - 80), start)
    if at < 0 or (at > 0 and text[at - 1].isalnum()) or text.find(",", at, start) >= 0:
        return None  # (a comma between: "The event with Obama comes later, urging ...")
    subject = np_before(text, at + 5, start)
    if subject is None or subject[0] != at + 5:
        return None  # not the whole phrase after "with": "with prices rising, traders saying"
    last = text[subject[0]:subject[1]].rsplit(None, 1)[-1]
    if last.lower() in DETERMINERS or last[0].islower() and last.endswith(("ed", "ing")):
        return None  # "with a telling side-by-side", "with hands raised saying": no speaker
    said = trim(text, said_start(text, m.end(), end, m.group()), end)
    if not at_least(text, *said, MIN_WORDS) or _quotation(text, said):
        return None
    return _make(text, m, (said,), subject, Rule.PARTICIPLE)


def _comma_before(text: str, pos: int) -> bool:
    """Whether `text[:pos].rstrip()` ends with a comma (without copying the text)."""
    pos -= 1
    while pos >= 0 and text[pos].isspace():  # (isspace: what rstrip() strips)
        pos -= 1
    return pos >= 0 and text[pos] == ","


def _last_mark(text: str, lo: int, stop: int) -> int:
    found = [q.end() for q in MARKS.finditer(text, lo, stop)]
    return found[-1] if found else lo


def _make(text: str, m: re.Match[str], spans: tuple[Span, ...], subject: Span,
          rule: Rule) -> Found:
    cue = m.group()
    kind = REPORTED
    for s, e in spans:
        if QUOTE_MARK.search(text, s, e):
            kind = PARTIAL
            break
    # The words around the speaker outside what was said ("said in Lahore"): a country
    # named in the statement itself is what they speak about, not where they speak from.
    if len(spans) == 1:  # (the common case, without generators)
        first, last = spans[0]
        lo = last if last <= subject[0] else min(subject[0], m.start())
        hi = first if first >= subject[1] else _sentence_stop(text, subject, m)
    else:
        lo = max((e for _, e in spans if e <= subject[0]), default=min(subject[0], m.start()))
        hi = min((s for s, _ in spans if s >= subject[1]), default=-1)
        if hi < 0:
            hi = _sentence_stop(text, subject, m)
    context = (lo, hi)
    return new_found(kind, spans, cue, m.span(), new_claim(spans[0][0], subject, False, context),
                     rule)


def _sentence_stop(text: str, subject: Span, m: re.Match[str]) -> int:
    """Where the sentence stops after the speaker and the cue (within WINDOW characters)."""
    after = max(subject[1], m.end())
    stop = SENTENCE_STOP.search(text, after, after + WINDOW)
    return stop.start() if stop else after


def _inside(pos: int, spans: tuple[Span, ...] | list[Span]) -> bool:
    for s, e in spans:  # a loop, not any(): called for every cue
        if s <= pos < e:
            return True
    return False
