"""Tests for the configuration stage: the shipped config, every error message, summarise().

Each error test writes a small config folder (a copy of the shipped one with one file
replaced), runs from its parent so that messages read `config/actors.yaml:L:C: ...` as
users see them, and asserts the problem lines word for word.
"""

from __future__ import annotations

import re
import shutil
from collections import defaultdict
from pathlib import Path

import pytest

from briefing.config.operations import load_sources
from briefing.config.sections import keys as section_keys
from briefing.config.settings import ACTOR_KINDS, load_config, summarise
from briefing.errors import EXIT_INPUT, ConfigError
from briefing.extract.matcher import ActorMatcher

CONFIG = Path(__file__).resolve().parent.parent / "config"

SEED_ACTORS = ("china", "pakistan", "pakistan_ispr", "iran", "russia", "japan", "sco", "houthis")
# Alias strings that two actors may share on purpose (lower case -> the actors), with why.
# Anything else shared is a mistake: the matcher could not tell the actors apart.
DELIBERATELY_SHARED: dict[str, set[str]] = {}


@pytest.fixture
def folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A copy of the shipped config at ./config, in a temporary working folder."""
    shutil.copytree(CONFIG, tmp_path / "config")
    monkeypatch.chdir(tmp_path)
    return Path("config")


def _write(folder: Path, name: str, text: str) -> None:
    (folder / name).write_text(text, "utf-8")


def _problems(folder: Path) -> tuple[str, ...]:
    with pytest.raises(ConfigError) as caught:
        load_config(folder)
    assert caught.value.exit_code == EXIT_INPUT
    return caught.value.problems


# --- the shipped config ---------------------------------------------------------------

def test_shipped_config_loads_with_enough_named_actors() -> None:
    config = load_config(CONFIG)
    actors = config.actors.actors
    assert len(actors) >= 32
    for actor in actors:
        assert actor.name.strip(), actor.id
        assert actor.kind in ACTOR_KINDS
        for person in actor.people:
            assert person.role.strip(), (actor.id, person.name)
    assert {a.id for a in actors} >= set(SEED_ACTORS)


def test_shipped_emphasis_puts_the_seeds_main_actors_first() -> None:
    actors = {a.id: a for a in load_config(CONFIG).actors.actors}
    main = {"pakistan", "iran", "china"}
    for actor in actors.values():
        if actor.id not in main:
            assert actor.emphasis <= 1, actor.id
            assert actor.emphasis < min(actors[m].emphasis for m in main), actor.id


def test_no_alias_or_name_is_shared_by_two_actors() -> None:
    owners: dict[str, set[str]] = defaultdict(set)
    for actor in load_config(CONFIG).actors.actors:
        for text in (actor.name, *actor.aliases):
            owners[text.lower()].add(actor.id)
        for person in actor.people:
            for text in (person.name, *person.aliases):
                owners[text.lower()].add(actor.id)
    shared = {text: ids for text, ids in owners.items() if len(ids) > 1}
    assert shared == DELIBERATELY_SHARED


def test_ambiguous_offices_are_roles_not_aliases() -> None:
    actors = load_config(CONFIG).actors
    aliases = {alias.lower() for actor in actors.actors for alias in actor.aliases}
    for office in ("foreign office", "foreign ministry", "ministry of foreign affairs"):
        assert office in actors.roles
        assert office not in aliases


def test_every_discard_phrase_contains_a_name_it_stops() -> None:
    """A discard phrase that holds none of the names it is listed against does nothing."""
    actors = load_config(CONFIG).actors

    def names(actor_ids: set[str]) -> list[str]:
        out = []
        for actor in actors.actors:
            if actor.id in actor_ids:
                out += [actor.name, *actor.aliases]
                for person in actor.people:
                    out += [person.name, person.name.split()[-1], *person.aliases]
        return out

    def holds(phrase: str, candidates: list[str]) -> bool:
        return any(re.search(rf"(?<!\w){re.escape(n)}(?!\w)", phrase) for n in candidates)

    every = {a.id for a in actors.actors}
    for actor in actors.actors:
        for phrase in actor.discard:
            assert holds(phrase, names({actor.id})), (actor.id, phrase)
    for phrase in actors.discard:
        assert holds(phrase, names(every)), phrase


def test_people_keep_their_dates_in_order() -> None:
    actors = {a.id: a for a in load_config(CONFIG).actors.actors}
    baloch = {p.name: p for p in actors["pakistan"].people}["Mumtaz Zahra Baloch"]
    assert baloch.role == "Foreign Office spokesperson"
    assert baloch.until is not None and baloch.until.isoformat() == "2025-06-30"
    for actor in actors.values():
        for person in actor.people:
            if person.since and person.until:
                assert person.since <= person.until, person.name


# --- summarise ------------------------------------------------------------------------

SMALL_ACTORS = """\
roles: [spokesperson, consul general]
actors:
  sco:
    name: SCO
    kind: international organisation
    emphasis: 0
    aliases: [Shanghai Cooperation Organisation]
  russia:
    name: Russia
    aliases: [Moscow]
  china:
    name: China
    emphasis: 1.5
    aliases: [Beijing, Chinese]
    people:
      Mao Ning: Foreign Ministry spokesperson
  belarus:
    name: Belarus
