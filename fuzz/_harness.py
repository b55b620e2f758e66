"""Shared start-up for the atheris fuzz targets in this folder (see fuzz/README.md)."""

from __future__ import annotations

import sys
from collections.abc import Callable

import atheris


def run(test_one_input: Callable[[bytes], None]) -> None:
    """Hand the target to libFuzzer with the command-line options (e.g. -max_total_time)."""
    atheris.Setup(sys.argv, test_one_input)
    atheris.Fuzz()


def text(data: bytes) -> str:
    """Decode as a loader would meet it: UTF-8, undecodable bytes as lone surrogates."""
    return data.decode("utf-8", "surrogateescape")
