"""Whose an office is when the story does not name its state (issue 14).

A ministry is no U.S. office; "the finance department" and "a presidential spokesman" are the
story's own state's; a story that opens on one state alone is that state's even where
another's president speaks later; "The Treasury Secretary" is the holder named with the title
before; a title "of" a body no list knows is that body's, not a namesake's in the reference;
groups, organisations and farmers named by a state's name are no state's voice; a Chinese
name's surname comes first.
"""

from __future__ import annotations

from conftest import extracted as statements

from briefing.extract.matcher import ActorMatcher


def voices(matcher: ActorMatcher, text: str, day: str) -> list[tuple[str, str | None, str | None]]:
    return [(s["speaker"] or "", s["actor_code"], s["voice"])
            for s in statements(matcher, text, day)]


def test_a_chinese_surname_comes_first(shipped_matcher) -> None:
    text = ("Bankers said a statement by Premier Yu Kuo-Hua last Friday showed a shift.\n\n"
            "Yu said foreign exchange controls might be suspended if the surplus grows.")
    # not San Yu of Burma, the reference's one office holder filed under "Yu"
    assert voices(shipped_matcher, text, "1987-03-31")[-1] == ("Yu", "TWN", "gov")


def test_a_ministry_is_no_us_office(shipped_matcher) -> None:
    text = ("Credit Suisse has been ordered to freeze accounts thought to have been involved in "
            "a U.S. insider trading scandal, a Justice Ministry spokesman said.\n\n"
            "The accounts were blocked under a treaty between the United States and "
            "Switzerland. The U.S. Securities and Exchange Commission alleged this month that "
            "two men were behind the ring.")
    assert voices(shipped_matcher, text, "1987-03-24")[0][1:] == (None, "gov")
    text = ("WASHINGTON, March 3 - Tokyo will cut tariffs on beef, a Finance Ministry official "
            "said.")
    assert voices(shipped_matcher, text, "1987-03-03")[0][1:] == (None, "gov")
    # the U.S. departments stay the United States'
    text = ("WASHINGTON, March 3 - Exports will rise, a Commerce Department official said.")
    assert voices(shipped_matcher, text, "1987-03-03")[0][1:] == ("USA", "gov")


def test_groups_and_farmers_named_by_a_state_are_no_state_s(shipped_matcher) -> None:
    text = ("Major grain producers must help reduce global surpluses, two U.S. wheat "
            "organizations said.\n\nU.S. farmers said prices were too low.\n\n"
            "U.S. Wheat Associates said the plan was flawed.")
    assert [v[1:] for v in voices(shipped_matcher, text, "1987-03-02")] == [
        (None, "unnamed"), (None, "private"), (None, "business")]


def test_a_title_of_a_body_no_list_knows_is_not_a_namesake_s(shipped_matcher) -> None:
    # James C. Miller was the U.S. budget director in 1987; this one heads the growers
    text = ('"We will not continue to hurt ourselves," Jim Miller, president of NAWG said.\n\n'
            '"We hope for an agreement," Miller said.')
    assert [v[1:] for v in voices(shipped_matcher, text, "1987-03-02")] == [
        (None, "business"), (None, "business")]
    text = ("Jim Miller, president of the Wheat Growers Council, said the plan was flawed. "
            "Miller said talks must go on.")
    assert [v[1:] for v in voices(shipped_matcher, text, "1987-03-02")] == [
        (None, "business"), (None, "business")]
    # an office of a body the reference knows is that body's state's
    text = ("Spending will rise, Jim Miller, director of the Office of Management and Budget, "
            "said.")
    assert voices(shipped_matcher, text, "1987-03-02")[0][1] == "USA"


def test_a_story_that_opens_on_one_state_is_that_state_s(shipped_matcher) -> None:
    text = ("The suspension of Ecuador's crude oil shipments after an earthquake will last four "
            "months, a senior Energy Ministry official said.\n\n"
            "Ecuador had enough oil for 35 days. Ecuador is a member of OPEC, and Ecuador "
            "suspended interest payments in January.\n\n"
            "In Caracas, President Jaime Lusinchi said Venezuela would loan crude to Ecuador.")
    assert voices(shipped_matcher, text, "1987-03-09")[0][1:] == ("ECU", "gov")
    # a capital that names an accord ("the Paris agreement") is no opening state
    text = ("Treasury Secretary James Baker said he stood by the Paris agreement.\n\n"
            "\"We were satisfied with the agreement in Paris,\" he said of the Paris accord.\n\n"
            "The Treasury Secretary stressed that surplus countries must grow.")
    assert voices(shipped_matcher, text, "1987-03-26")[-1][1:] == ("USA", "gov")


def test_offices_no_us_one_is_are_the_home_state_s(shipped_matcher) -> None:
    text = ("Canada will broaden a federal sales tax, finance minister Michael Wilson said.\n\n"
            "Low income Canadians will get a refundable credit, the finance department said.")
    assert voices(shipped_matcher, text, "1987-06-18")[-1][1:] == ("CAN", "gov")
    text = ("Brazil is preparing a new economic strategy intended to protect domestic growth, "
            "Finance Ministry sources said.\n\nA presidential spokesman said President Jose "
            "Sarney had authorised the economic team to prepare the new plan.")
    assert voices(shipped_matcher, text, "1987-03-19")[-1][1:] == ("BRA", "gov")


def test_the_title_again_is_its_holder_s(shipped_matcher) -> None:
    text = ("Treasury Secretary James Baker said the Group of Seven leading industrial nations "
            "is fully committed to halting a further decline in the dollar.\n\n"
            "Baker also met Japanese special envoy Shintaro Abe.\n\n"
            "The Treasury Secretary said the world economy is one flowing circle.")
    assert voices(shipped_matcher, text, "1987-04-24")[-1][1:] == ("USA", "gov")
    text = ("OPEC has reaffirmed its commitment to fixed prices, its president Rilwanu Lukman "
            "said.\n\nThe president said no extraordinary conference was planned.")
    # Lukman is Nigeria's oil minister, but "its president" is OPEC's
    assert [v[1] for v in voices(shipped_matcher, text, "1987-03-11")] == ["OPEC", "OPEC"]
