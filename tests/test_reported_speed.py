"""Speed-ups of reported speech and phrase reading give the answers of the code they
replaced (issue 14, stop 15).

Each test keeps the replaced code and compares it with the new on news-style texts, the
seed articles and many generated texts rich in the words and characters the rules look at.
"""

from __future__ import annotations

import random
import re
from collections.abc import Sequence
from pathlib import Path

import pytest

from briefing.extract import cues, reported
from briefing.extract.attribution import new_claim
from briefing.extract.found import Found, Rule, new_found
from briefing.extract.phrases import (
    APPOSED_THAT,
    DATELINE,
    TELL_AUDIENCE,
    TELL_OBJECT,
    TELL_THAT,
    TELL_TIMED,
    WINDOW,
    at_least,
    clause_subject,
    dateline_end,
    np_before,
    said_start,
    skip_adverbials,
    trim,
)
from briefing.extract.quotes import OPENING
from briefing.extract.reported import (
    NEGATED,
    NEGATED_BACK,
    QUOTE_MARK,
    SENTENCE_STOP,
    _make,
    negated,
)
from briefing.extract.rules import RULES
from briefing.extract.text import overlaps
from briefing.models import PARTIAL, REPORTED, Span

ROOT = Path(__file__).resolve().parent.parent
TEXTS = [
    "WASHINGTON (Reuters) - U.S. Secretary of State George P. Shultz said on Monday that the\n"
    "talks were useful. \"We will go on,\" he said.  The ministry did not say when. Officials\n"
    "declined to say whether, and Iran hasn't yet confirmed it; he told reporters that, as a\n"
    "rule, the talks go on. She said: the plan works, and said, that it would; NOT EVEN said.",
    "The minister said in a statement on Tuesday: “We will not retreat.” He added , that the\n"
    "border would reopen. They said that that was all. Baghdad had never reported any missions.",
    "LONDON, March 3 — The bank told the creditors last Saturday the loans were safe, and it\n"
    "warned of a cut. He wouldn’t say. Iran refused to even be drawn. She refuſes to say so.",
    "", "said", "He said", " said that ", "ISLAMABAD (AP) -- Police said", "A-", "AB",
]
ALPHABET = ["said", "says", "told", "telling", "that", "That", "that,", ":", ",", ", ", " ",
            " ", "  ", "\n", "\t", ".", "\"", "“", "”", "'", "''", "’", "-", "—", "not", "NOT",
            "n't", "n’t", "never", "Neither", "nor", "declined", "refuses", "REFUSE", "fails",
            "refuſe", "ſ", "İ", "ı", "K", "K", "to", "be", "have", "also", "really", "only",
            "in a statement", "on Tuesday", "Monday", "last week", "to reporters", "reporters",
            "earlier", "the", "The", "minister", "Reuters", "(AP)", "LONDON", "A", "B", "x", "é",
            "whether", "if", "when", "him", "the press", "\u00a0", "\u2028", "today's"]


def _generated(count: int, seed: int) -> list[str]:
    rng = random.Random(seed)
    return ["".join(rng.choice(ALPHABET) for _ in range(rng.randrange(0, 40)))
            for _ in range(count)]


def _seeds() -> list[str]:
    return [p.read_text(encoding="utf-8") for p in sorted((ROOT / "seeds").glob("*.txt"))]


def _cases() -> list[str]:
    return TEXTS + _seeds()[:20] + _generated(400, 15)


# --- the code replaced in stop 15, kept to compare ---

def old_said_start(text: str, cue_end: int, end: int, cue: str) -> int:
    pos = cue_end
    if cue.lower() in cues.TELL_VERBS:
        window = text[pos:end][:80]
        that = TELL_THAT.match(window)
        if that and "," not in that.group()[:-4]:
            return _old_past_space(text, pos + that.end(), end)
        timed = TELL_TIMED.match(window)
        if timed:
            return _old_past_space(text, pos + timed.end(), end)
        obj = TELL_AUDIENCE.match(window) or TELL_OBJECT.match(window)  # (stop 21)
        if obj:
            pos += len(obj.group().rstrip())  # (stop 22)
            if (apposed := APPOSED_THAT.match(text, pos, end)) is not None:
                return _old_past_space(text, apposed.end(), end)
    pos = skip_adverbials(text, pos, end)
    m = cues.THAT.match(text, pos, end)
    if m:
        pos = m.end()
    pos = skip_adverbials(text, pos, end)
    m = cues.THAT.match(text, pos, end)
    if m:
        pos = m.end()
    return _old_past_space(text, pos, end)


