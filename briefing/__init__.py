"""briefing: rules-based geopolitical situation briefs from dated news articles."""

from __future__ import annotations

__version__ = "0.1.0"
