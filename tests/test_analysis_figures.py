"""Key figures: counts normalised, what they count, who claims them, where they stand."""

from __future__ import annotations

import pytest
from analysis_cases import article, extracted, prepare, quote

from briefing.analysis.figures import find_figures, parse_number, side_by_side


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


def test_parties_conflicting_claims_about_the_same_thing_stand_side_by_side():
    a1 = article("Pakistan's military said 40 soldiers were killed in the raid on the border "
                 "post on Sunday.", ident="a1")
    a2 = article("Iran said it killed 12 men in the raid, Tehran radio said on Monday. "
                 "Separately, 300 people were displaced by floods, the report said.", ident="a2")
    rows = side_by_side(find_figures(prepare(extracted(a1), extracted(a2))))
    disputed = [row for row in rows if len(row) > 1]
    assert [[(f.shown, f.claimant) for f in row] for row in disputed] == [
        [("40", "pakistan"), ("12", "iran")]]
    assert sum(len(row) for row in rows) == len({f for row in rows for f in row})


def test_one_party_or_the_same_number_is_no_conflict():
    a1 = article("Pakistan said 40 soldiers were killed. Pakistan's army said 12 civilians "
                 "were killed.", ident="a1")
    a2 = article("Iran said 40 soldiers were killed in the raid.", ident="a2")
    rows = side_by_side(find_figures(prepare(extracted(a1), extracted(a2))))
    assert all(len(row) == 1 for row in rows)


def _shown(found):
    return [(f.shown, f.category, f.counted) for f in found]


def test_wire_money_with_what_it_is_of_and_prices_left_out():
    _, found = figures("The governor said the storm caused damage estimated at 750 mln dlrs and "
                       "asked for 1.2 billion dlrs in federal aid, while crude sold at 18 dlrs a "
                       "barrel. Tokyo offered 2.3 bln yen and London 40 mln stg.")
    assert _shown(found) == [
        ("2.3 billion", "money", "yen"),
        ("1.2 billion", "money", "US dollars in aid"),
        ("750 million", "money", "US dollars in damage"),
        ("40 million", "money", "pounds sterling")]


def test_a_currency_named_after_the_number_keeps_its_country():
    _, found = figures("Ottawa pledged 15 mln Canadian dlrs for the relief effort.")
    assert _shown(found) == [("15 million", "money", "Canadian dollars")]


def test_a_sum_for_a_past_period_is_a_statistic_not_a_figure():
    _, found = figures("The deficit widened from 12 billion dlrs in 1985 to 20 billion dlrs last "
                       "year, and Congress now weighs sanctions on 500 mln dlrs of imports.")
    assert _shown(found) == [("500 million", "money", "US dollars in imports")]


def test_percentages_that_are_a_partys_measure_not_a_markets_move():
    _, found = figures("Brussels imposed 35 pct tariffs on the steel and the cartel agreed to cut "
                       "its output by 8.5 pct, while shares fell 3 pct and bond yields rose 0.5 "
                       "pct. Output was slashed by 20 pct, and a duty of 15 per cent applies.")
    assert _shown(found) == [
        ("35", "percent", "per cent tariffs"),
        ("20", "percent", "per cent cut"),
        ("15", "percent", "per cent duty"),
        ("8.5", "percent", "per cent cut in output")]


def test_ships_and_shells_with_compound_modifiers():
    _, found = figures("The navy said three British frigates fired about 400 4.5-inch shells at "
                       "the battery as two 90,000-ton tankers waited offshore.")
    assert _shown(found) == [
        ("3", "ships", "British frigates"),
        ("2", "ships", "90,000-ton tankers"),
        ("~ 400", "missiles", "4.5-inch shells")]


def test_troops_and_personnel_are_forces_but_soldiers_who_speak_are_not():
    _, found = figures("Ankara massed 20,000 men on the border and flew in 15 to 20 foreign "
                       "personnel, while two soldiers said the road was closed.")
    assert _shown(found) == [("20,000", "forces", "men"),
                             ("15 to 20", "forces", "foreign personnel")]


def test_several_stays_a_word_and_keeps_its_predicate():
    _, found = figures("Officials said several people were injured in the blast.")
    (f,) = found
    assert (f.shown, f.words, f.category, f.counted) == ("several", "several", "injured",
                                                         "people")


def test_votes_keep_both_sides():
    _, found = figures("The assembly voted 112-3 to condemn the raid, and the committee backed "
                       "the bill by a vote of 14 to 1.")
    assert [(f.shown, f.category) for f in found] == [("112-3", "vote"), ("14-1", "vote")]


