"""Direct quotes: quoted passages -> statements with the words that attribute them.

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
from briefing.extract.text import LOWER_NEXT, START, is_word_char
from briefing.models import QUOTE, Paragraph, Sentence, Span

# The rules' names as module constants: reading a member off the enum class costs several
# times a global's look-up, and the loop below reads them for every quote.
QUOTE_DASH = Rule.QUOTE_DASH
QUOTE_BARE_NAME = Rule.QUOTE_BARE_NAME
QUOTE_AFTER = Rule.QUOTE_AFTER
QUOTE_INVERTED = Rule.QUOTE_INVERTED
QUOTE_LEAD = Rule.QUOTE_LEAD
QUOTE_COLON = Rule.QUOTE_COLON
QUOTE_PREV_SENTENCE = Rule.QUOTE_PREV_SENTENCE
QUOTE_UNATTRIBUTED = Rule.QUOTE_UNATTRIBUTED
QUOTE_COLON_PARAGRAPH = Rule.QUOTE_COLON_PARAGRAPH
QUOTE_FLOATING = Rule.QUOTE_FLOATING
QUOTE_PREV_PARAGRAPH = Rule.QUOTE_PREV_PARAGRAPH
ADVERBIAL_MIN = cues.ADVERBIAL_MIN

# A paragraph of a dash and a name of up to five words, alone or with a short aside after a
# comma ("- Sanders.", "— Hillary Clinton", "-Michelle Marks, Philadelphia.", "-President
# Obama, tweeting after Clinton's speech.").
DASH_LINE = re.compile(r"\s*(?:[—–―]|--?)\s*((?:[A-Z][\w.'’-]*\s+){0,4}[A-Z][\w'’-]*)"
                       r"(?:,[^\n\"“”]{1,80})?\.?\s*\Z")
DASH_SPEAKER = re.compile(r"(?<!\s)\s*+(?:[—–―]|--?)\s*+(?=[A-Z])")
NOT_NAME = re.compile(
    rf"(?:{cues.NOT_NAMES_TRIE}|Many|Most|Some|All|If|Probably|There['’]s|Editor)\b")
CLOSING = mark_pattern("”\"")
COLON_END = re.compile(r":\s*$")
LOWER_WORD = re.compile(r" [a-z]")  # a word in lower case right after a name
ENDS_WITH_DETERMINER = re.compile(r"\b(?:the|a|an|his|her|its|their|this|that)\s*\Z",
                                  re.IGNORECASE)
APPOSITIVE = re.compile(r"(?:[A-Z][\w.'’-]*\s+){0,4}[A-Z][\w.'’-]*(?:\s*\([^)]*\))?,\s+\S")
TELL_OBJECT_LEAD = re.compile(r"^(?:(?:the|a|an)\s+)?(?:[A-Z][\w.&'’-]*\s*){1,5}|^\w+\s*")
# An audience named by a common noun, all that stands between "told" and a quote: "told a
# meeting of local businessmen \"The government's policy ...\"" (cues.AUDIENCE).
TELL_AUDIENCE_LEAD = re.compile(rf"{cues.AUDIENCE}(?:\s+of\s+(?:[\w.&'’-]+\s+){{0,4}}?[\w&'’-]+)?"
                                r"(?:\s+(?:here|today|yesterday))?")
# A verb and its object right before a participle cue with no comma: "issued a statement
# Tuesday saying", "sent a note to Japan saying", "held up a sign saying", "carried banners
# saying". Who issued, sent or held it speaks, not the object nor whom it went to. The verb
# is a word in lower case before an article or possessive (or a bare plural right before the
# cue), that is no preposition, determiner or conjunction; ISSUED_FROM keeps "a statement
# from the ministry saying": the phrase after "from" or "by" is the source.
VERB_OBJECT = re.compile(
    r"(?<![\w'’-])(?!(?:to|on|at|in|for|of|with|from|by|about|into|upon|over|under|after|"
    r"before|against|than|as|and|or|but|that|which|who|the|a|an|his|her|its|their|this|these|"
    r"those|not|also|all|only|even|just|still|then|there|it|he|she|they|we|you|is|are|was|"
    r"were|be|been|has|have|had|will|would|can|could|may|might|must|should|do|does|did)\b)"
    r"[a-z]+\s+(?:(?:up|out|off|back|down)\s+)?(?:(?:a|an|the|his|her|its|their|this|these|"
    r"those)\s|(?!(?:does|goes|says|this|thus|news|less)\b)[a-z]{3,}s\s*\Z)")
# A passive right before a participle cue: "a statement was issued saying".
PASSIVE_BEFORE = re.compile(r"\b(?:was|were|is|are|been|be)\s+[a-z]+ed\s+\Z")
# A preposition right before a phrase: its object, no subject ("responded to Vargas’ question").
OBJECT_OF = re.compile(r"(?<![\w'’-])(?:to|on|at|upon|about|into|against)\s+\Z")
# Verbs whose object is whom or what they report ("said a spokesman for the ministry was
# responding", "told the paper"): no issuer before them.
REPORTING_VERBS = frozenset("said says say told tells asked asks quoted quotes cited cites".split())
NOT_FINITE_BEFORE = re.compile(r"\b(?:to|by|of|for|without|after|before|while|upon)\s+\Z")
WITH_SUBJECT = re.compile(r"\bwith\s+(?:\S+\s+){1,6}\Z")
ISSUED_FROM = re.compile(r"\b(?:from|by)\s+\S+(?:\s+\S+){0,5}\s*\Z")
TWO_NAMES_END = re.compile(r"[A-Z][\w.'’-]+\s+[A-Z][\w'’-]+$")
# A sentence's subject that is a name after an opening phrase or a description and a comma:
# "On “Face the Nation,” Sen. Bernie Sanders (Vt.), who lost ...", "His former business
# partner at Lenox, Lawrence B. Cummings, called ...": the name, two capitalised words or more.
NAMED_SUBJECT = re.compile(
    r"[^,;:\n]{2,60}?,[\"”’]?\s+((?:[A-Z][\w'’.-]*\s+){1,4}[A-Z][\w'’-]+)"
    r"(?=\s*\([^)]{1,20}\)\s*,|\s*,\s+(?:who\s|[a-z]+\s))"
)
# Verbs of the manner of speaking ("“Go back to Univision,” Trump barked", "“Oh, my God,” a
# young woman exclaimed", "“Anybody but Trump,” read one"): they attribute a quote only right
# after it, and only where the quote breaks off at a comma, "!", "?" or a dash, so that the
# sentence goes on with its speaker. Elsewhere they are no cue: "protesters shouted slogans",
# "he remembered the day" say nothing. (Present forms that are also plural nouns, "shouts",
# "cries", "laughs", are left out: "“Call the roll,” came shouts from the crowd".)
MANNER_VERBS = """shouted yelled screamed chanted exclaimed exclaims cried barked snapped scoffed
scoffs sneered muttered whispered gushed marveled marvelled beamed fumed sighed laughed chuckled
groaned griped mused deadpanned deadpans intoned intones thundered roared pleaded interjected
interjects echoed remembered remembers read reads answered answers exhorted implored begged
protested objected scolded chided teased mocked opined riffed posted texted emailed interrupted
reacted
""".split()
MANNER = re.compile(r"\b(?:" + "|".join(MANNER_VERBS) + r"|(?:shot|fired|hit) back|"
                    r"(?:cut|chimed) in|piped up|summed up)\b")
BREAKS_OFF = frozenset(",!?—–-")  # the last character of a quote that a manner verb may end
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
    size = len(text)
    for q in quotes:
        index = q.paragraph
        para = paragraphs[index]
        open_at = q.open_at
        sentences = para.sentences
        sent = sentences[0] if len(sentences) == 1 else sentences[
            max(_sentence_index(sentences, open_at), 0)]
        body = dateline_end(text, para.start, para.end) if body_starts is None else body_starts[
            index]
        sent_start = sent.start if sent.start > body else body  # (max() costs more)
        pre_start = sent_start if sent_start > last_close else last_close
        # The words before the quote end at `stop` (`text[pre_start:open_at].rstrip()`, read
        # back without copying it): none if it comes to `pre_start`.
        stop = open_at
        while stop > pre_start and text[stop - 1].isspace():
            stop -= 1
        close = q.close_at if q.close_at is not None else q.spans[-1][1]
        if close < size and text[close] == "'" and text.startswith("''", close):
            close += 1  # past a two-apostrophe mark
        last_close = close + 1
        end_para = paragraphs[q.last_paragraph]
        has_pre = stop > pre_start
        lead_in = _lead_in(text, pre_start, stop, open_at, scan, pre_start) if has_pre else None
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
                goes_on(text, open_at, q.close_at):
            continue  # "said “radical changes” in rates were needed": reported.py reads it
        found = _after(text, q, close + 1, _post_end(text, end_para, close, scan), scan)
        if found is None and out and _continues(text, out[-1], q):
            prev = out.pop()  # "“A,” she said. “B.”" and "“A,” said X, “B.”"
            out.append(prev.respan(prev.spans + q.spans))
            continue
        if q.close_at is not None and not at_least(text, q.spans[0][0], q.spans[-1][1], 2):
            continue
        pronoun = found is not None and _pronoun(text, found)
        if found is not None and len(q.spans) > 1 and lead_in is not None and not pronoun:
            # "X told parliament: “A ...¶“B,” X said.": the last paragraph names a speaker
            # of its own; the paragraphs before are the lead-in's (two attributions). ("it
            # added" only goes on with the lead-in's speaker: one attribution.)
            if pre_start != sent_start and _reads_sentence(lead_in):
                lead_in = _lead_in(text, pre_start, stop, open_at, scan, sent_start)
            lead = _before(text, replace(q, spans=q.spans[:-1]), pre_start, lead_in)
            if lead is not None:
                out.append(lead)
                last = q.spans[-1]
                context = found.claim.context
                out.append(new_found(QUOTE, (last,), found.cue, found.cue_span, new_claim(
                    last[0], found.claim.subject, False, context and (last[0], context[1])),
                    found.rule))
                continue
        if found is None or pronoun:
            if pre_start != sent_start and _reads_sentence(lead_in):
                # the lead-in read from the sentence start differs
                lead_in = _lead_in(text, pre_start, stop, open_at, scan, sent_start)
            lead = _before(text, q, pre_start, lead_in)
            found = lead or found  # "X said: “...,” it added": X rather than "it"
        if found is None and not has_pre and q.last_paragraph + 1 < len(paragraphs):
            found = _dash_line(text, q, paragraphs[q.last_paragraph + 1])
        if found is None:
            found = _unattributed(text, q, paragraphs, out)
        out.append(found)
    return out


def _dash_line(text: str, q: Quoted, para: Paragraph) -> Found | None:
    """A quote whose speaker is the next paragraph, a dash and a name alone ("“...”¶- Sanders.",
    as fact checks and epigraphs set it)."""
    m = DASH_LINE.match(text, para.start, para.end)
    if m is None:
        return None
    return _quote(q, "", None, m.span(1), QUOTE_DASH, (q.spans[0][0], m.end(1)))


def _reads_sentence(lead_in: Lead | None) -> bool:
    """Whether `_lead_in` could answer otherwise from another sentence start.

    It reads `sent_start` only for a cue of ING_CUES ("..., saying: “...”"); every other
    answer, None included, is the same from any sentence start: no second reading.
    """
    if lead_in is None or lead_in[1] is None:
        return False
    return lead_in[1].group().lower() in cues.ING_CUES


def _sentence_at(para: Paragraph, pos: int) -> Sentence:
    sentences = para.sentences
    if len(sentences) == 1:
        return sentences[0]  # most paragraphs: no need to look
    return sentences[max(_sentence_index(sentences, pos), 0)]


def _sentence_index(sentences: tuple[Sentence, ...], pos: int) -> int:
    """The index of the last sentence that starts at or before `pos` (-1 if none)."""
    if len(sentences) > 8:
        return bisect.bisect_right(sentences, pos, key=START) - 1
    index = -1  # (a paragraph holds two sentences on average: read them in order)
    for sent in sentences:
        if sent.start > pos:
            break
        index += 1
    return index


def _post_end(text: str, para: Paragraph, close: int, scan: CueScan) -> int:
    """Where the attribution after a quote can end: the sentence end or a new quote."""
    end = para.end
    sentences = para.sentences
    after = close + 1
    first = 0 if len(sentences) == 1 else max(_sentence_index(sentences, after), 0)
    for sent in sentences[first : first + 2] if first or len(sentences) > 2 else sentences:
        if sent.start <= after < sent.end:
            end = sent.end
            break
        if sent.start > close:
            # “Are you kidding?” Smith asked.  The next sentence, if it starts with a cue.
            # (Or with a verb of the manner of speaking: “All the way!” Dawson shouted.)
            found = scan.cue.within(sent.start, sent.end) or [
                m for m in (MANNER.search(text, sent.start, min(sent.end, sent.start + 80)),)
                if m is not None]
            ok = bool(found) and not _at_least(text, sent.start, found[0].start(), 7)
            end = sent.end if ok else after
            break
    if after >= end:
        return end  # nothing after the quote: no new one either
    nxt = OPENING.search(text, after, end)
    return nxt.start() if nxt else end


Lead = tuple[Span | None, re.Match[str] | None]


def _lead_in(text: str, start: int, stop: int, open_at: int, scan: CueScan,
             sent_start: int) -> Lead | None:
    """A lead-in before a quote: "X said:", "X said,", "According to X," or a colon.

    The words before the quote at `open_at` are `text[start:stop]` (`stop` past their last
    character that is not white space, `stop > start`).
    """
    if text.startswith("Said ", start) and text[stop - 1] in ",:" and (
            named := np_after(text, start + 4, stop)) is not None:
        return named, None  # "Said Dorothy Poynter, who grew up with Ali, “...”"
    found_cues = scan.cue.within(start, stop)
    cue = found_cues[-1] if found_cues else None
    if cue is not None and cue.group().lower() in cues.AMBIGUOUS and POSSESSOR_BEFORE.search(
            text, max(start, cue.start() - 40), cue.start()) is not None:
        # "told CNN that Ginsburg’s comments “shows bias”", "in her economically depressed
        # state, “...”": a noun after its possessor, not a cue; the cue before it, if any
        cue = found_cues[-2] if len(found_cues) > 1 else None
    if scan.according.possible and (found_according := scan.according.within(start, stop)):
        according = found_according[-1]
        source = trim(text, according.end(), stop)
        comma = text.find(",", *source)
        if comma >= 0 and at_least(text, comma + 1, source[1], 3):
            # "According to The Federalist, the men wore shirts that read “...”": a clause
            # with a quoted phrase, reported.py's; "According to its analysis, Win Htein
            # ... said: “...”": the clause's own cue attributes the quote
            if cue is None or cue.start() < comma:
                return None
        elif source[0] < source[1] and ENDS_WITH_DETERMINER.search(text, *source):
            return None  # "according to the “Medicare for all” document": a title
        else:
            return (source if source[0] < source[1] else None), according
    if cue is not None:
        rest = cue.end()
        if stop - rest >= ADVERBIAL_MIN:  # exact: no adverbial fits in fewer characters
            rest = skip_adverbials(text, rest, stop)
        tail = text[rest:stop].strip()
        word = cue.group().lower()
        if word in cues.TELL_VERBS:
            tail = "" if TELL_AUDIENCE_LEAD.fullmatch(tail) else TELL_OBJECT_LEAD.sub("", tail)
            if not _ends_clause(text, open_at):
                return None  # "told MSNBC's “Morning Joe” that ...": a title, not a quote
        if tail in ("", ":", ",", "that", ", that") or tail.endswith(":") and len(tail) < 40:
            subject: Span | None = None
            participle = word in cues.ING_CUES
            comma = participle and _comma_before(text, cue.start())
            if comma:
                # "Dean, a former chairman, poked at Trump, tweeting “...”": the subject
                subject = participle_subject(text, sent_start, cue.start())
            elif participle and (verb := _issuing_verb(text, start, cue.start())) >= 0:
                # "The ministry issued a statement saying: “...”": who issued it; where the
                # words do not name them ("prompted the tabloid to do a cover saying"), no one
                # (an empty phrase), rather than the object or the speaker before
                return np_before(text, start, verb) or clause_subject(
                    text, start, verb) or (verb, verb), cue
            subject = subject or np_before(text, start, cue.start()) or np_after(
                text, cue.end(), stop)
            if subject is not None and participle and not comma and subject[1] <= cue.start() \
                    and OBJECT_OF.search(text, max(start, subject[0] - 9), subject[0]) \
                    and " of " not in text[subject[0]:subject[1]]:
                # "Clinton responded to Vargas’ question on Facebook writing, “...”": whom one
                # answered is no speaker; the sentence's subject is (or no one)
                return clause_subject(text, start, subject[0]) or (subject[0], subject[0]), cue
            if subject is None and AND_BEFORE.search(text, max(start, cue.start() - 30),
                                                     cue.start()):
                # "Trump called on her to resign and said, “...”": the sentence's subject
                subject = clause_subject(text, start, cue.start())
            if subject is None and participle:
                # "He defended the remark, saying: “...”": the subject of the sentence; "a
                # statement was issued saying: “...”", a passive with no agent: no one (not
                # the speaker before)
                subject = clause_subject(text, sent_start, cue.start()) or (
                    (cue.start(), cue.start()) if not comma and PASSIVE_BEFORE.search(
                        text, max(start, cue.start() - 40), cue.start()) else None)
            return subject, cue
    if text[stop - 1] == ":":
        subject = trim(text, start, stop - 1)
        if not _at_least(text, *subject, 7):
            # "Cruz called them on it: “...”": a clause's subject, not the clause
            named = clause_subject(text, subject[0], subject[1]) if " " in text[
                subject[0]:subject[1]] else None
            if named is not None and named[1] < subject[1] and \
                    LOWER_WORD.match(text, named[1]) is not None and \
                    text[named[1]:subject[1]].islower():  # (not "Republican pollster Daron Shaw")
                return named, None
            return subject, None
        # "... doesn't surprise Republican pollster Daron Shaw: “...”": the name at the end
        named = np_before(text, start, stop - 1)
        if named and TWO_NAMES_END.search(text[named[0] : named[1]]):
            return named, None
        # "The piece used her words as its headline: “...”": the subject of the sentence
        return clause_subject(text, start, stop - 1), None
    return None


def _issuing_verb(text: str, start: int, cue_start: int) -> int:
    """Where the verb starts whose object stands right before a participle cue with no comma
    ("issued a statement saying", "sent a note to Japan saying"), or -1: the last VERB_OBJECT
    in the sentence's words before the cue, unless the object comes "from" or "by" someone."""
    lo = max(start, cue_start - 120)
    if ISSUED_FROM.search(text, lo, cue_start) is not None or text.endswith(
            " as ", lo, cue_start):
        return -1  # (and "quoted the president as saying": the president)
    if WITH_SUBJECT.search(text, lo, cue_start) is not None:
        return -1  # "defended the decision, with a spokesperson saying": the spokesperson
    last = -1
    for m in VERB_OBJECT.finditer(text, lo, cue_start):
        verb = m.group().split(None, 1)[0]
        # a finite verb: not "by mentioning the need", "to assert his plans", "carrying signs"
        if not verb.endswith("ing") and NOT_FINITE_BEFORE.search(
                text, max(lo, m.start() - 8), m.start()) is None:
            # (a cue's object is what or whom it reports: "said a spokesman ... was responding")
            last = -1 if verb in REPORTING_VERBS else m.start()
    return last


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
    if pos >= end:
        return None  # nothing after the quote: no dash, cue or name to read
    dash = DASH_SPEAKER.match(text, pos, end)
    if dash:
        named = trim(text, dash.end(), end)
        if at_least(text, *named, 1) and not _at_least(text, *named, 13):
            return _quote(q, "", None, named, QUOTE_DASH, (q.spans[0][0], end))
    found_cues = scan.cue.within(pos, end)
    if not found_cues and (manner := _manner(text, q, pos, end)) is not None:
        found_cues = [manner]
    if not found_cues:
        # ",” Blige" at the end of a paragraph: a bare name after the quote, all that
        # follows it (so it starts where the trimmed rest starts, with a capital)
        bare = trim(text, pos, end)
        if bare[0] < bare[1] and text[bare[0]].isupper() and np_after(
            text, pos, end
        ) == bare and not _at_least(text, *bare, 5) and not NOT_NAME.match(text, bare[0]):
            return _quote(q, "", None, bare, QUOTE_BARE_NAME, (q.spans[0][0], end))
        return None
    m = found_cues[0]
    if len(found_cues) > 1 and m.group().lower() in cues.AMBIGUOUS and \
            text[m.end():found_cues[1].start()].isspace():
        m = found_cues[1]  # ",” the report says.": a noun before the verb, not a cue
    cue_start = m.start()
    if _at_least(text, pos, cue_start, 41):
        return None
    between = text[pos:cue_start]
    subject: Span | None
    if between.strip(" ,\n"):
        subject = np_before(text, pos, cue_start)
        if subject is None and between.rstrip().endswith(",") and not APPOSITIVE.match(
            text, pos + len(between) - len(between.lstrip(" ,")), cue_start
        ):
            # ",” like the markets lately, said Richard Roe.": inverted after a phrase
            subject = np_after(text, m.end(), end)
            return _quote(q, m.group(), m.span(), subject, QUOTE_INVERTED,
                          (q.spans[0][0], end)) if subject else None
        if subject is None or _at_least(text, pos, cue_start, 13):
            # ",” Jane Roe, director of the institute and a former envoy, said.": all of it
            subject = trim(text, pos, cue_start)
            if not APPOSITIVE.match(text, subject[0], subject[1]):
                return None
        rule = QUOTE_AFTER
    else:
        subject = np_after(text, m.end(), end)
        rule = QUOTE_INVERTED
    if subject is None:
        return None
    return _quote(q, m.group(), m.span(), subject, rule, (q.spans[0][0], end))


