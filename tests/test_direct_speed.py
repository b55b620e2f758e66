"""Speed-ups of the direct-quote step give the answers of the code they replaced.

Stop 15: the old `direct_quotes` read the attribution after every quote before its lead-in;
the new one reads the lead-in first and the attribution after only where it can matter, and
takes the paragraphs' dateline ends found once per article. Stop 16: the code of stop 15 is
kept whole in tests/direct_stop15.py (its helpers also build stop 14's loop below), and the
faster `direct_quotes` is compared with it. Compared on the seed articles and many generated
texts rich in quotation marks, cues and names.
"""

from __future__ import annotations

import random
from dataclasses import replace
from pathlib import Path

import direct_stop15
from direct_stop15 import (
    _after,
    _before,
    _continues,
    _lead_in,
    _post_end,
    _pronoun,
    _sentence_at,
    _unattributed,
)

from briefing.extract.attribution import new_claim
from briefing.extract.direct import direct_quotes
from briefing.extract.found import Found, new_found
from briefing.extract.phrases import at_least, dateline_end
from briefing.extract.quotes import Quoted, find_quotes, goes_on
from briefing.extract.reported import CueScan, scan_cues
from briefing.extract.statements import skipped_paragraphs
from briefing.extract.text import segment
from briefing.models import QUOTE, Paragraph

ROOT = Path(__file__).resolve().parent.parent


def old_direct_quotes(text: str, paragraphs: tuple[Paragraph, ...], quotes: list[Quoted],
                  scan: CueScan) -> list[Found]:
    """Direct quotes with their speakers; interrupted quotes joined; in text order.

    `scan` holds the article's cues (reported.scan_cues).
    """
    out: list[Found] = []
    last_close = -1
    for q in quotes:
        para = paragraphs[q.paragraph]
        sent = _sentence_at(para, q.open_at)
        sent_start = max(sent.start, dateline_end(text, para.start, para.end))
        pre_start = sent_start if sent_start > last_close else last_close
        pre = text[pre_start : q.open_at]
        close = q.close_at if q.close_at is not None else q.spans[-1][1]
        if text.startswith("''", close):
            close += 1  # past a two-apostrophe mark
        last_close = close + 1
        if pre.strip() and q.close_at is not None and len(q.spans) == 1 and goes_on(
            text, q.open_at, q.close_at
        ) and _lead_in(text, pre_start, q.open_at, scan) is not None:
            continue  # (stop 21) a quoted phrase its clause goes on after: reported.py's
        end_para = paragraphs[q.last_paragraph]
        post_end = _post_end(text, end_para, close, scan)
        found = _after(text, q, close + 1, post_end, scan)
        if found is None and out and _continues(text, out[-1], q):
            prev = out.pop()  # "“A,” she said. “B.”" and "“A,” said X, “B.”"
            out.append(prev.respan(prev.spans + q.spans))
            continue
        has_pre = bool(pre.strip())
        lead_in = _lead_in(text, pre_start, q.open_at, scan) if has_pre else None
        if has_pre and lead_in is None:
            continue  # a few words quoted inside a sentence: reported.py reads it
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
        if found is None:
            found = _unattributed(text, q, paragraphs, out)
        out.append(found)
    return out


PIECES = ["“", "”", "\"", "''", ",” she said.", ",” said John Smith.", " he said: ", " said ",
          "According to officials, ", "The minister said, ", " Smith told reporters: ",
          "We will go on", " and ", "Mr. Jones", "BEIJING (Reuters) - ", ". ", ".\n\n", "\n",
          " - Commissioner Lee", " it added", "They", " tweeting ", ", saying: ", "“A,” she "
          "said. “B.”", " The ministry ", "told CNN", ":", ", ", "Sanders", "said", "?"]


def _texts() -> list[str]:
    rng = random.Random(15)
    out = [p.read_text(encoding="utf-8") for p in sorted((ROOT / "seeds").glob("*.txt"))]
    for _ in range(3000):
        out.append("".join(rng.choice(PIECES) for _ in range(rng.randrange(1, 30))))
    return out


def test_direct_quotes_is_the_old_code() -> None:
    for text in _texts():
        paragraphs = segment(text)
        skip = skipped_paragraphs(text, paragraphs)
        quotes = [q for q in find_quotes(text, paragraphs) if q.paragraph not in skip]
        scan = scan_cues(text)
        old = old_direct_quotes(text, paragraphs, quotes, scan)
        assert direct_quotes(text, paragraphs, quotes, scan) == old, text
        starts = [dateline_end(text, para.start, para.end) for para in paragraphs]
        assert direct_quotes(text, paragraphs, quotes, scan, starts) == old, text


def test_comma_before_is_the_old_expression() -> None:
    from briefing.extract.direct import _comma_before

    rng = random.Random(16)
    for _ in range(3000):
        text = "".join(rng.choice(["a", ",", " ", "\n", "\u2028", ", ", "b ,"])
                       for _ in range(rng.randrange(0, 8)))
        for pos in range(len(text) + 1):
            assert _comma_before(text, pos) == text[:pos].rstrip().endswith(","), (text, pos)


