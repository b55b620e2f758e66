"""Property tests (hypothesis): hostile text never crashes a parser, and results are stable.

Covers the article loaders (seed format, front matter, JSON Lines), the YAML and config
loaders, and near-duplicate merging in selection. Each property is followed by the
concrete inputs that once broke it (regression cases), inline.
"""

from __future__ import annotations

import datetime as dt
import json
import random
import shutil
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest
import yaml
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from briefing.config import yamlpos
from briefing.config.settings import Actor, Actors, BriefSettings, load_config
from briefing.errors import ConfigError
from briefing.models import OFFICIAL, QUOTE, REPORTED, Article, Speaker, Statement
from briefing.selection import _merge_groups, select
from briefing.sources.files import Skipped, iter_file

ROOT = Path(__file__).resolve().parent.parent
CONFIG = ROOT / "config"
PROPERTY = settings(max_examples=150, deadline=None,
                    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])

# Characters that have broken text tools before: controls, NUL, BOM, bidi marks, joiners,
# every kind of quotation mark and dash, line and paragraph separators, combining marks.
HOSTILE = (
    "\x00\x01\x07\x08\x0b\x0c\x1b\x1c\x1f\x7f\x85\u2028\u2029\ufeff\ufffe\ufffd"
    "\u200b\u200c\u200d\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069"
    "\"'“”‘’„‟«»‹›「」『』—–-‐…\u0301\u0627\u05d0\u4e2d\U0001f600"
    " \t\r\n.,;:!?()[]{}<>*_`#|^~\\/&%$@=+"
    "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"
)
hostile_text = st.text(alphabet=HOSTILE, max_size=400) | st.text(max_size=200)
# Prefixes that take the input down each loader's path.
HEADS = ("", "date 2024-01-19 ", "  date 2024-01-19\n", "---\ndate: 2024-01-19\n---\n",
         "---\ntitle: T\ndate: 2024-01-19\n", "\ufeff---\ndate: 2024-01-19\n...\n", "---\n")


@contextmanager
def _folder() -> Iterator[Path]:
    with tempfile.TemporaryDirectory() as name:
        yield Path(name)


def _read(data: bytes, suffix: str, max_bytes: int = 5_000_000) -> list[Article | Skipped]:
    with _folder() as folder:
        path = folder / f"article{suffix}"
        path.write_bytes(data)
        return [_strip_origin(item, folder) for item in iter_file(path, max_bytes)]


def _strip_origin(item: Article | Skipped, folder: Path) -> Article | Skipped:
    # The temporary folder differs between reads; compare results without it.
    if isinstance(item, Skipped):
        return Skipped(item.origin.replace(str(folder), ""), item.reason)
    return Article(item.id, item.date, item.title, item.source, item.url, item.text,
                   item.origin.replace(str(folder), ""))


def _check_loaded(items: list[Article | Skipped]) -> None:
    for item in items:
        if isinstance(item, Skipped):
            assert "\n" not in item.reason, item.reason  # one line per warning
            continue
        assert item.text and item.text == item.text.strip()
        assert isinstance(item.date, dt.date)
        for field in (item.text, item.title, item.source, item.url or ""):
            field.encode("utf-8")  # no lone surrogate can reach an output file


def _as_bytes(text: str) -> bytes:
    # Lone surrogates become the bytes a careless encoder would write (ED A0 80 ...).
    return text.encode("utf-8", "surrogatepass")


@PROPERTY
@given(head=st.sampled_from(HEADS), body=hostile_text, suffix=st.sampled_from([".txt", ".md"]))
@example(head="date 2024-01-19 ", body="\"" * 10_000, suffix=".txt")
@example(head="date 2024-01-19 ", body="“" * 5_000 + "”" * 5_000, suffix=".txt")
@example(head="---\ndate: 2024-01-19\n---\n", body="word " * 200_000, suffix=".md")
@example(head="date 2024-01-19\n", body="\u202eevil\u202c \u200d\u200d\u200d" * 1000, suffix=".txt")
@example(head="---\ndate: 2024-13-45\n---\n", body="Body.", suffix=".md")
@example(head="---\ndate: 2024-02-30 10:00:00\n---\n", body="Body.", suffix=".md")
@example(head="---\nx: " + "1" * 5000 + "\n---\n", body="Body.", suffix=".md")
@example(head="---\nx: " + "[" * 5000 + "\n---\n", body="Body.", suffix=".md")
@example(head="---\nx: \x07\n---\n", body="Body.", suffix=".md")
@example(head="---\nx: !!binary 'zz'\n---\n", body="Body.", suffix=".md")
def test_text_loaders_never_raise_and_are_deterministic(head: str, body: str, suffix: str) -> None:
    data = _as_bytes(head + body)
    first = _read(data, suffix)
    assert first, "every file gives an article or a warning"
    _check_loaded(first)
    assert _read(data, suffix) == first


