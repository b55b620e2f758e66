"""The command line: parse options, call the library, map errors to exit codes.

Heavy imports (WeasyPrint, the extraction rules) happen inside the commands, so
`briefing --help` starts fast.
"""

from __future__ import annotations

import datetime as dt
import errno
import functools
import json
import logging
import sys
import traceback
from collections import Counter
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import Any, NoReturn, TypeVar

import click

from briefing import __version__
from briefing.errors import (
    EXIT_CANTCREAT,
    EXIT_CONFIG,
    EXIT_FAILURE,
    EXIT_INPUT,
    EXIT_TEMPFAIL,
    BriefingError,
    ConfigError,
    one_line,
)

F = TypeVar("F", bound=Callable[..., Any])

EPILOG = """\b
Exit codes:
  0   success
  1   failure (the SMTP server refused the message for good; ingest: a source failed)
  2   bad input or configuration (build, check, extract, ingest, send; usage errors)
  73  an output file could not be written (the disk is full, too)
  75  temporary failure, worth retrying later (SMTP unreachable or too slow, lock held,
      run_deadline passed)
  78  bad configuration (run)
"""


_FINAL = "briefing_final"  # marks the final error's record: for the log file only


class _OneLine(logging.Filter):
    """Make each message one line of safe text before any handler writes it."""

    def filter(self, record: logging.LogRecord) -> bool:
        record.msg, record.args = one_line(record.getMessage()), None
        return True


class _NotFinal(logging.Filter):
    """Keep the final error off the terminal, where reports_errors prints it itself."""

    def filter(self, record: logging.LogRecord) -> bool:
        return not getattr(record, _FINAL, False)


def _setup_logging(verbose: bool, log_file: Path | None = None) -> None:
    handlers: list[logging.Handler] = []
    console = logging.StreamHandler(sys.stderr)
    console.setLevel(logging.INFO if verbose else logging.WARNING)
    console.setFormatter(logging.Formatter("%(levelname)s: %(message)s"))
    console.addFilter(_NotFinal())
    handlers.append(console)
    if log_file is not None:
        to_file = logging.FileHandler(log_file, encoding="utf-8", errors="backslashreplace")
        to_file.setLevel(logging.INFO)
        to_file.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
        handlers.append(to_file)
    for handler in handlers:
        handler.addFilter(_OneLine())
    logging.basicConfig(level=logging.DEBUG if verbose else logging.INFO, handlers=handlers,
                        force=True)
    logging.getLogger("fontTools").setLevel(logging.WARNING)
    logging.getLogger("weasyprint").setLevel(logging.ERROR)


def _fail(lines: Sequence[str], code: int, verbose: bool) -> NoReturn:
    """Print the final error (one line each), log it (for --log-file) and exit with `code`."""
    for line in lines:
        text = one_line(line)
        click.echo(text, err=True)
        logging.getLogger("briefing").error("%s", text, extra={_FINAL: True})
    if verbose:
        traceback.print_exc()
    sys.exit(code)


def _chain(exc: BaseException) -> Iterator[BaseException]:
    """Yield the exception and those it was raised from or while handling, outermost first."""
    seen: set[int] = set()
    current: BaseException | None = exc
    while current is not None and id(current) not in seen:
        seen.add(id(current))
        yield current
        current = current.__cause__ or current.__context__


_FULL = (errno.ENOSPC, errno.EDQUOT, errno.EFBIG)


def _real_cause(exc: BaseException) -> tuple[int, str] | None:
    """Find a full disk or a locked store anywhere in the chain: a failure it caused (such
    as SQLite's "cannot rollback - no transaction is active") must not hide it."""
    import sqlite3  # here, not at the top: `briefing --help` imports nothing heavy

    for link in _chain(exc):
        text = str(link)
        if isinstance(link, sqlite3.Error) and "database or disk is full" in text:
            return EXIT_CANTCREAT, f"error: the disk is full: {text} ({exc})"
        if isinstance(link, OSError) and link.errno in _FULL:
            where = f"{link.filename}: " if link.filename else ""
            return EXIT_CANTCREAT, f"error: the disk is full: {where}{link.strerror} ({exc})"
        if isinstance(link, sqlite3.OperationalError) and "database is locked" in text:
            return EXIT_TEMPFAIL, (f"error: the store is locked by another process ({exc}); "
                                   "try again later")
    return None


