"""Sections declared by their analysis function: what `analyse` hands them, how it calls them.

Stage: analysis. Input: the sections switched on (briefing/config/sections.py names each
one's function as "module:function") and a `SectionInput`. Output: the `Analysis.parts`
value, (key, data) per section, in the registry's order. The function must be pure and
return frozen values (tuples, frozen dataclasses), like the rest of the analysis.
"""

from __future__ import annotations

import datetime as dt
import importlib
from collections.abc import Callable, Collection, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from briefing.analysis.context import Passage
from briefing.config import sections as registry
from briefing.config.settings import Actors
from briefing.models import Article, Entry, Statement


@dataclass(frozen=True, slots=True)
class SectionInput:
    """What a section's analysis may read."""

    articles: Sequence[Article]  # in the window, in source order
    numbers: Mapping[str, int]  # article id -> source number
    statements: Sequence[Statement]  # by the shown actors, or unattributed
    entries: Sequence[Entry]  # the entries the selection chose
    actors: Actors
    passages: Sequence[Passage]  # the articles' sentences; () unless `reads_text`
    days: tuple[dt.date, ...]  # the window, oldest first


def function(reference: str) -> Callable[[SectionInput], Any]:
    """Import the function a "module:function" reference names."""
    module, _, name = reference.partition(":")
    found: Callable[[SectionInput], Any] = getattr(importlib.import_module(module), name)
    return found


def run(on: Collection[str], given: SectionInput) -> tuple[tuple[str, Any], ...]:
    """Run the analysis of each declared section that is switched on."""
    return tuple((section.key, function(section.analysis)(given))
                 for section in registry.picture() if section.analysis and section.key in on)
