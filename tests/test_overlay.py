"""actors.yaml as a layer on the worldwide reference: actors named by code or name alone,
`code:` links, follow_all, the errors an editor sees, and the non-state voices setting."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from briefing.config.settings import (
    NON_STATE_VOICES,
    Actor,
    BriefSettings,
    load_config,
    shows_voice,
)
from briefing.errors import ConfigError
from briefing.knowledge.model import STATE_VOICES, VOICES

CONFIG = Path(__file__).resolve().parent.parent / "config"


@pytest.fixture
def folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A config folder at ./config holding the shipped briefing.yaml."""
    (tmp_path / "config").mkdir()
    shutil.copy(CONFIG / "briefing.yaml", tmp_path / "config")
    monkeypatch.chdir(tmp_path)
    return Path("config")


def _actors(folder: Path, text: str) -> dict[str, Actor]:
    (folder / "actors.yaml").write_text(text, "utf-8")
    return {a.id: a for a in load_config(folder).actors.actors}


def _problems(folder: Path, text: str) -> tuple[str, ...]:
    (folder / "actors.yaml").write_text(text, "utf-8")
    with pytest.raises(ConfigError) as caught:
        load_config(folder)
    return caught.value.problems


# --- actors named by code or name alone ---------------------------------------------------

def test_an_actor_named_by_its_id_alone_takes_everything_from_the_reference(folder: Path) -> None:
    canada = _actors(folder, "actors:\n  canada: {emphasis: 2}\n")["canada"]
    assert (canada.name, canada.kind, canada.code, canada.emphasis) == ("Canada", "state", "CAN", 2)
    assert canada.aliases == ("Bank of Canada", "Canadian", "Canadian Grain Commission",
                              "Canadian Wheat Board", "Canadians", "National Energy Board",
                              "Ottawa", "Revenue Canada", "Statistics Canada")


@pytest.mark.parametrize("key, code, name, kind", [
    ("CAN", "CAN", "Canada", "state"),
    ("saudi_arabia", "SAU", "Saudi Arabia", "state"),
    ("uae", "ARE", "United Arab Emirates", "state"),
    ("NATO", "NATO", "North Atlantic Treaty Organization", "international organisation"),
    ("SUN", "SUN", "Soviet Union", "state"),
])
def test_ids_that_are_codes_or_names(folder: Path, key: str, code: str, name: str,
                                     kind: str) -> None:
    actor = _actors(folder, f"actors:\n  {key}:\n")[key]
    assert (actor.code, actor.name, actor.kind) == (code, name, kind)


def test_a_historical_state_takes_the_phrases_of_its_own_time(folder: Path) -> None:
    actors = _actors(folder, "actors:\n  SUN: {}\n  DDR: {}\n")
    assert {"TASS", "Soviet", "Kremlin", "Gosbank"} <= set(actors["SUN"].aliases)
    assert {"East German", "East Berlin", "ADN"} <= set(actors["DDR"].aliases)


def test_what_the_file_writes_adds_to_the_reference_and_corrects_it(folder: Path) -> None:
    actors = _actors(folder, """\
actors:
  canada:
    name: Canadian government
    code: CAN
    aliases: [Trudeau government]
    people:
      Chrystia Freeland: {role: Finance Minister, since: 2020-08-18, until: 2024-12-16}
    discard: [Bank of Canada]
""")
    canada = actors["canada"]
    assert canada.name == "Canadian government"
    assert canada.code == "CAN"
    # the reference's name becomes an alias; a discarded phrase is not taken as one
    assert canada.aliases == ("Trudeau government", "Canada", "Canadian",
                              "Canadian Grain Commission", "Canadian Wheat Board", "Canadians",
                              "National Energy Board", "Ottawa", "Revenue Canada",
                              "Statistics Canada")
    assert [p.name for p in canada.people] == ["Chrystia Freeland"]


def test_code_links_an_actor_written_in_full(folder: Path) -> None:
    actors = _actors(folder, """\
actors:
  pakistan: {name: Pakistan, code: PAK, aliases: [Islamabad], discard: [APP]}
  india: {name: India, aliases: [New Delhi]}
""")
    assert actors["pakistan"].code == "PAK"
    assert actors["pakistan"].aliases[:1] == ("Islamabad",)
    assert "State Bank of Pakistan" in actors["pakistan"].aliases
    assert "APP" not in actors["pakistan"].aliases
    # without code:, an actor with a name is exactly as written, as before the reference
    assert (actors["india"].code, actors["india"].aliases) == (None, ("New Delhi",))


def test_a_phrase_another_actor_writes_stays_theirs(folder: Path) -> None:
    actors = _actors(folder, """\
actors:
  germany: {}
  bundesbank: {name: Bundesbank, kind: government body}
""")
    assert "Bundesbank" not in actors["germany"].aliases
    assert "West German" in actors["germany"].aliases


def test_files_without_codes_do_not_read_the_reference(tmp_path: Path) -> None:
    """An actors.yaml with no code:, no actor named by code alone and no follow_all (the
    shipped one, its `code:` lines taken out and follow_all off) is read without the
    reference."""
    shutil.copy(CONFIG / "briefing.yaml", tmp_path)
    text = (CONFIG / "actors.yaml").read_text("utf-8")
    assert "\nfollow_all: true\n" in text
    text = text.replace("\nfollow_all: true\n", "\nfollow_all: false\n")
    (tmp_path / "actors.yaml").write_text(
        "\n".join(line for line in text.split("\n") if not line.startswith("    code: ")),
        "utf-8")
    code = ("import sys\nfrom pathlib import Path\n"
            "from briefing.config.settings import load_config\n"
            f"load_config(Path({str(tmp_path)!r}))\n"
            "print(sorted(m for m in sys.modules if m.startswith('briefing.knowledge')))\n")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         check=True, cwd=CONFIG.parent)
    assert out.stdout.strip() == "[]"