def reports_errors(func: F) -> F:
    """Turn the project's errors into one-line messages and exit codes (traceback with -v)."""

    @functools.wraps(func)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        verbose = bool(kwargs.get("verbose"))
        try:
            return func(*args, **kwargs)
        except ConfigError as exc:
            _fail(exc.problems, exc.exit_code, verbose)
        except BriefingError as exc:
            code, line = _real_cause(exc) or (exc.exit_code, f"error: {exc}")
            _fail([line], code, verbose)
        except (click.exceptions.Exit, click.ClickException, KeyboardInterrupt):
            raise
        except OSError as exc:  # named as a person reads it, never as a bare OSError
            where = f"{exc.filename}: " if exc.filename else ""
            code, line = _real_cause(exc) or (EXIT_FAILURE,
                                             f"error: {where}{exc.strerror or exc}")
            _fail([line], code, verbose)
        except Exception as exc:  # the outermost layer: any other failure is exit 1
            found = _real_cause(exc)
            if found is not None:
                _fail([found[1]], found[0], verbose)
            hint = [] if verbose else ["(run with -v for the traceback)"]
            _fail([f"error: {type(exc).__name__}: {exc}", *hint], EXIT_FAILURE, verbose)

    return wrapper  # type: ignore[return-value]


verbose_option = click.option("-v", "--verbose", is_flag=True, help="Show progress and tracebacks.")
config_option = click.option(
    "--config", "config_dir", type=click.Path(path_type=Path, file_okay=False), default="config",
    show_default=True, help="Folder holding actors.yaml and briefing.yaml.",
)
date_option = click.option(
    "--date", "day", type=click.DateTime(formats=["%Y-%m-%d"]), default=None,
    help="Brief date, YYYY-MM-DD (default: today).",
)


def _day(value: dt.datetime | None) -> dt.date:
    return value.date() if value is not None else dt.date.today()


@click.group(epilog=EPILOG, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="briefing")
def cli() -> None:
    """Rules-based geopolitical situation briefs from dated news articles."""


@cli.command(name="build", epilog=EPILOG)
@date_option
@click.option("--articles", "article_dirs", multiple=True,
              type=click.Path(path_type=Path, file_okay=False),
              help="Folder of article files (repeatable; default: seeds/).")
@config_option
@click.option("--output", "output_root", type=click.Path(path_type=Path, file_okay=False),
              default=None, help="Output folder (default: output_dir in briefing.yaml).")
@click.option("--strict", is_flag=True, help="Stop (exit 2) on any unusable article file.")
@click.option("--jobs", type=click.IntRange(min=1), default=None,
              help="Processes for extraction (default: the number of cores; used above a "
              "few hundred articles).")
@verbose_option
@reports_errors
def build_command(day: dt.datetime | None, article_dirs: tuple[Path, ...], config_dir: Path,
          output_root: Path | None, strict: bool, jobs: int | None, verbose: bool) -> None:
    """Build the brief for a date: Markdown, HTML, PDF and statements.json.

    Reads the --articles folders and, when it exists, the article store (`briefing ingest`).
    """
    _setup_logging(verbose)
    from briefing.build import build
    from briefing.config.settings import load_config
    from briefing.extract.parallel import default_jobs
    from briefing.sources.store import articles_between

    config = load_config(config_dir)
    when = _day(day)
    bar = _BuildBar()
    try:
        result = build(config, when, article_dirs=article_dirs or _default_articles(),
                       stored=lambda window: articles_between(config.store.path, window),
                       strict=strict, output_root=output_root, jobs=jobs or default_jobs(),
                       progress=bar, keep_in=_existing_store(config.store.path))
    finally:
        bar.close()
    for path in result.paths:
        click.echo(str(path))


def _default_articles() -> tuple[Path, ...]:
    """seeds/ when no --articles is given and it exists; a missing one is no typo of yours."""
    return (Path("seeds"),) if Path("seeds").is_dir() else ()


def _existing_store(path: Path | str) -> Path | None:
    """The store in which `build` keeps its statements: the configured one, once it exists
    (`briefing ingest` or `run` creates it); a build from folders alone creates none."""
    return Path(path) if Path(path).is_file() else None


@cli.command(epilog=EPILOG)
@config_option
@verbose_option
@reports_errors
def check(config_dir: Path, verbose: bool) -> None:
    """Validate the configuration (sources.yaml too, when present) and summarise it."""
    _setup_logging(verbose)
    from briefing.config.operations import load_sources
    from briefing.config.settings import load_config, summarise

    problems: list[str] = []
    summary = sources = None
    try:
        summary = summarise(load_config(config_dir))
    except ConfigError as exc:
        problems.extend(exc.problems)
    if (config_dir / "sources.yaml").is_file():
        try:
            sources = load_sources(config_dir)
        except ConfigError as exc:
            problems.extend(exc.problems)
    if problems:
        raise ConfigError(problems)
    click.echo(summary)
    if sources is None:
        click.echo("sources.yaml: none (only `briefing ingest` and `briefing run` need it)")
    else:
        kinds = Counter(source.kind for source in sources)
        click.echo(f"sources.yaml: {len(sources)} sources ("
                   + ", ".join(f"{n} {kind}" for kind, n in sorted(kinds.items())) + ")")


