"""Charts: analysis values -> SVG text (the speaker -> target diagram and the activity chart).

Input: the stance table and the activity rows, with actor names. Output: a standalone
`<svg>` string, built from the data with plain string formatting and every text escaped;
no scripts, no external references, so WeasyPrint draws it in the PDF as it is. Each SVG
has role="img", a <title> and a <desc> that says in words what it shows (its text
alternative). Deterministic: the same data gives the same bytes.
"""

from __future__ import annotations

import datetime as dt
import math
from collections.abc import Callable, Sequence
from html import escape

from briefing.analysis.model import ActivityRow, StanceCell

FONT = "Brief Sans, DejaVu Sans Condensed, DejaVu Sans, sans-serif"  # brief.css @font-face first
INK = "#1a1a1a"
MUTED = "#666666"
EDGE = "#1f5a8a"
MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December")
DAY_COLOURS = ("#9ecae1", "#4292c6", "#08519c", "#c6dbef", "#6baed6", "#2171b5", "#084594")


def _e(text: object) -> str:
    return escape(str(text), quote=True)


def _num(value: float) -> str:
    return f"{value:.1f}".rstrip("0").rstrip(".")


def _open(kind: str, width: int, height: int, title: str, desc: str) -> list[str]:
    return [
        f'<svg xmlns="http://www.w3.org/2000/svg" class="chart {kind}" role="img" '
        f'width="{width}" height="{height}" viewBox="0 0 {width} {height}" '
        f'aria-labelledby="{kind}-title {kind}-desc" font-family="{FONT}" font-size="11">',
        f'<title id="{kind}-title">{_e(title)}</title>',
        f'<desc id="{kind}-desc">{_e(desc)}</desc>',
    ]


def stance_description(cells: Sequence[StanceCell], name: Callable[[str], str]) -> str:
    """Say in words what the diagram shows: one clause per arrow."""
    parts = [f"{name(c.speaker)} → {name(c.target)}: {', '.join(c.cues)}" for c in cells]
    return "Statements by one actor about another. " + "; ".join(parts) + "."


def stance_svg(cells: Sequence[StanceCell], name: Callable[[str], str]) -> str:
    """Draw actors on a circle and an arrow from each speaker to each actor it spoke about."""
    if not cells:
        return ""
    actors = sorted({c.speaker for c in cells} | {c.target for c in cells},
                    key=lambda a: (name(a), a))
    width, height = 640, 420
    cx, cy = width / 2, height / 2 + 5
    radius = min(cx, cy) - 70
    where: dict[str, tuple[float, float]] = {}
    for i, actor in enumerate(actors):
        angle = -math.pi / 2 + 2 * math.pi * i / len(actors)
        where[actor] = (cx + radius * 1.35 * math.cos(angle), cy + radius * math.sin(angle))
    out = _open("stance", width, height, "Who said what about whom",
                stance_description(cells, name))
    out.append(
        '<defs><marker id="stance-arrow" viewBox="0 0 10 10" refX="10" refY="5" '
        'markerWidth="7" markerHeight="7" orient="auto-start-reverse">'
        f'<path d="M0,0 L10,5 L0,10 z" fill="{EDGE}"/></marker></defs>'
    )
    pairs = {(c.speaker, c.target) for c in cells}
    half = {actor: _node_half_width(name(actor)) for actor in actors}
    for cell in cells:
        out.extend(_edge(cell, where, half, (cell.target, cell.speaker) in pairs))
    for actor in actors:
        x, y = where[actor]
        label = name(actor)
        box = 2 * _node_half_width(label)
        out.append(
            f'<g class="node"><rect x="{_num(x - box / 2)}" y="{_num(y - 13)}" '
            f'width="{_num(box)}" height="26" rx="13" fill="#ffffff" stroke="{INK}"/>'
            f'<text x="{_num(x)}" y="{_num(y + 4)}" text-anchor="middle" fill="{INK}" '
            f'font-weight="bold">{_e(label)}</text></g>'
        )
    out.append("</svg>")
    return "\n".join(out) + "\n"


def _node_half_width(label: str) -> float:
    return (8 + 6.2 * len(label)) / 2


def _to_edge(ux: float, uy: float, half_width: float, half_height: float = 13.0) -> float:
    """Distance from a node's centre along (ux, uy) to its box, plus a small gap."""
    tx = half_width / abs(ux) if ux else math.inf
    ty = half_height / abs(uy) if uy else math.inf
    return min(tx, ty) + 3


