"""Answer keys for crises of the shared corpus, kept without the corpus's text.

A case of the situation picture (../shared/eval/picture_guidelines.md) is a set of stories and an
analyst's key whose every sentence is copied from a story. The stories of the keys written for
this project come from ../shared/corpus (Reuters-21578), which is read at run time and never
committed; so a key is committed *packed*: the stories by their corpus id, and each sentence of
the key by its character span in its story instead of its text.

Input: a packed key (benchmarks/cases/<name>.key.json) and the corpus. Output: the case's
stories as JSON Lines and the key in the guidelines' format, written to a folder of the caller's
choosing (`unpack`). `pack` makes a packed key from a stories file and a key in that format.

    python -m benchmarks.cases pack STORIES.jsonl GOLD.json OUT.key.json
    python -m benchmarks.cases unpack OUT.key.json FOLDER     # FOLDER/<case>.jsonl, .gold.json
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from benchmarks.corpus import corpus_dir  # noqa: E402

KEYS_DIR = Path(__file__).resolve().parent / "cases"
CORPUS_OF = {"reuters21578": "reuters21578.jsonl", "bbc": "bbc.jsonl",
             "polnear": "polnear_news.jsonl"}


class CaseError(Exception):
    """A key that does not fit its stories (a sentence not found, a story not in the corpus)."""


@dataclass(frozen=True, slots=True)
class Unpacked:
    name: str
    date: str
    stories: Path  # JSON Lines, one story a line, in the key's order
    gold: Path


def _sentence_lists(key: Mapping[str, Any]) -> Iterator[list[dict[str, Any]]]:
    """Every list of sentences in a key, in a fixed order (the guidelines' fields)."""
    for fact in key.get("key_facts", []):
        yield fact["sentences"]
    for figure in key.get("figures", []):
        yield figure["sentences"]
    for contrast in key.get("competing", []):
        for side in contrast["sides"]:
            yield side["sentences"]
    yield key.get("noise", [])


def pack(stories: list[dict[str, Any]], gold: dict[str, Any]) -> dict[str, Any]:
    """Return the packed key: story ids, and each sentence as [start, end] in its story."""
    texts = {s["id"]: s["text"] for s in stories}
    packed = json.loads(json.dumps(gold))
    for sentences in _sentence_lists(packed):
        for sentence in sentences:
            text = texts.get(sentence["id"])
            if text is None:
                raise CaseError(f"{sentence['id']}: not among the stories")
            start = text.find(sentence["text"])
            if start < 0:
                raise CaseError(f"{sentence['id']}: not verbatim: {sentence['text'][:60]!r}")
            sentence["at"] = [start, start + len(sentence["text"])]
            del sentence["text"]
    return {"case": gold["case"], "date": gold["date"], "stories": [s["id"] for s in stories],
            "key": packed}


def unpack_key(packed: Mapping[str, Any], texts: Mapping[str, str]) -> dict[str, Any]:
    """Return the key in the guidelines' format, each sentence's text read from its story."""
    gold = json.loads(json.dumps(packed["key"]))
    for sentences in _sentence_lists(gold):
        for sentence in sentences:
            text = texts.get(sentence["id"])
            if text is None:
                raise CaseError(f"{sentence['id']}: not in the corpus")
            start, end = sentence.pop("at")
            if not 0 <= start < end <= len(text):
                raise CaseError(f"{sentence['id']}: span {start}-{end} outside the story")
            sentence["text"] = text[start:end]
    return gold


def read_stories(ids: list[str], corpus: Path) -> list[dict[str, Any]]:
    """Return the corpus records of `ids`, in that order, unchanged."""
    wanted = set(ids)
    found: dict[str, dict[str, Any]] = {}
    for name in sorted({i.split("/", 1)[0] for i in ids}):
        path = corpus / CORPUS_OF.get(name, f"{name}.jsonl")
        with path.open(encoding="utf-8") as lines:
            for line in lines:
                record = json.loads(line)
                if record["id"] in wanted:
                    found[record["id"]] = record
    missing = [i for i in ids if i not in found]
    if missing:
        raise CaseError(f"not in {corpus}: {', '.join(missing[:5])}")
    return [found[i] for i in ids]


def unpack(key_path: Path, folder: Path, corpus: Path | None = None) -> Unpacked:
    """Write the case's stories and key under `folder`; return where."""
    packed = json.loads(key_path.read_text(encoding="utf-8"))
    stories = read_stories(packed["stories"], corpus or corpus_dir())
    gold = unpack_key(packed, {s["id"]: s["text"] for s in stories})
    folder.mkdir(parents=True, exist_ok=True)
    name = packed["case"]
    stories_path, gold_path = folder / f"{name}.jsonl", folder / f"{name}.gold.json"
    stories_path.write_text("".join(json.dumps(s) + "\n" for s in stories), encoding="utf-8")
    gold_path.write_text(json.dumps(gold, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    return Unpacked(name, packed["date"], stories_path, gold_path)


def packed_keys() -> tuple[Path, ...]:
    """The packed keys shipped in benchmarks/cases/, by name."""
    return tuple(sorted(KEYS_DIR.glob("*.key.json")))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    sub = parser.add_subparsers(dest="command", required=True)
    p = sub.add_parser("pack", help="a stories file and its key -> a packed key")
    p.add_argument("stories", type=Path)
    p.add_argument("gold", type=Path)
    p.add_argument("out", type=Path)
    u = sub.add_parser("unpack", help="a packed key -> stories and key, from the corpus")
    u.add_argument("key", type=Path)
    u.add_argument("folder", type=Path)
    args = parser.parse_args(argv)
    try:
        if args.command == "pack":
            with args.stories.open(encoding="utf-8") as lines:
                stories = [json.loads(line) for line in lines if line.strip()]
            gold = json.loads(args.gold.read_text(encoding="utf-8"))
            args.out.write_text(json.dumps(pack(stories, gold), indent=1, ensure_ascii=False)
                                + "\n", encoding="utf-8")
        else:
            done = unpack(args.key, args.folder)
            print(f"{done.stories}\n{done.gold}")
    except (CaseError, OSError, KeyError, ValueError) as err:
        print(f"cases: {err}", file=sys.stderr)
        return 2
    return 0


if __name__ == "__main__":
    sys.exit(main())
