"""Key figures: counts normalised, what they count, who claims them, where they stand."""

from __future__ import annotations

import pytest
from analysis_cases import article, extracted, prepare, quote

from briefing.analysis.figures import find_figures, parse_number


def figures(text: str, statements=None):
    """The article's figures, with the given statements or else those extraction finds."""
    art = article(text)
    read = extracted(art) if statements is None else (art, tuple(statements))
    return art, find_figures(prepare(read))


@pytest.mark.parametrize(
    ("words", "value"),
    [("two", 2), ("seven", 7), ("twenty-one", 21), ("1,200", 1200), ("12", 12),
     ("a dozen", 12), ("eleven", 11)],
)
def test_numbers_are_normalised(words, value):
    assert parse_number(words) == value


def test_scale_words_multiply():
    assert parse_number("3.5", "million") == 3_500_000


def test_killed_and_injured_with_the_claimant_from_the_next_sentence():
    art, found = figures(
        'The missile attack, initiated by Tehran "unprovoked" late Tuesday night, left two '
        "children dead and injured three girls. It also violated the country’s sovereignty, "
        "Pakistan's Foreign Office said in the statement."
    )
    shown = [(f.shown, f.category, f.counted, f.claimant, f.text) for f in found]
    assert shown == [
        ("2", "killed", "children", "pakistan", "two children dead"),
        ("3", "injured", "girls", "pakistan", "injured three girls"),
    ]
    for f in found:
        (start, end), = f.citations[0].spans
        assert art.text[start:end] == f.text


def test_at_least_is_kept_and_according_to_names_the_claimant():
    _, found = figures("According to Tehran, the attack by Islamabad has claimed at least "
                       "seven civilians.")
    (f,) = found
    assert (f.value, f.qualifier, f.shown, f.category, f.counted, f.claimant) == (
        7, "at least", "≥ 7", "killed", "civilians", "iran")


def test_a_figure_inside_a_quote_belongs_to_the_speaker():
    text = ('"Pakistan strongly condemns the violation of its airspace by Iran which resulted in '
            'the death of two innocent children while injuring three girls," the spokesperson '
            "Mumtaz Zahra Baloch said.")
    art = article(text)
    st = quote(art, text[1:text.index(',"')], "pakistan")
    (killed, injured) = find_figures(prepare((art, (st,))))
    assert (killed.value, killed.category, killed.counted, killed.claimant) == (
        2, "killed", "children", "pakistan")
    assert (injured.value, injured.category, injured.claimant) == (3, "injured", "pakistan")


def test_the_same_figure_in_two_articles_is_one_figure_citing_both():
    a1 = article("Pakistan's Foreign Office said two children were killed.", ident="a1")
    a2 = article("Pakistan's Foreign Office said two children were killed in the strike.",
                 ident="a2")
    (f,) = find_figures(prepare(extracted(a1), extracted(a2)))
    assert [c.number for c in f.citations] == [1, 2]


def test_weapons_and_money_need_no_predicate():
    _, found = figures("Iran fired 12 ballistic missiles, Tehran said, and pledged $5.35 million "
                       "and 108.8 billion rupees.")
    assert [(f.category, f.value, f.counted, f.shown) for f in found] == [
        ("missiles", 12, "missiles", "12"),
        ("money", 108_800_000_000, "rupees", "108.8 billion"),
        ("money", 5_350_000, "US dollars", "5.35 million")]


def test_counts_that_are_not_casualties_are_not_figures():
    _, found = figures("The two countries have two sides and 35 years of ties; two children "
                       "attend school in Tehran, where bread costs $2.")
    assert found == ()


def test_a_reported_figure_without_a_claimant_is_kept_with_none():
    _, found = figures("Floods displaced 2,000 people in Sindh.")
    (f,) = found
    assert (f.value, f.category, f.claimant) == (2000, "displaced", None)


def test_casualties_prisoners_and_bare_participles_are_figures():
    _, found = figures("The rebels lost 1,200 casualties in the assault, and another 85 captured "
                       "were paraded on television. Police said 40 prisoners escaped.")
    shown = {(f.shown, f.category, f.counted) for f in found}
    assert ("1,200", "casualties", "casualties") in shown
    assert ("85", "captured", "people") in shown
    assert ("40", "captured", "prisoners") in shown


def test_vague_numbers_stay_words():
    _, found = figures("Witnesses said hundreds of villagers were killed near the square.")
    (f,) = found
    assert (f.shown, f.words, f.category, f.counted) == ("hundreds", "hundreds", "killed",
                                                         "villagers")


def test_counter_attacks_are_counted_as_strikes():
    _, found = figures("The army said six counter-attacks were beaten off overnight.")
    assert [(f.value, f.category, f.counted) for f in found] == [(6, "strikes",
                                                                   "counter-attacks")]


def test_units_committed_are_forces_but_a_firms_division_is_not():
    _, found = figures("The ministry said a Serbian armoured brigade and two battalions crossed "
                       "the river, while a division of the bank was sold.")
    assert [(f.value, f.category, f.counted) for f in found] == [
        (2, "forces", "battalions"), (1, "forces", "Serbian armoured brigade")]


@pytest.mark.parametrize("text", [
    "Two were killed.", "9 CAPTURED", "a prisoner swap", "the wounded", "injured",
    "the dead", "missing", "arrested", "detained", "Killed", "nothing of the kind", "",
])
def test_the_participle_test_is_the_substring_test(text):
    from briefing.analysis.figures import _PARTICIPLES, _has_participle

    assert _has_participle(text) == any(word in text for word in _PARTICIPLES)


def test_money_without_a_dollar_sign_needs_a_currency_named():
    _, found = figures("Iran said on Monday that it had spent 40 million rials on the port, "
                       "and 3 million people live nearby.")
    assert [(f.category, f.value, f.counted) for f in found if f.category == "money"] == [
        ("money", 40_000_000, "rials")]