@PROPERTY
@given(data=st.binary(max_size=600), head=st.sampled_from([b"", b"date 2024-01-19 ", b"---\n"]))
@example(data=b"caf\xe9", head=b"date 2024-01-19 ")
@example(data=b"\xed\xa0\x80 lone surrogate", head=b"date 2024-01-19 ")
@example(data=b"\xff\xfe\x00d\x00a", head=b"")
def test_arbitrary_bytes_never_raise(data: bytes, head: bytes) -> None:
    for suffix in (".txt", ".jsonl"):
        items = _read(head + data, suffix)
        _check_loaded(items)
        assert _read(head + data, suffix) == items


json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats() | hostile_text,
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(hostile_text, inner, max_size=3),
    max_leaves=8,
)
records = st.fixed_dictionaries(
    {},
    optional={
        "id": json_values, "date": st.sampled_from(["2024-01-19", "2024-01-19T23:59:59+14:00",
                                                    "2024-13-01", "", "x"]) | json_values,
        "title": json_values, "source": json_values, "url": json_values,
        "text": hostile_text | json_values,
    },
)


@PROPERTY
@given(lines=st.lists(records | json_values, max_size=6), junk=st.sampled_from(["", "\n\n", "{"]))
@example(lines=[{"date": "2024-01-19", "text": "\ud800 alone"}], junk="")
@example(lines=[{"date": "2024-01-19", "title": "\udfff", "text": "Text."}], junk="")
def test_jsonl_never_raises_and_is_deterministic(lines: list[object], junk: str) -> None:
    text = "\n".join(json.dumps(line) for line in lines) + junk
    first = _read(text.encode("utf-8"), ".jsonl")
    _check_loaded(first)
    assert _read(text.encode("utf-8"), ".jsonl") == first
    usable = [x for x in lines if isinstance(x, dict) and isinstance(x.get("text"), str)]
    assert len([x for x in first if isinstance(x, Article)]) <= len(usable)


def test_lone_surrogate_in_jsonl_becomes_replacement_character() -> None:
    line = json.dumps({"date": "2024-01-19", "title": "A \udc80 title", "text": "Said \ud800."})
    [article] = _read(line.encode("utf-8"), ".jsonl")
    assert isinstance(article, Article)
    assert (article.title, article.text) == ("A \ufffd title", "Said \ufffd.")


# --- YAML and config -----------------------------------------------------------------

YAML_ALPHABET = "&*!|>-?:,[]{}#%@`'\"\\ \t\n\r\x00\x85\ufeff\u2028ab01.~=<"


@PROPERTY
@given(text=st.text(alphabet=YAML_ALPHABET, max_size=200) | st.text(max_size=200))
@example(text="a: &x [1]\nb: *x")
@example(text="<<: {a: 1}")
@example(text="x: !!python/object/apply:os.system ['true']")
@example(text="x: 2024-13-45")
@example(text="x: " + "1" * 5000)
@example(text="[" * 100_000)
@example(text="{a: " * 3000)
@example(text="- " * 5000 + "x")
@example(text="a: b\n\x07")
@example(text="? [a, b]\n: c")
@example(text="%YAML 1.1\n---\n!!ad: s8: 'single'\n")  # found by fuzz_yamlpos
@example(text="2024-13-45: x")
def test_yamlpos_raises_only_config_error(text: str) -> None:
    try:
        first = yamlpos.loads(text, "f.yaml")
    except ConfigError as exc:
        assert exc.problems and all("\n" not in p and p.startswith("f.yaml:")
                                    for p in exc.problems)
        return
    assert yamlpos.loads(text, "f.yaml")[0] == first[0]