"""


def test_summarise_lists_actors_in_emphasis_order_then_totals(folder: Path) -> None:
    _write(folder, "actors.yaml", SMALL_ACTORS)
    assert summarise(load_config(folder)) == (
        "id       name     kind                        emphasis  aliases  people\n"
        "china    China    state                            1.5        2       1\n"
        "belarus  Belarus  state                              1        0       0\n"
        "russia   Russia   state                              1        1       0\n"
        "sco      SCO      international organisation         0        1       0  hidden\n"
        "\n"
        "4 actors (1 hidden), 4 aliases, 1 person, 2 roles"
    )


def test_summarise_of_one_actor_speaks_in_the_singular(folder: Path) -> None:
    _write(folder, "actors.yaml", "roles: [envoy]\nactors:\n  x: {name: X, aliases: [Y]}\n")
    assert summarise(load_config(folder)).splitlines()[-1] == (
        "1 actor, 1 alias, 0 people, 1 role"
    )


def test_summarise_of_the_shipped_config_counts_everything() -> None:
    config = load_config(CONFIG)
    lines = summarise(config).splitlines()
    actors = config.actors.actors
    written = [a for a in actors if not a.followed_all]
    assert config.actors.follow_all  # the states and bodies it adds: one line
    assert len(lines) == len(written) + 4
    assert lines[-3] == f"follow_all: {len(actors) - len(written)} more states and bodies " \
        "from the reference"
    assert lines[1].split()[0] in {"pakistan", "iran"}  # emphasis 2, the highest
    assert lines[-1] == (
        f"{len(actors)} actors, {sum(len(a.aliases) for a in actors)} aliases, "
        f"{sum(len(a.people) for a in actors)} people, {len(config.actors.roles)} roles"
    )


# --- errors: the README's example, on a copy of the shipped file ----------------------

def test_wrong_kind_of_value_in_the_shipped_file_names_file_line_column_key(
    folder: Path,
) -> None:
    lines = (folder / "actors.yaml").read_text("utf-8").splitlines()
    russia = lines.index("  russia:")
    emphasis = next(i for i in range(russia, len(lines)) if lines[i].startswith("    emphasis:"))
    lines[emphasis] = "    emphasis: high"
    _write(folder, "actors.yaml", "\n".join(lines) + "\n")
    assert _problems(folder) == (
        f"config/actors.yaml:{emphasis + 1}:15: actors.russia.emphasis: "
        "expected a number >= 0, got 'high'",
    )


# --- errors: reading the files --------------------------------------------------------

def test_missing_files_are_each_reported(folder: Path) -> None:
    (folder / "actors.yaml").unlink()
    (folder / "briefing.yaml").unlink()
    assert _problems(folder) == (
        "config/actors.yaml:1:1: file not found",
        "config/briefing.yaml:1:1: file not found",
    )


def test_unreadable_file(folder: Path) -> None:
    (folder / "actors.yaml").unlink()
    (folder / "actors.yaml").mkdir()
    assert _problems(folder) == ("config/actors.yaml:1:1: cannot read: Is a directory",)


def test_oversized_file_is_refused(folder: Path) -> None:
    (folder / "actors.yaml").write_bytes(b"# " + b"x" * 1_000_000 + b"\n")
    assert _problems(folder) == (
        "config/actors.yaml:1:1: file is 1000003 bytes; config files are limited to "
        "1000000 bytes",
    )


def test_non_utf8_file_names_the_line(folder: Path) -> None:
    (folder / "actors.yaml").write_bytes(b"actors:\n  x:\n    name: Caf\xe9\n")
    assert _problems(folder) == ("config/actors.yaml:3:1: not UTF-8 text",)


def test_control_character(folder: Path) -> None:
    _write(folder, "actors.yaml", 'actors:\n  x: {name: "X\x07"}\n')
    assert _problems(folder) == (
        "config/actors.yaml:2:15: character U+0007 is not allowed in YAML",
    )


# --- errors: YAML syntax --------------------------------------------------------------

@pytest.mark.parametrize(
    ("text", "problem"),
    [
        ("actors:\n  x:\n    name: X\n    aliases: [Y, Z\n",
         "5:1: YAML syntax error: expected ',' or ']', but got '<stream end>' "
         "(while parsing a flow sequence that starts at line 4, column 14)"),
        ('actors:\n  x:\n    name: "X\n',
         "4:1: YAML syntax error: found unexpected end of stream "
         "(while scanning a quoted scalar that starts at line 3, column 11)"),
        ("actors:\n  x:\n    name: X\n   kind: state\n",
         "4:4: YAML syntax error: expected <block end>, but found '<block mapping start>' "
         "(while parsing a block mapping that starts at line 2, column 3)"),
        ("actors:\n\tx: {name: X}\n",
         "2:1: YAML syntax error: found character '\\t' that cannot start any token "
         "(while scanning for the next token)"),
        ("actors: {x: {name: X}}\nname: X: Y\n",
         "2:8: YAML syntax error: mapping values are not allowed here"),
        ("actors: {x: {name: X}}\n---\nactors: {}\n",
         "2:1: YAML syntax error: expected a single document in the stream "
         "but found another document"),
    ],
)
def test_yaml_syntax_error(folder: Path, text: str, problem: str) -> None:
    _write(folder, "actors.yaml", text)
    assert _problems(folder) == (f"config/actors.yaml:{problem}",)


# --- errors: YAML features that are refused -------------------------------------------

def test_duplicate_keys(folder: Path) -> None:
    _write(folder, "actors.yaml", "actors:\n  x:\n    name: X\n    name: Y\n  x:\n    name: Z\n")
    assert _problems(folder) == (
        "config/actors.yaml:4:5: actors.x.name: duplicate key",
        "config/actors.yaml:5:3: actors.x: duplicate key",
    )


def test_anchors_and_aliases_are_refused(folder: Path) -> None:
    _write(folder, "actors.yaml",
           "roles: &r [spokesperson]\ndiscard: *r\nactors:\n  x: {name: X}\n")
    assert _problems(folder) == (
        "config/actors.yaml:1:8: discard: anchors and aliases (&, *) are not allowed; "
        "write the value out",
    )


def test_alias_bomb_is_refused_without_expanding_it(folder: Path) -> None:
    lines = ['a0: &a0 ["lol"]']
    for i in range(1, 30):  # 10**29 strings if it were expanded
        lines.append(f"a{i}: &a{i} [" + ", ".join([f"*a{i - 1}"] * 10) + "]")
    _write(folder, "actors.yaml", "\n".join(lines) + "\nactors:\n  x: {name: X}\n")
    problems = _problems(folder)
    assert problems[0] == "config/actors.yaml:1:1: a0: unknown key; expected one of: follow_all, " \
        "roles, discard, actors"
    assert problems[1] == (
        "config/actors.yaml:1:5: a1[0]: anchors and aliases (&, *) are not allowed; "
        "write the value out"
    )
    assert len(problems) < 700


def test_merge_keys_are_refused(folder: Path) -> None:
    _write(folder, "actors.yaml", "actors:\n  x:\n    <<: {kind: state}\n    name: X\n")
    assert _problems(folder) == (
        "config/actors.yaml:3:5: actors.x: merge keys (<<) are not allowed",
    )


def test_unsafe_tags_and_invalid_values_are_refused(folder: Path) -> None:
    _write(folder, "actors.yaml",
           "actors:\n  x:\n    name: !!python/object:os.system ls\n"
           "    emphasis: !!binary zz\n"
           "    people: {A B: {role: R, since: 2024-13-45}}\n")
    assert _problems(folder) == (
        "config/actors.yaml:3:11: actors.x.name: could not determine a constructor for the "
        "tag 'tag:yaml.org,2002:python/object:os.system'",
        "config/actors.yaml:4:15: actors.x.emphasis: failed to decode base64 data: "
        "Incorrect padding",
        "config/actors.yaml:5:36: actors.x.people.A B.since: not a valid value: "
        "month must be in 1..12",
    )


# --- errors: actors.yaml values -------------------------------------------------------

def test_unknown_keys_at_every_level(folder: Path) -> None:
    _write(folder, "actors.yaml",
           "actor:\n  x: {name: X}\n"
           "actors:\n  x: {name: X, alias: [Y], people: {A B: {role: R, title: T}}}\n")
    assert _problems(folder) == (
        "config/actors.yaml:1:1: actor: unknown key; expected one of: follow_all, roles, "
        "discard, actors",
        "config/actors.yaml:4:16: actors.x.alias: unknown key; expected one of: name, code, kind, "
        "emphasis, aliases, people, discard",
        "config/actors.yaml:4:52: actors.x.people.A B.title: unknown key; expected one of: "
        "role, aliases, since, until",
    )


def test_values_of_the_wrong_kind(folder: Path) -> None:
    _write(folder, "actors.yaml", """\
