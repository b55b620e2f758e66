"""yamlpos: the fast (libyaml) path for front matter gives what the pure loader gives."""

from __future__ import annotations

import datetime as dt

import pytest

from briefing.config import yamlpos
from briefing.errors import ConfigError

FRONT = 'title: "Strikes \\u00e9 on the border: day two"\ndate: 2024-01-19\nsource: Dawn\n'


def test_fast_and_pure_give_the_same_values_and_positions() -> None:
    fast_value, fast_pos = yamlpos.loads("\n\n" + FRONT, "a.md", fast=True)
    pure_value, pure_pos = yamlpos.loads("\n\n" + FRONT, "a.md")
    assert fast_value == pure_value == {
        "title": "Strikes é on the border: day two",
        "date": dt.date(2024, 1, 19),
        "source": "Dawn",
    }
    assert fast_pos.values == pure_pos.values
    assert fast_pos.at(("source",)) == "a.md:5:9"


@pytest.mark.parametrize(
    "text",
    [
        "title: [unclosed\ndate: 2024-01-19\n",  # a syntax error
        "a: 1\nb: x\x07",  # a control character
        "title: \ud800",  # a lone surrogate, which libyaml cannot even encode
        "a: &x 1\nb: *x\n",  # an alias, refused after composing
        "date: 2024-13-45\n",  # not a date
    ],
)
def test_fast_reports_problems_in_the_pure_loaders_words(text: str) -> None:
    with pytest.raises(ConfigError) as pure:
        yamlpos.loads(text, "a.md")
    with pytest.raises(ConfigError) as fast:
        yamlpos.loads(text, "a.md", fast=True)
    assert fast.value.problems == pure.value.problems


def test_fast_leaves_deep_nesting_to_the_pure_loader() -> None:
    # libyaml recurses in C and would crash the process; the pure loader raises.
    with pytest.raises(ConfigError) as caught:
        yamlpos.loads("x: " + "[" * 100_000, "a.md", fast=True)
    assert caught.value.problems == ("a.md:1:1: YAML nested too deeply",)