# --- errors -------------------------------------------------------------------------------

def test_unknown_state_names_and_codes(folder: Path) -> None:
    assert _problems(folder, """\
actors:
  narnia: {emphasis: 2}
  XYZ: {}
  nato: {code: NTO}
  ok: {name: Ok, code: ''}
""") == (
        "config/actors.yaml:2:3: actors.narnia: not a state or body the reference knows; "
        "give name: and kind: or use a code such as CAN",
        "config/actors.yaml:3:3: actors.XYZ: not a state or body the reference knows; "
        "give name: and kind: or use a code such as CAN",
        "config/actors.yaml:4:16: actors.nato.code: 'NTO' is not the code of a state or body "
        "the reference knows (codes look like CAN, SUN, NATO)",
        "config/actors.yaml:5:24: actors.ok.code: expected text, got an empty value",
    )


def test_follow_all_must_be_true_or_false(folder: Path) -> None:
    assert _problems(folder, "follow_all: yes please\nactors:\n  x: {name: X}\n") == (
        "config/actors.yaml:1:13: follow_all: expected true or false, got 'yes please'",
    )


# --- follow_all -----------------------------------------------------------------------------

def test_follow_all_follows_every_state_and_body_once(folder: Path) -> None:
    actors = _actors(folder, """\
follow_all: true
actors:
  pakistan: {name: Pakistan, aliases: [Islamabad], emphasis: 2}
  canada: {emphasis: 0}
""")
    # your own entries keep their ids, and are linked by name (no second Pakistan)
    assert actors["pakistan"].code == "PAK" and not actors["pakistan"].followed_all
    assert "PAK" not in actors and "CAN" not in actors
    assert actors["canada"].emphasis == 0
    added = [a for a in actors.values() if a.followed_all]
    assert {"USA", "SUN", "DDR", "NATO", "UN", "OPEC"} <= {a.id for a in added}
    assert all(a.emphasis == 1 and a.code == a.id for a in added)
    owners: dict[str, str] = {}
    for actor in actors.values():
        for phrase in (actor.name, *actor.aliases):
            assert owners.setdefault(phrase, actor.id) == actor.id, phrase
    # a phrase goes to the state it means today: Russia is RUS, and so is TASS (the Soviet
    # Union's agency until 1991, Russia's since)
    assert owners["Russia"] == "RUS" and owners["TASS"] == "RUS"
    assert owners["Islamabad"] == "pakistan" and owners["State Bank of Pakistan"] == "pakistan"


def test_check_counts_what_follow_all_adds(folder: Path) -> None:
    from click.testing import CliRunner

    from briefing.cli import cli

    (folder / "actors.yaml").write_text("follow_all: true\nactors:\n  canada: {emphasis: 2}\n")
    result = CliRunner().invoke(cli, ["check"])
    assert result.exit_code == 0, result.output
    lines = result.output.splitlines()
    assert lines[:3] == [
        "id      name    kind   emphasis  aliases  people",
        "canada  Canada  state         2        9       0",
        "follow_all: 289 more states and bodies from the reference",
    ]


# --- voices that are no state's -------------------------------------------------------------

def test_non_state_voices_are_those_of_the_reference() -> None:
    assert set(NON_STATE_VOICES) == set(VOICES) - STATE_VOICES - {"igo", "rebel"}


def _settings(shown: bool) -> BriefSettings:
    return BriefSettings("t", 1, 3, 5, 0.0, "", "output", (), non_state_voices=shown)


@pytest.mark.parametrize("voice", ["gov", "leg", "opp", "igo", "rebel", None])
def test_states_bodies_armed_groups_and_unknown_voices_are_always_shown(voice: str | None) -> None:
    assert shows_voice(voice, _settings(False)) and shows_voice(voice, _settings(True))


@pytest.mark.parametrize("voice", NON_STATE_VOICES)
def test_non_state_voices_only_when_briefing_yaml_says_so(voice: str) -> None:
    assert not shows_voice(voice, _settings(False))
    assert shows_voice(voice, _settings(True))


def test_non_state_voices_setting(folder: Path) -> None:
    (folder / "actors.yaml").write_text("actors:\n  x: {name: X}\n")
    assert load_config(folder).brief.non_state_voices is True
    text = (folder / "briefing.yaml").read_text()
    (folder / "briefing.yaml").write_text(text.replace("non_state_voices: true",
                                                       "non_state_voices: maybe"))
    with pytest.raises(ConfigError) as caught:
        load_config(folder)
    [problem] = caught.value.problems
    assert problem.endswith(": non_state_voices: expected true or false, got 'maybe'")
    (folder / "briefing.yaml").write_text(text.replace("non_state_voices: true",
                                                       "non_state_voices: false"))
    assert load_config(folder).brief.non_state_voices is False


def test_ids_stay_lower_case_or_a_code(folder: Path) -> None:
    assert _problems(folder, "actors:\n  Canada: {}\n  x: 5\n") == (
        "config/actors.yaml:2:3: actors.Canada: actor ids are lower-case letters, digits, '-' "
        "and '_'",
        "config/actors.yaml:3:6: actors.x.name: required: expected text",
        "config/actors.yaml:3:6: actors.x: expected a mapping of keys, got 5",
    )
