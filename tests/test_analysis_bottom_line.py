"""Bottom line: two to four verbatim sentences chosen for coverage."""

from __future__ import annotations

import re

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
            "Chinese diplomats said four drones were shot down over the disputed valley. "
            "Russian monitors reported five rockets struck near a refinery complex. "
            "Islamabad confirmed six militants died during the overnight operation there. "
            "Beijing reported seven civilians wounded in shelled mountain villages.")
    assert len(bottom_line(prepare((article(text), ())), EMPHASIS)) == 4


def test_near_repeats_are_picked_once():
    text = " ".join(f"On day {i} the attack by Pakistan on Iran killed {n} people and China "
                    "and Russia spoke."
                    for i, n in enumerate(("two", "three", "four")))
    assert len(bottom_line(prepare((article(text), ())), EMPHASIS)) == 1


def _reference(passages, emphasis):  # type: ignore[no-untyped-def]
    """The selection as first written, recomputing every feature in every round."""
    from briefing.analysis.bottom_line import (
        MAX_LINES,
        MIN_LINES,
        NEW_STORY,
        TOP_ACTORS,
        _actors,
        _counts,
        _is_candidate,
        _main_event,
        _score,
        core_pair,
    )
    from briefing.analysis.words import similarity
    from briefing.selection import content_words

    candidates = [p for p in passages if _is_candidate(p, emphasis)]
    core = core_pair(passages, emphasis)
    word = _main_event(passages)
    event = re.compile(rf"\b{word}", re.IGNORECASE) if word else None
    named = {a for p in candidates for a in _actors(p, emphasis, core)}
    top = set(sorted(named, key=lambda a: (-emphasis[a], a))[:TOP_ACTORS])
    scored = sorted(candidates,
                    key=lambda p: (-_score(p, emphasis, event, core), p.number, p.start))
    picked = [scored[0]]
    covered, counts = set(_actors(scored[0], emphasis, core)) & top, set(_counts(scored[0]))
    while len(picked) < MAX_LINES:
        best = None
        for p in scored:
            words = content_words(p.text)
            if p in picked or any(similarity(words, content_words(q.text)) >= 0.6
                                  for q in picked):
                continue
            new_actors = sum(emphasis[a] for a in _actors(p, emphasis, core) if a in top - covered)
            new_counts = len(set(_counts(p)) - counts)
            if new_actors + new_counts == 0 and len(picked) >= MIN_LINES:
                continue
            value = new_actors * 5 + new_counts * 3 + _score(p, emphasis, event, core) \
                + NEW_STORY * all(p.number != q.number for q in picked)
            if best is None or value > best[0]:
                best = (value, p)
        if best is None:
            break
        picked.append(best[1])
        covered |= set(_actors(best[1], emphasis, core)) & top
        counts |= set(_counts(best[1]))
    picked.sort(key=lambda p: (p.article.date, p.number, p.start))
    return [p.text for p in picked]


def test_many_similar_articles_give_the_reference_choice():
    # Word choices vary between articles, so that sentences are near-repeats of each other
    # (similarity between 0.5 and 1) as well as exact ones.
    days = ("Monday", "Tuesday", "Wednesday")
    acts = ("strikes", "raids", "shelling", "attacks")
    sentences = (
        "China offered on {day} to mediate between Pakistan and Iran after the {act}.",
        "The {act} by Iran on {day} killed {k} children near the border with Pakistan.",
        "Russia urged Pakistan and Iran to show restraint after the {act} of {day}.",
        "Pakistan said {k} militants were killed in {act} inside Iran on {day}.",
        "Iran summoned the envoy of Pakistan over the {act}, which wounded {k} people.",
    )
    items = []
    for i in range(30):
        order = sentences[i % 3:] + sentences[:i % 3]
        text = "\n\n".join(s.format(day=days[i % 3], act=acts[i % 4], k=2 + i % 5)
                            for s in order)
        items.append((article(text, ident=f"a{i}"), ()))
    passages = prepare(*items)
    assert [line.text for line in bottom_line(passages, EMPHASIS)] == _reference(passages,
                                                                                  EMPHASIS)


