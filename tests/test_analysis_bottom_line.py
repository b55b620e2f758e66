"""Bottom line: two to four verbatim sentences chosen for coverage."""

from __future__ import annotations

from analysis_cases import article, prepare

from briefing.analysis.bottom_line import bottom_line

EMPHASIS = {"pakistan": 2.0, "iran": 2.0, "china": 1.5, "russia": 1.0}
TEXT = (
    "Chinese Foreign Ministry spokesperson Mao Ning. — APP/File\n\n"
    "China Thursday shared the willingness to mediate between Pakistan and Iran in the wake of "
    "an exchange of attacks on militant targets.\n\n"
    'The missile attack, initiated by Tehran "unprovoked" late Tuesday night, left two children '
    "dead and injured three girls.\n\n"
    "According to Tehran, the attack by Islamabad has claimed at least seven civilians.\n\n"
    "Nuclear-armed Pakistan and neighbouring Iran are both battling simmering insurgencies.\n\n"
    '"We are also willing to play a constructive role in de-escalating the situation," she said.'
)


def test_picks_cover_the_leading_actors_and_the_counts_verbatim_in_reading_order():
    art = article(TEXT)
    lines = bottom_line(prepare((art, ())), EMPHASIS)
    assert [line.text for line in lines] == [
        "China Thursday shared the willingness to mediate between Pakistan and Iran in the wake "
        "of an exchange of attacks on militant targets.",
        'The missile attack, initiated by Tehran "unprovoked" late Tuesday night, left two '
        "children dead and injured three girls.",
        "According to Tehran, the attack by Islamabad has claimed at least seven civilians.",
    ]
    for line in lines:
        (start, end), = line.citations[0].spans
        assert art.text[start:end] == line.text


def test_captions_quotes_and_short_sentences_are_never_picked():
    text = ("Chinese Foreign Ministry spokesperson Mao Ning. — APP/File\n\nPakistan acted.\n\n"
            '"We are also willing to play a constructive role in de-escalating the situation '
            'between Pakistan and Iran," she said.')
    assert bottom_line(prepare((article(text), ())), EMPHASIS) == ()


def test_at_most_four_lines():
    text = ("The attack by Pakistan on Iran killed two people near the border town. "
            "Iranian officials said a missile strike wounded three soldiers at a checkpoint. "
            "Chinese diplomats counted four drones over the disputed valley yesterday. "
            "Russian monitors reported five rockets falling near a refinery complex. "
            "Islamabad confirmed six militants died during the overnight operation there. "
            "Beijing reported seven civilians displaced from flooded mountain villages.")
    assert len(bottom_line(prepare((article(text), ())), EMPHASIS)) == 4


def test_near_repeats_are_picked_once():
    text = " ".join(f"On day {i} the attack by Pakistan on Iran killed {n} people and China "
                    "and Russia spoke."
                    for i, n in enumerate(("two", "three", "four")))
    assert len(bottom_line(prepare((article(text), ())), EMPHASIS)) == 1
