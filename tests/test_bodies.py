"""Who speaks for whom (issue 14): intergovernmental bodies, documents, legislatures and
named institutions. Each case is a news-style sentence written for the rule it tests."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from briefing.config.settings import load_config
from briefing.extract.attribution import _company
from briefing.extract.matcher import ActorMatcher, build_matcher
from briefing.extract.statements import extract
from briefing.extract.voices import ArticleVoices
from briefing.knowledge import affiliation
from briefing.models import Article, Speaker

ROOT = Path(__file__).resolve().parent.parent
DAY = dt.date(1988, 5, 10)


@pytest.fixture(scope="module")
def matcher() -> ActorMatcher:
    return build_matcher(load_config(ROOT / "config").actors)


def voices(matcher: ActorMatcher, text: str, day: dt.date = DAY) -> list[tuple[str, str | None]]:
    """(the speaker's words, its code) of each statement found in `text`."""
    found = extract(Article("a", day, "", "", None, text, "t"), matcher)
    return [(s.speaker.mention or "", s.speaker.code) for s in found]


def test_a_lower_case_portfolio_word_stays_in_the_title_run(matcher) -> None:
    text = ("Ministers met to discuss proposals by EC competition commissioner Anton Meyer to cut "
            "catches.\n\nMeyer said the cuts were needed to save the stocks.")
    assert ("Meyer", "EC") in voices(matcher, text)


def test_a_title_run_stops_at_the_end_of_a_sentence(matcher) -> None:
    text = ("Talks open on Monday with Japan's Foreign Minister Ichiro Sato.\n\n"
            "The Andean Pact communique said the ministers hoped for more trade.\n\n"
            "The communique said tariffs should be cut.")
    assert ("The communique", "JPN") not in voices(matcher, text)


def test_a_government_named_after_its_head_is_the_heads_state(matcher) -> None:
    text = ("Washington will press Tokyo to open its rice market, Reagan Administration "
            "officials said on Tuesday.\n\nThe officials said talks would start in June.")
    assert voices(matcher, text) == [("Reagan Administration officials", "USA"),
                                     ("The officials", "USA")]


def test_a_government_named_after_a_former_head_is_not_decided(matcher) -> None:
    text = "Carter administration officials said the grain embargo had failed."
    assert voices(matcher, text) == [("Carter administration officials", None)]


def test_a_document_named_by_its_possessor_is_that_bodys(matcher) -> None:
    text = ("Chile's central bank said inflation would slow this year.\n\n"
            "The Bank's report said copper exports rose by 12 pct.")
    assert voices(matcher, text)[-1] == ("The Bank's report", "CHL")


def test_the_newspaper_is_the_party_paper_named_before(matcher) -> None:
    text = ("China will not accept curbs on its silk exports, the People's Daily said.\n\n"
            "The newspaper said talks would resume in July.")
    assert voices(matcher, text)[-1] == ("The newspaper", "CHN")


def test_the_paper_is_a_private_paper_named_before_and_no_states(matcher) -> None:
    text = ("The cabinet will meet on Friday, the Washington Post reported.\n\n"
            "The paper said the meeting would be short.")
    found = extract(Article("a", DAY, "", "", None, text, "t"), matcher)
    assert (found[-1].speaker.code, found[-1].speaker.capacity) == (None, "media")


def test_a_states_named_agency_is_that_states(matcher) -> None:
    text = ("Exporters will need licences from July, the Board of Foreign Trade said.\n\n"
            "The Inland Revenue said the new tax rules would apply from April 1.")
    assert voices(matcher, text) == [("the Board of Foreign Trade", "TWN"),
                                     ("The Inland Revenue", "GBR")]


def test_a_bodys_executive_is_no_firm(matcher) -> None:
    text = "The EC executive Commission said farm spending would exceed the budget."
    assert voices(matcher, text) == [("The EC executive Commission", "EC")]


def test_a_clause_after_a_comma_does_not_say_whom_the_speaker_serves(matcher) -> None:
    text = ("Mexico's Finance Ministry said the banks had renewed their credit lines.\n\n"
            "Central Bank sources, although unable to confirm the figures, said "
            "the response was positive.")
    assert voices(matcher, text)[-1][1] == "MEX"


def test_a_legislature_named_with_no_state_is_the_home_states(matcher) -> None:
    text = ("The White House sent the trade bill to Congress on Monday, spokesman Marlin "
            "Fitzwater said.\n\nCongressional aides said the Senate would vote in June.")
    assert voices(matcher, text)[-1] == ("Congressional aides", "USA")


def test_congressional_sources_stay_unnamed(matcher) -> None:
    text = ("The White House will send the trade bill to Congress on Monday, spokesman Marlin "
            "Fitzwater said.\n\nCongressional sources said the Senate would vote in June.")
    assert voices(matcher, text)[-1] == ("Congressional sources", None)


def test_lawmakers_are_the_state_of_the_legislators_quoted_before(matcher) -> None:
    text = ("Japan's Foreign Ministry said the rice market would stay closed.\n\n"
            "U.S. Senator John Danforth said the Senate would act on rice.\n\n"
            "Lawmakers said a bill could pass by July.")
    assert voices(matcher, text)[-1] == ("Lawmakers", "USA")


def test_a_capitalised_administration_is_the_us_government(matcher) -> None:
    text = ("Brazilian Finance Minister Joao Silva said talks with creditors in Washington "
            "would resume.\n\nAdministration officials said the plan made little sense.")
    assert voices(matcher, text)[-1] == ("Administration officials", "USA")


def test_an_official_statement_is_the_home_governments(matcher) -> None:
    text = ("The Hong Kong government's borrowing limit was raised to 50 billion dlrs, an "
            "official statement said.\n\nFinancial Secretary Piers Jacobs said the fund "
            "would need more.")
    assert voices(matcher, text)[0] == ("an official statement", "HKG")


def test_a_cited_document_is_the_citing_speakers(matcher) -> None:
    text = ("South Korean finance ministry officials said 1,700 firms would trade on the new "
            "market.\n\nOnly firms older than two years may join, they said, citing a "
            "guideline drawn up by the ministry.\n\nForeign firms may not join, according to "
            "the guideline.")
    assert voices(matcher, text)[-1] == ("the guideline", "KOR")


def test_some_officials_and_they_are_the_body_named_before(matcher) -> None:
    text = ("Austria faces long talks before it can join, EC officials said.\n\n"
            "Some officials said neutrality would be a hurdle.\n\n"
            "They said talks could not start before 1993.")
    assert [code for _, code in voices(matcher, text)] == ["EC", "EC", "EC"]


def test_the_statement_goes_back_to_a_statement_carried_by_an_agency(matcher) -> None:
    text = ("Today's Foreign Ministry statement, carried by the Kuwait News Agency KUNA, said "
            "the boats were fishing.\n\nThe ministry protested to Tehran, the statement said.")
    assert voices(matcher, text)[-1] == ("the statement", "KWT")


def test_an_agency_the_sentence_is_about_is_not_the_persons() -> None:
    found = affiliation("Federal Bureau of Investigation during its inquiry into Senator Bob "
                        "Smith", dt.date(2016, 5, 1))
    assert found is None or found.code is None
    found = affiliation("a 30-year veteran of the Japanese Foreign Ministry", DAY)
    assert found is not None and (found.code, found.voice) == (None, "private")


def test_official_data_are_the_home_states_and_the_same_figures_too(matcher) -> None:
    text = ("Finance Minister Ruth Hale said the budget deficit would be cut, and Norway's "
            "parliament backed her plan.\n\nExports to Sweden rose 12 pct last year, official "
            "figures show.\n\nImports fell by four pct in January, the same figures show.\n\n"
            "The latest trade figures show a surplus of 2.1 billion crowns.")
    assert voices(matcher, text)[1:] == [("official figures", "NOR"),
                                         ("the same figures", "NOR"),
                                         ("The latest trade figures", "NOR")]


def test_official_data_in_a_story_of_no_one_state_are_not_decided(matcher) -> None:
    text = ("Rice exports from Thailand to Japan and Indonesia rose 12 pct, official figures "
            "show.\n\nJapan's farm minister and Indonesia's trade minister met in Bangkok.")
    assert voices(matcher, text)[0] == ("official figures", None)


def test_a_body_in_the_possessive_after_a_title_says_whose_the_title_is(matcher) -> None:
    text = ("South Korea's Trade Ministry approved the plan, ministry officials said.\n\nPark "
            "Min-ho, director of the Ministry's Export Promotion Centre, said firms would get "
            "loans.")
    assert voices(matcher, text)[-1][1] == "KOR"
    assert affiliation("the minister's wife", DAY) is None


def test_a_partys_leader_abroad_is_the_opposition_not_the_government() -> None:
    day = dt.date(2016, 5, 1)
    for phrase in ("Freedom Party leader Jan de Vries, of Austria", "Austria's Freedom Party "
                   "leader Jan de Vries", "Jan de Vries, chairman of the far-right Austrian "
                   "Freedom Party"):
        found = affiliation(phrase, day)
        assert found is not None and (found.code, found.voice) == ("AUT", "opp"), phrase
    found = affiliation("China's Communist Party chief", day)
    assert found is not None and (found.code, found.voice) == ("CHN", "gov")
    found = affiliation("a spokesman for Austria's ruling People's Party", day)
    assert found is not None and found.voice == "gov"


def test_a_company_of_a_town_and_a_state_owned_mining_company_are_firms() -> None:
    for phrase in ("<Dalby Holdings Ltd> of Perth", "Kenya Consolidated Copper Mines",
                   "the Tanzania Gold Mining"):
        found = affiliation(phrase, DAY)
        assert found is not None and (found.code, found.voice) == (None, "business"), phrase
    found = affiliation("the Zambian Mines Minister", DAY)
    assert found is not None and (found.code, found.voice) == ("ZMB", "gov")


def test_a_surname_the_story_writes_as_a_companys_name_is_the_company(matcher) -> None:
    text = ("Shareholders were told to reject Santos Ltd's 3.50 dlr a share takeover bid.\n\n"
            "Santos, which owns 12 pct of the target, said its bid was fair.")
    article = ArticleVoices(text, DAY, matcher.voices)
    read_as_a_person = Speaker("Santos", None, None, "official", "Santos", (78, 84), "AGO", "gov")
    firm = _company(read_as_a_person, article)
    assert (firm.code, firm.capacity) == (None, "business")
    other = Speaker("Santos", None, None, "official", "Santos", (78, 84), "AGO", "gov")
    assert _company(other, ArticleVoices("Santos said so.", DAY, matcher.voices)) == other


def test_officials_of_no_stated_country_in_a_story_of_one_state_are_its(matcher) -> None:
    text = ("Floods cut off three towns in northern Chile, officials said.\n\n"
            "Officials said many roads and bridges had been washed away.")
    assert voices(matcher, text) == [("officials", "CHL"), ("Officials", "CHL")]


def test_officials_in_a_companys_story_are_not_the_states(matcher) -> None:
    text = ("Chile's largest power utility will raise its rates by 12 pct, a company spokesman "
            "said.\n\nThe rise will bring in 40 mln pesos this year, officials said.")
    assert voices(matcher, text)[-1] == ("officials", None)


def test_officials_in_a_story_of_two_states_stay_unknown(matcher) -> None:
    text = ("Ice trapped 40 ships off the Finnish and Swedish coasts, the Finnish Board of "
            "Navigation said.\n\nThe icebreakers could not reach them, officials said.")
    assert voices(matcher, text)[-1] == ("officials", None)


def test_a_broadcast_monitored_in_a_capital_is_not_that_states(matcher) -> None:
    text = ("Tehran radio said Iran would retaliate.\n\n"
            "A broadcast monitored in Nicosia said two workers on the platform were hurt.")
    assert voices(matcher, text)[-1][1] != "CYP"