@cli.command(epilog=EPILOG)
@click.argument("file", type=click.File("rb"))
@config_option
@verbose_option
@reports_errors
def extract(file: Any, config_dir: Path, verbose: bool) -> None:
    """Write every statement of each article of a JSON Lines file, one JSON line each.

    Input records need "id" and "text"; "date" (YYYY-MM-DD) is optional.
    """
    _setup_logging(verbose)
    from briefing.config.settings import load_config
    from briefing.extract.matcher import build_matcher
    from briefing.extract.records import extract_record

    matcher = build_matcher(load_config(config_dir).actors)
    bad = 0
    for number, raw in enumerate(file, start=1):
        if not raw.strip():
            continue
        try:
            record = json.loads(raw)
            if (not isinstance(record, dict) or "id" not in record
                    or not isinstance(record.get("text"), str)):
                raise ValueError('expected a JSON object with "id" and a "text" string')
        except (ValueError, UnicodeDecodeError) as exc:
            click.echo(f"{file.name}:{number}: skipped: {exc}", err=True)
            bad += 1
            continue
        result = extract_record(record, matcher)
        click.echo(json.dumps(result, ensure_ascii=False, sort_keys=True))
    if bad:
        sys.exit(EXIT_INPUT)


@cli.command(epilog=EPILOG)
@click.argument("name")
@click.option("--date", "day", type=click.DateTime(formats=["%Y-%m-%d"]), default=None,
              help="The article's date, YYYY-MM-DD (default: any date).")
@config_option
@verbose_option
@reports_errors
def who(name: str, day: dt.datetime | None, config_dir: Path, verbose: bool) -> None:
    """Show whom a person's name means on a date, and why: every candidate and the rule.

    Candidates come from actors.yaml (when the --config folder has one) and the reference.
    """
    _setup_logging(verbose)
    from briefing.config.settings import listed_people, load_config
    from briefing.knowledge import load
    from briefing.knowledge.explain import explain

    has_config = (config_dir / "actors.yaml").is_file()
    listed = listed_people(load_config(config_dir).actors) if has_config else ()
    for line in explain(name, day.date() if day else None, listed, load()).lines():
        click.echo(line)


@cli.command(epilog=EPILOG)
@click.argument("query")
@click.option("--actor", default=None, help="Only this actor: its id (pakistan) or code (PAK).")
@click.option("--speaker", default=None, help="Only speakers whose name holds these words.")
@click.option("--since", type=click.DateTime(formats=["%Y-%m-%d"]), default=None,
              help="Only articles dated on or after this day, YYYY-MM-DD.")
@click.option("--until", type=click.DateTime(formats=["%Y-%m-%d"]), default=None,
              help="Only articles dated on or before this day, YYYY-MM-DD.")
@click.option("--kind", type=click.Choice(["quote", "partial", "reported", "according_to",
                                           "position"]), default=None,
              help="Only statements of this kind.")
@click.option("--limit", type=click.IntRange(min=1), default=20, show_default=True,
              help="At most this many hits.")
@click.option("--json", "as_json", is_flag=True, help="One JSON object per line, per hit.")
@config_option
@verbose_option
@reports_errors
def search(query: str, actor: str | None, speaker: str | None, since: dt.datetime | None,
           until: dt.datetime | None, kind: str | None, limit: int, as_json: bool,
           config_dir: Path, verbose: bool) -> None:
    """Search every statement the builds kept in the store, best match first.

    QUERY is SQLite FTS5 syntax: words (all must occur), "an exact phrase", OR, NOT,
    NEAR(a b), prefix*. Each hit: date, actor, speaker, kind; the words; the source.
    """
    _setup_logging(verbose)
    from briefing.config.settings import load_config
    from briefing.errors import InputError
    from briefing.sources.archive import Query
    from briefing.sources.archive import search as search_store
    from briefing.sources.store import open_store

    path = Path(load_config(config_dir).store.path)
    if not path.is_file():
        raise InputError(f"{path}: no store yet: `briefing ingest` or `briefing run` makes "
                         "one, and each build then keeps its statements in it")
    asked = Query(query, actor=actor, speaker=speaker, since=since.date() if since else None,
                  until=until.date() if until else None, kind=kind, limit=limit)
    with open_store(path) as store:
        hits = search_store(store, asked)
    for hit in hits:
        if as_json:
            click.echo(json.dumps(hit.json(), ensure_ascii=False, sort_keys=True))
        else:
            click.echo("\n".join(hit.lines()) + "\n")