# Stop 16: the pieces of generated texts reach every rule of direct.py: names alone before
# a quote and mid-sentence, colon paragraphs, partial quotes, quotes across paragraphs.
PIECES_16 = [*PIECES, "Obama", " Obama ", "the Obama", ", Obama", "Smith was blunt. ",
             "\n\n“", "”\n\n", "The New York Times reports:\n\n", " Jane Roe, director of the "
             "institute, said", ",” like the markets lately, said Richard Roe.", "” - Lee",
             ",” Blige", " tweeted", " told reporters that ", " He ", "She said", "‘", "’",
             "--", " — ", "Many", " who ", "\u00a0", "''", "(AP) ", " in a statement on Tuesday "]


def _texts_16() -> list[str]:
    rng = random.Random(16)
    out = [p.read_text(encoding="utf-8") for p in sorted((ROOT / "seeds").glob("*.txt"))]
    for _ in range(6000):
        out.append("".join(rng.choice(PIECES_16) for _ in range(rng.randrange(1, 40))))
    return out


def test_direct_quotes_is_the_code_of_stop_15() -> None:
    for text in _texts_16():
        paragraphs = segment(text)
        skip = skipped_paragraphs(text, paragraphs)
        quotes = [q for q in find_quotes(text, paragraphs) if q.paragraph not in skip]
        scan = scan_cues(text)
        starts = [dateline_end(text, para.start, para.end) for para in paragraphs]
        old = direct_stop15.direct_quotes(text, paragraphs, quotes, scan, starts)
        assert direct_quotes(text, paragraphs, quotes, scan, starts) == old, text
        assert direct_quotes(text, paragraphs, quotes, scan) == old, text


def test_capitalised_inside_is_the_search_it_replaced() -> None:
    import re

    from briefing.extract.direct import _capitalised_inside

    rng = random.Random(161)
    alphabet = ["a", "z", ",", " ", "Obama", "Obama's", "Ob", "_", "é", "Z", ".", "1", "\n",
                "-", "’", "A", "\u00a0", "ß"]
    for _ in range(50000):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randrange(0, 12)))
        word = rng.choice(["Obama", "Obama’", "Ob", "O-", "Obama'", "Zé", "A", "A_"])
        old = re.search(rf"[a-z,] {re.escape(word)}\b", text) is not None
        assert _capitalised_inside(text, word) is old, (text, word)


def test_sentence_index_is_the_bisection() -> None:
    import bisect

    from briefing.extract.direct import _sentence_index
    from briefing.extract.text import START
    from briefing.models import Sentence

    rng = random.Random(162)
    for _ in range(3000):
        starts = sorted(rng.sample(range(200), rng.randrange(1, 14)))
        sentences = tuple(Sentence(s, s + 1) for s in starts)
        for pos in range(-1, 202):
            old = bisect.bisect_right(sentences, pos, key=START) - 1
            assert _sentence_index(sentences, pos) == old, (starts, pos)


def test_at_least_pre_test_is_at_least() -> None:
    from briefing.extract.direct import _at_least

    rng = random.Random(163)
    alphabet = ["a", "bc", " ", ",", "-", "é", "_", "1", "\n", "”", "  "]
    for _ in range(5000):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randrange(0, 30)))
        for n in (5, 7, 13):
            for start in range(len(text) + 1):
                for end in (start - 1, start + 2 * n - 2, start + 2 * n - 1, len(text)):
                    assert _at_least(text, start, end, n) == at_least(text, start, end, n)


def test_lower_case_is_never_shorter() -> None:
    # _pronoun reads no phrase longer than the longest pronoun: lower() never shortens one
    # character (so no phrase).
    assert all(len(chr(c).lower()) >= 1 for c in range(0x110000))


