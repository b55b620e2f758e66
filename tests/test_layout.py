"""The layout: packages by stage, no import circle, and no module importing a later stage.

Every `import` in briefing/ counts, including those inside functions and under
TYPE_CHECKING: a newcomer reading the folders must be able to trust the order below.
"""

from __future__ import annotations

import ast
from pathlib import Path

PACKAGE = Path(__file__).resolve().parent.parent / "briefing"

# The pipeline in order; a module may import its own stage and earlier ones only.
STAGES: tuple[tuple[str, ...], ...] = (
    ("briefing", "briefing.errors", "briefing.frozen", "briefing.gcpause", "briefing.models"),
    ("briefing.knowledge",),  # shipped data: the config's layer sits on top of it
    ("briefing.config",),
    ("briefing.sources",),
    ("briefing.extract",),
    ("briefing.selection",),
    ("briefing.analysis",),
    ("briefing.brief", "briefing.pipeline"),
    ("briefing.render",),
    ("briefing.build",),
    ("briefing.deliver",),
    ("briefing.cli", "briefing.__main__"),
)


def module_name(path: Path) -> str:
    parts = path.relative_to(PACKAGE.parent).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def stage_of(module: str) -> int:
    """The index in STAGES of the longest prefix naming `module`'s stage."""
    best, rank = "", -1
    for index, names in enumerate(STAGES):
        for name in names:
            if (module == name or module.startswith(name + ".")) and len(name) > len(best):
                best, rank = name, index
    assert rank >= 0, f"{module} belongs to no stage: add it to STAGES"
    return rank


def imports(path: Path) -> set[str]:
    """The briefing modules that `path` imports, anywhere in it."""
    found: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text("utf-8"))):
        if isinstance(node, ast.Import):
            found.update(a.name for a in node.names if a.name.startswith("briefing"))
        elif isinstance(node, ast.ImportFrom) and (node.module or "").startswith("briefing"):
            base = node.module or ""
            for alias in node.names:  # `from briefing.extract import cues` imports a module
                sub = f"{base}.{alias.name}"
                is_module = (PACKAGE.parent / (sub.replace(".", "/") + ".py")).exists() or \
                    (PACKAGE.parent / sub.replace(".", "/")).is_dir()
                found.add(sub if is_module else base)
    return found


def graph() -> dict[str, set[str]]:
    return {module_name(p): imports(p) for p in sorted(PACKAGE.rglob("*.py"))}


def test_every_module_belongs_to_a_stage() -> None:
    for module in graph():
        stage_of(module)


def test_no_module_imports_a_module_of_a_later_stage() -> None:
    late = sorted(f"{module} imports {target}"
                  for module, targets in graph().items() for target in targets
                  if stage_of(target) > stage_of(module))
    assert late == []


def test_there_is_no_import_circle() -> None:
    edges = graph()
    done: set[str] = set()

    def visit(module: str, path: tuple[str, ...]) -> None:
        assert module not in path, "import circle: " + " -> ".join((*path, module))
        if module in done:
            return
        for target in sorted(edges.get(module, ())):
            if target != module and not module.startswith(target + "."):  # a package's own
                visit(target, (*path, module))
        done.add(module)

    for module in sorted(edges):
        visit(module, ())


def test_the_stage_check_catches_a_late_import() -> None:
    assert stage_of("briefing.extract.attribution") < stage_of("briefing.render.markdown")
    assert stage_of("briefing.analysis.model") > stage_of("briefing.models")
    assert stage_of("briefing.brief") > stage_of("briefing.analysis.model")
