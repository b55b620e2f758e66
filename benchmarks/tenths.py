"""Growth over the same articles: selection and the analysis at n against n's ten tenths.

Run by hand from the project folder (needs ../shared/corpus, like benchmarks/run.py):

    .venv/bin/python -m benchmarks.tenths             # 1,000 and 10,000 articles, 5 runs

`make bench` compares n articles with a separate sample of n / 10. For extraction that is
fair, as the samples hold text in proportion; but selection works on the statements of
the actors the brief follows, and a sample of 100 articles can hold far fewer of them than
a tenth of 1,000 does. Here each n-article set is split into its ten tenths (every tenth
article), each tenth is timed on its own, and the ratio is the whole set's least CPU time
over the mean of the tenths' least: ten times the same articles against one time.
Output: a Markdown table on stdout.
"""

from __future__ import annotations

import argparse
import datetime as dt
import statistics
import sys
from collections.abc import Sequence

from benchmarks import corpus, stages

DAY = dt.date(2024, 1, 19)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.tenths", description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--sizes", default="1000,10000", help="default: %(default)s")
    parser.add_argument("--runs", type=int, default=5, help="default: %(default)s")
    args = parser.parse_args(argv)
    if not corpus.available():
        print(f"the corpus is missing: expected {corpus.corpus_dir()}", file=sys.stderr)
        return 2
    from briefing.config import load_config
    from briefing.matcher import build_matcher

    config = load_config(stages.ROOT / "config")
    matcher = build_matcher(config.actors)
    print("| stage | articles | least CPU s | mean of its tenths, s | ratio |")
    print("|---|---:|---:|---:|---:|")
    for n in (int(s) for s in args.sizes.split(",")):
        articles = corpus.dated(corpus.mixed(n), DAY, config.brief.window_days)
        statements = stages.extract("extract", articles, matcher, 1, jobs=2)[1]
        whole = _least(stages.select(articles, statements, config, matcher, DAY, args.runs)[0])
        parts: dict[str, list[float]] = {}
        for k in range(10):
            tenth = articles[k::10]
            ids = {a.id for a in tenth}
            mine = [s for s in statements if s.article_id in ids]
            measures = stages.select(tenth, mine, config, matcher, DAY, args.runs)[0]
            for stage, least in _least(measures).items():
                parts.setdefault(stage, []).append(least)
        for stage, least in whole.items():
            mean = statistics.fmean(parts[stage])
            print(f"| {stage} | {n} | {least:.4f} | {mean:.4f} | {least / mean:.1f} |")
    return 0


def _least(measures: Sequence[stages.Measure]) -> dict[str, float]:
    return {m.stage: min(m.cpu) for m in measures}


if __name__ == "__main__":
    sys.exit(main())
