"""Fuzz the JSON Lines loader through a real file, as `briefing build` reads it."""

from __future__ import annotations

import tempfile
from pathlib import Path

import atheris

with atheris.instrument_imports():
    from briefing.models import Article
    from briefing.sources import files

from _harness import run

PATH = Path(tempfile.mkdtemp(prefix="fuzz-jsonl-")) / "articles.jsonl"


def test_one_input(data: bytes) -> None:
    PATH.write_bytes(data)
    for item in files.iter_file(PATH, max_bytes=4096):
        if isinstance(item, Article):
            for field in (item.text, item.title, item.source, item.url or ""):
                field.encode("utf-8")


if __name__ == "__main__":
    run(test_one_input)
