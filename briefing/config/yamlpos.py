"""Load YAML safely and remember where every value stands, for file:line:col messages.

Input: a YAML file. Output: plain Python values (dict, list, str, int, float, bool, None,
dates) and a `Positions` map from key paths to 1-based (line, column). Anchors and
aliases are refused (they are how "billion laughs" bombs are built, and an actor list
needs neither), and so are files over a size limit and duplicate keys.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from briefing.errors import ConfigError

MAX_CONFIG_BYTES = 1_000_000
FAST_LIMIT = 4096  # characters: libyaml nests 5,000 deep without harm; 100,000 crash it

Path_ = tuple[str | int, ...]


@dataclass
class Positions:
    """Where each value (and each mapping key) of a loaded document stands."""

    file: str
    values: dict[Path_, tuple[int, int]] = field(default_factory=dict)
    keys: dict[Path_, tuple[int, int]] = field(default_factory=dict)
    # Paths whose value was refused here (an alias, a bad date): already reported, so a
    # validator need not say again that the value is missing or of the wrong kind.
    refused: set[Path_] = field(default_factory=set)

    def at(self, path: Path_, *, key: bool = False) -> str:
        """Return `file:line:col` for a path, falling back to its nearest parent."""
        table = self.keys if key else self.values
        probe = path
        while probe and probe not in table:
            probe = probe[:-1]
        line, col = table.get(probe) or self.values.get(probe) or (1, 1)
        return f"{self.file}:{line}:{col}"


def dotted(path: Path_) -> str:
    """Return a path as `actors.russia.emphasis` or `to[2]`."""
    out = ""
    for part in path:
        if isinstance(part, int):
            out += f"[{part}]"
        else:
            shown = part if part.isprintable() and part else repr(part)  # a key of "\n"
            out += ("." if out else "") + shown
    return out or "(top level)"


def load(path: Path, shown: str) -> tuple[Any, Positions]:
    """Read and parse one YAML file; raise ConfigError naming `shown` on any problem."""
    value, positions, problems = read(path, shown)
    if problems:
        raise ConfigError(problems)
    return value, positions


def read(path: Path, shown: str) -> tuple[Any, Positions, list[str]]:
    """Read and parse one YAML file, returning the problems that did not stop parsing.

    A missing, unreadable, oversized or non-UTF-8 file, or a syntax error, raises
    ConfigError; a duplicate key or an alias is returned as a problem with the rest of
    the document, so that a validator can report its own problems alongside.
    """
    try:
        size = path.stat().st_size
        if size > MAX_CONFIG_BYTES:
            raise ConfigError(
                [f"{shown}:1:1: file is {size} bytes; config files are limited to "
                 f"{MAX_CONFIG_BYTES} bytes"]
            )
        raw = path.read_bytes()
    except FileNotFoundError:
        raise ConfigError([f"{shown}:1:1: file not found"]) from None
    except OSError as exc:
        raise ConfigError([f"{shown}:1:1: cannot read: {exc.strerror}"]) from None
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = raw[: exc.start].count(b"\n") + 1
        raise ConfigError([f"{shown}:{line}:1: not UTF-8 text"]) from None
    return parse(text, shown)


def loads(text: str, shown: str, *, fast: bool = False) -> tuple[Any, Positions]:
    """Parse YAML text; see `load` (and `_compose` for `fast`)."""
    value, positions, problems = parse(text, shown, fast=fast)
    if problems:
        raise ConfigError(problems)
    return value, positions


def parse(text: str, shown: str, *, fast: bool = False) -> tuple[Any, Positions, list[str]]:
    """Parse YAML text; see `read` (and `_compose` for `fast`)."""
    positions = Positions(shown)
    try:
        node = _compose(text, fast)
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        line, col = (mark.line + 1, mark.column + 1) if mark else (1, 1)
        raise ConfigError([f"{shown}:{line}:{col}: YAML syntax error: {_syntax(exc)}"]
                          ) from None
    except yaml.reader.ReaderError as exc:  # a control character: say where, on one line
        line = text.count("\n", 0, exc.position) + 1
        col = exc.position - (text.rfind("\n", 0, exc.position) + 1) + 1
        char = f"U+{exc.character:04X}" if isinstance(exc.character, int) else "a byte"
        raise ConfigError([f"{shown}:{line}:{col}: character {char} is not allowed in YAML"]
                          ) from None
    except yaml.YAMLError as exc:
        raise ConfigError([f"{shown}:1:1: YAML error: {str(exc).splitlines()[0]}"]) from None
    except RecursionError:  # PyYAML composes recursively: `[[[[...` would crash it
        raise ConfigError([f"{shown}:1:1: YAML nested too deeply"]) from None
    if node is None:
        return {}, positions, []
    problems: list[str] = []
    seen: set[int] = set()
    try:
        value = _convert(node, (), positions, problems, seen, yaml.SafeLoader(""))
    except RecursionError:
        raise ConfigError([f"{shown}:1:1: YAML nested too deeply"]) from None
    return value, positions, problems


def _syntax(exc: yaml.MarkedYAMLError) -> str:
    """Say what is wrong on one line, with where the unfinished part began."""
    problem, context = exc.problem or "", exc.context or ""
    if problem.startswith("but ") and context:  # "expected a single document ... but found"
        return f"{context} {problem}"
    if not context:
        return problem or "invalid YAML"
    start, end = exc.context_mark, exc.problem_mark
    if start is None or (end and (start.line, start.column) == (end.line, end.column)):
        return f"{problem} ({context})"
    return f"{problem} ({context} that starts at line {start.line + 1}, column {start.column + 1})"


def _compose(text: str, fast: bool) -> yaml.Node | None:
    """Compose with libyaml if `fast` and the text is small, else with pure-Python PyYAML.

    libyaml is ten times faster on an article's front matter, but it recurses in C (a
    deeply nested text would crash the process rather than raise) and it accepts a few
    texts that PyYAML refuses. So config files keep the pure loader, libyaml gets only
    texts too short to nest deeply, and any text it fails on is parsed again by PyYAML,
    whose error then gives the same message either way.
    """
    loader = getattr(yaml, "CSafeLoader", None)
    if fast and loader is not None and len(text) <= FAST_LIMIT:
        try:
            return yaml.compose(text, Loader=loader)
        except (yaml.YAMLError, ValueError):  # ValueError: lone surrogates do not encode
            pass
    return yaml.compose(text, Loader=yaml.SafeLoader)


def _mark(node: yaml.Node) -> tuple[int, int]:
    return node.start_mark.line + 1, node.start_mark.column + 1


def _convert(
    node: yaml.Node,
    path: Path_,
    pos: Positions,
    problems: list[str],
    seen: set[int],
    loader: yaml.SafeLoader,
) -> Any:
    if id(node) in seen:
        line, col = _mark(node)
        problems.append(
            f"{pos.file}:{line}:{col}: {dotted(path)}: anchors and aliases (&, *) are not "
            "allowed; write the value out"
        )
        pos.refused.add(path)
        return None
    seen.add(id(node))
    pos.values[path] = _mark(node)
    if isinstance(node, yaml.MappingNode):
        out: dict[str, Any] = {}
        for key_node, value_node in node.value:
            if key_node.tag == "tag:yaml.org,2002:merge":
                line, col = _mark(key_node)
                problems.append(f"{pos.file}:{line}:{col}: {dotted(path)}: merge keys (<<) "
                                "are not allowed")
                continue
            try:
                key = _scalar(key_node, loader)
            except (yaml.YAMLError, ValueError) as exc:  # `!!unknown k: v`, `2024-13-45: v`
                line, col = _mark(key_node)
                what = getattr(exc, "problem", None) or str(exc).splitlines()[0]
                problems.append(f"{pos.file}:{line}:{col}: {dotted(path)}: bad key: {what}")
                continue
            key = str(key) if not isinstance(key, str) else key
            child = (*path, key)
            if key in out:
                line, col = _mark(key_node)
                problems.append(f"{pos.file}:{line}:{col}: {dotted(child)}: duplicate key")
                continue
            pos.keys[child] = _mark(key_node)
            out[key] = _convert(value_node, child, pos, problems, seen, loader)
        return out
    if isinstance(node, yaml.SequenceNode):
        return [
            _convert(item, (*path, i), pos, problems, seen, loader)
            for i, item in enumerate(node.value)
        ]
    try:
        return _scalar(node, loader)
    except yaml.YAMLError as exc:
        line, col = _mark(node)
        what = getattr(exc, "problem", None) or str(exc).splitlines()[0]
        problems.append(f"{pos.file}:{line}:{col}: {dotted(path)}: {what}")
        pos.refused.add(path)
        return None
    except ValueError as exc:  # a date like 2024-13-45, an int over Python's digit limit
        line, col = _mark(node)
        problems.append(f"{pos.file}:{line}:{col}: {dotted(path)}: not a valid value: {exc}")
        pos.refused.add(path)
        return None


def _scalar(node: yaml.Node, loader: yaml.SafeLoader) -> Any:
    if not isinstance(node, yaml.ScalarNode):
        return f"<{getattr(node, 'id', 'node')}>"
    return loader.construct_object(node, deep=True)
