"""The seeds' answer key for the situation picture (issue 15), and a floor under the seeds' picture.

The key (tests/golden/seeds/picture.gold.json, format of the shared picture_guidelines.md) is
checked here as ../shared/eval/check_case_gold.py checks a key, without the shared folder: every
sentence an exact substring of the seed article it names (ids are the seed files' stems). The
floor builds today's seeds brief and scores it with the shared score_picture.py (skipped when the
shared folder is absent): no figure may fall below what the code scored when the key was written.
"""

from __future__ import annotations

import datetime as dt
import json
import re
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from benchmarks.corpus import shared_dir  # noqa: E402
from briefing.build import build  # noqa: E402
from briefing.config.settings import load_config  # noqa: E402

KEY = ROOT / "tests" / "golden" / "seeds" / "picture.gold.json"
SEED_DIRS = (ROOT / "seeds", ROOT / "tests" / "golden" / "seeds" / "articles")
DAY = dt.date(2024, 1, 19)
SEED_HEAD = re.compile(r"\A\s*date\s+(\d{4}-\d{2}-\d{2})\s*")
ACTOR = re.compile(r"\A[A-Z]{2,6}\Z")  # ISO 3166-1 alpha-3, or an IGO in capitals (UN, OPEC)

# What the seeds' brief scored on 2024-01-19's code (bl_noise and tl_redundancy: at most).
FLOOR = {"bl_recall3": 1.0, "bl_precision": 1.0, "kd_recall5": 0.8, "fig_recall": 0.75,
         "competing": 1.0}
CEILING = {"bl_noise": 0, "tl_redundancy": 0.6}


def _stories(folder: Path) -> dict[str, tuple[str, str]]:
    """id (file stem) -> (date, text after the seed header)."""
    out = {}
    for path in sorted(folder.glob("*.txt")):
        text = path.read_text("utf-8")
        head = SEED_HEAD.match(text)
        assert head, path
        out[path.stem] = (head.group(1), text[head.end():])
    return out


def _sentences(key: dict[str, Any]) -> list[dict[str, str]]:
    found = [s for f in key["key_facts"] for s in f["sentences"]]
    found += [s for f in key["figures"] for s in f["sentences"]]
    found += [s for c in key["competing"] for side in c["sides"] for s in side["sentences"]]
    return found + key["noise"]


@pytest.fixture(scope="module")
def key() -> dict[str, Any]:
    return json.loads(KEY.read_text("utf-8"))


def test_key_has_the_four_parts_in_the_guidelines_bounds(key: dict[str, Any]) -> None:
    assert key["date"] == DAY.isoformat()
    assert 4 <= len(key["key_facts"]) <= 6
    assert sorted(f["rank"] for f in key["key_facts"]) == list(range(1, len(key["key_facts"]) + 1))
    assert 3 <= len(key["figures"]) <= 8
    assert 0 <= len(key["competing"]) <= 3
    assert 3 <= len(key["noise"]) <= 6
    for fact in key["key_facts"]:
        assert fact["fact"] and fact["sentences"]
        assert fact["actors"] and all(ACTOR.match(a) for a in fact["actors"]), fact["actors"]
    for figure in key["figures"]:
        assert figure["value"] and figure["what"] and figure["sentences"]
        assert ACTOR.match(figure["claimed_by"]), figure
    for contrast in key["competing"]:
        assert contrast["about"] and len(contrast["sides"]) >= 2
        for side in contrast["sides"]:
            assert ACTOR.match(side["actor"]) and side["claim"] and side["sentences"]


@pytest.mark.parametrize("folder", SEED_DIRS, ids=lambda p: p.relative_to(ROOT).as_posix())
def test_every_key_sentence_is_verbatim_in_its_seed_article(key: dict[str, Any],
                                                             folder: Path) -> None:
    stories = _stories(folder)
    assert len(stories) == 2
    bad = [s for s in _sentences(key)
           if s.get("id") not in stories or not s.get("text")
           or s["text"] not in stories[s["id"]][1]]
    assert not bad, bad
    assert all(date <= key["date"] for date, _ in stories.values())


def _shared() -> Path | None:
    shared = shared_dir()
    return shared if (shared / "eval").is_dir() else None


def test_shared_check_script_accepts_the_key(tmp_path: Path) -> None:
    shared = _shared()
    script = shared / "eval" / "check_case_gold.py" if shared else None
    if script is None or not script.is_file():
        pytest.skip("no shared eval/check_case_gold.py")
    stories = tmp_path / "seeds.jsonl"
    with stories.open("w", encoding="utf-8") as out:
        for sid, (date, text) in _stories(ROOT / "seeds").items():
            out.write(json.dumps({"id": sid, "date": date, "title": "", "source": "seeds",
                                  "text": text}, ensure_ascii=False) + "\n")
    done = subprocess.run([sys.executable, str(script), str(stories), str(KEY)],
                          capture_output=True, text=True)
    assert done.returncode == 0, done.stdout + done.stderr


def test_seeds_picture_does_not_get_worse(tmp_path: Path) -> None:
    shared = _shared()
    scorer = shared / "eval" / "score_picture.py" if shared else None
    if scorer is None or not scorer.is_file():
        pytest.skip("no shared eval/score_picture.py")
    result = build(load_config(ROOT / "config"), DAY, article_dirs=(ROOT / "seeds",),
                   output_root=tmp_path)
    done = subprocess.run([sys.executable, str(scorer), str(KEY), str(result.folder / "brief.md")],
                          capture_output=True, text=True, check=True)
    got = json.loads(done.stdout.strip().splitlines()[-1])
    low = {k: (got[k], v) for k, v in FLOOR.items() if got[k] < v}
    high = {k: (got[k], v) for k, v in CEILING.items() if got[k] > v}
    assert not low and not high, f"got, floor: {low}; got, ceiling: {high}"