def _manner(text: str, q: Quoted, pos: int, end: int) -> re.Match[str] | None:
    """A verb of the manner of speaking (MANNER) within the words right after a quote that
    breaks off at a comma, "!", "?" or a dash (inside its marks, or a comma after them), as
    `_after` reads a cue there; else None."""
    last = q.spans[-1][1]  # (the quoted words end before a comma inside the marks)
    if not (text[last - 1:last + 1].strip("\"“”'’") and (
            text[last - 1] in BREAKS_OFF or text[last] in BREAKS_OFF) or
            text.startswith(",", pos)):
        return None
    return MANNER.search(text, pos, min(end, pos + 80))


def _at_least(text: str, start: int, end: int, n: int) -> bool:
    """`at_least(text, start, end, n)`, without its pattern where the range is too short
    to hold `n` words (n runs of word characters take 2n - 1 characters)."""
    return end - start >= 2 * n - 1 and at_least(text, start, end, n)


def _before(text: str, q: Quoted, start: int, lead: Lead | None) -> Found | None:
    """The quote attributed by its lead-in (`_lead_in` from `start`), if it has one."""
    if lead is None:
        return None
    subject, cue = lead
    if subject is None:
        return None
    cue_text = cue.group() if cue else ""
    return _quote(q, cue_text, cue.span() if cue else None, subject,
                  QUOTE_LEAD if cue else QUOTE_COLON, (start, q.spans[-1][1]))