def _bomb(levels: int, width: int) -> str:
    lines = ['a0: &a0 ["lol"]']
    for i in range(1, levels):
        lines.append(f"a{i}: &a{i} [" + ", ".join([f"*a{i - 1}"] * width) + "]")
    return "\n".join(lines) + "\n"


def test_alias_bomb_is_refused_at_its_first_alias() -> None:
    with pytest.raises(ConfigError) as caught:
        yamlpos.loads(_bomb(levels=12, width=12), "actors.yaml")
    assert caught.value.problems[0] == (
        "actors.yaml:1:5: a1[0]: anchors and aliases (&, *) are not allowed; write the value out"
    )


def test_oversized_config_file_is_refused_before_reading(tmp_path: Path) -> None:
    path = tmp_path / "actors.yaml"
    path.write_bytes(b"# " + b"x" * 1_000_000 + b"\n")
    with pytest.raises(ConfigError) as caught:
        yamlpos.load(path, "config/actors.yaml")
    assert caught.value.problems == (
        "config/actors.yaml:1:1: file is 1000003 bytes; config files are limited to "
        "1000000 bytes",
    )


def test_deeply_nested_yaml_is_a_config_error() -> None:
    with pytest.raises(ConfigError) as caught:
        yamlpos.loads("x: " + "[" * 100_000, "f.yaml")
    assert caught.value.problems == ("f.yaml:1:1: YAML nested too deeply",)


def test_invalid_dates_and_huge_integers_are_config_errors() -> None:
    with pytest.raises(ConfigError) as caught:
        yamlpos.loads("since: 2024-13-45\nn: " + "9" * 5000 + "\n", "f.yaml")
    since, number = caught.value.problems
    assert since == "f.yaml:1:8: since: not a valid value: month must be in 1..12"
    assert number.startswith("f.yaml:2:4: n: not a valid value: Exceeds the limit")


def test_a_key_that_cannot_be_constructed_is_a_config_error() -> None:
    with pytest.raises(ConfigError) as caught:
        yamlpos.loads("a: 1\n!!odd k: v\n2024-13-45: x\n", "f.yaml")
    assert caught.value.problems == (
        "f.yaml:2:1: (top level): bad key: could not determine a constructor for the tag "
        "'tag:yaml.org,2002:odd'",
        "f.yaml:3:1: (top level): bad key: month must be in 1..12",
    )


def test_control_character_in_yaml_is_named_with_its_position() -> None:
    with pytest.raises(ConfigError) as caught:
        yamlpos.loads("a: 1\nb: x\x07", "f.yaml")
    assert caught.value.problems == ("f.yaml:2:5: character U+0007 is not allowed in YAML",)


def _leaves(value: object, path: tuple[object, ...] = ()) -> Iterator[tuple[object, ...]]:
    if isinstance(value, dict):
        for key, child in value.items():
            yield (*path, key)
            yield from _leaves(child, (*path, key))
    elif isinstance(value, list):
        for i, child in enumerate(value):
            yield (*path, i)
            yield from _leaves(child, (*path, i))


def _replace(value: object, path: tuple[object, ...], new: object) -> None:
    target = value
    for part in path[:-1]:
        target = target[part]  # type: ignore[index]
    target[path[-1]] = new  # type: ignore[index]


yaml_scalars = (st.none() | st.booleans() | st.integers() | st.floats() | hostile_text
                | st.dates() | st.datetimes())
yaml_values = st.recursive(
    yaml_scalars,
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=8), inner,
                                                               max_size=3),
    max_leaves=6,
)


@settings(PROPERTY, max_examples=60)  # each example loads the whole shipped config
@given(which=st.sampled_from(["actors.yaml", "briefing.yaml"]), seed=st.integers(0, 10**6),
       new=yaml_values)
