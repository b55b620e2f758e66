"""Who said what about whom: targets, stance cues, merging, the speaker x target table."""

from __future__ import annotations

import datetime as dt

import pytest
from analysis_cases import SHOWN, article, prepare, quote, said

from briefing.analysis.stance import find_stance, stance_cue, stance_table


@pytest.mark.parametrize(
    ("words", "cue"),
    [
        ("Pakistan strongly condemns the unprovoked violation of its airspace by Iran",
         "condemns"),
        ("of serious consequences", "warns"),
        ("We are also willing to play a constructive role", "offers to mediate"),
        ("Pakistan fully respects the sovereignty and territorial integrity of Iran", "respects"),
        ("It is regrettable that this is happening between friendly SCO countries", "regrets"),
        ("the two sides can exercise calm and restraint", "urges"),
        ("Pakistan and Iran were the major countries in the region", "mentions"),
        ("Kabul would retaliate against any further incursion", "threatens"),
        ("Tehran vowed to avenge the raid", "threatens"),
        # An act done in retaliation is the act, not a threat of one.
        ("its forces destroyed the depot in retaliation for the shelling", "mentions"),
        ("the bombing was an act of naked aggression", "condemns"),
        ("Rome backs the naval escort and Athens is entitled to defend its ships", "supports"),
        ("an infantry brigade backed by tanks crossed the river", "mentions"),
        ("the rebels had fabricated the casualty figures", "accuses"),
        ("reports of a troop build-up on the border were baseless", "denies"),
        ("Moscow rejects the proposed peacekeeping force", "rejects"),
        ("he is not in favour of new sanctions", "rejects"),
        ("the ministry did not object to the sale", "mentions"),
        ("Ankara supports the ceasefire plan", "supports"),
        ("the government welcomed the release of the hostages", "welcomes"),
    ],
)
def test_stance_cues(words, cue):
    art = article(f"X said {words}.")
    assert stance_cue(said(art, words, "china", cue="warned" if cue == "warns" else "said")) == cue


def test_targets_are_the_other_actors_in_the_statement_and_its_sentence():
    text = ("During a press conference in Beijing, China's Foreign Ministry spokeswoman Mao Ning "
            "said the Chinese side hopes that Pakistan and Iran can exercise calm and restraint.")
    art = article(text)
    st = said(art, "the Chinese side hopes that Pakistan and Iran can exercise calm and restraint",
              "china")
    links = find_stance(prepare((art, (st,))), SHOWN)
    assert [(link.speaker, link.targets, link.cue) for link in links] == [
        ("china", ("pakistan", "iran"), "urges")]
    (start, end), = links[0].citations[0].spans
    assert art.text[start:end] == links[0].text


def test_an_actors_own_body_and_context_after_including_are_not_targets():
    text = ("Beijing has offered to stabilise tensions between Pakistan and Iran including "
            "attacks by Russian forces. Pakistan's ISPR said the hideouts of enemies of "
            "Pakistan were hit.")
    art = article(text)
    s1 = said(art, "Beijing has offered to stabilise tensions between Pakistan and Iran including "
                   "attacks by Russian forces", "china", cue="offered")
    s2 = said(art, "the hideouts of enemies of Pakistan were hit", "pakistan_ispr")
    links = find_stance(prepare((art, (s1, s2))), SHOWN)
    assert [(link.speaker, link.targets) for link in links] == [
        ("china", ("pakistan", "iran"))]


def test_hidden_actors_are_neither_speakers_nor_targets():
    text = "Japan said it respects Pakistan. Pakistan said it respects Tokyo."
    art = article(text)
    s1 = said(art, "it respects Pakistan", "japan")
    s2 = said(art, "it respects Tokyo", "pakistan")
    assert find_stance(prepare((art, (s1, s2))), SHOWN) == ()


def test_the_same_statement_in_two_articles_is_one_link_and_the_table_counts():
    words = "We are also willing to play a constructive role for Pakistan and Iran"
    a1 = article(f'"{words}," Mao Ning said.', ident="a1")
    a2 = article(f'"{words}," Mao Ning said. "Pakistan must stop," she warned.',
                 dt.date(2024, 1, 19), "a2")
    links = find_stance(prepare((a1, (quote(a1, words, "china"),)),
                                (a2, (quote(a2, words, "china"),
                                      said(a2, "Pakistan must stop", "china", cue="warned")))),
                        SHOWN)
    assert [(link.targets, link.cue, [c.number for c in link.citations]) for link in links] == [
        (("pakistan", "iran"), "offers to mediate", [1, 2]),
        (("pakistan",), "warns", [2]),
    ]
    table = stance_table(links)
    assert [(c.speaker, c.target, c.cues, c.count, sorted({x.number for x in c.citations}))
            for c in table] == [
        ("china", "iran", ("offers to mediate",), 1, [1, 2]),
        ("china", "pakistan", ("warns", "offers to mediate"), 2, [1, 2]),
    ]


def test_a_cell_with_a_stance_counts_and_cites_only_its_stances():
    a1 = article("Pakistan and Iran were the major countries in the region, Mao Ning said.",
                 ident="a1")
    a2 = article("Iran must withdraw from the border, Mao Ning warned.", dt.date(2024, 1, 19),
                 "a2")
    links = find_stance(prepare(
        (a1, (said(a1, "Pakistan and Iran were the major countries in the region", "china"),)),
        (a2, (said(a2, "Iran must withdraw from the border", "china", cue="warned"),))), SHOWN)
    cells = {c.target: (c.cues, c.count, [x.number for x in c.citations])
             for c in stance_table(links)}
    assert cells["iran"] == (("warns",), 1, [2])  # not "warns (2)" for one warning
    assert cells["pakistan"] == (("mentions",), 1, [1])
