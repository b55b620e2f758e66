"""Output stage: rendered files (bytes) -> files in the brief's folder, written atomically.

Every file is first written in full to a hidden temporary file in the same folder and
flushed to disk; only then are they renamed into place, one after the other, and the
folder itself is synced. A run that fails or is killed before the renames leaves the
previous files as they were; a rename replaces a whole file, so no file is ever truncated.
(A kill between two renames can leave some files new and others old, each one complete.)
"""

from __future__ import annotations

import logging
import os
import re
from collections.abc import Mapping
from pathlib import Path

from briefing.errors import OutputError

logger = logging.getLogger(__name__)

TEMP_SUFFIX = ".partial"
# Output names are fixed by the caller (brief.md, brief.pdf ...), never taken from data.
_NAME = re.compile(r"[A-Za-z0-9][A-Za-z0-9_-]*(?:\.[A-Za-z0-9]+)*")


def check_name(name: str) -> str:
    """Return `name` if it is a plain file name such as "brief.md"; raise ValueError if not."""
    if not _NAME.fullmatch(name):
        raise ValueError(f"not a plain output file name: {name!r}")
    return name


def _write_temporary(folder: Path, name: str, data: bytes) -> Path:
    """Write `data` to a new hidden file next to `name`, synced to disk; return its path."""
    prefix = f".{name}."
    fd = -1
    path = folder / f"{prefix}{os.getpid()}{TEMP_SUFFIX}"
    try:
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o644)
        view = memoryview(data)
        while view:
            written = os.write(fd, view)
            view = view[written:]
        os.fsync(fd)
    except OSError:
        if fd >= 0:
            os.close(fd)
            fd = -1
        path.unlink(missing_ok=True)
        raise
    finally:
        if fd >= 0:
            os.close(fd)
    return path


def _sync_folder(folder: Path) -> None:
    """Flush the folder's entries (the renames) to disk."""
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def remove_leftovers(folder: Path, names: tuple[str, ...]) -> None:
    """Delete temporary files that a killed run left for these names."""
    for name in names:
        for stale in folder.glob(f".{name}.*{TEMP_SUFFIX}"):  # checked names: no wildcards
            logger.info("removing %s, left by an interrupted run", stale)
            stale.unlink(missing_ok=True)


def write_atomically(folder: Path, files: Mapping[str, bytes]) -> tuple[Path, ...]:
    """Write every file into `folder` so that each is either the old or the new one, whole.

    Return the paths written, in the order given. Raise OutputError if the folder or a
    file cannot be written; the files already in place are then left untouched.
    """
    names = tuple(check_name(name) for name in files)
    try:
        folder.mkdir(parents=True, exist_ok=True)
        remove_leftovers(folder, names)
    except OSError as error:
        raise OutputError(f"cannot write to {folder}: {error.strerror or error}") from error
    temporary: dict[str, Path] = {}
    where = folder
    try:
        for name in names:
            where = folder / name
            temporary[name] = _write_temporary(folder, name, files[name])
        for name in names:
            where = folder / name
            os.replace(temporary[name], where)
            del temporary[name]
        where = folder
        _sync_folder(folder)
    except OSError as error:
        raise OutputError(f"cannot write {where}: {error.strerror or error}") from error
    finally:
        for path in temporary.values():
            path.unlink(missing_ok=True)
    written = tuple(folder / name for name in names)
    for path in written:
        logger.debug("wrote %s", path)
    return written