def _continues(text: str, prev: Found, q: Quoted) -> bool:
    """A quote resumed after its attribution in the same paragraph ("A,” she said. “B")."""
    cue_span = prev.cue_span
    if prev.rule not in (QUOTE_AFTER, QUOTE_INVERTED) or cue_span is None:
        return False
    subject = prev.claim.subject
    after = cue_span[1]
    if subject and subject[1] > after:
        after = subject[1]
    open_at = q.open_at
    if after > open_at or prev.spans[-1][1] > cue_span[0]:
        return False
    gap = text[after:open_at]
    # The rest of the attribution's sentence may stand between ("said X, an economist.")
    return ("\n" not in gap and not _at_least(text, after, open_at, 31)
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
                return _quote(q, "", None, subject, QUOTE_PREV_SENTENCE)
        # Mid-paragraph: the statement before it in this paragraph speaks (see _inherit).
        return new_found(QUOTE, q.spans, "", None, new_claim(q.spans[0][0], None),
                         QUOTE_UNATTRIBUTED)
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
                return _quote(q, "", None, subject, QUOTE_COLON_PARAGRAPH)
        if done and done[-1].spans[-1][1] >= before.start or \
                cues.CUE.search(text, before.start, before.end) is not None and \
                not MARKS.search(text, before.start, before.end):
            # (a paragraph of reported speech before, "He said prices of tea fell ...": the
            # quote goes on with its speaker, not with the subject of its last sentence)
            return new_found(QUOTE, q.spans, "", None,
                             new_claim(q.spans[0][0], None, inherit=True), QUOTE_FLOATING)
        if not MARKS.search(text, before.start, before.end):
            # "State attorney Dave Aronberg is investigating.\n\n“...”": the person just named
            subject = _sentence_subject(text, before.sentences[-1])
            if subject is not None:
                return _quote(q, "", None, subject, QUOTE_PREV_PARAGRAPH)
    return new_found(QUOTE, q.spans, "", None, new_claim(q.spans[0][0], None),
                     QUOTE_UNATTRIBUTED)


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
        if not _capitalised_inside(text, found):
            return None
    return (sent.start, sent.start + m.end())


def _capitalised_inside(text: str, word: str) -> bool:
    """`re.search(rf"[a-z,] {re.escape(word)}\\b", text)`, found by `str.find` without a
    pattern made (and compiled) for each word: the word after a space after a lower-case
    letter or a comma, a word boundary after it."""
    key = " " + word
    size = len(text)
    ends_word = is_word_char(word[-1])
    pos = text.find(key, 1)
    while pos >= 0:
        before = text[pos - 1]
        if "a" <= before <= "z" or before == ",":
            after = pos + len(key)
            if (after < size and is_word_char(text[after])) is not ends_word:
                return True
        pos = text.find(key, pos + 1)
    return False


def _quote(q: Quoted, cue: str, cue_span: Span | None, subject: Span | None, rule: Rule,
           context: Span | None = None) -> Found:
    if subject is not None and subject[0] >= subject[1]:
        subject = None  # an empty phrase names no one
    return new_found(QUOTE, q.spans, cue, cue_span,
                     new_claim(q.spans[0][0], subject, False, context), rule)


def _pronoun(text: str, found: Found) -> bool:
    subject = found.claim.subject
    # (Lower case is never shorter: a longer phrase is no pronoun, without copying it.)
    return subject is not None and subject[1] - subject[0] <= PRONOUN_LENGTH and text[
        subject[0] : subject[1]].lower() in cues.PRONOUNS


PRONOUN_LENGTH = max(len(word) for word in cues.PRONOUNS)
