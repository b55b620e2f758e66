"""Competing accounts by the general rules of how news reports disagreement: a denial that
answers a claim, a reply to a remark, opposed framings of one act, an agreement said to be
broken against its keeping. Each side is a named party speaking, never the reporter."""

from __future__ import annotations

from analysis_cases import article, extracted, prepare

from briefing.analysis.contrasts import find_contrasts


def contrasts(*texts: str):
    arts = [article(t, ident=f"a{i}") for i, t in enumerate(texts, start=1)]
    return find_contrasts(prepare(*(extracted(a) for a in arts)))


def test_a_denial_answers_the_claim_it_shares_words_with():
    text = ("China said Japanese patrol boats entered its territorial waters near the disputed "
            "islands on Sunday.\n\nJapan's foreign ministry denied that any patrol boats had "
            "entered the territorial waters.")
    (c,) = contrasts(text)
    assert (c.agent, c.other, c.about) == ("china", "japan", "a claim denied")
    assert c.first.text.startswith("China said Japanese patrol boats")
    assert c.second.text.startswith("Japan's foreign ministry denied")


def test_a_denial_of_something_else_pairs_with_nothing():
    text = ("China said Japanese patrol boats entered its territorial waters on Sunday.\n\n"
            "Japan's foreign ministry denied that its trade envoy would resign.")
    assert contrasts(text) == ()


def test_rejecting_an_offer_is_no_denial_of_a_claim():
    text = ("China said it had offered Russia a lower gas price for the pipeline.\n\n"
            "Russia rejected the offer of a lower gas price for the pipeline, its energy "
            "ministry said.")
    assert contrasts(text) == ()


def test_rejecting_the_charges_is_a_denial():
    text = ("Pakistan said Iranian guards fired on a border post near Taftan overnight.\n\n"
            "Iran rejected the charges, saying its guards had not fired on any border post.")
    (c,) = contrasts(text)
    assert (c.first.actor, c.second.actor) == ("pakistan", "iran")


def test_denying_press_reports_answers_no_party():
    text = ("Russia said its grain exports to China would double this year.\n\n"
            "China denied press reports that grain exports from Russia would double.")
    assert contrasts(text) == ()


def test_a_claim_in_another_story_needs_the_denial_to_name_its_party():
    first = "Pakistan said Iranian drones crossed into Baluchistan and struck a fuel depot."
    other = "Russia denied that its drones crossed into Baluchistan or struck any fuel depot."
    assert contrasts(first, other) == ()  # Russia names no Pakistan: no answer to it
    named = ("Iran denied Pakistan's claim that Iranian drones crossed into Baluchistan and "
             "struck a fuel depot.")
    (c,) = contrasts(first, named)
    assert (c.first.actor, c.second.actor) == ("pakistan", "iran")
    assert [x.number for x in c.first.citations] == [1]


def test_a_reply_to_a_named_speakers_remark():
    text = ("Mao Ning said the border talks with Russia had failed.\n\n"
            "Responding to Mao Ning's remark that the border talks had failed, Russia said: "
            "\"The talks have not failed and will resume next month.\"")
    (c,) = contrasts(text)
    assert (c.first.actor, c.second.actor, c.about) == ("china", "russia", "a remark answered")
    assert c.second.text.startswith("Responding to Mao Ning's remark")


def test_a_reply_that_agrees_is_no_competing_account():
    text = ("Mao Ning said the border talks with Russia had made progress.\n\n"
            "Responding to Mao Ning's remark that the border talks had made progress, Russia "
            "said it welcomed the progress of the talks.")
    assert contrasts(text) == ()


def test_self_defence_against_aggression_for_one_act():
    own = ("Russia said its strike on the fuel depot near the border was an act of "
           "self-defence against repeated shelling.")
    other = ("China said the Russian strike on the fuel depot was an unprovoked act of "
             "aggression.")
    (c,) = contrasts(own, other)
    assert (c.agent, c.other, c.about) == ("russia", "china", "self-defence, or aggression")
    assert (c.first.text, c.second.text) == (own, other)


def test_lawful_against_unlawful_for_one_act():
    own = "Russia said the seizure of the Chinese tanker in the strait was lawful."
    other = "China said the Russian seizure of the tanker in the strait was illegal."
    (c,) = contrasts(own, other)
    assert (c.agent, c.other, c.about) == ("russia", "china", "lawful, or unlawful")


def test_different_acts_of_one_agent_are_not_one_dispute():
    own = "Russia said its navy acted in self-defence when it fired warning shots at a ship."
    other = "China said the Russian annexation of the island was an act of aggression."
    assert contrasts(own, other) == ()


def test_saying_it_never_violated_the_pact_keeps_it():
    accuser = "China said Japanese trawlers violated the fishing agreement near the islands."
    accused = "Japan said its trawlers had never violated the fishing agreement."
    (c,) = contrasts(accuser, accused)
    assert (c.agent, c.other) == ("japan", "china")
    assert c.first.text == accused


def test_a_third_partys_backing_is_not_the_agents_own_account():
    # Japan calls Russia's strike self-defence: not Russia's own word; nothing to pair.
    backing = "Japan said the Russian strike on the fuel depot was legitimate self-defence."
    other = "China said the Russian strike on the fuel depot was an act of aggression."
    assert contrasts(backing, other) == ()


def test_the_victim_named_beside_aggression_is_not_its_agent():
    own = "China said its patrol acted in self-defence near the border."
    other = "China said the border clash was aggression against China."
    assert contrasts(own, other) == ()


def test_an_agreement_said_broken_against_its_keeping():
    accuser = ("Pakistan said Iran had failed to honour the 2021 border agreement on "
               "trade crossings.")
    accused = "Iran said it had fully complied with the border agreement on trade crossings."
    (c,) = contrasts(accuser, accused)
    assert (c.agent, c.other, c.about) == ("iran", "pakistan", "an agreement kept, or broken")
    assert (c.first.text, c.second.text) == (accused, accuser)


def test_the_subject_of_said_speaks_where_extraction_found_no_statement():
    # Wire copy capitalises a word after an abbreviation: "The U.S. Said ...".
    text = ("The Chinese Said Japanese vessels had laid mines in the strait near the "
            "islands.\n\nJapan's defence ministry denied that Japanese vessels had laid mines.")
    (c,) = contrasts(text)
    assert (c.first.actor, c.second.actor) == ("china", "japan")


def test_calling_the_accusations_baseless_denies_them():
    text = ("Pakistan accused Iranian guards of smuggling fuel across the border at Taftan.\n\n"
            "Iran said the accusations of fuel smuggling were baseless.")
    (c,) = contrasts(text)
    assert (c.first.actor, c.second.actor) == ("pakistan", "iran")


def test_hitting_back_at_a_named_speakers_remarks():
    text = ("Mao Ning said Russian grain exports broke the quota agreed for the year.\n\n"
            "Hitting back at Mao Ning's remarks on the grain quota, Russia said its exports "
            "stayed within the quota.")
    (c,) = contrasts(text)
    assert (c.first.actor, c.second.actor, c.about) == ("china", "russia", "a remark answered")
