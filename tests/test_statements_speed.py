"""Speed-ups of the statement stage's own steps give the answers of the code they replaced."""

from __future__ import annotations

import random
import sys

from briefing.extract.statements import (
    BYLINE,
    CAPTION,
    CREDIT_INITIALS,
    _headline,
    skipped_paragraphs,
)
from briefing.extract.text import segment
from briefing.models import Paragraph


def old_skipped_paragraphs(text: str, paragraphs: tuple[Paragraph, ...]) -> frozenset[int]:
    """skipped_paragraphs before issue 14's speed stop."""
    skip = set()
    for index, para in enumerate(paragraphs):
        body = text[para.start : para.end]
        caption = (CAPTION.search(body) if "/" in body or body.rstrip().endswith(")")
                   else CAPTION.match(body))
        if caption or body.startswith(("By", "BY", "From")) and BYLINE.match(body):
            skip.add(index)
    if paragraphs and _headline(text, paragraphs[0]) and len(paragraphs) > 1:
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
          "(Photo by Ann Lee)", "(File)", " ", "  ", "\n", "\n\n", "said", "The minister",
          ":", "/", ")", "(", "said.", "Taiwan", "photo", "Image", "P", "c", "f:", "x"]


def test_skipped_paragraphs_is_the_old_code() -> None:
    rng = random.Random(14)
    for _ in range(5000):
        text = "".join(rng.choice(PIECES) + rng.choice(["", " ", "\n"])
                       for _ in range(rng.randrange(0, 14)))
        paragraphs = segment(text)
        assert skipped_paragraphs(text, paragraphs) == old_skipped_paragraphs(text, paragraphs)
