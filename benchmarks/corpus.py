"""Benchmark input: real news from ../shared/corpus -> dated articles and article files.

Input: the JSON Lines corpora beside the project (Reuters-21578, BBC, PolNeAR news), read at
run time and never copied into the repository. Output: `Article` values whose dates are
shifted into the brief's window, and folders of front-matter article files written to a
temporary directory for the stages that read files. Every scale draws the same mix of
sources, each source's articles picked evenly across its whole file (not its first ones,
which are shorter or longer than the rest), so 10 times the articles is about 10 times the
text and growth can be compared.
"""

from __future__ import annotations

import datetime as dt
import json
import os
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path

from briefing.models import Article
from briefing.sources.files import article_id

ROOT = Path(__file__).resolve().parent.parent
CORPUS_FILES = {
    "polnear": "polnear_news.jsonl",
    "bbc": "bbc.jsonl",
    "reuters": "reuters21578.jsonl",
}
# The share of each source in the "mixed" set: fixed, so every scale has the same mix of
# long and short articles. At 10,000 articles these take 900 of PolNeAR's 928 articles.
MIX = (("polnear", 9), ("bbc", 22), ("reuters", 69))


@dataclass(frozen=True, slots=True)
class Doc:
    """One corpus article, before dating."""

    title: str
    source: str
    text: str


def shared_dir() -> Path:
    """Return the shared folder: $BRIEFING_SHARED, else ../shared beside a clone (or beside a
    folder above it, as for a git worktree). Its data are read at run time, never copied."""
    env = os.environ.get("BRIEFING_SHARED")
    if env:
        return Path(env)
    return next((up / "shared" for up in ROOT.parents if (up / "shared" / "eval").is_dir()),
                ROOT.parent / "shared")


def corpus_dir() -> Path:
    """Return the folder holding the corpora: $BRIEFING_CORPUS, else the shared corpus/."""
    env = os.environ.get("BRIEFING_CORPUS")
    return Path(env) if env else shared_dir() / "corpus"


def available() -> bool:
    """Tell whether every corpus file is there."""
    folder = corpus_dir()
    return all((folder / name).is_file() for name in CORPUS_FILES.values())


def read_docs(name: str, limit: int | None = None) -> list[Doc]:
    """Read one corpus, skipping records without text, in file order."""
    out: list[Doc] = []
    with (corpus_dir() / CORPUS_FILES[name]).open(encoding="utf-8") as handle:
        for line in handle:
            record = json.loads(line)
            text = (record.get("text") or "").strip()
            if not text:
                continue
            source = record.get("publisher") or record.get("source") or name
            out.append(Doc(title=" ".join((record.get("title") or "").split()),
                           source=str(source), text=text))
            if limit is not None and len(out) >= limit:
                break
    return out


def mixed(n: int) -> list[Doc]:
    """Return n articles in the fixed MIX of sources, interleaved, each one distinct."""
    total = sum(share for _, share in MIX)
    counts = {name: n * share // total for name, share in MIX}
    counts["reuters"] += n - sum(counts.values())
    pools = {name: read_docs(name) for name, _ in MIX}
    short = [name for name in counts if len(pools[name]) < counts[name]]
    if short:
        raise ValueError(f"the corpus has too few articles for {n}: {', '.join(short)}")
    return _interleave([spread(pools[name], counts[name]) for name, _ in MIX], n)


def spread(docs: Sequence[Doc], k: int) -> list[Doc]:
    """Pick k of the docs evenly across the whole sequence, in order."""
    return [docs[i * len(docs) // k] for i in range(k)] if k else []


def polnear(n: int) -> list[Doc]:
    """Return n PolNeAR-sized articles (about 4.6 KB), cycling the corpus when n > 928.

    A repeat gets a one-line dateline naming its round, so that its id differs and it is
    not dropped as a duplicate; its statements then repeat, as a wire story's do.
    """
    docs = read_docs("polnear")
    out = []
    for i in range(n):
        doc = docs[i % len(docs)]
        rnd = i // len(docs)
        if rnd:
            doc = Doc(doc.title, doc.source, f"(Edition {rnd + 1})\n\n{doc.text}")
        out.append(doc)
    return out


def _interleave(pools: Sequence[list[Doc]], n: int) -> list[Doc]:
    out: list[Doc] = []
    cursors = [0] * len(pools)
    while len(out) < n:
        for i, pool in enumerate(pools):
            # Spread each pool evenly: take from it while it is behind its share.
            want = (len(out) + 1) * len(pool) / n
            if cursors[i] < len(pool) and cursors[i] < want:
                out.append(pool[cursors[i]])
                cursors[i] += 1
                if len(out) == n:
                    break
    return out


def dated(docs: Sequence[Doc], day: dt.date, window_days: int) -> list[Article]:
    """Make Articles, their dates spread over the window day-window_days .. day."""
    out = []
    for i, doc in enumerate(docs):
        when = day - dt.timedelta(days=i % (window_days + 1))
        title = doc.title or doc.text[:80]
        out.append(Article(id=article_id(doc.text), date=when, title=title, source=doc.source,
                           url=None, text=doc.text, origin=f"corpus:{i}"))
    return out


def front_matter(article: Article) -> str:
    """Return an article as a Markdown file with YAML front matter."""
    # JSON strings are valid YAML double-quoted scalars, and escape whatever a title holds.
    return (
        "---\n"
        f"title: {json.dumps(article.title)}\n"
        f"date: {article.date.isoformat()}\n"
        f"source: {json.dumps(article.source)}\n"
        "---\n"
        f"{article.text}\n"
    )


def write_folder(articles: Sequence[Article], folder: Path) -> Path:
    """Write one front-matter file per article into folder; return the folder."""
    folder.mkdir(parents=True, exist_ok=True)
    width = len(str(len(articles)))
    for i, article in enumerate(articles):
        (folder / f"{i:0{width}d}.md").write_text(front_matter(article), encoding="utf-8")
    return folder


def iter_sizes(articles: Sequence[Article]) -> Iterator[int]:
    """Yield the UTF-8 size of each article's text."""
    for article in articles:
        yield len(article.text.encode("utf-8"))
