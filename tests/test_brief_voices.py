"""The brief and voices (issue 14): a statement goes to a followed actor by its code when the
actor has one (by its id otherwise), voices that are no state's are left out unless
briefing.yaml's non_state_voices shows them flagged, follow_all gives every state and body
with statements a section, and statements.json carries actor_code and voice."""

from __future__ import annotations

import datetime as dt
import json
import shutil
from dataclasses import replace
from pathlib import Path

import pytest
from conftest import TEMPLATES, make_brief, make_entry, make_section, make_speaker

from briefing.brief import Brief
from briefing.config.settings import Actor, Actors, BriefSettings, load_config
from briefing.models import Article, Speaker
from briefing.pipeline import build_brief
from briefing.render.markdown import render_markdown, statements_json
from briefing.selection import Owners

CONFIG = Path(__file__).resolve().parent.parent / "config"
DAY = dt.date(2024, 1, 20)

ISLAMABAD = (
    "ISLAMABAD, Jan 20 - Pakistan's Foreign Office spokesperson Mumtaz Zahra Baloch said on "
    "Saturday that Islamabad wanted calm on the border and would keep every channel with Tehran "
    "open.\nPakistani analyst Hasan Askari said the strikes were meant for an audience at home.\n"
    "A Pakistani textile exporter said orders from Iranian buyers had stopped this week.\n"
    "Western diplomats said both capitals were looking for a way out.")
MOSCOW = (
    "MOSCOW, March 10 - Soviet Foreign Ministry spokesman Gennady Gerasimov said Moscow was "
    "ready to resume talks on medium-range missiles in Geneva next month.\nWestern diplomats "
    "said the offer was aimed at public opinion in Europe.")
VIENNA = (
    "VIENNA, March 10 - OPEC President Rilwanu Lukman said the organisation would defend its "
    "reference price of 18 dlrs a barrel.\nOil traders said prices were steady in quiet "
    "trading.")


def _article(key: str, day: dt.date, text: str) -> Article:
    return Article(id=key, date=day, title=f"Story {key}", source="Wire", url=None, text=text,
                   origin="test")


def _config(tmp_path: Path, actors: str | None = None, **brief: str) -> Path:
    folder = tmp_path / "config"
    folder.mkdir()
    shutil.copy(CONFIG / "briefing.yaml", folder)
    if actors is None:
        shutil.copy(CONFIG / "actors.yaml", folder)
    else:
        (folder / "actors.yaml").write_text(actors, "utf-8")
    text = (folder / "briefing.yaml").read_text("utf-8")
    for key, value in brief.items():
        assert f"\n{key}: " in text
        text = "\n".join(f"{key}: {value}" if line.startswith(f"{key}: ") else line
                         for line in text.split("\n"))
    (folder / "briefing.yaml").write_text(text, "utf-8")
    return folder


def _brief(folder: Path, day: dt.date, *articles: Article) -> Brief:
    config = load_config(folder)
    return build_brief(config, articles, config.brief.window(day))


def _json(brief: Brief) -> list[dict[str, object]]:
    return json.loads(statements_json(brief))["statements"]


def _sections(brief: Brief) -> dict[str, list[str | None]]:
    return {s.name: [e.statement.speaker.name for e in s.entries] for s in brief.sections}


# --- voices that are no state's ------------------------------------------------------------

def test_an_analyst_and_a_company_are_left_out_with_non_state_voices_false(
        tmp_path: Path) -> None:
    brief = _brief(_config(tmp_path, non_state_voices="false"), DAY,
                   _article("p1", DAY, ISLAMABAD))
    assert _sections(brief) == {"Pakistan": ["Mumtaz Zahra Baloch"]}
    [baloch] = _json(brief)
    assert (baloch["actor"], baloch["actor_code"], baloch["voice"]) == ("pakistan", "PAK", "gov")
    assert "Askari" not in render_markdown(brief, TEMPLATES).split("## Pakistan")[1]


