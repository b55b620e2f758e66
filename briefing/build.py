"""The build edge: read articles, build the brief, render it, write output/<date>/ atomically.

Input: a loaded Config, the brief date, article folders (and a reader of the window's
articles from elsewhere, e.g. the store, with the items ingest could not read). Output:
brief.md, brief.html, brief.pdf and statements.json under <output>/<date>/, all rendered
before any is written, each written by rename so a failed or killed run leaves the
previous brief intact. The brief
shows each text cut to its bound (render/bounds.py) and lists what was not read;
statements.json keeps every text whole.
"""

from __future__ import annotations

import datetime as dt
import json
import logging
import time
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, replace
from pathlib import Path

from briefing.analysis import PreviousBrief, previous_from_json
from briefing.brief import Brief
from briefing.config.settings import Config
from briefing.errors import InputError, one_line
from briefing.gcpause import paused_gc
from briefing.models import Article, NotRead, Window
from briefing.pipeline import build_brief
from briefing.render.bounds import bounded
from briefing.render.markdown import render_html, render_markdown, statements_json
from briefing.render.outputs import write_atomically
from briefing.sources.files import MAX_ARTICLE_BYTES, Skipped, iter_folder

log = logging.getLogger(__name__)

SKIPPED = "skipped: "  # a warning so marked is a file not read (others: read in part)
TEMPLATES = Path(__file__).resolve().parent.parent / "templates"


@dataclass(frozen=True, slots=True)
class BuildResult:
    folder: Path
    paths: tuple[Path, ...]
    brief: Brief
    warnings: tuple[Skipped, ...]


def read_articles(
    folders: Sequence[Path],
    window: Window | None = None,
    max_bytes: int = MAX_ARTICLE_BYTES,
) -> tuple[tuple[Article, ...], tuple[Skipped, ...]]:
    """Read every folder, file by file; return the articles dated in the window (all when
    None) and the warnings. Articles outside it are dropped as they stream past, so a
    folder of years is never all in memory; pipeline.in_window de-duplicates."""
    articles: list[Article] = []
    warnings: list[Skipped] = []
    for folder in folders:
        if not folder.is_dir():  # a typo in a crontab must not give the desk an empty brief
            raise InputError(f"{folder}: no such folder of articles"
                             if not folder.exists() else f"{folder}: not a folder")
        for item in iter_folder(folder, max_bytes):
            if isinstance(item, Skipped):
                warnings.append(item)
            elif window is None or item.date in window:
                articles.append(item)
    return tuple(articles), tuple(warnings)


def build(
    config: Config,
    day: dt.date,
    *,
    article_dirs: Sequence[Path],
    stored: Callable[[Window], Iterable[Article]] | None = None,
    strict: bool = False,
    jobs: int = 1,
    output_root: Path | None = None,
    templates: Path = TEMPLATES,
    progress: Callable[[int, int], None] | None = None,
    not_read: Sequence[NotRead] = (),
    keep_in: Path | None = None,
) -> BuildResult:
    """Build and write the brief for `day`; see the module docstring.

    `not_read`: items skipped before the build (by ingest), for the brief's footnote; the
    article files the build itself cannot use are added to them. `keep_in`: the store in
    which to keep the build's statements, replacing this date's.
    """
    window = config.brief.window(day)
    clock = time.perf_counter()
    with paused_gc():  # 10,000 articles are 10,000 long-lived objects (gcpause.py)
        articles, warnings = read_articles(article_dirs, window, config.brief.max_article_bytes)
        if stored is not None:  # after the folders: an article in both is the folder's
            articles = (*articles, *stored(window))
    clock = _lap(clock, "read %d articles in the window", len(articles))
    _say_if_empty(window, articles)
    if strict and warnings:
        more = f" (and {len(warnings) - 1} more)" if len(warnings) > 1 else ""
        raise InputError(f"{warnings[0]}{more}; --strict stops on any unusable article")
    for warning in warnings:
        log.warning("%s", warning)
    root = output_root if output_root is not None else Path(config.brief.output_dir)
    previous = read_previous(root, day)
    brief = build_brief(config, articles, window, jobs=jobs, previous=previous,
                        progress=progress)
    skipped = (_not_read(w) for w in warnings if w.reason.startswith(SKIPPED))
    brief = replace(brief, not_read=(*not_read, *skipped))
    clock = _lap(clock, "extracted, selected and analysed: %d actor sections",
                 len(brief.sections))
    shown = bounded(brief)  # statements.json, below, keeps every text whole
    markdown_text = render_markdown(shown, templates)
    html = render_html(markdown_text, shown, templates)
    from briefing.render.pdf import render_pdf  # WeasyPrint is slow to import: only when building

    statements = statements_json(brief).encode("utf-8")
    variant = config.brief.pdf_variant
    attached = {"statements.json": statements} if variant == "pdf/a-3b" else None
    clock = _lap(clock, "rendered Markdown, HTML and statements.json")
    pdf = render_pdf(html, shown, templates, variant, attached)
    clock = _lap(clock, "rendered the PDF: %d bytes", len(pdf))
    files = {
        "brief.md": markdown_text.encode("utf-8"),
        "brief.html": html.encode("utf-8"),
        "brief.pdf": pdf,
        "statements.json": statements,
    }
    folder = root / day.isoformat()
    paths = write_atomically(folder, files)
    clock = _lap(clock, "wrote %s", folder)
    if keep_in is not None:
        kept = keep_statements(keep_in, day, brief, articles)
        clock = _lap(clock, "kept %d statements in %s", kept, keep_in)
    refresh_archive(config, root, day, keep_in)
    _lap(clock, "refreshed %s", root / "index.html")
    return BuildResult(folder=folder, paths=paths, brief=brief, warnings=warnings)


