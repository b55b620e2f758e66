"""Charts: well-formed, escaped, self-contained SVG with a text alternative."""

from __future__ import annotations

import datetime as dt
import xml.etree.ElementTree as ET

from briefing.analysis.model import ActivityRow, StanceCell
from briefing.render.charts import activity_svg, stance_svg

NS = "{http://www.w3.org/2000/svg}"
NAMES = {"china": "China", "iran": "Iran", "evil": '<script>alert("x")</script> & Co'}
CELLS = (
    StanceCell("china", "iran", ("offers to mediate",), 2, ()),
    StanceCell("iran", "evil", ("condemns",), 1, ()),
    StanceCell("evil", "iran", ("warns",), 1, ()),
)
DAYS = (dt.date(2024, 1, 18), dt.date(2024, 1, 19))
ROWS = (ActivityRow("china", (5, 6), 11), ActivityRow("evil", (0, 1), 1))


def name(actor: str) -> str:
    return NAMES.get(actor, actor)


def test_stance_diagram_is_well_formed_and_escaped():
    svg = stance_svg(CELLS, name)
    root = ET.fromstring(svg)
    assert root.get("role") == "img"
    assert root.find(f"{NS}title").text == "Who said what about whom"
    desc = root.find(f"{NS}desc").text
    assert "China → Iran: offers to mediate" in desc
    assert "<script>" not in svg and "&lt;script&gt;" in svg
    labels = [t.text for t in root.iter(f"{NS}text")]
    assert '<script>alert("x")</script> & Co' in labels
    assert "offers to mediate (2)" in labels
    assert len(list(root.iter(f"{NS}path"))) == 4  # three arrows and the arrowhead


def test_activity_chart_writes_counts_and_days():
    svg = activity_svg(ROWS, DAYS, name)
    root = ET.fromstring(svg)
    desc = root.find(f"{NS}desc").text
    assert desc.startswith("Statements per actor and day. China 11 (18 Jan: 5, 19 Jan: 6)")
    labels = [t.text for t in root.iter(f"{NS}text")]
    assert labels[:2] == ["18 January", "19 January"]
    assert "11" in labels and "China" in labels


def test_no_external_references_and_deterministic():
    for svg in (stance_svg(CELLS, name), activity_svg(ROWS, DAYS, name)):
        assert "http:" not in svg.replace('xmlns="http://www.w3.org/2000/svg"', "")
        assert "href" not in svg and "<script" not in svg
    assert stance_svg(CELLS, name) == stance_svg(CELLS, name)


def test_nothing_to_draw_gives_no_svg():
    assert stance_svg((), name) == "" and activity_svg((), DAYS, name) == ""