def _old_past_space(text: str, pos: int, end: int) -> int:
    while pos < end and text[pos].isspace():
        pos += 1
    return pos


def old_negated(text: str, cue_start: int, lo: int) -> bool:
    return NEGATED.search(text, max(lo, cue_start - NEGATED_BACK), cue_start) is not None


def old_dateline_end(text: str, start: int, end: int) -> int:
    m = DATELINE.match(text, start, end)
    return m.end() if m else start


def old_make(text: str, m: re.Match[str], spans: tuple[Span, ...], subject: Span,
             rule: Rule) -> Found:
    cue = m.group()
    kind = REPORTED
    for s, e in spans:
        if QUOTE_MARK.search(text, s, e):
            kind = PARTIAL
            break
    lo = max((e for _, e in spans if e <= subject[0]), default=min(subject[0], m.start()))
    after = max(subject[1], m.end())
    stop = SENTENCE_STOP.search(text, after, after + WINDOW)
    hi = min((s for s, _ in spans if s >= subject[1]), default=stop.start() if stop else after)
    return new_found(kind, spans, cue, m.span(), new_claim(spans[0][0], subject, False, (lo, hi)),
                     rule)


# --- the tests ---

def test_said_start_is_the_old_one() -> None:
    for text in _cases():
        for pos in range(len(text) + 1):
            for end in {len(text), min(len(text), pos + 7), pos}:
                for cue in ("said", "told"):
                    assert said_start(text, pos, end, cue) == old_said_start(
                        text, pos, end, cue), (text, pos, end, cue)


def test_negated_is_the_old_one() -> None:
    for text in _cases():
        for cue_start in range(len(text) + 1):
            for lo in {0, max(0, cue_start - 9), cue_start}:
                assert negated(text, cue_start, lo) == old_negated(text, cue_start, lo), (
                    text, cue_start, lo)


def test_dateline_end_is_the_old_one() -> None:
    for text in _cases():
        for start in range(len(text) + 1):
            for end in {len(text), min(len(text), start + 2), min(len(text), start + 5)}:
                assert dateline_end(text, start, end) == old_dateline_end(text, start, end)


def test_make_is_the_old_one() -> None:
    rng = random.Random(15)
    for text in _cases():
        if len(text) < 4:
            continue
        for m in re.finditer(r"\w+", text):
            for _ in range(3):
                cuts = sorted(rng.randrange(len(text) + 1) for _ in range(6))
                subject = (cuts[0], cuts[1]) if rng.random() < 0.5 else (cuts[4], cuts[5])
                spans: tuple[Span, ...] = ((cuts[2], cuts[3]),) if rng.random() < 0.6 else (
                    (cuts[0], cuts[1]), (cuts[4], cuts[5]))
                assert _make(text, m, spans, subject, Rule.LEADING) == old_make(
                    text, m, spans, subject, Rule.LEADING)


def _extract(text: str) -> list[tuple[Found, ...]]:
    scan = reported.scan_cues(text)
    readers = tuple(r for r in (reported.read_quoted_as, reported.read_trailing,
                                reported.read_leading, reported.read_passive_by))
    out = []
    for sent in re.finditer(r"[^.!?\n]+[.!?]?", text):
        found_cues = scan.within(sent.start(), sent.end())
        if found_cues is not None:
            out.append(tuple(reported.reported_in(text, sent.span(), [], sent.start(),
                                                  found_cues, readers)))
    return out


def test_reported_in_reads_each_leading_cue_once(monkeypatch: pytest.MonkeyPatch) -> None:
    """The memo of read_leading's answers changes no statement."""
    texts = TEXTS + _seeds() + [
        "The minister said the talks would resume, and the envoy warned that the border "
        "would stay shut, but the army told reporters it had not decided.",
        "Iran said it would retaliate, while Iraq claimed that the strikes hit militants and "
        "the ministry added that they stopped.",
    ]
    new = [_extract(t) for t in texts]
    monkeypatch.setattr(reported, "_leading_once",
                        lambda memo, text, m, lo, end: reported.read_leading(text, m, lo, end))
    assert [_extract(t) for t in texts] == new


