"""Fuzz the position-keeping YAML loader: ConfigError is the only acceptable exception."""

from __future__ import annotations

import atheris

with atheris.instrument_imports():
    import yaml  # noqa: F401  (instrumented too: its parser is where the states are)

    from briefing.config import yamlpos
    from briefing.errors import ConfigError

from _harness import run, text


def test_one_input(data: bytes) -> None:
    try:
        yamlpos.loads(text(data), "fuzz.yaml")
    except ConfigError as exc:
        assert all("\n" not in problem for problem in exc.problems), exc.problems


if __name__ == "__main__":
    run(test_one_input)
