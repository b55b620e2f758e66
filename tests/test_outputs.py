"""Tests for briefing.render.outputs: atomic writes leave old files whole or new files whole."""

from __future__ import annotations

import signal
import subprocess
import sys
from collections.abc import Iterator, Mapping
from pathlib import Path

import pytest
from conftest import ROOT

from briefing.errors import OutputError
from briefing.render.outputs import TEMP_SUFFIX, write_atomically

NEW = {"brief.md": b"# new\n", "brief.pdf": b"%PDF-new", "statements.json": b"{}\n"}


def old_files(folder: Path) -> dict[str, bytes]:
    folder.mkdir(parents=True, exist_ok=True)
    old = {"brief.md": b"# old\n", "brief.pdf": b"%PDF-old", "statements.json": b"[]\n"}
    for name, data in old.items():
        (folder / name).write_bytes(data)
    return old


def contents(folder: Path) -> dict[str, bytes]:
    return {path.name: path.read_bytes() for path in sorted(folder.iterdir())}


def test_writes_every_file_and_returns_the_paths(tmp_path: Path) -> None:
    folder = tmp_path / "output" / "2024-01-19"
    paths = write_atomically(folder, NEW)
    assert paths == tuple(folder / name for name in NEW)
    assert contents(folder) == NEW


def test_replaces_previous_files(tmp_path: Path) -> None:
    old_files(tmp_path)
    write_atomically(tmp_path, NEW)
    assert contents(tmp_path) == NEW


class FailsAt(Mapping[str, bytes]):
    """Files whose content for one name cannot be produced: a failure between files."""

    def __init__(self, files: dict[str, bytes], failing: str) -> None:
        self.files = files
        self.failing = failing

    def __getitem__(self, name: str) -> bytes:
        if name == self.failing:
            raise RuntimeError(f"rendering {name} failed")
        return self.files[name]

    def __iter__(self) -> Iterator[str]:
        return iter(self.files)

    def __len__(self) -> int:
        return len(self.files)


def test_a_failure_between_files_leaves_the_previous_files(tmp_path: Path) -> None:
    old = old_files(tmp_path)
    with pytest.raises(RuntimeError, match="rendering statements.json failed"):
        write_atomically(tmp_path, FailsAt(NEW, "statements.json"))
    assert contents(tmp_path) == old  # and no temporary file left behind


def test_an_unwritable_target_is_an_output_error(tmp_path: Path) -> None:
    (tmp_path / "brief.pdf").mkdir()
    with pytest.raises(OutputError, match=r"^cannot write .*/brief\.pdf: Is a directory$"):
        write_atomically(tmp_path, {"brief.pdf": b"%PDF"})
    assert [path.name for path in tmp_path.iterdir()] == ["brief.pdf"]


def test_a_folder_that_cannot_be_made_is_an_output_error(tmp_path: Path) -> None:
    (tmp_path / "file").write_text("x")
    with pytest.raises(OutputError, match=r"^cannot write to .*/file/2024-01-19: "):
        write_atomically(tmp_path / "file" / "2024-01-19", NEW)


@pytest.mark.parametrize("name", ["../brief.md", "a/b.md", ".hidden", "", "..", "brief md"])
def test_names_must_be_plain_file_names(tmp_path: Path, name: str) -> None:
    with pytest.raises(ValueError, match="not a plain output file name"):
        write_atomically(tmp_path / "out", {"brief.md": b"x", name: b"y"})
    assert not (tmp_path / "out").exists()


KILLED_WRITER = """
import os, signal, sys
from pathlib import Path
sys.path.insert(0, ".")
from briefing.render import outputs

calls = []
real_fsync = os.fsync

def fsync_then_die(fd):
    real_fsync(fd)
    calls.append(fd)
    if len(calls) == int(sys.argv[2]):
        os.kill(os.getpid(), signal.SIGKILL)

outputs.os.fsync = fsync_then_die
outputs.write_atomically(Path(sys.argv[1]), {
    "brief.md": b"# new\\n", "brief.pdf": b"%PDF-new" * 100000, "statements.json": b"{}\\n"})
"""


@pytest.mark.parametrize("killed_after", [1, 2, 3])
def test_a_killed_run_leaves_the_previous_files_then_the_next_run_cleans_up(
    tmp_path: Path, killed_after: int
) -> None:
    old = old_files(tmp_path)
    done = subprocess.run(
        [sys.executable, "-c", KILLED_WRITER, str(tmp_path), str(killed_after)], cwd=ROOT
    )
    assert done.returncode == -signal.SIGKILL
    left = contents(tmp_path)
    assert {name: left[name] for name in old} == old
    leftovers = sorted(name for name in left if name.endswith(TEMP_SUFFIX))
    assert len(leftovers) == killed_after
    write_atomically(tmp_path, NEW)
    assert contents(tmp_path) == NEW