actors:
  china:
    name: [China]
    kind: country
    emphasis: high
    aliases: Beijing
    people: [Mao Ning]
  Russia:
    name: Russia
    aliases: [Moscow, {a: 1}, '']
    emphasis: -1
    people:
      Maria Zakharova: ''
      Sergei Lavrov: [Foreign Minister]
    discard: Moscow Mule
  x:
    name: X
    emphasis: true
    roles: []
""")
    assert _problems(folder) == (
        "config/actors.yaml:3:11: actors.china.name: expected text, got a list",
        "config/actors.yaml:4:11: actors.china.kind: expected one of: state, government body, "
        "armed group, international organisation, political party, media, other; got 'country'",
        "config/actors.yaml:5:15: actors.china.emphasis: expected a number >= 0, got 'high'",
        "config/actors.yaml:6:14: actors.china.aliases: expected a list of text, got 'Beijing'",
        "config/actors.yaml:7:13: actors.china.people: expected a mapping of keys, got a list",
        "config/actors.yaml:8:3: actors.Russia: actor ids are lower-case letters, digits, "
        "'-' and '_'",
        "config/actors.yaml:10:23: actors.Russia.aliases[1]: expected text, got a mapping",
        "config/actors.yaml:10:31: actors.Russia.aliases[2]: expected text, got ''",
        "config/actors.yaml:11:15: actors.Russia.emphasis: expected a number >= 0, got -1",
        "config/actors.yaml:13:24: actors.Russia.people.Maria Zakharova: expected a role, "
        "e.g. 'Foreign Ministry spokesperson'",
        "config/actors.yaml:14:22: actors.Russia.people.Sergei Lavrov: expected a role or a "
        "mapping with role, got a list",
        "config/actors.yaml:15:14: actors.Russia.discard: expected a list of text, "
        "got 'Moscow Mule'",
        "config/actors.yaml:18:15: actors.x.emphasis: expected a number >= 0, got true",
        "config/actors.yaml:19:5: actors.x.roles: unknown key; expected one of: name, code, kind, "
        "emphasis, aliases, people, discard",
    )


def test_names_are_required_text(folder: Path) -> None:
    _write(folder, "actors.yaml",
           "actors:\n  x:\n    kind: state\n  y:\n    name: ''\n  z:\n    name: yes\n"
           "  w:\n    name: 2024-01-19\n  v:\n    name: {a: b}\n")
    assert _problems(folder) == (
        "config/actors.yaml:2:3: actors.x: not a state or body the reference knows; give name: "
        "and kind: or use a code such as CAN",
        "config/actors.yaml:5:11: actors.y.name: expected text, got an empty value",
        "config/actors.yaml:7:11: actors.z.name: expected text, got true",
        "config/actors.yaml:9:11: actors.w.name: expected text, got 2024-01-19",
        "config/actors.yaml:11:11: actors.v.name: expected text, got a mapping",
    )


@pytest.mark.parametrize("text", ["actors:\n", "actors: {}\n", "roles: [envoy]\n", ""])
def test_empty_actor_list(folder: Path, text: str) -> None:
    _write(folder, "actors.yaml", text)
    [problem] = _problems(folder)
    assert re.fullmatch(r"config/actors\.yaml:1:\d+: actors: expected at least one actor",
                        problem), problem


def test_actors_that_are_not_a_mapping(folder: Path) -> None:
    _write(folder, "actors.yaml", "actors: [china, russia]\n")
    assert _problems(folder) == (
        "config/actors.yaml:1:9: actors: expected a mapping of keys, got a list",
    )


def test_top_level_that_is_not_a_mapping(folder: Path) -> None:
    _write(folder, "actors.yaml", "- china\n- russia\n")
    assert _problems(folder) == (
        "config/actors.yaml:1:1: (top level): expected a mapping of keys, got a list",
    )


def test_bad_dates_in_people(folder: Path) -> None:
    _write(folder, "actors.yaml", """\
