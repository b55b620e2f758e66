"""Fuzz the text article formats (seed format, YAML front matter) from raw bytes.

A crash is any exception: a file must give an Article or a Skipped warning, never raise.
"""

from __future__ import annotations

import atheris

with atheris.instrument_imports():
    from briefing.models import Article
    from briefing.sources import files

from _harness import run


def test_one_input(data: bytes) -> None:
    item = files._parse_text(data.decode("utf-8", "replace"), "fuzz.md", "fuzz")
    if isinstance(item, Article):
        item.text.encode("utf-8")
        item.title.encode("utf-8")
        assert item.text == item.text.strip() and item.text
    else:
        assert "\n" not in item.reason, item.reason


if __name__ == "__main__":
    run(test_one_input)