def _edge(cell: StanceCell, where: dict[str, tuple[float, float]], half: dict[str, float],
          both: bool) -> list[str]:
    (x1, y1), (x2, y2) = where[cell.speaker], where[cell.target]
    dx, dy = x2 - x1, y2 - y1
    length = math.hypot(dx, dy) or 1.0
    ux, uy = dx / length, dy / length
    # Start and end at the edges of the node labels; bend the line when both directions exist.
    out1, out2 = _to_edge(ux, uy, half[cell.speaker]), _to_edge(ux, uy, half[cell.target])
    sx, sy = x1 + ux * out1, y1 + uy * out1
    ex, ey = x2 - ux * out2, y2 - uy * out2
    bend = 28.0 if both else 0.0
    mx, my = (sx + ex) / 2 - uy * bend, (sy + ey) / 2 + ux * bend
    label = ", ".join(cell.cues)
    if cell.count > 1:
        label += f" ({cell.count})"
    lx, ly = (sx + ex) / 4 + mx / 2, (sy + ey) / 4 + my / 2
    if both:  # two labels on one pair of nodes: one above the other, never on top
        ly += -8 if cell.speaker < cell.target else 8
    box = 6 + 5.2 * len(label)
    return [
        f'<path d="M{_num(sx)},{_num(sy)} Q{_num(mx)},{_num(my)} {_num(ex)},{_num(ey)}" '
        f'fill="none" stroke="{EDGE}" stroke-width="1.5" marker-end="url(#stance-arrow)"/>',
        f'<rect x="{_num(lx - box / 2)}" y="{_num(ly - 10)}" width="{_num(box)}" height="13" '
        f'fill="#ffffff" fill-opacity="0.85"/>',
        f'<text x="{_num(lx)}" y="{_num(ly)}" text-anchor="middle" fill="{EDGE}" '
        f'font-size="10">{_e(label)}</text>',
    ]


def activity_description(rows: Sequence[ActivityRow], days: Sequence[dt.date],
                         name: Callable[[str], str]) -> str:
    """Say in words what the activity chart shows."""
    parts = []
    for row in rows:
        per_day = ", ".join(f"{d.day} {MONTHS[d.month - 1][:3]}: {n}"
                            for d, n in zip(days, row.counts, strict=True))
        parts.append(f"{name(row.actor)} {row.total} ({per_day})")
    return "Statements per actor and day. " + "; ".join(parts) + "."


def activity_svg(rows: Sequence[ActivityRow], days: Sequence[dt.date],
                 name: Callable[[str], str]) -> str:
    """Draw one horizontal bar per actor, split by day, with the counts written out."""
    if not rows:
        return ""
    label_w, bar_w, row_h, top = 170, 380, 22, 34
    width = label_w + bar_w + 60
    height = top + row_h * len(rows) + 16
    most = max(row.total for row in rows) or 1
    scale = bar_w / most
    out = _open("activity", width, height, "Statements per actor",
                activity_description(rows, days, name))
    x = label_w
    for i, day in enumerate(days):
        colour = DAY_COLOURS[i % len(DAY_COLOURS)]
        label = f"{day.day} {MONTHS[day.month - 1]}"
        out.append(f'<rect x="{x}" y="8" width="12" height="12" fill="{colour}"/>'
                   f'<text x="{x + 16}" y="18" fill="{INK}">{_e(label)}</text>')
        x += 110
    for r, row in enumerate(rows):
        y = top + r * row_h
        out.append(f'<text x="{label_w - 8}" y="{y + 14}" text-anchor="end" fill="{INK}">'
                   f'{_e(name(row.actor))}</text>')
        x0 = float(label_w)
        for i, count in enumerate(row.counts):
            if count:
                w = count * scale
                out.append(f'<rect x="{_num(x0)}" y="{y + 3}" width="{_num(w)}" height="15" '
                           f'fill="{DAY_COLOURS[i % len(DAY_COLOURS)]}"/>')
                x0 += w
        out.append(f'<text x="{_num(x0 + 6)}" y="{y + 14}" fill="{MUTED}">{row.total}</text>')
    out.append("</svg>")
    return "\n".join(out) + "\n"