def test_non_state_voices_true_shows_them_flagged(tmp_path: Path) -> None:
    folder = _config(tmp_path, non_state_voices="true")
    brief = _brief(folder, DAY, _article("p1", DAY, ISLAMABAD))
    text = render_markdown(brief, TEMPLATES)
    assert "— Hasan Askari, Pakistani analyst (analyst, Pakistan; not the government) · " in text
    assert "— Pakistani textile exporter (company, Pakistan; not the government) · " in text
    assert "Western diplomats" not in text  # no state named: no section to stand in
    # (an unnamed exporter has no name: its role says who it is)
    voices = {s["speaker"] or s["role"]: (s["actor"], s["actor_code"], s["voice"])
              for s in _json(brief)}
    assert voices == {"Mumtaz Zahra Baloch": ("pakistan", "PAK", "gov"),
                      "Hasan Askari": ("pakistan", None, "expert"),
                      "Pakistani textile exporter": ("pakistan", None, "business")}


def test_the_flag_is_escaped_like_all_text() -> None:
    speaker = replace(make_speaker(name="Ann *Lee*", role=None), capacity="unnamed")
    entry = make_entry(speaker=speaker, actor="x")
    brief = make_brief(sections=(make_section(actor="x", name="<b>X</b> [1]",
                                              entries=(entry,)),))
    text = render_markdown(brief, TEMPLATES)
    assert "— Ann \\*Lee\\* (unnamed source, &lt;b&gt;X&lt;/b&gt; \\[1\\]; not the government)" \
        in text


# --- by code -------------------------------------------------------------------------------

def test_an_actor_with_a_code_takes_its_states_statements_on_the_articles_date(
        tmp_path: Path) -> None:
    folder = _config(tmp_path, "actors:\n  russia: {name: Russia, code: RUS}\n")
    day = dt.date(1987, 3, 10)
    brief = _brief(folder, day, _article("m1", day, MOSCOW))
    # Named as the state was on the brief's date (RUS was SUN in 1987).
    assert _sections(brief) == {"Soviet Union": ["Gennady Gerasimov"]}
    [gerasimov] = _json(brief)
    assert (gerasimov["actor"], gerasimov["actor_code"], gerasimov["voice"]) == \
        ("russia", "SUN", "gov")


def test_follow_all_gives_every_state_and_body_with_statements_a_section(tmp_path: Path) -> None:
    folder = _config(tmp_path, "follow_all: true\nactors:\n  pakistan: {emphasis: 2}\n")
    day = dt.date(1987, 3, 10)
    brief = _brief(folder, day, _article("m1", day, MOSCOW), _article("v1", day, VIENNA))
    assert _sections(brief) == {"Organisation of Petroleum Exporting Countries":
                                ["Rilwanu Lukman"], "Soviet Union": ["Gennady Gerasimov"]}
    assert {s.actor: s.emphasis for s in brief.sections} == {"OPEC": 1.0, "SUN": 1.0}
    codes = {s["actor"]: (s["actor_code"], s["voice"]) for s in _json(brief)}
    assert codes == {"OPEC": ("OPEC", "igo"), "SUN": ("SUN", "gov")}


def test_follow_all_and_a_written_actor_of_the_same_state_make_one_section(
        tmp_path: Path) -> None:
    folder = _config(tmp_path, "follow_all: true\nactors:\n  russia: {name: Russia, code: RUS}\n")
    day = dt.date(1987, 3, 10)
    brief = _brief(folder, day, _article("m1", day, MOSCOW))
    assert _sections(brief) == {"Soviet Union": ["Gennady Gerasimov"]}
    assert [s.actor for s in brief.sections] == ["russia"]


# --- the rule, speaker by speaker ----------------------------------------------------------

SETTINGS = BriefSettings(title="t", window_days=1, statements_per_actor=3, key_developments=5,
                         min_score=0.0, handling="", output_dir="o", sections=())