actors:
  x:
    name: X
    people:
      A B: {role: R, since: 2024-1-9}
      C D: {role: R, until: 2024-01-19 10:00:00}
      E F: {role: R, since: 2024-02-01, until: 2024-01-31}
      G H: {role: R, until: 2024}
      I J: {since: 2024-01-01}
""")
    assert _problems(folder) == (
        "config/actors.yaml:5:29: actors.x.people.A B.since: expected a date like 2024-01-19, "
        "got '2024-1-9'",
        "config/actors.yaml:6:29: actors.x.people.C D.until: expected a date like 2024-01-19, "
        "got 2024-01-19 10:00:00",
        "config/actors.yaml:7:48: actors.x.people.E F.until: 2024-01-31 is before since "
        "(2024-02-01)",
        "config/actors.yaml:8:29: actors.x.people.G H.until: expected a date like 2024-01-19, "
        "got 2024",
        "config/actors.yaml:9:12: actors.x.people.I J.role: required: expected text",
    )


# --- errors: briefing.yaml ------------------------------------------------------------

def test_briefing_values_and_unknown_keys(folder: Path) -> None:
    _write(folder, "briefing.yaml", """\
title: [Brief]
window_days: 1.5
windows_days: 2
statements_per_actor: 0
min_score: -0.5
sections:
  actors: maybe
  summary: true
