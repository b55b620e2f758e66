"""Show that no regular expression, and no text stage, costs more than linear time.

Run by hand from the project folder (not part of the unit tests):

    .venv/bin/python -m benchmarks.regex_linearity            # every regex and stage
    .venv/bin/python -m benchmarks.regex_linearity --stages   # the stages only

Part 1 takes every compiled regular expression of the briefing package (module-level
patterns and the actor matcher built from config/) and runs `finditer` over adversarial
texts (runs of quotation marks, spaces, capitals, dots, abbreviations, dashes, ...) of
n, 2n and 4n characters. Part 2 runs whole stages (loading, paragraphs and sentences,
statement extraction) over adversarial articles the same way. For each, it prints the
growth of the time when the text doubles: about 2 is linear, 4 quadratic. A case over
--budget seconds is stopped and reported as superlinear. Exit status 1 if any is.
"""

from __future__ import annotations

import argparse
import datetime as dt
import importlib
import pkgutil
import re
import sys
import time
from collections.abc import Callable, Iterator
from pathlib import Path

import briefing
from briefing.config.settings import load_config
from briefing.extract.matcher import build_matcher
from briefing.models import Article

ROOT = Path(__file__).resolve().parent.parent
# Units repeated to make adversarial texts: each is a known way to make a careless
# pattern try every split of a long run.
UNITS = {
    "quotes": '"', "curly": "“", "singles": "'", "spaces": " ", "newlines": "\n \n",
    "dots": ".", "word": "word ", "caps": "Foo ", "initials": "A. ", "usa": "U.S. ",
    "dashes": "- ", "emdash": "— ", "commas": "a, ", "parens": "(", "apostrophes": "’s ",
    "colons": "a: ", "digits": "1.", "slash": "A/", "said": "he said ",
    "according": "according to ", "interrupted": "“A,” she said. “B\n\n“C,” he said. ",
    "unclosed": "“Open ", "names": "Mao Ning ", "roles": "Foreign Ministry spokesperson ",
}
SIZES = (4_000, 8_000, 16_000)
STAGE_SIZES = (8_000, 16_000, 32_000)
NOTICEABLE = 0.05  # seconds: below this at the largest size, growth is noise, not cost


def patterns() -> Iterator[tuple[str, re.Pattern[str]]]:
    """Yield (name, pattern) for every compiled regex of the package, and the matcher's."""
    for info in pkgutil.walk_packages(briefing.__path__, "briefing."):
        if info.name.endswith("__main__"):
            continue  # importing it runs the command line
        try:
            module = importlib.import_module(info.name)
        except ImportError:
            continue
        for name, value in sorted(vars(module).items()):
            if isinstance(value, re.Pattern) and isinstance(value.pattern, str):
                yield f"{info.name}.{name}", value
    matcher = build_matcher(load_config(ROOT / "config").actors)
    for name, value in sorted(vars(matcher).items()):
        if isinstance(value, re.Pattern):
            yield f"ActorMatcher.{name}", value


def stages() -> Iterator[tuple[str, Callable[[str], object]]]:
    """Yield (name, function of a text) for each stage that reads article text."""
    from briefing.extract.statements import extract
    from briefing.extract.text import segment
    from briefing.sources.files import _parse_text

    matcher = build_matcher(load_config(ROOT / "config").actors)
    yield "files._parse_text", lambda text: _parse_text("date 2024-01-19 " + text, "b", "b")
    yield "text.segment", segment
    yield "statements.extract", lambda text: extract(
        Article("a", dt.date(2024, 1, 19), "t", "s", None, text, "b"), matcher)


def growth(run: Callable[[str], object], unit: str, budget: float,
           sizes: tuple[int, ...]) -> tuple[list[float], bool]:
    """Time `run` on texts of each size; return the times and whether it stayed in budget."""
    times: list[float] = []
    for size in sizes:
        text = (unit * (size // len(unit) + 1))[:size]
        best = float("inf")
        for _ in range(3):  # the fastest of three: noise only ever adds time
            start = time.process_time()  # CPU time: a shared machine's waiting is not cost
            run(text)
            best = min(best, time.process_time() - start)
            if best > budget / 3:
                break
        times.append(best)
        if best > budget:
            return times, False
    return times, True


def ratio(times: list[float]) -> float:
    """The growth factor when the text doubles (the larger of the last two steps)."""
    if len(times) < 2:
        return float("inf")
    steps = [b / max(a, 1e-4) for a, b in zip(times, times[1:], strict=False)]
    return steps[-1] if times[-1] > NOTICEABLE else 1.0


def report(name: str, runner: Callable[[str], object], budget: float,
           sizes: tuple[int, ...] = SIZES) -> list[str]:
    """Print one line per unit where the cost looks superlinear; return those units."""
    bad = []
    worst = (0.0, "")
    for unit_name, unit in UNITS.items():
        times, within = growth(runner, unit, budget, sizes)
        factor = ratio(times)
        if not within or factor > 3.0:
            bad.append(unit_name)
            shown = " ".join(f"{t:.3f}s" for t in times)
            print(f"  SUPERLINEAR {name} on {unit_name!r}: {shown} "
                  f"(x{factor:.1f} per doubling{'' if within else ', over budget'})")
        worst = max(worst, (factor, unit_name))
    print(f"ok {name}: worst x{worst[0]:.1f} per doubling ({worst[1]})" if not bad
          else f"!! {name}: superlinear on {', '.join(bad)}")
    return bad


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--stages", action="store_true", help="only the whole stages")
    parser.add_argument("--budget", type=float, default=5.0, help="seconds per case")
    args = parser.parse_args()
    failures = 0
    print(f"sizes {', '.join(map(str, SIZES))} characters ({', '.join(map(str, STAGE_SIZES))}"
          " for stages); x2 per doubling is linear")
    if not args.stages:
        print("== regular expressions (finditer over the whole text)")
        for name, pattern in patterns():
            failures += bool(report(name, lambda text, p=pattern: list(p.finditer(text)),
                                    args.budget))
    print("== stages")
    for name, run in stages():
        failures += bool(report(name, run, args.budget, STAGE_SIZES))
    print(f"{failures} superlinear")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