def _actor(key: str, code: str | None, followed_all: bool = False) -> Actor:
    return Actor(id=key, name=key, kind="state", emphasis=1.0, aliases=(), people=(), code=code,
                 followed_all=followed_all)


ACTORS_WRITTEN = Actors(actors=(_actor("russia", "RUS"),), roles=(), discard=())
ACTORS = Actors(actors=(_actor("pakistan", "PAK"), _actor("pakistan_ispr", None),
                        _actor("russia", "RUS"), _actor("SUN", "SUN", followed_all=True),
                        _actor("USA", "USA", followed_all=True)), roles=(), discard=())


def _speaker(actor: str | None, code: str | None, capacity: str | None) -> Speaker:
    return replace(make_speaker(actor=actor), code=code, capacity=capacity)


@pytest.mark.parametrize("actor, code, capacity, shown, owner", [
    ("pakistan_ispr", "PAK", "gov", False, "pakistan_ispr"),  # an actor with no code: its id
    ("pakistan", "PAK", "gov", False, "pakistan"),
    (None, "PAK", "gov", False, "pakistan"),  # the words say Pakistan: its code
    ("pakistan", "USA", "gov", False, "USA"),  # matched beside Pakistan, speaks for the US
    ("pakistan", "GBR", "gov", False, None),  # for a state no one follows
    ("pakistan", None, "gov", False, "pakistan"),  # its code unknown: the actor matched
    (None, "SUN", "gov", False, "russia"),  # a written actor's code on the day wins over
    # follow_all's: one Soviet Union in a 1987 brief, not two
    (None, "RUS", "gov", False, "russia"),
    ("pakistan", None, "expert", False, None),  # an analyst: left out by default
    ("pakistan", None, "expert", True, "pakistan"),  # or shown under the state beside them
    (None, None, "business", True, None),
    ("iran", "IRN", "gov", False, None),  # not followed
    ("SUN", None, "expert", True, "russia"),  # "analysts of the Soviet Union": the written
    # actor's section, not a second "Soviet Union"
    ("SUN", None, "gov", False, "russia"),
    ("USA", None, "expert", True, "USA"),  # no written actor holds the code: follow_all's
])
def test_owner(actor: str | None, code: str | None, capacity: str | None, shown: bool,
               owner: str | None) -> None:
    owners = Owners(ACTORS, replace(SETTINGS, non_state_voices=shown))
    statement = replace(make_entry().statement, speaker=_speaker(actor, code, capacity))
    assert owners(statement, dt.date(1987, 3, 10)) == owner


def test_a_role_of_actors_yaml_never_becomes_a_linked_actors_alias(tmp_path: Path) -> None:
    folder = _config(tmp_path, "roles: [foreign office]\nactors:\n"
                               "  united_kingdom: {name: United Kingdom, code: GBR}\n")
    [britain] = load_config(folder).actors.actors
    assert "Foreign Office" not in britain.aliases and "Bank of England" in britain.aliases


def test_without_follow_all_a_written_actor_takes_its_code_on_the_date() -> None:
    statement = replace(make_entry().statement, speaker=_speaker(None, "SUN", "gov"))
    assert Owners(ACTORS_WRITTEN, SETTINGS)(statement, dt.date(1987, 3, 10)) == "russia"
    assert Owners(ACTORS_WRITTEN, SETTINGS)(statement, dt.date(2024, 3, 10)) is None


def test_a_denial_shows_its_cue_beside_the_speaker() -> None:
    # "The minister denied there was any hardware on the rigs": the words alone read as a claim.
    entry = make_entry("there was any hardware on the rigs", kind="reported")
    denied = replace(entry, statement=replace(entry.statement, cue="denied"))
    brief = make_brief(key_developments=(denied, entry),
                       sections=(make_section(entries=(denied,)),))
    text = render_markdown(brief, TEMPLATES)
    assert text.count("(denied)") == 2  # in the key developments and the actor's section
    assert text.count("(said)") == 0
