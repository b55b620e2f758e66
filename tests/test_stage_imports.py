"""No module imports a module of a later stage (the order the packages' docstrings name)."""

from __future__ import annotations

import ast
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
# Stage order; models, errors, frozen and gcpause are shared by every stage.
ORDER = ("config", "sources", "knowledge", "extract", "selection", "analysis", "render",
         ("build", "pipeline"), "deliver", "cli")
SHARED = {"models", "errors", "frozen", "gcpause", "__init__", "__main__"}


def stage(module: str) -> int | None:
    """The stage of a briefing module (None for the shared ones and other packages)."""
    parts = module.split(".")
    if parts[0] != "briefing" or len(parts) < 2 or parts[1] in SHARED:
        return None
    for index, names in enumerate(ORDER):
        if parts[1] in (names if isinstance(names, tuple) else (names,)):
            return index
    raise AssertionError(f"{module}: a package outside the stage order")


def test_no_module_imports_a_later_stage() -> None:
    later = []
    for path in sorted((ROOT / "briefing").rglob("*.py")):
        module = ".".join(path.relative_to(ROOT).with_suffix("").parts)
        own = stage(module)
        if own is None:
            continue
        for node in ast.walk(ast.parse(path.read_text("utf-8"))):
            if isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
                names = [node.module]
            elif isinstance(node, ast.Import):
                names = [alias.name for alias in node.names]
            else:
                continue
            later += [(module, name) for name in names if (stage(name) or -1) > own]
    assert later == []