# --- daily operation: ingest, send, run (library side in ingest.py, mail.py, operate.py) ---


def _now() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


class _BuildBar:
    """A bar over extraction at a terminal, for builds of many articles; nothing elsewhere."""

    def __init__(self, minimum: int = 1000) -> None:
        self.minimum = minimum
        self.bar: Any = None

    def __call__(self, done: int, total: int) -> None:
        if self.bar is None:
            if total < self.minimum or not sys.stdout.isatty():
                return
            self.bar = click.progressbar(length=total, label="extract", file=sys.stdout)
            self.bar.__enter__()
        self.bar.update(done)

    def close(self) -> None:
        if self.bar is not None:
            self.bar.__exit__(None, None, None)


@contextmanager
def _progress(length: int, label: str) -> Iterator[Callable[[object], None]]:
    """Yield a per-item callback that draws a bar at a terminal, and does nothing elsewhere."""
    if not sys.stdout.isatty():
        yield lambda _: None
        return
    with click.progressbar(length=length, label=label) as bar:
        yield lambda _: bar.update(1)


@cli.command(name="ingest", epilog=EPILOG)
@config_option
@verbose_option
@reports_errors
def ingest_command(config_dir: Path, verbose: bool) -> None:
    """Fetch every source in sources.yaml into the article store.

    One line per source; exit 1 if any source failed (the others are still stored).
    """
    _setup_logging(verbose)
    from briefing.config.operations import load_sources
    from briefing.config.settings import load_config
    from briefing.deliver.operate import lock_path, run_lock
    from briefing.sources.ingest import FAILED, ingest
    from briefing.sources.store import open_store

    config, sources = load_config(config_dir), load_sources(config_dir)
    with run_lock(lock_path(config), "briefing ingest"), open_store(config.store.path) as store, \
            _progress(len(sources), "ingest") as step:
        report = ingest(sources, store, now=_now(), on_source=step,
                            max_bytes=config.brief.max_article_bytes)
    for source in report.sources:
        click.echo(source.line(), err=source.status == FAILED)
    if report.failed:
        sys.exit(EXIT_FAILURE)


@cli.command(epilog=EPILOG)
@date_option
@click.option("--force", is_flag=True, help="Send again even if this date was sent.")
@config_option
@verbose_option
@reports_errors
def send(day: dt.datetime | None, force: bool, config_dir: Path, verbose: bool) -> None:
    """Email the built brief for a date, once: a second send says so and sends nothing."""
    _setup_logging(verbose)
    from briefing.config.settings import load_config
    from briefing.deliver.mail import send_brief
    from briefing.deliver.operate import lock_path, run_lock
    from briefing.sources.store import open_store

    config = load_config(config_dir)
    with run_lock(lock_path(config), "briefing send"), open_store(config.store.path) as store:
        result = send_brief(config, _day(day), store, now=_now(), force=force)
    click.echo(result.line())


@cli.command(name="run", epilog=EPILOG)
@date_option
@config_option
@click.option("--log-file", type=click.Path(path_type=Path, dir_okay=False), default=None,
              help="Append a log of the run to this file.")
@verbose_option
@reports_errors
def run_command(day: dt.datetime | None, config_dir: Path, log_file: Path | None,
                verbose: bool) -> None:
    """Ingest, build and send the brief: the one command for cron.

    Quiet when all is well; one line on stderr when not. A second run while one is
    under way exits 75 with "another briefing run holds the lock (<path>)".
    """
    _setup_logging(verbose, log_file)
    from briefing.config.operations import load_sources
    from briefing.config.settings import load_config
    from briefing.deliver.operate import run

    try:
        config, sources = load_config(config_dir), load_sources(config_dir)
        with _progress(len(sources), "ingest") as step:
            run(config, sources, _day(day), now=_now(), on_source=step)
    except ConfigError as exc:
        exc.exit_code = EXIT_CONFIG  # for cron, a bad config is EX_CONFIG, not a usage error
        raise


def main() -> None:
    """Run the command line (the `briefing` console script)."""
    cli(prog_name="briefing")
