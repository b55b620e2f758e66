"""Fuzz config validation: a fuzzed actors.yaml or briefing.yaml beside a valid other.

ConfigError is the only acceptable exception, and every problem is one line.
"""

from __future__ import annotations

import shutil
import tempfile
from pathlib import Path

import atheris

with atheris.instrument_imports():
    from briefing.config.settings import load_config
    from briefing.errors import ConfigError

from _harness import run

# Small valid files (the shipped actors.yaml is 33 KB: too slow to parse on every run).
VALID = Path(__file__).resolve().parent / "seeds" / "yaml"
FOLDER = Path(tempfile.mkdtemp(prefix="fuzz-config-"))


def test_one_input(data: bytes) -> None:
    if not data:
        return
    fuzzed = ("actors.yaml", "briefing.yaml")[data[0] % 2]
    for name in ("actors.yaml", "briefing.yaml"):
        if name == fuzzed:
            (FOLDER / name).write_bytes(data[1:])
        else:
            shutil.copy(VALID / name, FOLDER / name)
    try:
        load_config(FOLDER)
    except ConfigError as exc:
        assert all("\n" not in problem for problem in exc.problems), exc.problems


if __name__ == "__main__":
    run(test_one_input)
