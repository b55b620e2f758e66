"""`briefing who NAME --date D`: the candidates for a name on a date and the rule on each."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner

from briefing.cli import cli

CONFIG = Path(__file__).resolve().parent.parent / "config"
ACTORS = """\
actors:
  nato:
    name: NATO
    kind: international organisation
    people:
      Jens Stoltenberg: {role: Secretary General, since: 2014-10-01, until: 2024-09-30}
  pakistan:
    name: Pakistan
    people:
      Shehbaz Sharif: {role: Prime Minister, since: 2024-03-04}
      Nawaz Sharif: President of the Pakistan Muslim League (Nawaz)
"""


@pytest.fixture
def config(tmp_path: Path) -> Path:
    (tmp_path / "config").mkdir()
    shutil.copy(CONFIG / "briefing.yaml", tmp_path / "config")
    (tmp_path / "config" / "actors.yaml").write_text(ACTORS, "utf-8")
    return tmp_path / "config"


def _who(config: Path, *args: str) -> list[str]:
    result = CliRunner().invoke(cli, ["who", *args, "--config", str(config)])
    assert result.exit_code == 0, result.output
    return result.output.splitlines()


def test_a_surname_alone_of_someone_in_no_office_that_day_stays_unknown(config: Path) -> None:
    assert _who(config, "Stoltenberg", "--date", "1995-03-15") == [
        "Stoltenberg on 1995-03-15: unknown (no candidate fits)",
        "  - Jens Stoltenberg [actors.yaml; nato]: Secretary General only from 2014-10-01",
        "  - Gerhard Stoltenberg [reference; no role on the date]: no role on 1995-03-15",
        "  - Jens Stoltenberg [reference; NOR elite]: surname alone, and no dated office on "
        "1995-03-15",
        "  - Thorvald Stoltenberg [reference; no role on the date]: no role on 1995-03-15",
    ]
    # In 1987 two Stoltenbergs held office (West Germany's finance minister, Norway's foreign
    # minister): the surname alone is either of them, so neither.
    assert _who(config, "Stoltenberg", "--date", "1987-03-15")[0] == \
        "Stoltenberg on 1987-03-15: unknown (ambiguous: 2 people fit)"


def test_a_surname_never_matches_across_a_different_first_name(config: Path) -> None:
    assert _who(config, "Gerhard Stoltenberg", "--date", "1987-03-15") == [
        "Gerhard Stoltenberg on 1987-03-15: Gerhard Stoltenberg, DEU gov (full name, role on "
        "the date)",
        "  - Jens Stoltenberg [actors.yaml; nato]: given name 'Gerhard' is not theirs (Jens)",
        "  + Gerhard Stoltenberg [reference; DEU gov]: CUR on 1987-03-15",
        "  - Jens Stoltenberg [reference; NOR elite]: given name 'Gerhard' is not theirs (Jens)",
        "  - Thorvald Stoltenberg [reference; NOR gov]: given name 'Gerhard' is not theirs "
        "(Thorvald)",
    ]


def test_actors_yaml_comes_before_the_reference(config: Path) -> None:
    assert _who(config, "Stoltenberg", "--date", "2020-01-01") == [
        "Stoltenberg on 2020-01-01: Jens Stoltenberg, nato (actors.yaml lists them, in the "
        "role on the date)",
        "  + Jens Stoltenberg [actors.yaml; nato]: last name; Secretary General",
        "  - Jens Stoltenberg [reference; NOR gov]: NORGOV on 2020-01-01; actors.yaml's "
        "person comes first",
        "  - Gerhard Stoltenberg [reference; no role on the date]: no role on 2020-01-01",
        "  - Thorvald Stoltenberg [reference; no role on the date]: no role on 2020-01-01",
    ]


def test_the_reference_chooses_the_one_office_holder_on_the_date(config: Path) -> None:
    assert _who(config, "Gorbachev", "--date", "1987-03-15") == [
        "Gorbachev on 1987-03-15: Mikhail Gorbachev, SUN gov (surname, the one office-holder "
        "on the date)",
        "  + Mikhail Gorbachev [reference; SUN gov]: RUSGOV on 1987-03-15",
    ]


def test_two_listed_people_who_fit_leave_the_name_unknown(config: Path) -> None:
    lines = _who(config, "Sharif", "--date", "2024-06-19")
    assert lines[:3] == [
        "Sharif on 2024-06-19: unknown (ambiguous: 2 people in actors.yaml fit)",
        "  - Shehbaz Sharif [actors.yaml; pakistan]: last name; Prime Minister",
        "  - Nawaz Sharif [actors.yaml; pakistan]: last name; President of the Pakistan "
        "Muslim League (Nawaz)",
    ]
    assert _who(config, "Shehbaz Sharif", "--date", "2024-06-19")[:2] == [
        "Shehbaz Sharif on 2024-06-19: Shehbaz Sharif, pakistan (actors.yaml lists them, in "
        "the role on the date)",
        "  + Shehbaz Sharif [actors.yaml; pakistan]: full name; Prime Minister",
    ]


def test_without_a_config_folder_only_the_reference_is_asked(tmp_path: Path) -> None:
    assert _who(tmp_path / "none", "Kohl", "--date", "1987-03-15") == [
        "Kohl on 1987-03-15: Helmut Kohl, DEU gov (surname, the one office-holder on the date)",
        "  + Helmut Kohl [reference; DEU gov]: DEUGOV on 1987-03-15",
    ]


def test_a_bad_config_is_reported_as_for_every_command(config: Path) -> None:
    (config / "actors.yaml").write_text("actors:\n  narnia: {}\n", "utf-8")
    result = CliRunner().invoke(cli, ["who", "Kohl", "--config", str(config)])
    assert result.exit_code == 2
    assert result.output == (f"{config}/actors.yaml:2:3: actors.narnia: not a state or body "
                             "the reference knows; give name: and kind: or use a code such as "
                             "CAN\n")


def _shipped_who(*args: str) -> list[str]:
    result = CliRunner().invoke(cli, ["who", *args, "--config", str(CONFIG)])
    assert result.exit_code == 0, result.output
    return result.output.splitlines()


@pytest.mark.parametrize(("name", "day", "first_line"), [
    # The shipped actors.yaml dates its office holders, so older news does not give a name
    # to today's holder: Jordan's King Abdullah reigns from 1999, and in 1987 Khamenei was
    # Iran's president (the reference's dated role), not yet Supreme Leader.
    ("Abdullah", "1987-10-20", "Abdullah on 1987-10-20: unknown (no candidate fits)"),
    ("Abdullah", "2024-01-19", "Abdullah on 2024-01-19: King Abdullah, jordan (JOR) "
                               "(actors.yaml lists them, in the role on the date)"),
    ("Khamenei", "1987-03-11", "Khamenei on 1987-03-11: Hojatolislam Sayyed Ali Khamenei, IRN "
                               "gov (surname, the one office-holder on the date)"),
])
def test_the_shipped_office_holders_hold_office_only_on_their_dates(name: str, day: str,
                                                                    first_line: str) -> None:
    assert _shipped_who(name, "--date", day)[0] == first_line


def test_every_shipped_office_holder_with_a_known_start_has_it() -> None:
    # Heads of state and government and foreign ministers change; undated, they would be
    # matched in news of any year.
    from briefing.config.settings import load_config
    offices = ("President", "Prime Minister", "King", "Emir", "Sultan", "Chancellor",
               "Foreign Minister", "Secretary-General", "Secretary General")
    undated = [p.name for a in load_config(CONFIG).actors.actors for p in a.people
               if p.role in offices and p.since is None]
    assert undated == []
