"""Run the briefing CLI, but stop for good at the Nth file rename (the build's commit point).

Usage: python run_paused.py N SIGNAL_FILE briefing-arguments...  The test that starts it
waits for SIGNAL_FILE, then kills the process with SIGKILL: a run killed mid-build.
"""

from __future__ import annotations

import os
import sys
import time
from pathlib import Path

pause_at, signal_file, args = int(sys.argv[1]), Path(sys.argv[2]), sys.argv[3:]
real_replace = os.replace
calls = 0


def replace_then_pause(src: str, dst: str, *rest: object, **kw: object) -> None:
    global calls
    calls += 1
    if calls == pause_at:
        signal_file.write_text(f"paused before renaming {src} to {dst}\n")
        while True:
            time.sleep(60)
    real_replace(src, dst, *rest, **kw)  # type: ignore[arg-type]


os.replace = replace_then_pause  # type: ignore[assignment]

from briefing.cli import cli  # noqa: E402

cli(args, prog_name="briefing")