def test_config_with_one_value_changed_loads_or_raises_config_error(
    which: str, seed: int, new: object
) -> None:
    original = yaml.safe_load((CONFIG / which).read_text("utf-8"))
    leaves = list(_leaves(original))
    _replace(original, random.Random(seed).choice(leaves), new)
    with _folder() as folder:
        for name in ("actors.yaml", "briefing.yaml"):
            shutil.copy(CONFIG / name, folder / name)
        (folder / which).write_text(yaml.safe_dump(original, allow_unicode=True), "utf-8")
        try:
            config = load_config(folder)
        except ConfigError as exc:
            assert exc.problems and all("\n" not in p for p in exc.problems)
            return
        for actor in config.actors.actors:
            assert actor.emphasis >= 0 and actor.emphasis != float("inf")
        assert config.brief.min_score == config.brief.min_score  # not NaN


@pytest.mark.parametrize("value", [".nan", ".inf", "-.inf"])
def test_non_finite_numbers_in_config_are_refused(tmp_path: Path, value: str) -> None:
    shutil.copy(CONFIG / "actors.yaml", tmp_path / "actors.yaml")
    text = (CONFIG / "briefing.yaml").read_text("utf-8").replace("min_score: 0",
                                                                 f"min_score: {value}")
    (tmp_path / "briefing.yaml").write_text(text, "utf-8")
    with pytest.raises(ConfigError) as caught:
        load_config(tmp_path)
    [problem] = caught.value.problems
    assert problem.endswith(f"min_score: expected a number >= 0, got {_shown(value)}")


def _shown(value: str) -> str:
    return {".nan": "nan", ".inf": "inf", "-.inf": "-inf"}[value]


# --- Selection: merging near-duplicates ----------------------------------------------

ACTORS = Actors(
    actors=(
        Actor(id="china", name="China", kind="state", emphasis=1.0, aliases=("China",),
              people=()),
        Actor(id="iran", name="Iran", kind="state", emphasis=2.0, aliases=("Iran",), people=()),
    ),
    roles=(),
    discard=(),
)
SETTINGS = BriefSettings(title="T", window_days=1, statements_per_actor=2, key_developments=3,
                         min_score=0.0, handling="", output_dir="output",
                         sections=("key_developments", "actors", "sources"))
WORDS = ("restraint", "calm", "strikes", "border", "civilians", "sovereignty", "talks",
         "mediate", "region", "killed", "missiles", "dialogue")


@st.composite
def statement_sets(draw: st.DrawFn) -> tuple[list[Statement], dict[str, Article]]:
    articles: dict[str, Article] = {}
    for n in range(draw(st.integers(1, 4))):
        body = " ".join(draw(st.lists(st.sampled_from(WORDS), min_size=30, max_size=60)))
        articles[f"a{n}"] = Article(id=f"a{n}", date=dt.date(2024, 1, 18 + n % 2), title=f"T{n}",
                                    source="S", url=None, text=body, origin=f"a{n}")
    statements = []
    for _ in range(draw(st.integers(0, 12))):
        article = articles[draw(st.sampled_from(sorted(articles)))]
        start = draw(st.integers(0, len(article.text) - 1))
        end = draw(st.integers(start + 1, len(article.text)))
        speaker = Speaker(name=draw(st.sampled_from(["Mao Ning", "Nasser Kanaani", None])),
                          role=None, actor=draw(st.sampled_from(["china", "iran"])),
                          voice=OFFICIAL, mention=None, span=None)
        statements.append(Statement(article_id=article.id, kind=draw(st.sampled_from(
            [QUOTE, REPORTED])), spans=((start, end),), text=article.text[start:end],
            cue="said", cue_span=None, speaker=speaker))
    return statements, articles


def _partition(statements: list[Statement]) -> set[frozenset[Statement]]:
    return {frozenset(statements[i] for i in group) for group in _merge_groups(statements)}


@PROPERTY
@given(case=statement_sets(), seed=st.integers(0, 10**6))
def test_merging_and_selection_do_not_depend_on_input_order(
    case: tuple[list[Statement], dict[str, Article]], seed: int
) -> None:
    statements, articles = case
    shuffled = statements[:]
    random.Random(seed).shuffle(shuffled)
    assert _partition(shuffled) == _partition(statements)
    numbers = {article_id: n for n, article_id in enumerate(sorted(articles), start=1)}
    day = dt.date(2024, 1, 19)
    assert (select(shuffled, articles, numbers, ACTORS, SETTINGS, day)
            == select(statements, articles, numbers, ACTORS, SETTINGS, day))