""")
    assert _problems(folder) == (
        "config/briefing.yaml:1:8: title: expected text, got a list",
        "config/briefing.yaml:2:14: window_days: expected a whole number from 0 to 3660, got 1.5",
        "config/briefing.yaml:3:1: windows_days: unknown key; expected one of: title, "
        "window_days, statements_per_actor, key_developments, min_score, handling, "
        "output_dir, sections, store, smtp, pdf_variant, max_article_mb, non_state_voices, "
        "send_empty_brief, run_deadline",
        "config/briefing.yaml:4:23: statements_per_actor: expected a whole number from 1 to "
        "1000, got 0",
        "config/briefing.yaml:5:12: min_score: expected a number >= 0, got -0.5",
        "config/briefing.yaml:7:11: sections.actors: expected true or false, got 'maybe'",
        "config/briefing.yaml:8:3: sections.summary: unknown key; expected one of: "
        + ", ".join(section_keys()),
    )


def test_briefing_sections_must_be_a_mapping(folder: Path) -> None:
    _write(folder, "briefing.yaml", "sections: [actors]\n")
    assert _problems(folder) == (
        "config/briefing.yaml:1:11: sections: expected a mapping of keys, got a list",
    )


def test_briefing_smtp_and_store_problems(folder: Path) -> None:
    _write(folder, "briefing.yaml", """\
