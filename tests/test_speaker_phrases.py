"""Speaker phrases news writes around a name: age and home town, a sentence adverb, a
negated auxiliary, the place a legislator serves, a noun that could be a cue (issue 14)."""

from __future__ import annotations

from conftest import extracted

from briefing.extract.matcher import ActorMatcher
from briefing.extract.phrases import np_before


def said(matcher: ActorMatcher, text: str, day: str = "2016-07-26") -> list[tuple[str, str]]:
    found = extracted(matcher, text, day)
    return [(s["speaker"], s["text"]) for s in found]


def test_age_and_home_town_after_a_name(shipped_matcher) -> None:
    matcher = shipped_matcher
    assert said(matcher, "Cory James, 22, of Flint, Mich., said he had not given up hope.") == [
        ("Cory James", "he had not given up hope")]
    assert said(matcher, "Jo Redvers, 34, from Hartpury, Gloucestershire, said she was "
                         "shocked.") == [("Jo Redvers", "she was shocked")]
    # no town's state is the speaker's, nor a state the speaker's actor
    found = extracted(matcher, "Bob Fisher, from Omaha, Nebraska, said the town was calm.",
                      "2016-07-26")
    assert [(s["speaker"], s["actor_code"]) for s in found] == [("Bob Fisher", None)]


def test_a_name_and_its_appositive_lead_the_cue_not_invert_it(shipped_matcher) -> None:
    matcher = shipped_matcher
    assert said(matcher, "Lisa Stone, 29, of Huntsville, Ala., says the vote matters.") == [
        ("Lisa Stone", "the vote matters")]
    assert said(matcher, "Michael Mulgrew, president of the union, said the talks failed.") == [
        ("Michael Mulgrew", "the talks failed")]
    # a clause before the cue still inverts it
    assert said(matcher, "Mulgrew, the union's president, is a tough negotiator, said the "
                         "official.") == [
        ("the official", "Mulgrew, the union's president, is a tough negotiator")]
    assert said(matcher, "Obama, Clinton and Biden will meet on Tuesday, said the "
                         "spokesman.") == [
        ("the spokesman", "Obama, Clinton and Biden will meet on Tuesday")]


def test_a_sentence_adverb_after_the_name(shipped_matcher) -> None:
    matcher = shipped_matcher
    text = "Sanders, meanwhile, who has no such endorsements, said the fact speaks volumes."
    assert said(matcher, text, "2015-11-09") == [("Sanders", "the fact speaks volumes")]


def test_a_negated_auxiliary_is_no_speaker(shipped_matcher) -> None:
    matcher = shipped_matcher
    text = ("Sen. Chuck Schumer of New York, the presumptive Democratic leader next year, "
            "wouldn’t say Tuesday how the party would prioritize gun control.")
    assert said(matcher, text, "2016-06-22") == [
        ("Chuck Schumer", "how the party would prioritize gun control")]


def test_the_name_before_the_place_a_legislator_serves(shipped_matcher) -> None:
    matcher = shipped_matcher
    text = ("Sen. Chuck Schumer of New York, the presumptive Democratic leader next year, "
            "said the party would act.")
    assert said(matcher, text, "2016-06-22") == [("Chuck Schumer", "the party would act")]


def test_a_noun_after_its_possessor_is_no_cue(shipped_matcher) -> None:
    matcher = shipped_matcher
    text = ("House Speaker Paul Ryan told CNN Tuesday that Ginsburg's comments \"shows bias "
            "to me.\"")
    assert [s for s, _ in said(matcher, text, "2016-07-13")] == ["Paul Ryan"]
    text = ("But Ms. Capito also said in an interview that in her economically depressed "
            "state, \"there is a huge degree of pessimism.\"")
    assert [s for s, _ in said(matcher, text, "2016-06-09")] == ["Capito"]


def test_those_polled_speak_as_a_group_and_no_state(shipped_matcher) -> None:
    matcher = shipped_matcher
    assert said(matcher, "While those surveyed said Jeb Bush had the best experience, Trump "
                         "led.") == [("those surveyed", "Jeb Bush had the best experience")]
    assert said(matcher, "Those polled said the tax was wrong.") == [
        ("Those polled", "the tax was wrong")]
    found = extracted(matcher, "In the UK 69% of those questioned said they turned to their "
                               "fixed phone.", "2005-01-01")
    assert [(s["speaker"], s["actor_code"]) for s in found] == [("those questioned", None)]


def test_a_noun_after_its_determiner_is_no_cue(shipped_matcher) -> None:
    text = ("Cruz supporters won delegates in corners of the state that Trump won in the "
            "primary.")
    assert said(shipped_matcher, text) == []
    assert said(shipped_matcher, "The Foreign Ministry states that the talks failed.") == [
        ("The Foreign Ministry", "the talks failed")]