def test_two_statements_at_the_same_place_select_the_same_whatever_the_order() -> None:
    # Found by the property above: two statements of one article starting at the same
    # offset tied in the reading-order key, and the input order chose the representative.
    words = "calm " + "restraint " * 20 + "talks"
    articles = {aid: Article(id=aid, date=dt.date(2024, 1, 19), title=aid, source="S", url=None,
                             text=words, origin=aid) for aid in ("a0", "a2")}
    speaker = Speaker(name="Mao Ning", role=None, actor="china", voice=OFFICIAL, mention=None,
                      span=None)
    statements = [Statement(article_id=aid, kind=QUOTE, spans=((0, end),), text=words[:end],
                            cue="said", cue_span=None, speaker=speaker)
                  for aid, end in (("a2", len(words)), ("a0", 95), ("a0", 55))]
    numbers = {"a0": 1, "a2": 2}
    day = dt.date(2024, 1, 19)
    first = select(statements, articles, numbers, ACTORS, SETTINGS, day)
    assert select(statements[::-1], articles, numbers, ACTORS, SETTINGS, day) == first
    assert select(statements[1:] + statements[:1], articles, numbers, ACTORS, SETTINGS,
                  day) == first


def test_the_same_quote_in_two_articles_is_one_entry_whatever_the_order() -> None:
    text = "We call on all sides to exercise restraint and avoid escalation of tensions."
    articles = {
        aid: Article(id=aid, date=dt.date(2024, 1, 19), title=aid, source="S", url=None,
                     text=f"She said: {text}", origin=aid) for aid in ("a1", "a2")
    }
    speaker = Speaker(name="Mao Ning", role=None, actor="china", voice=OFFICIAL, mention=None,
                      span=None)
    statements = [Statement(article_id=aid, kind=QUOTE, spans=((10, 10 + len(text)),), text=text,
                            cue="said", cue_span=None, speaker=speaker) for aid in ("a1", "a2")]
    numbers = {"a1": 1, "a2": 2}
    for order in (statements, statements[::-1]):
        selection = select(order, articles, numbers, ACTORS, SETTINGS, dt.date(2024, 1, 19))
        [section] = selection.sections
        [entry] = section.entries
        assert [c.number for c in entry.citations] == [1, 2]


# --- Paragraphs, sentences, statements, attribution ---------------------------------

from briefing.extract.matcher import build_matcher  # noqa: E402
from briefing.extract.statements import extract  # noqa: E402
from briefing.extract.text import join_spans, segment  # noqa: E402
from briefing.models import KINDS, PUBLIC, UNKNOWN  # noqa: E402

SEEDS = sorted((ROOT / "seeds").glob("*.txt"))
SEED_TEXTS = [p.read_text("utf-8").split(" ", 2)[2] for p in SEEDS]  # drop "date YYYY-MM-DD"
# Pieces of news copy that steer the extractor into its rules, mixed with hostile text.
TOKENS = (
    "Mao Ning", "China's Foreign Ministry spokesperson", "Mumtaz Zahra Baloch", "she", "he",
    "they", "it", "the ministry", "Tehran", "Pakistan", "the ISPR", "Iranian", "Russian",
    "Maria Zakharova", "said", "told reporters", "added", "warned", "according to",
    "in a statement", "expressed its readiness to", "called for", "that", "“", "”", "\"",
    "‘", "’", "'", ",", ".", ":", ";", "—", " - ", "(", ")", "\n", "\n\n", "U.S.", "Jan.",
    "Mr.", "Gen.", "3.5", "— APP/File", "By John Smith", "ISLAMABAD:", "restraint",
    "the strikes killed at least seven civilians", "We", "Beijing", "Kremlin",
)
news_text = st.lists(
    st.sampled_from(TOKENS) | st.text(alphabet=HOSTILE, min_size=1, max_size=3),
    max_size=80,
).map(" ".join)


@st.composite
def mutated_seed(draw: st.DrawFn) -> str:
    """A seed article with a few hostile pieces spliced in at random places."""
    text = draw(st.sampled_from(SEED_TEXTS))
    for _ in range(draw(st.integers(0, 6))):
        at = draw(st.integers(0, len(text)))
        piece = draw(st.sampled_from(TOKENS) | st.text(alphabet=HOSTILE, max_size=4))
        cut = draw(st.integers(0, 3))
        text = text[:at] + piece + text[at + cut:]
    return text


