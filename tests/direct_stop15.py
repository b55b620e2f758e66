"""direct.py as it stood at the end of stop 15 (bef1543), kept to compare the faster code
with (tests/test_direct_speed.py): the same functions, unchanged but for this docstring,
stop 21's rule for a quoted phrase that its clause goes on after (`goes_on`) and stop 25's
rules (each marked).

Direct quotes: quoted passages -> statements with the words that attribute them.

Input: the article text, its paragraphs and the quoted passages of quotes.py. Output:
`Found` statements of kind QUOTE, each with the span of its speaker phrase for
attribution.py. The speaker is read after the quote (",” she said.", ",” said Baloch.",
"” - Commissioner X"), before it ("X said:", "According to X,", a colon lead-in), from
the sentence or paragraph before, or, for a paragraph that is wholly a quote, from the
statement before it. A quote interrupted by its attribution ("A,” she said. “B") is one
statement with several spans. A few words quoted inside a sentence are left to
reported.py, which reads them as partial quotes.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence
from dataclasses import replace

from briefing.extract import cues
from briefing.extract.attribution import new_claim
from briefing.extract.direct import (
    ENDS_WITH_DETERMINER,
    LOWER_WORD,
    OBJECT_OF,
    PASSIVE_BEFORE,
    _dash_line,
    _issuing_verb,
)
from briefing.extract.found import Found, Rule, new_found
from briefing.extract.phrases import (
    at_least,
    clause_subject,
    dateline_end,
    np_after,
    np_before,
    skip_adverbials,
    trim,
)
from briefing.extract.quotes import MARKS, OPENING, Quoted, goes_on, mark_pattern
from briefing.extract.reported import AND_BEFORE, POSSESSOR_BEFORE, CueScan, participle_subject
from briefing.extract.text import LOWER_NEXT, START
from briefing.models import QUOTE, Paragraph, Sentence, Span

DASH_SPEAKER = re.compile(r"(?<!\s)\s*+(?:[—–―]|--?)\s*+(?=[A-Z])")
NOT_NAME = re.compile(
    rf"(?:{cues.NOT_NAMES_TRIE}|Many|Most|Some|All|If|Probably|There['’]s|Editor)\b")
CLOSING = mark_pattern("”\"")
COLON_END = re.compile(r":\s*$")
APPOSITIVE = re.compile(r"(?:[A-Z][\w.'’-]*\s+){0,4}[A-Z][\w.'’-]*(?:\s*\([^)]*\))?,\s+\S")
TELL_OBJECT_LEAD = re.compile(r"^(?:(?:the|a|an)\s+)?(?:[A-Z][\w.&'’-]*\s*){1,5}|^\w+\s*")
# An audience named by a common noun, all that stands between "told" and a quote: "told a
# meeting of local businessmen \"The government's policy ...\"" (cues.AUDIENCE).
TELL_AUDIENCE_LEAD = re.compile(rf"{cues.AUDIENCE}(?:\s+of\s+(?:[\w.&'’-]+\s+){{0,4}}?[\w&'’-]+)?"
                                r"(?:\s+(?:here|today|yesterday))?")
TWO_NAMES_END = re.compile(r"[A-Z][\w.'’-]+\s+[A-Z][\w'’-]+$")
# A sentence's subject that is a name after an opening phrase or a description and a comma:
# "On “Face the Nation,” Sen. Bernie Sanders (Vt.), who lost ...", "His former business
# partner at Lenox, Lawrence B. Cummings, called ...": the name, two capitalised words or more.
NAMED_SUBJECT = re.compile(
    r"[^,;:\n]{2,60}?,[\"”’]?\s+((?:[A-Z][\w'’.-]*\s+){1,4}[A-Z][\w'’-]+)"
    r"(?=\s*\([^)]{1,20}\)\s*,|\s*,\s+(?:who\s|[a-z]+\s))"
)
SENTENCE_SUBJECT = re.compile(
    r"(?:(?:He|She|They)\b|(?:[A-Z][\w'’.-]+\s+){0,5}[A-Z][\w'’-]+(?=\s+[a-z]))"
)


def direct_quotes(text: str, paragraphs: tuple[Paragraph, ...], quotes: list[Quoted],
                  scan: CueScan, body_starts: Sequence[int] | None = None) -> list[Found]:
    """Direct quotes with their speakers; interrupted quotes joined; in text order.

    `scan` holds the article's cues (reported.scan_cues); `body_starts`, if given, where
    each paragraph's words start past a dateline (`dateline_end`, found once per article).
    """
    out: list[Found] = []
    last_close = -1
    for q in quotes:
        para = paragraphs[q.paragraph]
        sent = _sentence_at(para, q.open_at)
        sent_start = max(sent.start, dateline_end(text, para.start, para.end)
                         if body_starts is None else body_starts[q.paragraph])
        pre_start = sent_start if sent_start > last_close else last_close
        pre = text[pre_start : q.open_at]
        close = q.close_at if q.close_at is not None else q.spans[-1][1]
        if text.startswith("''", close):
            close += 1  # past a two-apostrophe mark
        last_close = close + 1
        end_para = paragraphs[q.last_paragraph]
        has_pre = bool(pre.strip())
        lead_in = _lead_in(text, pre_start, q.open_at, scan) if has_pre else None
        if has_pre and lead_in is None:
            # A few words quoted inside a sentence: reported.py reads it, unless the quote
            # resumes the one before. (Read before the attribution after the quote, which
            # then matters only for that: the same answers, pure functions, less work.)
            if out and _continues(text, out[-1], q) and _after(
                text, q, close + 1, _post_end(text, end_para, close, scan), scan
            ) is None:
                prev = out.pop()
                out.append(prev.respan(prev.spans + q.spans))
            continue
        if lead_in is not None and q.close_at is not None and len(q.spans) == 1 and \
                goes_on(text, q.open_at, q.close_at):
            continue  # (stop 21) a quoted phrase its clause goes on after: reported.py's
        found = _after(text, q, close + 1, _post_end(text, end_para, close, scan), scan)
        if found is None and out and _continues(text, out[-1], q):
            prev = out.pop()  # "“A,” she said. “B.”" and "“A,” said X, “B.”"
            out.append(prev.respan(prev.spans + q.spans))
            continue
        if not at_least(text, q.spans[0][0], q.spans[-1][1], 2) and q.close_at is not None:
            continue
        if found is not None and len(q.spans) > 1 and lead_in is not None and not _pronoun(
            text, found
        ):
            # "X told parliament: “A ...¶“B,” X said.": the last paragraph names a speaker
            # of its own; the paragraphs before are the lead-in's (two attributions). ("it
            # added" only goes on with the lead-in's speaker: one attribution.)
            if pre_start != sent_start:
                lead_in = _lead_in(text, pre_start, q.open_at, scan, sent_start)
            lead = _before(text, replace(q, spans=q.spans[:-1]), pre_start, lead_in)
            if lead is not None:
                out.append(lead)
                last = q.spans[-1]
                context = found.claim.context
                out.append(new_found(QUOTE, (last,), found.cue, found.cue_span, new_claim(
                    last[0], found.claim.subject, False, context and (last[0], context[1])),
                    found.rule))
                continue
        if found is None or _pronoun(text, found):
            if pre_start != sent_start:  # the lead-in read from the sentence start differs
                lead_in = _lead_in(text, pre_start, q.open_at, scan, sent_start)
            lead = _before(text, q, pre_start, lead_in)
            found = lead or found  # "X said: “...,” it added": X rather than "it"
        if found is None and not has_pre and q.last_paragraph + 1 < len(paragraphs):
            found = _dash_line(text, q, paragraphs[q.last_paragraph + 1])  # (stop 25's rule)
        if found is None:
            found = _unattributed(text, q, paragraphs, out)
        out.append(found)
    return out


def _sentence_at(para: Paragraph, pos: int) -> Sentence:
    sentences = para.sentences
    if len(sentences) == 1:
        return sentences[0]  # most paragraphs: no need to bisect
    index = _sentence_index(para, pos)
    return sentences[max(index, 0)]


def _sentence_index(para: Paragraph, pos: int) -> int:
    """The index of the last sentence that starts at or before `pos` (-1 if none)."""
    return bisect.bisect_right(para.sentences, pos, key=START) - 1


def _post_end(text: str, para: Paragraph, close: int, scan: CueScan) -> int:
    """Where the attribution after a quote can end: the sentence end or a new quote."""
    end = para.end
    sentences = para.sentences
    first = 0 if len(sentences) == 1 else max(_sentence_index(para, close + 1), 0)
    for sent in sentences[first : first + 2]:
        if sent.start <= close + 1 < sent.end:
            end = sent.end
            break
        if sent.start > close:
            # “Are you kidding?” Smith asked.  The next sentence, if it starts with a cue.
            found = scan.cue.within(sent.start, sent.end)
            ok = bool(found) and not at_least(text, sent.start, found[0].start(), 7)
            end = sent.end if ok else close + 1
            break
    nxt = OPENING.search(text, close + 1, end)
    return nxt.start() if nxt else end


Lead = tuple[Span | None, re.Match[str] | None]


def _lead_in(text: str, start: int, open_at: int, scan: CueScan,
             sent_start: int | None = None) -> Lead | None:
    """A lead-in before a quote: "X said:", "X said,", "According to X," or a colon."""
    sent_start = start if sent_start is None else sent_start
    pre = text[start:open_at].rstrip()
    stop = start + len(pre)
    if not pre:
        return None
    if text.startswith("Said ", start) and text[stop - 1] in ",:" and (
            named := np_after(text, start + 4, stop)) is not None:
        return named, None  # (stop 25's rule)
    found_cues = scan.cue.within(start, stop)
    cue = found_cues[-1] if found_cues else None
    if cue is not None and cue.group().lower() in cues.AMBIGUOUS and POSSESSOR_BEFORE.search(
            text, max(start, cue.start() - 40), cue.start()) is not None:
        cue = found_cues[-2] if len(found_cues) > 1 else None  # (stop 29's rule)
    found_according = scan.according.within(start, stop)
    according = found_according[-1] if found_according else None
    if according is not None:
        source = trim(text, according.end(), stop)
        comma = text.find(",", *source)  # (stop 25's rules)
        if comma >= 0 and at_least(text, comma + 1, source[1], 3):
            if cue is None or cue.start() < comma:
                return None
        elif source[0] < source[1] and ENDS_WITH_DETERMINER.search(text, *source):
            return None
        else:
            return (source if source[0] < source[1] else None), according
    if cue is not None:
        rest = skip_adverbials(text, cue.end(), stop)
        tail = text[rest:stop].strip()
        word = cue.group().lower()
        if word in cues.TELL_VERBS:
            tail = "" if TELL_AUDIENCE_LEAD.fullmatch(tail) else TELL_OBJECT_LEAD.sub("", tail)
            if not _ends_clause(text, open_at):
                return None  # "told MSNBC's “Morning Joe” that ...": a title, not a quote
        if tail in ("", ":", ",", "that", ", that") or tail.endswith(":") and len(tail) < 40:
            subject: Span | None = None
            if word in cues.ING_CUES and _comma_before(text, cue.start()):
                # "Dean, a former chairman, poked at Trump, tweeting “...”": the subject
                subject = participle_subject(text, sent_start, cue.start())
            elif word in cues.ING_CUES and (verb := _issuing_verb(text, start, cue.start())) >= 0:
                # (stop 29) "The ministry issued a statement saying: “...”": who issued it
                return np_before(text, start, verb) or clause_subject(
                    text, start, verb) or (verb, verb), cue
            subject = subject or np_before(text, start, cue.start()) or np_after(
                text, cue.end(), stop)
            if subject is not None and word in cues.ING_CUES and subject[1] <= cue.start() \
                    and not _comma_before(text, cue.start()) \
                    and OBJECT_OF.search(text, max(start, subject[0] - 9), subject[0]) \
                    and " of " not in text[subject[0]:subject[1]]:
                # (stop 29) "responded to Vargas’ question on Facebook writing, “...”"
                return clause_subject(text, start, subject[0]) or (subject[0], subject[0]), cue
            if subject is None and AND_BEFORE.search(text, max(start, cue.start() - 30),
                                                     cue.start()):
                # "Trump called on her to resign and said, “...”": the sentence's subject
                subject = clause_subject(text, start, cue.start())
            if subject is None and word in cues.ING_CUES:
                # "He defended the remark, saying: “...”": the subject of the sentence; (stop
                # 29) "a statement was issued saying: “...”": no one
                subject = clause_subject(text, sent_start, cue.start()) or (
                    (cue.start(), cue.start()) if not _comma_before(text, cue.start()) and
                    PASSIVE_BEFORE.search(text, max(start, cue.start() - 40), cue.start())
                    else None)
            return subject, cue
    if pre.endswith(":"):
        subject = trim(text, start, stop - 1)
        if not at_least(text, *subject, 7):
            named = clause_subject(text, subject[0], subject[1]) if " " in text[
                subject[0]:subject[1]] else None  # (stop 25's rule)
            if named is not None and named[1] < subject[1] and \
                    LOWER_WORD.match(text, named[1]) is not None and \
                    text[named[1]:subject[1]].islower():
                return named, None
            return subject, None
        # "... doesn't surprise Republican pollster Daron Shaw: “...”": the name at the end
        named = np_before(text, start, stop - 1)
        if named and TWO_NAMES_END.search(text[named[0] : named[1]]):
            return named, None
        # "The piece used her words as its headline: “...”": the subject of the sentence
        return clause_subject(text, start, stop - 1), None
    return None


def _comma_before(text: str, pos: int) -> bool:
    """`text[:pos].rstrip().endswith(",")`, read back from `pos` without copying the text."""
    pos -= 1
    while pos >= 0 and text[pos].isspace():
        pos -= 1
    return pos >= 0 and text[pos] == ","


def _ends_clause(text: str, open_at: int) -> bool:
    """Whether the quote opened at `open_at` runs to the end of its clause."""
    m = CLOSING.search(text, open_at + 1, open_at + 2000)
    return m is None or not LOWER_NEXT.match(text[m.end() : m.end() + 3])


def _after(text: str, q: Quoted, pos: int, end: int, scan: CueScan) -> Found | None:
    """Attribution after the closing mark: ",” she said." / ",” said X." / "” - X"."""
    dash = DASH_SPEAKER.match(text, pos, end)
    if dash:
        named = trim(text, dash.end(), end)
        if at_least(text, *named, 1) and not at_least(text, *named, 13):
            return _quote(q, "", None, named, Rule.QUOTE_DASH, (q.spans[0][0], end))
    found_cues = scan.cue.within(pos, end)
    m = found_cues[0] if found_cues else None
    if m is None:
        # ",” Blige" at the end of a paragraph: a bare name after the quote
        bare = np_after(text, pos, end)
        if bare and trim(text, pos, end) == bare and text[bare[0]].isupper() and not at_least(
            text, *bare, 5
        ) and not NOT_NAME.match(text, bare[0]):
            return _quote(q, "", None, bare, Rule.QUOTE_BARE_NAME, (q.spans[0][0], end))
        return None
    if at_least(text, pos, m.start(), 41):
        return None
    between = text[pos : m.start()]
    subject: Span | None
    if between.strip(" ,\n"):
        subject = np_before(text, pos, m.start())
        if subject is None and between.rstrip().endswith(",") and not APPOSITIVE.match(
            text, pos + len(between) - len(between.lstrip(" ,")), m.start()
        ):
            # ",” like the markets lately, said Richard Roe.": inverted after a phrase
            subject = np_after(text, m.end(), end)
            return _quote(q, m.group(), m.span(), subject, Rule.QUOTE_INVERTED,
                          (q.spans[0][0], end)) if subject else None
        if subject is None or at_least(text, pos, m.start(), 13):
            # ",” Jane Roe, director of the institute and a former envoy, said.": all of it
            subject = trim(text, pos, m.start())
            if not APPOSITIVE.match(text, subject[0], subject[1]):
                return None
        rule = Rule.QUOTE_AFTER
    else:
        subject = np_after(text, m.end(), end)
        rule = Rule.QUOTE_INVERTED
    if subject is None:
        return None
    return _quote(q, m.group(), m.span(), subject, rule, (q.spans[0][0], end))


def _before(text: str, q: Quoted, start: int, lead: Lead | None) -> Found | None:
    """The quote attributed by its lead-in (`_lead_in` from `start`), if it has one."""
    if lead is None:
        return None
    subject, cue = lead
    if subject is None:
        return None
    cue_text = cue.group() if cue else ""
    return _quote(q, cue_text, cue.span() if cue else None, subject,
                  Rule.QUOTE_LEAD if cue else Rule.QUOTE_COLON, (start, q.spans[-1][1]))


def _continues(text: str, prev: Found, q: Quoted) -> bool:
    """A quote resumed after its attribution in the same paragraph ("A,” she said. “B")."""
    if prev.rule not in (Rule.QUOTE_AFTER, Rule.QUOTE_INVERTED) or prev.cue_span is None:
        return False
    subject = prev.claim.subject
    after = max(prev.cue_span[1], subject[1] if subject else 0)
    if after > q.open_at or prev.spans[-1][1] > prev.cue_span[0]:
        return False
    gap = text[after : q.open_at]
    # The rest of the attribution's sentence may stand between ("said X, an economist.")
    return ("\n" not in gap and not at_least(text, after, q.open_at, 31)
            and not cues.CUE.search(gap))


def _unattributed(text: str, q: Quoted, paragraphs: tuple[Paragraph, ...],
                  done: list[Found]) -> Found:
    """A quote with no attribution around it: the speaker of the sentence or paragraph before."""
    para = paragraphs[q.paragraph]
    if q.open_at > para.start:
        sent = _sentence_at(para, q.open_at)
        prev = [s for s in para.sentences if s.end <= sent.start]
        if prev:
            subject = _sentence_subject(text, prev[-1])
            if subject is not None:
                return _quote(q, "", None, subject, Rule.QUOTE_PREV_SENTENCE)
        # Mid-paragraph: the statement before it in this paragraph speaks (see _inherit).
        return new_found(QUOTE, q.spans, "", None, new_claim(q.spans[0][0], None),
                         Rule.QUOTE_UNATTRIBUTED)
    if q.paragraph > 0:
        before = paragraphs[q.paragraph - 1]
        if COLON_END.search(text, before.start, before.end):
            # "The New York Times reports:" / "Sanders made the following comment:"
            last = before.sentences[-1]
            found_cues = list(cues.CUE.finditer(text, last.start, last.end))
            cue = found_cues[-1] if found_cues else None
            subject = np_before(text, last.start, cue.start()) if cue else None
            subject = subject or clause_subject(text, last.start, last.end)
            if subject is not None:
                return _quote(q, "", None, subject, Rule.QUOTE_COLON_PARAGRAPH)
        if done and done[-1].spans[-1][1] >= before.start or \
                cues.CUE.search(text, before.start, before.end) is not None and \
                not MARKS.search(text, before.start, before.end):  # (stop 22)
            return new_found(QUOTE, q.spans, "", None,
                             new_claim(q.spans[0][0], None, inherit=True), Rule.QUOTE_FLOATING)
        if not MARKS.search(text, before.start, before.end):
            # "State attorney Dave Aronberg is investigating.\n\n“...”": the person just named
            subject = _sentence_subject(text, before.sentences[-1])
            if subject is not None:
                return _quote(q, "", None, subject, Rule.QUOTE_PREV_PARAGRAPH)
    return new_found(QUOTE, q.spans, "", None, new_claim(q.spans[0][0], None),
                     Rule.QUOTE_UNATTRIBUTED)


def _sentence_subject(text: str, sent: Sentence) -> Span | None:
    """The subject of a sentence when it is a name or a pronoun ("Smith was blunt."), also
    after an opening phrase ("On Sunday, Sen. Bernie Sanders (Vt.), who ..., said") or as
    the appositive of a description ("His former partner, Lawrence B. Cummings, called")."""
    m = SENTENCE_SUBJECT.match(text[sent.start : sent.end])
    if not m or NOT_NAME.match(m.group()):
        named = NAMED_SUBJECT.match(text, sent.start, sent.end)
        if named is None or NOT_NAME.match(text, named.start(1)):
            return None
        return named.span(1)
    found = m.group()
    if found.endswith(("’s", "'s")):
        return None
    if " " not in found and found not in ("He", "She", "They"):
        # One capitalised word: a name only if the text also capitalises it mid-sentence.
        if not re.search(rf"[a-z,] {re.escape(found)}\b", text):
            return None
    return (sent.start, sent.start + m.end())


def _quote(q: Quoted, cue: str, cue_span: Span | None, subject: Span | None, rule: Rule,
           context: Span | None = None) -> Found:
    if subject is not None and subject[0] >= subject[1]:
        subject = None  # an empty phrase names no one
    return new_found(QUOTE, q.spans, cue, cue_span,
                     new_claim(q.spans[0][0], subject, False, context), rule)


def _pronoun(text: str, found: Found) -> bool:
    subject = found.claim.subject
    return subject is not None and text[subject[0] : subject[1]].lower() in cues.PRONOUNS
