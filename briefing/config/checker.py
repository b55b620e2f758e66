"""Validation machinery for the YAML config files: typed reads with file:line:col problems.

Input: a parsed YAML document and its positions (yamlpos). Output: typed values, and every
problem collected as `file:line:col: key: message`, raised together as one ConfigError.
"""

from __future__ import annotations

import datetime as dt
import math
from collections.abc import Callable
from pathlib import Path
from typing import Any

from briefing.config import yamlpos
from briefing.config.yamlpos import Path_, Positions, dotted
from briefing.errors import ConfigError


def load_checked(folder: Path, name: str, build: Callable[[Checker], Any]) -> Any:
    """Read folder/name and build a value from it with `build`; raise ConfigError if needed."""
    path = folder / name
    data, positions, problems = yamlpos.read(path, str(path))
    checker = Checker(positions)
    for problem in problems:  # duplicate keys, aliases: reported with the checker's own
        where = problem[len(positions.file) + 1:].split(":", 2)
        checker.problems.append(((int(where[0]), int(where[1])), problem))
    value = build(checker.top(data))
    checker.raise_if_problems()
    return value


class Checker:
    """Collect validation problems with their positions; read typed values."""

    def __init__(self, positions: Positions) -> None:
        self.positions = positions
        self.problems: list[tuple[tuple[int, int], str]] = []

    def top(self, data: Any) -> Checker:
        self.data = data
        self.shaped = isinstance(data, dict)  # False: the file is not a mapping at all
        if not isinstance(data, dict):
            self.problem((), f"expected a mapping of keys, got {show(data)}")
            self.data = {}
        return self

    def problem(self, path: Path_, message: str, *, key: bool = False) -> None:
        if any(path[:n] in self.positions.refused for n in range(1, len(path) + 1)):
            return  # the YAML reader has already said what is wrong with this value
        where = self.positions.at(path, key=key)
        line, col = (int(x) for x in where.rsplit(":", 2)[1:])
        self.problems.append(((line, col), f"{where}: {dotted(path)}: {message}"))

    def raise_if_problems(self) -> None:
        if self.problems:
            raise ConfigError([msg for _, msg in sorted(self.problems)])

    def keys(self, mapping: dict[str, Any], path: Path_, allowed: tuple[str, ...]) -> None:
        for key in mapping:
            if key not in allowed:
                self.problem(
                    (*path, key), f"unknown key; expected one of: {', '.join(allowed)}", key=True
                )

    def mapping(self, value: Any, path: Path_) -> dict[str, Any]:
        if isinstance(value, dict):
            return value
        self.problem(path, f"expected a mapping of keys, got {show(value)}")
        return {}

    def text(self, mapping: dict[str, Any], path: Path_, key: str, default: str | None = None,
             *, allow_empty: bool = False) -> str:
        value = mapping.get(key, default)
        if value is None:
            self.problem((*path, key), "required: expected text")
            return ""
        if isinstance(value, bool) or not isinstance(value, str | int | float):
            self.problem((*path, key), f"expected text, got {show(value)}")
            return ""
        value = str(value).strip()
        if not value and not allow_empty:
            self.problem((*path, key), "expected text, got an empty value")
        return value

    def number(self, mapping: dict[str, Any], path: Path_, key: str, default: float,
               *, integer: bool = False, minimum: float = 0,
               maximum: float | None = None) -> float:
        """Return a finite number from minimum to maximum (a value past which nothing works)."""
        value = mapping.get(key, default)
        kind = "a whole number" if integer else "a number"
        bad = isinstance(value, bool) or not isinstance(value, int | float)
        if not bad and integer and not isinstance(value, int):
            bad = True
        if not bad and not math.isfinite(value):
            bad = True  # .nan passes every comparison; .inf overflows round()
        if bad or value < minimum or (maximum is not None and value > maximum):
            low = _bound(minimum, integer)
            wanted = (f"{kind} >= {low}" if maximum is None else
                      f"{kind} from {low} to {_bound(maximum, integer)}")
            self.problem((*path, key), f"expected {wanted}, got {show(value)}")
            return default
        return value

    def texts(self, mapping: dict[str, Any], path: Path_, key: str) -> tuple[str, ...]:
        value = mapping.get(key, [])
        if value is None:
            return ()
        if not isinstance(value, list):
            self.problem((*path, key), f"expected a list of text, got {show(value)}")
            return ()
        out: list[str] = []
        for i, item in enumerate(value):
            if isinstance(item, bool) or not isinstance(item, str | int | float) or not str(
                item
            ).strip():
                self.problem((*path, key, i), f"expected text, got {show(item)}")
                continue
            out.append(str(item).strip())
        return tuple(out)

    def date(self, mapping: dict[str, Any], path: Path_, key: str) -> dt.date | None:
        value = mapping.get(key)
        if value is None:
            return None
        if isinstance(value, dt.date) and not isinstance(value, dt.datetime):
            return value
        self.problem((*path, key), f"expected a date like 2024-01-19, got {show(value)}")
        return None


def _bound(value: float, integer: bool) -> str:
    return str(int(value)) if integer or float(value).is_integer() else f"{value:g}"


def show(value: Any) -> str:
    if isinstance(value, dict):
        return "a mapping"
    if isinstance(value, list):
        return "a list"
    if value is None:
        return "nothing"
    if isinstance(value, bool):
        return "true" if value else "false"  # as YAML writes them, not Python
    if isinstance(value, dt.date):
        return str(value)
    return repr(value)
