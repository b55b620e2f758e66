"""The sections of the brief, each declared once: its config key, its analysis, its template.

Stage: config (plain data, imported by every later stage). Input: none. Output: SECTIONS,
the registry that config validation (the keys allowed under `sections:` in
briefing.yaml), the analysis (`analyse` runs what is switched on) and the templates (the
loop in templates/analysis.md.j2) read, in this order.

A section's analysis is named, not imported ("module:function"), because config comes
before the analysis in the pipeline and may not import it; briefing/analysis/sections.py
resolves the name and calls the function with a `SectionInput`. The nine sections of the
situation picture below predate the registry: `analyse` computes them into the typed
fields of `Analysis` (their `analysis` is ""). A new section names its function, whose
result the template reads as `a.part("<key>")`.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Section:
    """One section of the brief."""

    key: str  # its switch under `sections:` in briefing.yaml
    reads_text: bool = False  # its analysis reads the articles' sentences (passages)
    lead: str = ""  # its template part under the date line (templates/sections/...)
    picture: str = ""  # its template part after the key developments
    analysis: str = ""  # "module:function" that makes its data; "" when analyse() does

    @property
    def in_picture(self) -> bool:
        """Whether the analysis makes it (the brief's own sections have no template part)."""
        return bool(self.lead or self.picture)


SECTIONS: tuple[Section, ...] = (
    # The brief's own sections: brief.md.j2 shows them; the selection fills them.
    Section("key_developments"),
    Section("actors"),
    Section("sources"),
    # The situation picture (briefing/analysis/), shown around "Key developments".
    Section("sitrep", lead="sections/sitrep.md.j2"),
    Section("bottom_line", reads_text=True, lead="sections/bottom_line.md.j2"),
    Section("timeline", reads_text=True, picture="sections/timeline.md.j2"),
    Section("key_figures", reads_text=True, picture="sections/key_figures.md.j2"),
    Section("competing_accounts", reads_text=True,
            picture="sections/competing_accounts.md.j2"),
    Section("who_said_what", reads_text=True, picture="sections/who_said_what.md.j2"),
    Section("activity", picture="sections/activity.md.j2"),
    Section("what_to_watch", reads_text=True, picture="sections/what_to_watch.md.j2"),
    Section("what_changed", picture="sections/what_changed.md.j2"),
)


def keys() -> tuple[str, ...]:
    """The config keys of the sections, in order."""
    return tuple(section.key for section in SECTIONS)


def picture() -> tuple[Section, ...]:
    """The sections the analysis makes (those with a template part), in order."""
    return tuple(section for section in SECTIONS if section.in_picture)