def old_read_leading(text: str, m: re.Match[str], lo: int, end: int) -> Found | None:
    cue = m.group()
    low = cue.lower()
    aux = None
    if low in cues.ING_CUES:
        aux = reported.PROGRESSIVE.search(text, max(lo, m.start() - 30), m.start())
        if aux is None:
            return old_participle(text, m, lo, end)
    begin = said_start(text, m.end(), end, cue)
    if low in cues.AMBIGUOUS and not reported.THAT_OR_COLON_END.search(text[m.end() : begin]):
        return None
    if low in cues.APPEAL and not reported.TO_ADDRESSEE.match(text, begin, end):
        return None
    if low in cues.OFFER_VERBS and (offer := reported.OFFER_TO.match(text, begin, end)):
        begin = offer.end()
    elif cues.PREPOSITION_START.match(text, begin) and not (
        low.startswith("warn") and text.startswith("of", begin) or low in cues.POSITION_CUES
        or low in cues.COMMISSIVE and reported.TO_VERB.match(text, begin, end)
        or reported.THAT_BEFORE.search(text, m.end(), begin)
    ):
        that = reported.THAT_AHEAD.match(text, begin, end)
        if that is None:
            return None
        begin = that.end()
    subject = np_before(text, lo, aux.start() if aux else m.start())
    if subject is None and reported.AND_BEFORE.search(text, max(lo, m.start() - 30), m.start()):
        subject = clause_subject(text, lo, m.start()) or reported._body_subject(text, lo, m.start())
    if subject is None or not reported._speaker_like(text, subject) or not reported._data_source(
        text, m, subject
    ):
        return None
    stop = end
    if reported.RELATIVE.search(text, max(lo, subject[0] - 12), subject[0]):
        if low in cues.COMMISSIVE:
            return None
        comma = text.find(",", begin, end)
        stop = comma if comma > 0 else end
    participle = reported.PARTICIPLE_CUE.search(text, begin, stop)
    if participle and participle.group(1).lower() in cues.ING_CUES:
        stop = participle.start()
    said = trim(text, begin, stop)
    if not at_least(text, *said, reported.MIN_WORDS):
        return None
    if OPENING.match(text, said[0]):
        return None
    return old_make(text, m, (said,), subject, Rule.LEADING)


def old_participle(text: str, m: re.Match[str], lo: int, end: int) -> Found | None:
    if text[: m.start()].rstrip()[-1:] != ",":
        return None
    subject = reported.participle_subject(text, lo, m.start())
    if subject is None:
        return None
    said = trim(text, old_said_start(text, m.end(), end, m.group()), end)
    if not at_least(text, *said, reported.MIN_WORDS) or OPENING.match(text, said[0]):
        return None
    return old_make(text, m, (said,), subject, Rule.PARTICIPLE)


LEADING_TEXTS = [
    "The minister said the talks would resume, and the envoy warned that the border would "
    "stay shut, but the army told reporters it had not decided.",
    "His remarks during the debate were long. The report that the ministry released said so.",
    "The ministry's statement: the deal holds. He commented: it holds. The claims that he "
    "made were false. Officials reported by the agency were calm.",
    "The bank, adding that the loans were safe , said nothing. It rose,  noting that it fell."
    "\nThe plan appealed to voters. She proposed to the creditors a refinancing of the debt.",
    "Iran promised to halt all trade. He was saying that it would end, the official said.",
]
CUE_WORDS = ["said", "remarks", "report", "statement", "comment", "adding", "noting",
             "appealed to", "proposed", "promised", "warned", "saying", "claims", "told"]


def test_read_leading_is_the_old_one() -> None:
    rng = random.Random(16)
    texts = LEADING_TEXTS + _seeds() + [
        " ".join(rng.choice(ALPHABET + CUE_WORDS) for _ in range(rng.randrange(1, 30)))
        for _ in range(1500)]
    for text in texts:
        for m in cues.CUE.finditer(text):
            for lo in {0, max(0, m.start() - 30)}:
                for end in {len(text), min(len(text), m.end() + 12)}:
                    assert reported.read_leading(text, m, lo, end) == old_read_leading(
                        text, m, lo, end), (text, m, lo, end)


def test_comma_before_is_rstrip() -> None:
    for text in _cases() + ["a ,\u2028 \u00a0", ",", " , "]:
        for pos in range(len(text) + 1):
            assert reported._comma_before(text, pos) == (text[:pos].rstrip()[-1:] == ",")


