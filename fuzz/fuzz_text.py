"""Fuzz paragraphs and sentences: spans ordered, inside the text, covering every visible char."""

from __future__ import annotations

import atheris

with atheris.instrument_imports():
    from briefing.extract.text import segment

from _harness import run


def test_one_input(data: bytes) -> None:
    text = data.decode("utf-8", "replace")
    last = 0
    pieces = []
    for para in segment(text):
        assert last <= para.start < para.end <= len(text)
        for sent in para.sentences:
            assert para.start <= sent.start < sent.end <= para.end
            pieces.append(text[sent.start:sent.end])
        last = para.end
    assert "".join("".join(pieces).split()) == "".join(text.split())


if __name__ == "__main__":
    run(test_one_input)