def test_a_date_ahead_is_a_deadline_and_a_date_past_is_not():
    _, found = figures("The ban takes effect from March 1, the ministry said. It was first "
                       "announced on January 5, and envoys will meet on February 20 to 22.")
    assert [(f.shown, f.category, f.counted) for f in found] == [
        ("March 1", "deadline", "takes effect"), ("February 20-22", "deadline", "meeting")]


def test_the_same_count_in_other_words_is_one_figure_and_joins_the_claim():
    a1 = article("Four Chinese frigates entered the port, Pakistan's Foreign Office said.",
                 ident="a1")
    a2 = article("Four Chinese-built frigates entered the port on Sunday.", ident="a2")
    found = find_figures(prepare(extracted(a1), extracted(a2)))
    assert [(f.shown, f.category, f.counted, f.claimant, len(f.citations)) for f in found] == [
        ("4", "ships", "Chinese frigates", "pakistan", 2)]


def test_people_hurt_rank_before_sums_and_the_most_cited_first():
    from briefing.analysis.figures import rank
    from briefing.analysis.model import Figure
    from briefing.models import Citation

    def fig(category, cites, at=0):
        return Figure(1, "", category, "x", None, "x",
                      tuple(Citation(f"a{i}", i, ((at, at + 1),)) for i in range(cites)))
    order = sorted([fig("money", 5), fig("killed", 1), fig("percent", 1, 900),
                    fig("ships", 2), fig("percent", 1, 10)], key=rank)
    assert [(f.category, len(f.citations)) for f in order] == [
        ("killed", 1), ("ships", 2), ("money", 5), ("percent", 1), ("percent", 1)]
    assert order[3].citations[0].spans == ((10, 11),)


def test_sums_of_no_stated_kind_and_votes_are_never_claims_that_differ():
    a1 = article("Pakistan said it would spend 40 mln dlrs, and the assembly voted 90-2.",
                 ident="a1")
    a2 = article("Iran said it would spend 70 mln dlrs, and the council voted 12-3.", ident="a2")
    rows = side_by_side(find_figures(prepare(extracted(a1), extracted(a2))))
    assert rows and all(len(row) == 1 for row in rows)


def test_a_level_reached_is_no_change_made_but_a_tariff_raised_to_a_rate_is_a_rate():
    _, found = figures("The party lifted its share to 14.3 pct, and Washington raised tariffs "
                       "to 100 pct.")
    assert _shown(found) == [("100", "percent", "per cent tariffs")]


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


def test_sums_votes_and_dates_of_stories_not_about_the_crisis_are_left_out():
    # The crisis: Pakistan and Iran. A same-day story names Pakistan on other business
    # (a loan vote); its sum and vote are its own, but a death toll counts wherever told.
    from briefing.analysis.bottom_line import core_pair
    from briefing.analysis.figures import about_crisis, crisis_stories

    crisis = article("Pakistan said Iran must pay 20 mln dlrs in compensation for the "
                     "strike, which killed two children.", ident="c1")
    other = article("Parliament in Islamabad voted 210-12 to approve a 300 mln dlr loan for "
                    "a dam. Floods near the dam killed four people, Pakistani officials said.",
                    ident="o1")
    passages = prepare((crisis, ()), (other, ()))
    emphasis = {"pakistan": 2.0, "iran": 2.0, "china": 1.5}
    core = core_pair(passages, emphasis)
    assert core == {"pakistan", "iran"}
    stories = crisis_stories(passages, core)
    assert stories == {"c1"}
    found = {(f.category, f.citations[0].article_id) for f in find_figures(passages)}
    assert {("money", "o1"), ("vote", "o1"), ("killed", "o1")} <= found
    kept = about_crisis(find_figures(passages), stories)
    by_story = {(f.category, f.citations[0].article_id) for f in kept}
    assert ("money", "c1") in by_story
    assert not {("money", "o1"), ("vote", "o1")} & by_story
    assert ("killed", "o1") in by_story
    # A story the bottom line tells is about the crisis; with no pair, every story is.
    assert crisis_stories(passages, core, ["o1"]) == {"c1", "o1"}
    assert about_crisis(find_figures(passages), crisis_stories(passages, {"iran"})) == \
        find_figures(passages)


def test_volumes_of_oil_and_goods_are_figures_but_prices_and_past_output_are_not():
    _, found = figures("Venezuela will lend Ecuador 50,000 barrels per day of crude oil, and "
                       "Ecuador will ask to pump 100,000 bpd more once its pipeline is repaired. "
                       "Crude sold at 18 dlrs a barrel, after output of 1.2 mln bpd last year. "
                       "Egypt asked for 500,000 tonnes of wheat.")
    assert sorted(_shown(found)) == sorted([
        ("50,000", "volume", "barrels per day of crude oil"),
        ("100,000", "volume", "barrels per day"),
        ("500,000", "volume", "tonnes of wheat")])