def test_an_adverb_of_frequency_is_no_part_of_the_speaker(shipped_matcher) -> None:
    text = "The numbers changed over the summer, as Sanders has sometimes acknowledged."
    assert said(shipped_matcher, text, "2016-02-05") == [
        ("Sanders", "The numbers changed over the summer")]


def test_a_phrase_that_ends_in_of_or_an_article_is_no_speaker() -> None:
    # "full of praise", "secretary of state", "the face of recently announced layoffs": nouns
    for text, cue in (("Swank, too, was full of praise", "praise"),
                      ("Clinton used one account as secretary of state", "state"),
                      ("a vestige of another era in the face of recently announced", "announced"),
                      ("Unions reacted angrily to the reported", "reported")):
        span = np_before(text, 0, text.rindex(cue))
        assert span is None, (text, span and text[span[0]:span[1]])
    assert np_before("the secretary of state said", 0, 23) == (0, 22)


def test_a_national_side_s_captain_or_manager_speaks_for_no_state(shipped_matcher) -> None:
    for text in ("Republic of Ireland manager Brian Kerr admitted he was frustrated.",
                 "Brazil captain Cafu said they would win.",
                 "London teacher Diane Granger said the plan would fail."):
        found = extracted(shipped_matcher, text, "2004-11-17")
        assert [s["actor_code"] for s in found] == [None], text
    # an institution beside the rank decides
    found = extracted(shipped_matcher, "An Iranian army captain said the border was quiet.",
                      "1987-11-17")
    assert [(s["actor_code"], s["voice"]) for s in found] == [("IRN", "gov")]
    # a state's own body with an adjective between stays the state's
    found = extracted(shipped_matcher, "Indonesia will borrow 150 billion yen from Japan's "
                      "governmental Export-Import Bank, a bank spokesman said.", "1987-03-10")
    assert [s["actor_code"] for s in found] == ["JPN"]


def test_a_nationality_before_a_person_or_alone_is_no_state_s_voice(shipped_matcher) -> None:
    for text in ("American Andy Roddick said he was happy with his serve.",
                 "German Tommy Haas said the court was slow.",
                 "The Dutchman said he would race again next year.",
                 "The Scot said the team had played well."):
        found = extracted(shipped_matcher, text, "2004-11-17")
        assert [s["actor_code"] for s in found] == [None], text
    # a known office holder after his state's adjective keeps his state
    found = extracted(shipped_matcher, "Soviet Eduard Shevardnadze said the talks would go on.",
                      "1987-11-17")
    assert [s["actor_code"] for s in found] == ["SUN"]


def test_a_giant_is_a_firm(shipped_matcher) -> None:
    found = extracted(shipped_matcher, "US oil giant Exxon said profits rose 26%.", "2005-02-01")
    assert [(s["actor_code"], s["voice"]) for s in found] == [(None, "business")]


def test_whom_a_person_works_for_is_no_state_where_it_is(shipped_matcher) -> None:
    texts = ("Jim Lanzone, vice president of search properties at Ask Jeeves in the US, said "
             "it did not buy the firm for its blogs.",
             "Jeremy Flynn, head of third party services at Vodafone UK, said firms found it "
             "hard to reach consumers.",
             "Indian film director Mira Nair said she was thrilled.",
             "Former France fly-half Thomas Castaignede said the pressure was mounting.")
    for text in texts:
        found = extracted(shipped_matcher, text, "2004-11-17")
        assert [s["actor_code"] for s in found] == [None], text
    # a public body the reference does not know is no firm
    found = extracted(shipped_matcher, "Mr Rimmer, the service director for registrations at "
                      "Brent Council in north-west London, said the law was fair.", "2005-02-01")
    assert [s["voice"] for s in found] == ["gov"]


def test_a_verb_in_the_past_alone_is_no_speaker(shipped_matcher) -> None:
    # "That prompted calls for probes": a noun after a verb, no one's call
    assert said(shipped_matcher, "That prompted calls for probes to determine how rules "
                                 "could be broken.", "2016-07-06") == []
    text = "Colin Clarke, a political scientist, cited reports"
    assert np_before(text, 0, text.index("reports")) is None


def test_a_passive_with_no_agent_names_no_speaker(shipped_matcher) -> None:
    text = ("Greece and Turkey's NATO allies called on both countries to avoid any action.\n\n"
            "After an emergency meeting of NATO ambassadors, a statement was issued saying: "
            "\"the present situation damages the interests of Greece and Turkey.\"")
    last = extracted(shipped_matcher, text, "1987-03-28")[-1]
    assert (last["speaker"], last["actor_code"]) == (None, None)
