"""Packed answer keys (benchmarks/cases.py): a key's sentences kept as spans, not corpus text."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from benchmarks.cases import CaseError, pack, packed_keys, unpack, unpack_key
from benchmarks.corpus import corpus_dir

STORIES = [
    {"id": "wire/1", "date": "1990-05-02", "title": "RIVER TALKS", "source": "Wire",
     "text": "Upland said it would close the dam on Friday. Lowland called the move illegal."},
    {"id": "wire/2", "date": "1990-05-02", "title": "DAM", "source": "Wire",
     "text": "Lowland's foreign minister said 40,000 farmers depend on the river."},
]
GOLD = {
    "case": "dam", "date": "1990-05-02",
    "key_facts": [{"rank": 1, "fact": "Upland to close the dam", "actors": ["UPL"],
                   "sentences": [{"id": "wire/1",
                                  "text": "Upland said it would close the dam on Friday."}]}],
    "figures": [{"value": "40,000", "what": "farmers", "claimed_by": "LOW",
                 "sentences": [{"id": "wire/2", "text": "40,000 farmers depend on the river"}]}],
    "competing": [{"about": "the dam", "sides": [
        {"actor": "UPL", "claim": "closure",
         "sentences": [{"id": "wire/1", "text": "Upland said it would close the dam on Friday."}]},
        {"actor": "LOW", "claim": "illegal",
         "sentences": [{"id": "wire/1", "text": "Lowland called the move illegal."}]}]}],
    "noise": [],
}


def test_pack_keeps_spans_not_text_and_unpack_restores_the_key() -> None:
    packed = pack(STORIES, GOLD)
    assert packed["stories"] == ["wire/1", "wire/2"]
    assert "move illegal" not in json.dumps(packed)  # no story text in what is committed
    assert packed["key"]["figures"][0]["sentences"][0] == {"id": "wire/2", "at": [32, 66]}
    assert unpack_key(packed, {s["id"]: s["text"] for s in STORIES}) == GOLD


def test_pack_refuses_a_sentence_not_in_its_story() -> None:
    bad = json.loads(json.dumps(GOLD))
    bad["figures"][0]["sentences"][0]["text"] = "40,000 farmers rely on the river"
    with pytest.raises(CaseError, match="not verbatim"):
        pack(STORIES, bad)


def test_unpack_refuses_a_span_outside_its_story() -> None:
    packed = pack(STORIES, GOLD)
    packed["key"]["noise"] = [{"id": "wire/2", "at": [10, 900]}]
    with pytest.raises(CaseError, match="outside the story"):
        unpack_key(packed, {s["id"]: s["text"] for s in STORIES})


def test_unpack_reads_the_stories_from_the_corpus_folder(tmp_path: Path) -> None:
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "wire.jsonl").write_text("".join(json.dumps(s) + "\n" for s in STORIES[::-1]))
    key = tmp_path / "dam.key.json"
    key.write_text(json.dumps(pack(STORIES, GOLD)))
    done = unpack(key, tmp_path / "out", corpus)
    assert [json.loads(line)["id"] for line in done.stories.read_text().splitlines()] == [
        "wire/1", "wire/2"]
    assert json.loads(done.gold.read_text()) == GOLD


@pytest.mark.skipif(not (corpus_dir() / "reuters21578.jsonl").is_file(),
                    reason="no shared corpus beside the project")
@pytest.mark.parametrize("key", packed_keys(), ids=lambda p: p.name)
def test_every_shipped_key_unpacks_from_the_corpus(key: Path, tmp_path: Path) -> None:
    done = unpack(key, tmp_path)
    gold = json.loads(done.gold.read_text())
    texts = {json.loads(line)["id"]: json.loads(line)["text"]
             for line in done.stories.read_text().splitlines()}
    assert 4 <= len(gold["key_facts"]) <= 6 and 3 <= len(gold["figures"]) <= 8
    for fact in gold["key_facts"]:
        for sentence in fact["sentences"]:
            assert sentence["text"] in texts[sentence["id"]]
