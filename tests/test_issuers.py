"""Who speaks when a quote is issued, sent or carried, and whom one spoke to (issue 14).

"The ministry issued a statement saying: “...”" is the ministry's word, not "a statement"'s
nor "issued a statement"'s; "sent a note to Japan saying" is not Japan's; "A source speaking
to Fox News said" is the source's. Where the words name no issuer, the quote has no speaker
rather than the object or the speaker before.
"""

from __future__ import annotations

from conftest import extracted as statements

from briefing.extract.matcher import ActorMatcher
from briefing.extract.phrases import np_before


def quote_of(matcher: ActorMatcher, text: str, day: str, words: str) -> dict:
    found = [s for s in statements(matcher, text, day) if s["text"].startswith(words)]
    assert len(found) == 1, statements(matcher, text, day)
    return found[0]


def np(text: str, cue: str) -> str | None:
    span = np_before(text, 0, text.index(cue))
    return text[span[0]:span[1]] if span else None


def test_whom_a_source_spoke_to_is_no_speaker() -> None:
    assert np("Another intelligence source speaking to Fox News said", "said") == \
        "Another intelligence source"
    assert np("Officials talking with reporters in Geneva said", "said") == "Officials"
    # a listener the phrase does not follow a participle of speaking stays what it was
    assert np("A letter to Congress said", "said") == np("A letter to Congress said", "said")
    assert np("The minister, talking to reporters, said", "said") is not None


def test_the_issuer_of_a_statement_speaks(shipped_matcher) -> None:
    matcher = shipped_matcher
    text = ("TEHRAN, March 11 - The Foreign Ministry issued a statement saying: \"Iraq has "
            "violated the ceasefire.\"")
    quote = quote_of(matcher, text, "1987-03-11", "Iraq has violated")
    assert (quote["speaker"], quote["actor_code"], quote["voice"]) == (
        "The Foreign Ministry", "IRN", "gov")
    text = ("Mr. Trump, who said last week that a judge was biased against him, issued a "
            "statement Tuesday saying, \"I do not feel that one's heritage makes them "
            "incapable of being impartial.\"")
    assert quote_of(matcher, text, "2016-06-08", "I do not feel")["speaker"] == "Donald Trump"


def test_whom_a_note_was_sent_to_is_not_its_author(shipped_matcher) -> None:
    matcher = shipped_matcher
    text = ("MOSCOW, March 12 - The Soviet Union sent a note to Japan saying \"the incident "
            "is regrettable.\"")
    quote = quote_of(matcher, text, "1987-03-12", "the incident")
    assert (quote["speaker"], quote["actor_code"]) == ("Soviet Union", "SUN")
    text = ("Secretary of State George Shultz sent a cable to the Iranian embassy saying \"we "
            "must not yield.\"")
    quote = quote_of(matcher, text, "1987-03-12", "we must not yield")
    assert (quote["speaker"], quote["actor_code"]) == ("George Shultz", "USA")
    text = ("Even before Sanders took the stage, his campaign sent out a text message to "
            "supporters saying: \"With your help, we were just declared the winner!\"")
    assert quote_of(matcher, text, "2016-02-10", "With your help")["speaker"] == "his campaign"


def test_a_sign_or_resolution_speaks_for_who_holds_or_adopts_it(shipped_matcher) -> None:
    matcher = shipped_matcher
    text = "Opec ministers adopted a resolution saying \"output will be cut by 7 pct.\""
    quote = quote_of(matcher, text, "1987-03-12", "output will be cut")
    assert (quote["speaker"], quote["actor_code"], quote["voice"]) == ("Opec", "OPEC", "igo")
    text = "Lori Bernstein held up a sign saying \"Jews Against Trump.\""
    assert quote_of(matcher, text, "2016-03-22", "Jews Against")["speaker"] == "Lori Bernstein"


def test_no_issuer_named_leaves_the_quote_with_no_speaker(shipped_matcher) -> None:
    matcher = shipped_matcher
    text = ("Sanders told the Daily News that Clinton was dragging her feet.\n\n"
            "This prompted the tabloid to do a cover saying \"Don't be a Bum, Hil!\"")
    quote = quote_of(matcher, text, "2016-04-05", "Don't be a Bum")
    assert quote["speaker"] is None and quote["actor_code"] is None


def test_the_verb_before_the_participle_must_be_the_clause_s_own(shipped_matcher) -> None:
    matcher = shipped_matcher
    # "by mentioning the need": no finite verb; the pronoun before it speaks, as before
    text = ("Cruz said he would win Iowa.\n\nAt one town hall, he only hinted at Donald Trump by "
            "mentioning the need for a wall on the border and adding, \"I've got an idea of "
            "who should build it.\"")
    assert quote_of(matcher, text, "2016-02-12", "I've got an idea")["speaker"] == "Cruz"
    # "said a spokesman ... was responding": a cue's object is whom it reports
    text = ("Tehran Radio, monitored by the British Broadcasting Corporation, said a "
            "spokesman for Iran's War Information Headquarters was responding \"to U.S. "
            "officials' remarks about taking military action against Iran.\"")
    quote = quote_of(matcher, text, "1987-10-19", "to U.S.")
    assert (quote["speaker"], quote["actor_code"]) == ("Tehran Radio", "IRN")
    # "it is saying": an auxiliary and a pronoun are no verb and object
    text = ("Michael Howard revealed his tax cuts.\n\nAt its simplest, it is saying: "
            "\"Vote Tory and you can have it both ways\".")
    assert quote_of(matcher, text, "2005-01-10", "Vote Tory")["speaker"] is not None


def test_whom_one_answered_is_no_speaker(shipped_matcher) -> None:
    matcher = shipped_matcher
    text = ("Clinton responded to Vargas' question on Facebook writing, \"Yes, I will. That "
            "was a poor choice of words.\"")
    assert quote_of(matcher, text, "2015-11-25", "Yes, I will")["speaker"] == "Clinton"
    # "with X saying": X speaks
    text = ("Downing Street defended the decision, with a spokesperson saying: \"You have to "
            "look at their whole career.\"")
    assert quote_of(matcher, text, "2005-01-10", "You have to look")["speaker"] == \
        "a spokesperson"


def test_the_statement_a_known_person_released(shipped_matcher) -> None:
    matcher = shipped_matcher
    text = ("In Washington, President Obama released a statement Thursday night condemning "
            "\"what appears to be a horrific terrorist attack in Nice, France.\"\n\n"
            "\"We stand in solidarity and partnership with France, our oldest ally,\" the "
            "statement said.")
    last = statements(matcher, text, "2016-07-15")[-1]
    assert (last["speaker"], last["actor_code"], last["voice"]) == ("the statement", "USA", "gov")


def test_a_party_s_chairman_is_no_firm_s(shipped_matcher) -> None:
    matcher = shipped_matcher
    text = "LONDON - Conservative party chairman Liam Fox said the campaign was wrong."
    assert [(s["actor_code"], s["voice"]) for s in statements(matcher, text, "2005-01-10")] == [
        ("GBR", "opp")]
    # a ruling party's is its state's voice, but the dateline does not say which state
    text = "LONDON - Communist Party chairman Ivan Petrov said the vote was rigged."
    assert [(s["actor_code"], s["voice"]) for s in statements(matcher, text, "2005-01-10")] == [
        (None, "gov")]
