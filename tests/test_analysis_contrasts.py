"""Competing accounts: only an actor's own-strike claim against another's harm claim."""

from __future__ import annotations

from analysis_cases import article, extracted, prepare, said

from briefing.analysis.contrasts import find_contrasts

OWN = ("In Islamabad, Pakistan's Foreign Office Spokesperson Mumtaz Zahra Baloch clarified "
       "that the military strikes were not aimed at Iran or its institutions, but rather "
       "targeted terrorist hideouts.")
HARM = "According to Tehran, the attack by Islamabad has claimed at least seven civilians."


def test_own_targets_against_the_other_sides_civilian_deaths():
    a1 = article(HARM, ident="a1")
    a2 = article(OWN, ident="a2")
    st = said(a2, "the military strikes were not aimed at Iran or its institutions, but rather "
                  "targeted terrorist hideouts", "pakistan", cue="clarified")
    (c,) = find_contrasts(prepare(extracted(a1), (a2, (st,))))
    assert c.agent == "pakistan"
    assert (c.first.actor, c.first.text) == ("pakistan", OWN)
    assert (c.second.actor, c.second.text) == ("iran", HARM)
    assert [x.number for x in c.first.citations] == [2]
    assert [x.number for x in c.second.citations] == [1]


def test_iran_claimed_target_against_pakistans_children():
    text = ('The missile attack, initiated by Tehran "unprovoked" late Tuesday night, left two '
            "children dead and injured three girls. It also violated the country’s sovereignty, "
            "Pakistan's Foreign Office said in the statement.\n\nMeanwhile, in response to the "
            "strikes that Iran claimed targeted a militant organisation, Pakistan also launched "
            "an attack overnight.")
    art = article(text)
    (c,) = find_contrasts(prepare(extracted(art)))
    assert (c.agent, c.first.actor, c.second.actor) == ("iran", "iran", "pakistan")
    assert "claimed targeted a militant organisation" in c.first.text
    assert "two children dead" in c.second.text


def test_no_contrast_without_a_named_striker():
    # Civilian deaths with no "by X": whose strike it was is not said, so nothing is paired.
    a1 = article("According to Tehran, the attack has claimed at least seven civilians.",
                 ident="a1")
    a2 = article(OWN, ident="a2")
    assert find_contrasts(prepare(extracted(a1), extracted(a2))) == ()


def test_no_contrast_when_the_same_actor_says_both():
    text = ("Pakistan said its strikes targeted terrorist hideouts. Pakistan said the attack by "
            "Iran killed two children.")
    assert find_contrasts(prepare(extracted(article(text)))) == ()


def test_no_contrast_from_an_unattributed_sentence():
    text = ("An exchange of attacks on militant targets inside their territories has resulted "
            "in casualties. The attack by Islamabad killed seven civilians.")
    assert find_contrasts(prepare(extracted(article(text)))) == ()


def test_each_side_claiming_the_others_defeat_is_a_fight():
    a1 = article("Pakistan said its troops repulsed an Iranian assault near the border post "
                 "on Sunday.", ident="a1")
    a2 = article("Tehran said Pakistani forces suffered heavy losses in the clashes.", ident="a2")
    (c,) = find_contrasts(prepare(extracted(a1), extracted(a2)))
    assert (c.event, {c.agent, c.other}) == ("fighting", {"iran", "pakistan"})
    sides = {c.first.actor: c.first.text, c.second.actor: c.second.text}
    assert sides == {"pakistan": a1.text, "iran": a2.text}


def test_one_side_claiming_victory_is_no_fight():
    a1 = article("Pakistan said its troops repulsed an Iranian assault near the border post "
                 "on Sunday.", ident="a1")
    a2 = article("Pakistan said Iranian forces suffered heavy losses in the clashes.", ident="a2")
    assert find_contrasts(prepare(extracted(a1), extracted(a2))) == ()


def test_one_body_appealing_anothers_decision_against_its_own_words():
    text = ("The Treasury will challenge Justice's ruling on the bank merger, a Treasury "
            "spokeswoman said on Friday.\n\nThe Justice Department said it had decided to let "
            "the merger go ahead with conditions.")
    (c,) = find_contrasts(prepare(extracted(article(text))))
    assert (c.event, c.first.who, c.second.who) == ("ruling", "Justice", "Treasury")
    assert c.first.text.startswith("The Justice Department said")
    assert c.second.text.startswith("The Treasury will challenge")


def test_the_opposed_bodys_words_must_be_about_the_thing_opposed():
    text = ("On Monday, the Governor said he was glad the mayor was re-elected.\n\n"
            "The Mayor rejected Governor's offer of new funds on Tuesday.")
    assert find_contrasts(prepare(extracted(article(text)))) == ()


def test_the_targets_test_passes_every_text_targets_could_match():
    from briefing.analysis.contrasts import TARGETS, _may_target

    for text in ("struck TERRORIST hideouts", "militant camps were hit", "it Targeted hideouts",
                 "struck terrori\u017ft hideouts", "no such words here", "the militants' bases"):
        if TARGETS.search(text):
            assert _may_target(text)
    assert not _may_target("Iran said the talks went well.")
    assert _may_target("Iran\u2019s statement")  # non-ASCII: left to the expression