def _not_read(skipped: Skipped) -> NotRead:
    """A file the build could not use, as the footnote lists it: its folder, its name."""
    path = Path(skipped.origin)
    return NotRead(source=one_line(str(path.parent)), item=one_line(path.name),
                   reason=one_line(skipped.reason.removeprefix(SKIPPED)))


def keep_statements(path: Path, day: dt.date, brief: Brief, articles: Iterable[Article]) -> int:
    """Keep the brief's statements in the store at `path` (for `briefing search`)."""
    from briefing.sources import archive
    from briefing.sources.store import open_store

    with open_store(path) as store:
        return archive.keep(store, day, brief.statements, {a.id: a for a in articles})


ACTOR_DAYS = 30  # an actor's page shows its statements of the last 30 days


def refresh_archive(config: Config, root: Path, day: dt.date, store: Path | None) -> None:
    """Rewrite <root>/index.html (every brief there) and, with a store, one page per actor
    of actors.yaml: its kept statements of the ACTOR_DAYS days up to `day`."""
    from briefing.render import archive_html

    briefs = []
    for folder in sorted(root.glob("????-??-??")):
        try:
            date = dt.date.fromisoformat(folder.name)
        except ValueError:
            continue
        files = tuple(name for name, _ in archive_html.FILES if (folder / name).is_file())
        if not files:
            continue
        try:
            markdown = (folder / "brief.md").read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError):
            markdown = ""
        briefs.append(archive_html.BriefLink(date, archive_html.bottom_line_of(markdown), files))
    followed = [a for a in config.actors.actors if not a.followed_all]
    title = config.brief.title
    pages: dict[str, bytes] = {}
    if store is not None:
        from briefing.sources import archive
        from briefing.sources.store import open_store

        since = day - dt.timedelta(days=ACTOR_DAYS - 1)
        with open_store(store) as db:
            for actor in followed:
                hits = archive.by_actor(db, actor.id, since, day)
                pages[f"{actor.id}.html"] = archive_html.actor_html(
                    title, actor.name, since, day, hits).encode("utf-8")
        write_atomically(root / "actors", pages)
    listed = [(a.id, a.name) for a in followed] if pages else []
    index = archive_html.index_html(title, briefs, listed)
    write_atomically(root, {"index.html": index.encode("utf-8")})


def window_is_empty(window: Window, articles: Iterable[Article]) -> bool:
    """Tell whether no article is dated in the brief's window (the brief would be empty)."""
    return not any(article.date in window for article in articles)


def _say_if_empty(window: Window, articles: Iterable[Article]) -> None:
    if window_is_empty(window, articles):
        log.warning("no article is dated in the window %s to %s: the brief for %s is empty",
                    window.start, window.end, window.end)


def _lap(since: float, message: str, *args: object) -> float:
    """Log what was done and how long it took (`-v`); return the time now."""
    now = time.perf_counter()
    log.info(f"{message} (%.2f s)", *args, now - since)
    return now


def read_previous(root: Path, day: dt.date) -> PreviousBrief | None:
    """Read the statements.json of the latest brief before `day` under `root`, if any."""
    earlier = []
    for folder in root.glob("????-??-??"):
        try:
            date = dt.date.fromisoformat(folder.name)
        except ValueError:
            continue
        if date < day and (folder / "statements.json").is_file():
            earlier.append((date, folder))
    if not earlier:
        return None
    path = max(earlier)[1] / "statements.json"
    try:
        return previous_from_json(json.loads(path.read_text(encoding="utf-8")))
    except (OSError, UnicodeDecodeError, ValueError) as error:
        log.warning("%s: not used as the previous brief: %s", path, error)
        return None