smtp:
  host: smtp.example.org
  port: 70000
  security: tls
  from: not-an-address
  to: []
  cc: [ok@example.org, bad]
  username_env: 1USER
  subject: "{title} {when}"
store:
  path: [x]
  file: y
""")
    assert _problems(folder) == (
        "config/briefing.yaml:2:3: smtp: username_env and password_env go together: "
        "give both or neither",
        "config/briefing.yaml:3:9: smtp.port: expected a port from 1 to 65535, got 70000",
        "config/briefing.yaml:4:13: smtp.security: expected one of: starttls, ssl, none; "
        "got 'tls'",
        "config/briefing.yaml:5:9: smtp.from: expected an email address, got 'not-an-address'",
        "config/briefing.yaml:6:7: smtp.to: expected at least one recipient address",
        "config/briefing.yaml:7:24: smtp.cc[1]: expected an email address, got 'bad'",
        "config/briefing.yaml:8:17: smtp.username_env: expected the name of an environment "
        "variable, got '1USER'",
        "config/briefing.yaml:9:12: smtp.subject: unknown placeholder {when}; "
        "expected {title}, {date}",
        "config/briefing.yaml:11:9: store.path: expected text, got a list",
        "config/briefing.yaml:12:3: store.file: unknown key; expected one of: path",
    )


def test_briefing_smtp_subject_that_is_not_a_template(folder: Path) -> None:
    _write(folder, "briefing.yaml",
           'smtp:\n  host: h\n  from: a@example.org\n  to: [b@example.org]\n'
           '  subject: "{title"\n')
    assert _problems(folder) == (
        "config/briefing.yaml:5:12: smtp.subject: bad template: expected '}' before end "
        "of string",
    )


# --- errors: sources.yaml -------------------------------------------------------------

def test_sources_problems(folder: Path) -> None:
    _write(folder, "sources.yaml", """\
defaults:
  timeout: 0
sources:
  a:
    kind: folder
  b:
    kind: feed
    url: ftp://x
    path: p
    full_text: 1
  c:
    kind: page
    url: https://example.org/
    full_text: true
  d:
    kind: blog
""")
    with pytest.raises(ConfigError) as caught:
        load_sources(folder)
    assert caught.value.problems == (
        "config/sources.yaml:2:12: defaults.timeout: expected a number >= 0.1, got 0",
        "config/sources.yaml:5:5: sources.a: a folder source needs exactly one of: path",
        "config/sources.yaml:8:10: sources.b.url: expected an http:// or https:// address, "
        "got 'ftp://x'",
        "config/sources.yaml:9:5: sources.b.path: not used by a feed source",
        "config/sources.yaml:10:16: sources.b.full_text: expected true or false, got 1",
        "config/sources.yaml:14:16: sources.c.full_text: only a feed source can fetch full text",
        "config/sources.yaml:16:11: sources.d.kind: expected one of: folder, feed, page; "
        "got 'blog'",
    )


def test_sources_needs_at_least_one(folder: Path) -> None:
    _write(folder, "sources.yaml", "sources: {}\n")
    with pytest.raises(ConfigError) as caught:
        load_sources(folder)
    assert caught.value.problems == (
        "config/sources.yaml:1:10: sources: expected at least one source",
    )


# --- errors: all at once --------------------------------------------------------------

def test_every_problem_of_both_files_is_listed_at_once_in_order(folder: Path) -> None:
    _write(folder, "actors.yaml", """\
