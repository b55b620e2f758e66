"""The built brief: one frozen value from the pipeline to the renderers.

Input: the selection's entries and sections, the numbered sources and the analysis's
picture. Output: `Brief`, which pipeline.py makes and render/ and build.py read. It sits
after analysis/ in the stage order, so models.py never imports analysis/.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from briefing.analysis.model import Analysis
from briefing.models import ActorSection, Entry, NotRead, SourceRef, Statement


@dataclass(frozen=True, slots=True)
class Brief:
    title: str
    date: dt.date
    window_start: dt.date
    handling: str
    key_developments: tuple[Entry, ...]
    sections: tuple[ActorSection, ...]
    sources: tuple[SourceRef, ...]
    analysis: Analysis | None = None  # the situation picture (analysis/), if built
    not_read: tuple[NotRead, ...] = ()  # items skipped by ingest and by the build
    # Every statement found in the window's articles, selected or not: what the store keeps
    # for `briefing search` (sources/archive.py). Not rendered.
    statements: tuple[Statement, ...] = ()
