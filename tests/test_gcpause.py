"""The cycle collector is paused inside the block and left as it was after."""

from __future__ import annotations

import gc

import pytest

from briefing.gcpause import paused_gc


def test_paused_inside_and_started_again_after() -> None:
    assert gc.isenabled()
    with paused_gc():
        assert not gc.isenabled()
    assert gc.isenabled()


def test_started_again_after_an_error_and_left_off_if_it_was_off() -> None:
    with pytest.raises(ValueError), paused_gc():
        raise ValueError("boom")
    assert gc.isenabled()
    gc.disable()
    try:
        with paused_gc():
            pass
        assert not gc.isenabled()
    finally:
        gc.enable()
