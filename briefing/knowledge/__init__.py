"""Knowledge: the worldwide reference of states, bodies, people and role words, and its look-up.

Input: the data files under briefing/knowledge/data/ (rebuilt from the Phoenix dictionaries
and hand-written tables by `python -m briefing.knowledge.rebuild PHOENIX_FOLDER`).
Output: `load()` -> a cached `Reference` (`state_of`, `body_of`, `lookup`, `person`), and
`affiliation(phrase, day)` -> whom a speaker phrase speaks for, in which voice, and why.
Importing this package reads no file; the data are read on the first `load()`.
"""

from __future__ import annotations

from briefing.knowledge.affiliation import affiliation
from briefing.knowledge.model import (
    Affiliation,
    Candidate,
    Evidence,
    Person,
    Resolution,
    Role,
    StateRef,
)
from briefing.knowledge.store import Reference, load

__all__ = ["Affiliation", "Candidate", "Evidence", "Person", "Reference", "Resolution", "Role",
           "StateRef", "affiliation", "load"]