# Stop 16, second round: cues.ADVERBIAL as it was before its lookahead pre-test (with stop
# 24's four words before the statement's noun).
OLD_ADVERBIAL = r"""(?<!\s)(?:\s*+,)?\s*+(?:
        (?:in|on|at|during|after|before|via|through|over|to)\s+(?:a|an|the|his|her|its|their)\s+
            (?:[\w-]+\s+){0,4}?(?:statement|interview|conference|briefing|speech|call|post|tweet|
            video|email|e-mail|letter|release|address|rally|event|meeting|appearance|session|
            hearing|debate|message|note|remarks|op-ed|column|memo|report|broadcast|show|town\ hall)
            (?:\s+(?:with|on|to|at|in)\s+(?:the\s+)?(?:[A-Z][\w.&'’-]*\s*){1,5})?
        |(?:on|last|this|late|early)\s+(?:[A-Z][a-z]+day|week|month|year|night|morning|evening)
            (?:\s+(?:night|morning|evening|afternoon))?
        |(?:on\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)
            (?:\s+(?:night|morning|evening|afternoon))?
        |on\s+(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2}
        |(?:earlier|later|recently|repeatedly|publicly|privately|also|again|then|further|
            yesterday|today|tonight|afterward|afterwards|separately|bluntly|flatly|simply|
            here(?!\s+(?:is|are|was|were)\b))
        |in\s+(?:a|an)\s+(?:[\w-]+\s+){0,2}?(?:statement|interview|tweet|post|email|letter)
        |in\s+(?:the|his|her|its|their)\s+statement
        |on\s+(?:Twitter|Facebook|X|Instagram|television|TV|CNN|Fox\ News|MSNBC)
        |(?:to\s+)?(?:reporters|journalists|the\ press|supporters|the\ crowd|the\ audience)
        |in\s+(?:a\ radio\ interview|an\ email|remarks)
        # where or when it was said: "said in Brisbane", "said from London", "said in March
        # 1986", "said in the past", "said as of September, 1986," (a possessive, "in Iran's
        # view", is what was said: the (?!['’]) below)
        |(?:in|from)\s+(?!(?:The|A|An|His|Her|Its|Their|This|That)\b)[A-Z][a-z]+
            (?:\s+[A-Z][a-z]+){0,2}(?:\s+\d{4}\b)?
        |in\s+\d{4}
        |in\s+(?:the\s+past|recent)(?:\s+(?:(?:few|two|three|four|five|six|several|\d+)\s+)?
            (?:days?|weeks?|months?|years?|decades?))?
        |as\s+of\s+(?:[A-Z][a-z]+\.?(?:\s+\d{1,2})?(?:,?\s+\d{4})?|\d{4}|now|today|yesterday)
    )\b(?!['’])"""


def test_adverbial_pre_test_keeps_the_matches() -> None:
    import re

    from briefing.extract import cues

    old = re.compile(OLD_ADVERBIAL, re.VERBOSE)
    assert cues.ADVERBIAL.pattern.replace(
        r"(?=\s*+,?\s*+[abdefhijloprstvyMTWFS])", "", 1) == OLD_ADVERBIAL
    rng = random.Random(164)
    words = ["in a statement", "on Tuesday", "to reporters", "also", "then", "on X", " ", ",",
             "in Brisbane", "from New York", "as of May", "in the past", "in 1986",
             ", ", "\u00a0", "\n", "the press", "this week", "on Jan. 5", "in Washington",
             "Monday", "morning", "that", "said", "“", "a", "T", "x", "today's", "in",
             "the", "an email", "last night", "Fox News", "on", "1"]
    letters = [chr(c) for c in range(32, 127)] + ["é", "“", "\u2028", "\u00a0", "ß"]
    for _ in range(20000):
        text = "".join(rng.choice(words if rng.random() < 0.8 else letters)
                       for _ in range(rng.randrange(0, 10)))
        for pos in range(len(text) + 1):
            for end in (len(text), pos + 3, pos + 4, pos + rng.randrange(0, 12)):
                a = cues.ADVERBIAL.match(text, pos, end)
                b = old.match(text, pos, end)
                assert (a and a.span()) == (b and b.span()), (text, pos, end)
                if end - pos < cues.ADVERBIAL_MIN:
                    assert b is None or b.end() == pos


def test_adverbial_min_is_the_patterns_width() -> None:
    import re
    import warnings

    from briefing.extract import cues

    with warnings.catch_warnings():
        warnings.simplefilter("ignore", DeprecationWarning)
        import sre_parse

    width = sre_parse.parse(cues.ADVERBIAL.pattern, re.VERBOSE).getwidth()[0]
    assert width == cues.ADVERBIAL_MIN == 4


def test_lead_in_reads_the_sentence_start_only_for_ing_cues() -> None:
    # direct_quotes reads a lead-in again from the sentence start only where
    # _reads_sentence says the answer could differ.
    from briefing.extract.direct import _lead_in, _reads_sentence

    rng = random.Random(165)
    for text in _texts_16()[:3000]:
        scan = scan_cues(text)
        for _ in range(4):
            open_at = text.find("“", rng.randrange(0, len(text)))
            if open_at <= 0:
                continue
            start = rng.randrange(0, open_at)
            stop = len(text[:open_at].rstrip())
            if stop <= start:
                continue
            first = _lead_in(text, start, stop, open_at, scan, start)
            for sent_start in {0, start // 2, max(start - 1, 0)}:
                again = _lead_in(text, start, stop, open_at, scan, sent_start)
                if not _reads_sentence(first):
                    assert _plain(again) == _plain(first), (text, start, stop, sent_start)


def _plain(lead: object) -> object:
    # A lead-in with its match as a span (a range scan builds new match objects).
    if not isinstance(lead, tuple):
        return lead
    subject, match = lead
    return subject, match and match.span()