def old_reported_in(text: str, sent: Span, taken: list[Span], lo: int,
                    found_cues: reported.SentenceCues,
                    readers: Sequence[reported.Reader]) -> list[Found]:
    start, end = sent
    cue_matches, according_matches, called_matches = found_cues
    out: list[Found] = []
    clause = lo
    for m in according_matches[:reported.MAX_CUES]:
        if reported._inside(m.start(), taken) or any(
            reported._inside(m.start(), f.spans) for f in out
        ):
            continue
        found = reported._according(text, m, clause, end)
        if found:
            out.append(found)
            subject = found.claim.subject
            clause = max(clause, m.end(), subject[1] if subject else 0)
    if out:
        return out
    matches = [m for m in cue_matches if not reported._inside(m.start(), taken)]
    del matches[reported.MAX_CUES:]
    for reader in readers:
        for m in matches:
            if out:
                if any(f.cue_span == m.span() for f in out):
                    continue
                inside = [f for f in out if reported._inside(m.start(), f.spans)]
                if inside:
                    reported._split_clause(text, m, lo, end, inside[0], out, {})
                    continue
            found = reader(text, m, lo, end)
            if found is None or out and any(overlaps(found.spans, f.spans) for f in out):
                continue
            if reported.negated(text, m.start(), lo) and not reported.INDIRECT_QUESTION.match(
                text, found.spans[0][0]
            ):
                continue
            for part in reported._split_conjoined(text, found, end):
                out.extend(reported._split_announced(text, part))
    if len(out) > 1:
        out.sort(key=lambda f: f.spans[0])
    for m in called_matches:
        tail = trim(text, m.end(), end)
        for f in out:
            cue_at = f.cue_span[0] if f.cue_span else -1
            if tail[0] < cue_at < tail[1] and f.spans[0][0] > cue_at and (
                joint := reported.AND_BEFORE.search(text, max(tail[0], cue_at - 30), cue_at)
            ):
                tail = trim(text, tail[0], joint.start())
        if not reported.QUOTE_MARK.search(text, *tail) or reported._inside(m.start(), taken) or any(
            overlaps((tail,), f.spans) for f in out
        ):
            continue
        subject = np_before(text, lo, m.start())
        if subject:
            out.append(new_found(PARTIAL, (tail,), m.group(), m.span(),
                                 new_claim(m.start(), subject), Rule.CALLED))
    return out


def test_reported_in_is_the_old_one() -> None:
    rng = random.Random(17)
    texts = LEADING_TEXTS + TEXTS + _seeds() + [
        " ".join(rng.choice(ALPHABET + CUE_WORDS + ["according to", "called it “a"])
                 for _ in range(rng.randrange(1, 40)))
        for _ in range(800)]
    readers = RULES.readers
    for text in texts:
        scan = reported.scan_cues(text)
        for sent in re.finditer(r"[^.!?\n]+[.!?]?", text):
            found_cues = scan.within(*sent.span())
            if found_cues is None:
                continue
            for taken in ([], [(sent.start(), sent.start() + 9)]):
                assert reported.reported_in(text, sent.span(), taken, sent.start(), found_cues,
                                            readers) == old_reported_in(
                    text, sent.span(), taken, sent.start(), found_cues, readers), text


def old_split_announced(text: str, found: Found) -> list[Found]:
    if found.rule not in (Rule.LEADING, Rule.CONJOINED) or len(found.spans) > 1:
        return [found]
    start, stop = found.spans[0]
    if not any(text.find(head, start, stop) >= 0 for head in reported.ANNOUNCED_HEADS):
        return [found]
    m = reported.ANNOUNCED.search(text, start, stop)
    if m is None:
        return [found]
    first = trim(text, start, m.start())
    second = trim(text, m.end(), stop)
    if not at_least(text, *first, reported.MIN_WORDS) or not at_least(
        text, *second, reported.MIN_WORDS
    ):
        return [found]
    subject = m.span(2)
    other = new_found(found.kind, (second,), m.group(1), m.span(1),
                      new_claim(second[0], subject, False, (m.start(), second[0])),
                      Rule.LEADING)
    return [found.respan((first,)), other]


def test_split_announced_is_the_old_one() -> None:
    rng = random.Random(18)
    heads = ["statement", "announcement", "declaration", "following an", "after the", "from",
             "by", "Greece", "that", "it", "planned to drill", "official"]
    for _ in range(1500):
        text = "Turkey said " + " ".join(rng.choice(heads + ALPHABET)
                                         for _ in range(rng.randrange(1, 25)))
        m = cues.CUE.search(text)
        assert m is not None
        found = reported.read_leading(text, m, 0, len(text))
        if found is not None:
            assert reported._split_announced(text, found) == old_split_announced(text, found)


def test_ends_after_is_the_old_test() -> None:
    for text in _cases() + ["said .\n", "said,\u00a0adding", "said ”)\n", "said\n\n"]:
        for after in range(len(text) + 1):
            for end in {len(text), min(len(text), after + 3)}:
                old = bool(reported.END_PUNCT.fullmatch(text, after, end)
                           or reported.ING_TAIL.match(text, after, end)
                           or text[after : after + 1] == ",")
                assert reported._ends_after(text, after, end) == old, (text, after, end)
                if reported.END_PUNCT.fullmatch(text, after, end):
                    assert reported._may_end(text, after, end)
