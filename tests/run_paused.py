"""Run the briefing CLI, but stop for good just before the Nth call of a named function.

Usage: python run_paused.py TARGET N SIGNAL_FILE briefing-arguments...
TARGET is a dotted name such as os.replace (the build's renames) or
briefing.sources.store.Store.record_send (the send ledger). The test that starts this waits for
SIGNAL_FILE, then kills the process with SIGKILL: a run killed at a chosen point.
"""

from __future__ import annotations

import functools
import importlib
import sys
import time
from pathlib import Path
from typing import Any

target, pause_at, signal_file, args = sys.argv[1], int(sys.argv[2]), Path(sys.argv[3]), sys.argv[4:]


def _resolve(dotted: str) -> tuple[Any, str]:
    parts = dotted.split(".")
    for cut in range(len(parts) - 1, 0, -1):
        try:
            owner: Any = importlib.import_module(".".join(parts[:cut]))
        except ImportError:
            continue
        for name in parts[cut:-1]:
            owner = getattr(owner, name)
        return owner, parts[-1]
    raise SystemExit(f"cannot find {dotted}")


owner, name = _resolve(target)
real = getattr(owner, name)
calls = 0


@functools.wraps(real)
def paused(*a: Any, **kw: Any) -> Any:
    global calls
    calls += 1
    if calls == pause_at:
        signal_file.write_text(f"paused before call {calls} of {target}\n")
        while True:
            time.sleep(60)
    return real(*a, **kw)


setattr(owner, name, paused)

from briefing.cli import cli  # noqa: E402

cli(args, prog_name="briefing")
