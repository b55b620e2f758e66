"""Regression guard: a quick benchmark that fails on a large slowdown, whatever the machine.

Run by hand (`python -m benchmarks.guard`) or by tests/test_perf_guard.py (marked `perf`, so
`pytest -m "not perf"` leaves it out). Input: the seed articles in seeds/ (no corpus
needed), repeated with a number that varies, and the shipped config. Output: for each stage
(extraction, selection, the analysis sections, rendering Markdown and HTML) its CPU time
divided by that of a fixed pure-Python reference loop measured in the same run, and
whether that ratio stays under its budget. A slow or busy machine slows both alike, so
the ratio holds steady; a change that makes a stage several times slower raises it past
the budget. Each figure is the fastest of several interleaved tries, the measure least
disturbed by other processes.
"""

from __future__ import annotations

import datetime as dt
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
DAY = dt.date(2024, 1, 19)
ARTICLES = 60
TRIES = 4
# CPU-time ratios measured on the 2-core development machine (stage / reference) were
# about: extract 1.1, long 1.1, select 0.53, analysis 3.8, render 0.62. Each budget is
# four times that: a stage must get four times slower, relative to plain Python, before
# the guard fails (four, not three: another machine's ratios may differ by a third).
# "long" extracts the same articles joined into one article: a loop that is quadratic in
# an article's length shows there first.
BUDGETS = {"extract": 4.5, "long": 4.5, "select": 2.2, "analysis": 15.5, "render": 2.5}


@dataclass(frozen=True, slots=True)
class Result:
    stage: str
    seconds: float
    ratio: float  # seconds / reference seconds
    budget: float

    @property
    def ok(self) -> bool:
        return self.ratio <= self.budget


def reference_loop() -> int:
    """A fixed pure-Python workload: split, count and join strings in dicts and lists."""
    text = ("The ministry said on Thursday that it was ready to mediate between the two "
            "countries, and urged both sides to exercise restraint. ") * 20
    total = 0
    for i in range(800):
        counts: dict[str, int] = {}
        for word in text.split():
            key = word.strip(".,").lower()
            counts[key] = counts.get(key, 0) + i
        total += len(" ".join(sorted(counts)))
    return total


def cpu_seconds(work: Callable[[], Any]) -> float:
    """CPU time of one call: unlike wall time, not stretched by waiting for a busy core."""
    start = time.process_time()
    work()
    return time.process_time() - start


def run() -> list[Result]:
    """Measure every stage against the reference loop; return the results."""
    from briefing.analysis import analyse
    from briefing.brief import Brief
    from briefing.config.settings import load_config
    from briefing.extract.matcher import build_matcher
    from briefing.extract.parallel import extract_all
    from briefing.pipeline import cited_sources, number_sources
    from briefing.render.markdown import render_html, render_markdown, statements_json
    from briefing.selection import select
    from briefing.sources.files import load_folder

    config = load_config(ROOT / "config")
    matcher = build_matcher(config.actors)
    seeds = load_folder(ROOT / "seeds").articles
    articles = _repeat(seeds, ARTICLES)
    sources = number_sources(articles)
    numbers = {s.article_id: s.number for s in sources}
    by_id = {a.id: a for a in articles}
    statements = extract_all(articles, matcher)
    templates = ROOT / "templates"

    def choose() -> Brief:
        chosen, cited = cited_sources(
            select(statements, by_id, numbers, config.actors, config.brief, DAY), sources)
        return Brief(title=config.brief.title, date=DAY, window_start=DAY, handling="",
                     key_developments=chosen.key_developments, sections=chosen.sections,
                     sources=cited)

    brief = choose()

    def analysis() -> Any:
        entries = [e for section in brief.sections for e in section.entries]
        return analyse(articles, numbers, statements, entries, config.actors, matcher,
                       (DAY - dt.timedelta(days=1), DAY))

    def render() -> None:
        markdown_text = render_markdown(brief, templates)
        render_html(markdown_text, brief, templates)
        statements_json(brief)

    long = _joined(articles)
    stages: dict[str, Callable[[], Any]] = {
        "extract": lambda: extract_all(articles, matcher),
        "long": lambda: extract_all((long,), matcher),
        "select": choose,
        "analysis": analysis,
        "render": render,
    }
    best = {name: float("inf") for name in ("reference", *stages)}
    for _ in range(TRIES):  # interleaved, so a burst of load touches all alike
        best["reference"] = min(best["reference"], cpu_seconds(reference_loop))
        for name, work in stages.items():
            best[name] = min(best[name], cpu_seconds(work))
    return [Result(name, best[name], best[name] / best["reference"], BUDGETS[name])
            for name in stages]


def _repeat(seeds: Any, count: int) -> list[Any]:
    """`count` distinct articles from the seeds: each copy ends with its own number."""
    from briefing.models import Article
    from briefing.sources.files import article_id

    out = []
    for i in range(count):
        seed = seeds[i % len(seeds)]
        text = f"{seed.text}\n\nReport number {i}."
        out.append(Article(id=article_id(text), date=seed.date, title=seed.title,
                           source=seed.source, url=None, text=text, origin=f"guard:{i}"))
    return out


def _joined(articles: list[Any]) -> Any:
    """One long article: all the others one after the other (a quadratic loop shows here)."""
    from briefing.models import Article

    text = "\n\n".join(a.text for a in articles)
    return Article(id="long", date=DAY, title="Long", source="guard", url=None, text=text,
                   origin="guard:long")


def report(results: list[Result]) -> str:
    lines = [f"{'stage':<10} {'seconds':>9} {'ratio':>7} {'budget':>7}  ok"]
    for r in results:
        lines.append(f"{r.stage:<10} {r.seconds:>9.4f} {r.ratio:>7.3f} {r.budget:>7.3f}  "
                     f"{'yes' if r.ok else 'NO: slower than its budget'}")
    return "\n".join(lines)


def main() -> int:
    results = run()
    print(report(results))
    return 0 if all(r.ok for r in results) else 1


if __name__ == "__main__":
    sys.exit(main())
