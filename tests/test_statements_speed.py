"""Speed-ups of the statement stage's own steps give the answers of the code they replaced."""

from __future__ import annotations

import random
import re
import sys

from briefing.extract.reported import scan_cues
from briefing.extract.statements import (
    BYLINE,
    CAPTION,
    CREDIT_INITIALS,
    _headline,
    skipped_paragraphs,
)
from briefing.extract.text import segment
from briefing.models import Paragraph

HEADLINE_WORD = re.compile(r"[A-Za-z][\w'’-]*")


def old_headline(text: str, para: Paragraph) -> bool:
    """_headline before stop 16: every word found, the long ones kept."""
    if len(para.sentences) > 1:
        return False
    found = HEADLINE_WORD.findall(text[para.start : para.end])
    long = [w for w in found if len(w) > 3]
    if not long:
        return True
    return sum(w[0].isupper() for w in long) / len(long) >= 0.6


def old_skipped_paragraphs(text: str, paragraphs: tuple[Paragraph, ...]) -> frozenset[int]:
    """skipped_paragraphs before issue 14's speed stop."""
    skip = set()
    for index, para in enumerate(paragraphs):
        body = text[para.start : para.end]
        caption = (CAPTION.search(body) if "/" in body or body.rstrip().endswith(")")
                   else CAPTION.match(body))
        if caption or body.startswith(("By", "BY", "From")) and BYLINE.match(body):
            skip.add(index)
    if paragraphs and old_headline(text, paragraphs[0]) and len(paragraphs) > 1:
        skip.add(0)
    return frozenset(skip)


def test_a_credit_starts_with_one_of_its_initials() -> None:
    # Every character that can open CAPTION's anchored credit, under IGNORECASE.
    opens = {chr(code) for code in range(sys.maxunicode + 1)
             if any(CAPTION.match(chr(code) + rest) for rest in
                    ("hoto:", "mage:", "ile photo:", "icture:", "redit:"))}
    assert opens == set(CREDIT_INITIALS)


PIECES = ["Photo:", "PHOTO :", "İmage:", "ımage:", "File photo:", "Picture", "Credit:", "credit",
          "By John Smith", "BY JANE DOE", "From Staff", "- John Smith/ Reuters", "-- AP/File",
          "(Photo by Ann Lee)", "(File)", "24/7", "and/or", "/ reuters", "/file", "/\tGetty",
          " — AP Photo/ Ap", "/x", "http://a.b/c", " - J. Doe/AFP.", "/AFPx",
          "(Reporting by Al; Editing by Bo)", "(pHOTO x)", "(İmage)", "(a) (File b)", "((",
          " ", "  ", "\n", "\n\n", "said", "The minister",
          ":", "/", ")", "(", "said.", "Taiwan", "photo", "Image", "P", "c", "f:", "x"]


def test_skipped_paragraphs_is_the_old_code() -> None:
    rng = random.Random(14)
    for _ in range(5000):
        text = "".join(rng.choice(PIECES) + rng.choice(["", " ", "\n"])
                       for _ in range(rng.randrange(0, 14)))
        paragraphs = segment(text)
        assert skipped_paragraphs(text, paragraphs) == old_skipped_paragraphs(text, paragraphs)


HEAD_PIECES = ["Taiwan", "says", "it", "U.S.", "é", "İstanbul", "12abc", "1a2b", "_abcd", "x-ab",
               "ab’cd", "'Quote'", "-", " ", "  ", "AB", "a", "Z", ".", "said", "NEW", "éabc"]


def test_headline_is_the_old_code() -> None:
    rng = random.Random(16)
    for _ in range(5000):
        text = "".join(rng.choice(HEAD_PIECES) + rng.choice(["", " ", " ", "\n", ". "])
                       for _ in range(rng.randrange(0, 12)))
        for para in segment(text)[:1]:
            assert _headline(text, para) == old_headline(text, para)


CUE_PIECES = ["said", "says", "told", "according to", "called", "figures show", "data showed",
              "He", "The minister", "warned", "x", "saidx", "_said", ". ", ".\n", "\n\n", " ",
              "“", "”", "Taiwan", "officials", "A", "reported", "added"]


def test_the_driver_asks_within_only_where_a_cue_can_be() -> None:
    # extract_with_rules skips a sentence when no cue start lies in or crosses its range and
    # it does not end inside a word: CueScan.within says None for every such range.
    rng = random.Random(161)
    for _ in range(3000):
        text = "".join(rng.choice(CUE_PIECES) + rng.choice(["", " "])
                       for _ in range(rng.randrange(0, 30)))
        scan = scan_cues(text)
        starts, reach, size = scan.starts, scan.reach, len(text)
        for start in range(size + 1):
            at = 0
            while at < len(starts) and starts[at] < start:
                at += 1
            for end in range(start, size + 1):
                if (at == len(starts) or starts[at] >= end) and not (
                    at and reach[at - 1] > start
                ) and (end >= size or not ((char := text[end]).isalnum() or char == "_")):
                    assert scan.within(start, end) is None, (text, start, end)