actors:
  x:
    name: X
    emphasis: high
    name: Y
  y:
    name: Y
    kind: country
    aliases: &a [Z]
    discard: *a
""")
    _write(folder, "briefing.yaml", "window_days: -1\ntitel: Brief\n")
    with pytest.raises(ConfigError) as caught:
        load_config(folder)
    problems = (
        "config/actors.yaml:4:15: actors.x.emphasis: expected a number >= 0, got 'high'",
        "config/actors.yaml:5:5: actors.x.name: duplicate key",
        "config/actors.yaml:8:11: actors.y.kind: expected one of: state, government body, "
        "armed group, international organisation, political party, media, other; "
        "got 'country'",
        "config/actors.yaml:9:14: actors.y.discard: anchors and aliases (&, *) are not "
        "allowed; write the value out",
        "config/briefing.yaml:1:14: window_days: expected a whole number from 0 to 3660, got -1",
        "config/briefing.yaml:2:1: titel: unknown key; expected one of: title, window_days, "
        "statements_per_actor, key_developments, min_score, handling, output_dir, sections, "
        "store, smtp, pdf_variant, max_article_mb, non_state_voices, send_empty_brief, "
        "run_deadline",
    )
    assert caught.value.problems == problems
    assert str(caught.value) == "\n".join(problems)


def test_no_actors_is_said_even_beside_a_duplicate_key(folder: Path) -> None:
    _write(folder, "actors.yaml", "roles: [envoy]\nroles: [consul]\n")
    assert _problems(folder) == (
        "config/actors.yaml:1:1: actors: expected at least one actor",
        "config/actors.yaml:2:1: roles: duplicate key",
    )


# --- the shipped dictionary settles clashes: longest match, discards ------------------

@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("the Pakistani Taliban said", [("Pakistani Taliban", "ttp")]),
        ("Pakistani officials said", [("Pakistani", "pakistan"), ("officials", "role")]),
        ("the Afghan Taliban", [("Afghan Taliban", "taliban")]),
        ("the UN Security Council met", [("UN Security Council", "un_security_council")]),
        ("the UN nuclear watchdog", [("UN nuclear watchdog", "iaea")]),
        ("UN chief António Guterres", [("UN chief", "un"), ("António Guterres", "un")]),
        ("Islamic State Khorasan Province claimed it",
         [("Islamic State Khorasan Province", "iskp")]),
        ("the Islamic Republic of Pakistan", [("Islamic Republic of Pakistan", "pakistan")]),
        ("The Islamic Republic denied it", [("Islamic Republic", "iran")]),
        ("Israel Katz", [("Israel Katz", "israel")]),
        ("Yemen’s Houthis", [("Yemen’s Houthis", "houthis")]),
        ("the Russian Security Council", [("Russian Security Council", "russia")]),
        ("Pakistan's National Security Council", [("Pakistan", "pakistan")]),
        ("the Baloch Liberation Army", [("Baloch Liberation Army", "bla")]),
        ("Baloch militants attacked", []),
        ("Kataib Hezbollah fired", []),
        ("in the Indian Ocean", []),
        ("tweeted Iran International reported", []),
        ("Agence France-Presse reported", []),
        ("Jim Jordan", []),
        ("an American Indian tribe", []),
        ("Mao Zedong's China", [("China", "china")]),
        ("the Foreign Office", [("Foreign Office", "role")]),
        ("Pakistan's Foreign Office", [("Pakistan", "pakistan"), ("Foreign Office", "role")]),
    ],
)
def test_shipped_dictionary_settles_clashes(text: str, expected: list[tuple[str, str]]) -> None:
    found = ActorMatcher(load_config(CONFIG).actors).find(text)
    assert [(m.text, "role" if m.kind == "role" else m.actor) for m in found] == expected