any_article_text = news_text | mutated_seed() | hostile_text
MATCHER = build_matcher(load_config(CONFIG).actors)
ACTOR_IDS = {a.id for a in load_config(CONFIG).actors.actors}


@PROPERTY
@given(text=any_article_text)
@example(text="\"" * 10_000)
@example(text="“" * 10_000)
@example(text="word " * 200_000)  # a megabyte with no punctuation
@example(text="\u202e\u200d\u200f" * 3000)
@example(text="\x00" * 1000 + ". A")
@example(text="U.S. " * 5000)
def test_segment_covers_every_visible_character_in_order(text: str) -> None:
    paragraphs = segment(text)
    assert segment(text) == paragraphs
    visible = []
    last = 0
    for para in paragraphs:
        assert last <= para.start < para.end <= len(text)
        assert not text[para.start].isspace() and not text[para.end - 1].isspace()
        assert para.sentences and para.sentences[0].start == para.start
        assert para.sentences[-1].end == para.end
        inner = para.start
        for sent in para.sentences:
            assert inner <= sent.start < sent.end <= para.end
            assert not text[sent.start].isspace() and not text[sent.end - 1].isspace()
            assert text[inner:sent.start].isspace() or inner == sent.start
            visible.append(text[sent.start:sent.end])
            inner = sent.end
        last = para.end
    assert "".join("".join(visible).split()) == "".join(text.split())


def _article(text: str) -> Article:
    return Article(id="a1", date=dt.date(2024, 1, 19), title="T", source="S", url=None,
                   text=text, origin="test")


def _check_statements(text: str) -> None:
    article = _article(text)
    statements = extract(article, MATCHER)
    assert extract(article, MATCHER) == statements
    for s in statements:
        assert s.kind in KINDS and s.article_id == "a1"
        assert s.spans, s
        previous_end = 0
        for start, end in s.spans:
            assert previous_end <= start < end <= len(text), s.spans
            previous_end = end
        assert s.text == join_spans(text, s.spans)
        for start, end in s.spans:
            assert text[start:end] in s.text
        if s.cue_span is not None:
            assert 0 <= s.cue_span[0] < s.cue_span[1] <= len(text)
        speaker = s.speaker
        assert speaker.voice in (OFFICIAL, PUBLIC, UNKNOWN)
        assert speaker.actor is None or speaker.actor in ACTOR_IDS
        if speaker.span is not None:
            assert 0 <= speaker.span[0] <= speaker.span[1] <= len(text)


@settings(PROPERTY, max_examples=80)  # extraction runs twice per example
@given(text=any_article_text)
@example(text="\"" * 10_000)
@example(text="“" * 5000 + "”" * 5000)
@example(text="word " * 200_000)
@example(text="“A,” she said. “B\n\n“C,” he said. " * 500)
@example(text="Mao Ning said " * 3000)
@example(text="according to " * 3000)
@example(text="\u202e“\u200dMao Ning\u200d”\u202c said" * 500)
def test_statements_lie_inside_their_article_verbatim_and_deterministic(text: str) -> None:
    _check_statements(text)


def test_seed_statements_are_verbatim_at_their_spans() -> None:
    for text in SEED_TEXTS:
        statements = extract(_article(text), MATCHER)
        assert statements
        _check_statements(text)


def _coverage(text: str) -> int:
    """The most statements any one character of the article belongs to."""
    cover = [0] * (len(text) + 1)
    for s in extract(_article(text), MATCHER):
        for start, end in s.spans:
            cover[start] += 1
            cover[end] -= 1
    most = running = 0
    for step in cover:
        running += step
        most = max(most, running)
    return most


@PROPERTY
@given(text=any_article_text)
def test_statements_overlap_little_so_output_grows_with_the_article(text: str) -> None:
    # If a rule let statements nest, n cues would give n statements of length ~n: output
    # (statements.json, the brief) and time quadratic in the article.
    assert _coverage(text) <= 2


def test_repeated_according_to_gives_no_nested_statements() -> None:
    assert _coverage("according to " * 400) <= 2