def test_a_minor_story_naming_a_party_in_its_tail_is_not_the_bottom_line():
    # The crisis is the pair named together most; a sentence of another story that names
    # a party only in its closing clause, or names one party with outsiders, gives way.
    text = ("Pakistan said its jets struck three camps inside Iran before dawn on Monday.\n\n"
            "Iran said its guards shot down two Pakistani drones near the border town.\n\n"
            "Iranian officials said the raid by Pakistan killed four villagers and hurt others.\n\n"
            "The Senate voted to cut 40 million dollars of farm aid, including a grant to a "
            "trade fair held in Iran.\n\n"
            "Russian, Chinese and Iranian bankers met in Moscow to discuss the price of wheat.")
    lines = [line.text for line in bottom_line(prepare((article(text), ())), EMPHASIS)]
    assert not any("Senate" in line or "bankers" in line for line in lines)
    assert len(lines) >= 2 and all("Iran" in line and "Pakistan" in line for line in lines)


def test_background_dated_well_before_the_report_is_never_picked():
    text = ("Pakistan said its jets struck three camps inside Iran on Wednesday.\n\n"
            "The raids followed fierce battles between Pakistan and Iran after an offensive "
            "launched on November 9, in which dozens of civilians were killed.")
    lines = [line.text for line in bottom_line(prepare((article(text), ())), EMPHASIS)]
    assert not any("November" in line for line in lines)


def test_another_story_s_development_beats_a_third_sentence_of_the_same_story():
    first = article(
        "Pakistani troops shelled Iranian border posts overnight, killing four guards. "
        "Islamabad said its artillery also destroyed two Iranian watchtowers near Taftan. "
        "A Pakistani army officer said the shelling of the posts went on for three hours and "
        "wounded five more Iranian guards.", ident="a1")
    second = article(
        "Iran recalled its ambassador from Islamabad and closed the Taftan border crossing to "
        "all trade, Tehran said on Thursday.", ident="a2")
    lines = bottom_line(prepare((first, ()), (second, ())), EMPHASIS)
    assert any(line.citations[0].article_id == "a2" for line in lines)


def _lines(*texts: str) -> list[str]:
    items = [(article(text, ident=f"a{i}"), ()) for i, text in enumerate(texts)]
    return [line.text for line in bottom_line(prepare(*items), EMPHASIS)]


def test_a_confirmed_account_outranks_an_early_hedged_report_of_the_same_development():
    lines = _lines(
        "Television networks had reported that Pakistani jets struck three Iranian border "
        "posts late on Sunday night.",
        "Pakistan's army confirmed that its jets struck two Iranian border posts near the "
        "town of Taftan on Monday morning.",
        "Iran recalled its ambassador from Islamabad and closed the main border crossing "
        "with Pakistan on Monday.")
    assert not any(line.startswith("Television") for line in lines)
    assert any(line.startswith("Pakistan's army") for line in lines)


def test_a_sentence_whose_subject_is_a_pronoun_is_never_picked():
    lines = _lines(
        "Pakistan said its jets struck militant camps inside Iran on Monday.\n\n"
        "He said the 40 Iranian guards at the posts were given an hour to leave before "
        "the strikes on Pakistan's neighbour began.",
        "Iran summoned Pakistan's envoy in Tehran and demanded an explanation for the raid.")
    assert not any(line.startswith("He ") for line in lines)


def test_a_development_many_stories_tell_outranks_one_story_s_aside():
    told = ("Pakistan imposed a ban on imports of Iranian fruit and fuel on Monday, "
            "officials in Islamabad said.",
            "Islamabad banned imports of Iranian fruit and fuel from Monday, Pakistan's "
            "commerce ministry announced.",
            "Pakistan's ban on imports of Iranian fruit and fuel took effect on Monday, "
            "traders said.")
    aside = ("Iranian and Pakistani cricket fans gathered in a Tehran park on Monday to "
             "watch the match on a big screen.")
    lines = _lines(aside, *told)
    assert lines and aside not in lines


def test_in_a_dispute_without_fighting_each_new_kind_of_development_earns_a_line():
    # A trade row: a decision, then an offer, then a party's own cuts; no casualty count
    # and no new actor, but each line tells a development no other line tells.
    stories = (
        "Pakistan will impose tariffs on Iranian steel from May 1, the commerce ministry "
        "in Islamabad announced.",
        "Islamabad said it would impose the tariffs on Iranian steel from May 1 unless "
        "Tehran changed course.",
        "Pakistan is willing to drop the tariffs if Iran opens its market to Pakistani "
        "textiles, the trade minister in Islamabad said.",
        "Islamabad would be willing to lift the tariffs once Iran opened its market to "
        "Pakistani textiles, officials said.",
        "Iranian steel mills will cut exports to Pakistan from next month, Tehran's "
        "industry ministry said.",
        "Iran's steel makers are to cut shipments to Pakistan next month, the ministry in "
        "Tehran said.")
    lines = _lines(*stories)
    assert any("willing" in line for line in lines)
    assert any("impose" in line for line in lines)
