"""Reported speech (reported.py): each shape of "X said (that) ..." in news prose, then the
patterns written for speed, which must match as their plain forms do."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from briefing.config.settings import load_config
from briefing.extract.matcher import build_matcher
from briefing.extract.reported import CONJOINED
from briefing.extract.statements import extract
from briefing.extract.text import join_spans
from briefing.models import ACCORDING_TO, PARTIAL, QUOTE, REPORTED, Article

MATCHER = build_matcher(load_config(Path(__file__).resolve().parent.parent / "config").actors)


def reported(text: str) -> list[tuple[str, str, str]]:
    """(kind, what was said, speaker phrase) of every reported statement in `text`."""
    article = Article(id="r", date=dt.date(2024, 1, 19), title="", source="test", url=None,
                      text=text, origin="test")
    return [(s.kind, join_spans(text, s.spans), text[slice(*s.speaker.span)])
            for s in extract(article, MATCHER) if s.kind in (REPORTED, ACCORDING_TO)]


def test_speaker_then_said_that() -> None:
    assert reported("The foreign minister said that the border would stay closed until "
                    "further notice.") == [
        (REPORTED, "the border would stay closed until further notice", "The foreign minister")]


def test_said_after_the_clause() -> None:
    [(kind, said, speaker)] = reported("The border would stay closed until further notice, "
                                       "the foreign minister said on Tuesday.")
    assert (kind, speaker) == (REPORTED, "the foreign minister")
    assert said.startswith("The border would stay closed")


def test_according_to() -> None:
    [(kind, said, speaker)] = reported("According to the interior ministry, three soldiers "
                                       "were wounded in the attack.")
    assert (kind, speaker) == (ACCORDING_TO, "the interior ministry")
    assert "three soldiers were wounded" in said

PLAIN_CONJOINED = re.compile(
    r"(?<![\s,])(?:\s*+,)?\s++(?:and|but)\s++(?:(?:also|later|then)\s++)?(?=(\w+)\b)"
)
PIECES = [" ", "  ", ",", "\n", "and", "but", "also", "then", "x", "said", "y,", "é", "_", "-",
          "andy"]


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(PIECES), max_size=12), st.integers(0, 3))
def test_conjoined_matches_as_its_plain_form(pieces: list[str], start: int) -> None:
    text = "".join(pieces)
    assert [(m.span(), m.group(1)) for m in CONJOINED.finditer(text, start)] == [
        (m.span(), m.group(1)) for m in PLAIN_CONJOINED.finditer(text, start)]


def test_conjoined_finds_the_second_verb() -> None:
    text = "He said it was over, and said , but also added that"
    assert [m.group(1) for m in CONJOINED.finditer(text)] == ["said", "added"]
    assert [m.group() for m in CONJOINED.finditer(text)] == [", and ", " , but also "]


def test_a_cue_scan_answers_every_range_as_its_three_scans_would() -> None:
    from briefing.extract.reported import scan_cues

    texts = [
        "He said that, according to officials, she added: they called it “odd”. Saidy "
        "was not a cue; unsaid neither. 'We reiterated it,' stated Baloch, calling for calm.",
        "No cue at all here, and none there: saidx, toldly.",
        "",
    ]
    for text in texts:
        scan = scan_cues(text)
        for start in range(0, len(text) + 1):
            for end in range(start, len(text) + 1, 2):
                three = [[m.span() for m in part.within(start, end)]
                         for part in (scan.cue, scan.according, scan.called)]
                found = scan.within(start, end)
                assert (found and [[m.span() for m in part] for part in found]) == (
                    any(three) and three or None), (start, end)


# A statement's content is never its speaker: the speaker is the noun phrase that is the
# subject of the cue, not a clause inside what was said (issue 15).


def test_a_noun_ending_the_content_is_no_trailing_cue_with_the_clause_as_speaker() -> None:
    found = reported("The army's spokesman, Colonel Omar Haddad, said on Sunday the offensive "
                     "was stalling but that Syria had exaggerated casualty reports.")
    assert [speaker for _, _, speaker in found] == ["The army's spokesman, Colonel Omar Haddad"]
    assert found[0][1].endswith("exaggerated casualty reports")


def test_a_trailing_speaker_stands_right_after_the_comma_or_closes_a_list() -> None:
    assert [s for _, _, s in reported(
        "The quake cut power to the port, officials and seismologists said.")] == [
        "seismologists"]
    assert [s for _, _, s in reported(
        "The rebels never held the town, as the army has said.")] == ["the army"]


def test_a_relative_clause_leaves_its_head_as_the_speaker() -> None:
    assert reported("Diplomats who have read the draft said the ceasefire would hold until "
                    "Friday.") == [
        (REPORTED, "the ceasefire would hold until Friday", "Diplomats")]
    [(_, said, speaker)] = reported("Traders who met the governor in Lagos said the naira "
                                    "would be devalued.")
    assert (said, speaker) == ("the naira would be devalued", "Traders")
    # the cue is the clause's own verb: "who" is its subject, no speaker before it
    assert reported("As someone who had to reject her parents and their beliefs, I know.") == []


def test_a_place_or_a_topic_after_the_speaker_noun_stays_in_the_phrase() -> None:
    for phrase in ("dealers in Tokyo and London", "shipping sources in Piraeus",
                   "people familiar with the talks", "sources close to the negotiations"):
        [(_, _, speaker)] = reported(f"The freight rates will rise again, {phrase} said.")
        assert speaker == phrase


def test_a_quantifier_after_the_subject_is_not_the_speaker() -> None:
    [(_, said, speaker)] = reported("Kenya and Uganda have both claimed that the border "
                                    "crossing will reopen.")
    assert speaker == "Uganda" and said == "the border crossing will reopen"


def test_a_trailing_speaker_with_an_appositive() -> None:
    [(_, said, speaker)] = reported("The navy will escort the convoys, Captain Ana Ruiz, a "
                                    "navy spokeswoman, said.")
    assert (said, speaker) == ("The navy will escort the convoys",
                               "Captain Ana Ruiz, a navy spokeswoman")
    # words that open with a speaker and cue of their own are that speaker's
    [(_, said, speaker)] = reported("She said the rebels lost 200 men, the agency, quoting "
                                    "a local official, said.")
    assert speaker == "She"


def test_a_source_quoting_a_speaker_as_saying_gives_the_speakers_statement() -> None:
    # "X quoted Y as saying Z": Z is Y's; the agency that quotes only relays it (issue 15)
    assert reported("The state news agency Bernama quoted a senior army officer in the "
                    "border town of Tawau as saying two patrol boats had been seized.") == [
        (REPORTED, "two patrol boats had been seized",
         "a senior army officer in the border town of Tawau")]
    [(_, said, speaker)] = reported("The agency quoted him as saying after the meeting in "
                                    "Accra that cocoa exports would be cut.")
    assert (said, speaker) == ("cocoa exports would be cut", "him")
    [(_, said, speaker)] = reported("The governor was quoted as saying the currency would "
                                    "stay pegged.")
    assert (said, speaker) == ("the currency would stay pegged", "The governor")
    # ... and "was quoted by the daily Politiken as saying": the source after "by" relays
    [(_, said, speaker)] = reported("Central bank governor Erik Hoffmeyer was quoted by the "
                                    "daily Politiken as saying the krone would hold.")
    assert (said, speaker) == ("the krone would hold", "Central bank governor Erik Hoffmeyer")
    # no statement starts with what "telling" had as its object
    assert reported("Radio Lagos quoted Okafor as telling members of two unions the strike "
                    "was illegal.") == []


def test_quoted_him_takes_the_earlier_speaker() -> None:
    text = ("Kenya's trade minister Joseph Otieno said tea exports rose in May. The official "
            "news agency quoted him as saying that prices would hold.")
    article = Article(id="r", date=dt.date(2024, 1, 19), title="", source="test", url=None,
                      text=text, origin="test")
    second = extract(article, MATCHER)[-1]
    assert second.text == "prices would hold" and second.speaker.name == "Joseph Otieno"


def test_a_noun_in_ly_after_its_article_is_no_adverb() -> None:
    [(_, said, speaker)] = reported("The boy was taken to hospital on Friday, lawyers for the "
                                    "family said.")
    assert (said, speaker) == ("The boy was taken to hospital on Friday",
                               "lawyers for the family")
    [(_, _, speaker)] = reported("The budget will be cut by a third, the assembly said.")
    assert speaker == "the assembly"


def test_a_speaker_before_a_parenthesis_in_dashes() -> None:
    [(_, said, speaker)] = reported("The report ― which draws on interviews with farmers and "
                                    "traders, among others ― explains why grain prices rose.")
    assert (said, speaker) == ("why grain prices rose", "The report")


def test_a_diplomat_and_his_post_are_one_speaker_phrase() -> None:
    assert reported("The Kenyan envoy to the African Union, Ruth Odhiambo, said the summit "
                    "would be postponed.") == [
        (REPORTED, "the summit would be postponed",
         "The Kenyan envoy to the African Union, Ruth Odhiambo")]
    [(_, _, speaker)] = reported("Canada's ambassador to Japan said the tariff talks had "
                                 "stalled over beef.")
    assert speaker == "Canada's ambassador to Japan"


def test_a_denied_cue_attributes_no_claim() -> None:
    assert reported("Tehran had not reported any attacks on shipping in the strait before "
                    "the latest raid.") == []
    assert reported("A company spokesman would not confirm that the plant would close.") == []
    assert reported("The ministry has never said the dam would be finished this year.") == []
    # an open question claims nothing either way: it may stay a statement
    [(_, said, _)] = reported("The minister did not say when the border would reopen.")
    assert said == "when the border would reopen"
    # "not only" denies nothing
    [(_, said, _)] = reported("The envoy not only said the talks had failed but walked out.")
    assert said.startswith("the talks had failed")


def test_a_time_word_with_a_possessive_is_what_was_said() -> None:
    # "today" after the cue is an adverbial; "today's vote" is the subject of what was said.
    found = reported("House Speaker Tom Reddy said today's vote was important.")
    assert [text for _, text, _ in found] == ["today's vote was important"]
    found = reported("The minister said Monday's attack was a crime.")
    assert [text for _, text, _ in found] == ["Monday's attack was a crime"]


def test_figures_show_is_a_statement_of_the_figures() -> None:
    assert reported("Rice exports fell nine pct in the first half, official figures show.") == [
        (REPORTED, "Rice exports fell nine pct in the first half", "official figures")]
    assert reported("The latest customs statistics show that steel imports rose sharply in "
                    "June.") == [
        (REPORTED, "steel imports rose sharply in June", "The latest customs statistics")]
    # "show" of anyone but a source of data, or of a named survey, is no statement
    assert reported("The minister showed reporters a map of the disputed border area.") == []
    assert reported("Data from the National Health Survey show that clinics were full.") == []


def test_quoted_as_saying_that_then_a_clause() -> None:
    assert reported("The weekly quoted one diplomat as saying that, while the talks were "
                    "slow, the sides had agreed on a timetable.") == [
        (REPORTED, "while the talks were slow, the sides had agreed on a timetable",
         "one diplomat")]


def test_quoted_as_saying_a_name_with_its_appositive() -> None:
    [(kind, said, speaker)] = reported(
        "The radio quoted Anna Berg, the fund's envoy in Nairobi, as saying the grant would "
        "be paid in two parts.")
    assert (kind, said) == (REPORTED, "the grant would be paid in two parts")
    assert speaker.startswith("Anna Berg")


def test_a_participle_of_a_body_that_opens_the_sentence() -> None:
    assert reported("The Danish government later dropped its request for talks, saying that "
                    "the dispute had been settled.") == [
        (REPORTED, "the dispute had been settled", "The Danish government")]
    assert reported("A ministry spokesman declined to comment, saying the case was before the "
                    "courts.") == [
        (REPORTED, "the case was before the courts", "A ministry spokesman")]
    # no body or official opens the sentence: no speaker to give the participle
    assert reported("The storm hit the coast on Monday, saying little about the damage.") == []


def test_a_promise_or_threat_to_act_is_what_was_said() -> None:
    assert reported("The dockers' union threatened to strike if the port was sold.") == [
        (REPORTED, "to strike if the port was sold", "The dockers' union")]
    [(kind, said, speaker)] = reported("Norway, in a move of its own last month, promised to "
                                       "end all trade with the regime.")
    assert (kind, said) == (REPORTED, "to end all trade with the regime")
    assert speaker.startswith("Norway")
    # the object of a relative clause: the ship is what was threatened, no words of Greece's
    assert reported("A survey ship which Athens had threatened to stop kept to its own "
                    "waters.") == []


def test_an_offer_to_someone_of_something() -> None:
    # (a subject that is no actor: a followed state's sentence is its position)
    assert reported("The government proposed to the lending banks a rescheduling of its "
                    "debt over 15 years.") == [
        (REPORTED, "a rescheduling of its debt over 15 years", "The government")]


def test_an_appeal_to_someone_to_act() -> None:
    assert reported("The agency has appealed to donor governments to pay an extra 40 mln "
                    "dlrs for food aid.") == [
        (REPORTED, "donor governments to pay an extra 40 mln dlrs for food aid", "The agency")]
    assert reported("The new plan appealed to many young voters in the south.") == []


def test_a_second_claim_after_although_is_a_statement_of_its_own() -> None:
    assert reported("The minister has denied knowing about the sale although he has admitted "
                    "he met the buyers.") == [
        (REPORTED, "knowing about the sale", "The minister"),
        (REPORTED, "he met the buyers", "he")]


def test_said_that_then_an_opening_phrase() -> None:
    assert reported("The envoy said that, as a rule, the embassy would not comment on "
                    "visas.") == [
        (REPORTED, "as a rule, the embassy would not comment on visas", "The envoy")]
    assert reported("The treasury said that with the bond sale over, it had no need to "
                    "borrow.") == [
        (REPORTED, "with the bond sale over, it had no need to borrow", "The treasury")]


def test_a_title_of_a_ministry_in_ing_is_a_speaker() -> None:
    assert reported("Rents will be frozen for a year, Housing Minister Jan Roe said.") == [
        (REPORTED, "Rents will be frozen for a year", "Housing Minister Jan Roe")]


def test_a_speaker_and_said_relayed_by_an_agency_is_the_speakers_statement() -> None:
    # the agency only relays what the central banker said
    assert reported("Jean Dupont, governor of the Dakar-based bank, said the loans would be "
                    "repaid by June, the official news agency reported.") == [
        (REPORTED, "the loans would be repaid by June",
         "Jean Dupont, governor of the Dakar-based bank")]
    # narration by the source ("had told"), a relative clause, or another verb: the source's
    for text in ("Smith had told police officials that she did not want the escort, the "
                 "source added.",
                 "The talks, which Iran said would fail, ended on Monday, the agency reported.",
                 "Share prices continued their rise after the vote, brokers said."):
        [(_, said, speaker)] = reported(text)
        assert said == text[: text.rindex(",")]


def test_a_passive_cue_with_its_speaker_after_by() -> None:
    assert reported("The port of Tema was said by officials to be closed to shipping.") == [
        (REPORTED, "The port of Tema … to be closed to shipping", "officials")]
    assert reported("Delegates from 30 countries were told by Canada that the round would be "
                    "the last of the decade.") == [
        (REPORTED, "the round would be the last of the decade", "Canada")]
    assert reported("The proposals were dismissed by the French farm minister as a threat to "
                    "farm incomes.") == [
        (REPORTED, "a threat to farm incomes", "the French farm minister")]
    assert reported("A cut in interest rates has been called for by Jane Roe, chief economist "
                    "of the bank.") == [
        (REPORTED, "A cut in interest rates", "Jane Roe, chief economist of the bank")]
    # a question put to someone, an event reported, a new clause after "as ...": none
    for text in ("The host was asked by a caller why young men are coming to the city.",
                 "The fire was reported by a neighbour who heard the blast.",
                 "The meeting is described by participants as informal and no statement is "
                 "expected."):
        assert reported(text) == []


def test_told_an_addressee_then_a_time_then_the_clause() -> None:
    assert reported("The agency quoted Lee as telling members of three exporters' groups last "
                    "Friday the central bank would not defend the currency.") == [
        (REPORTED, "the central bank would not defend the currency", "Lee")]
    assert reported("The minister told the budget committee last week the plan would fail.") == [
        (REPORTED, "the plan would fail", "The minister")]
    # a verb before the time word: the clause began already
    assert reported("The minister told Reuters the cabinet had today discussed the plan.") == [
        (REPORTED, "the cabinet had today discussed the plan", "The minister")]


def test_a_body_that_declined_one_thing_but_said_another() -> None:
    assert reported("A senior trade ministry official declined to give a date for the talks, "
                    "but said he expects the quota to be lifted before the winter.") == [
        (REPORTED, "he expects the quota to be lifted before the winter",
         "A senior trade ministry official")]
    assert reported("The trade ministry raised the import duty and said it would watch the "
                    "market closely.") == [
        (REPORTED, "it would watch the market closely", "The trade ministry")]


def test_a_pronoun_subject_of_a_second_verb() -> None:
    assert reported("She met the union leaders on Monday and said the strike could end by "
                    "Friday.") == [(REPORTED, "the strike could end by Friday", "She")]


def test_a_naming_verb_ends_where_a_second_speech_verb_begins() -> None:
    text = ("He called the current tariff on imported grain \"far too high\" and said he "
            "would seek to cut it next year.")
    article = Article(id="r", date=dt.date(2024, 1, 19), title="", source="test", url=None,
                      text=text, origin="test")
    assert [join_spans(text, s.spans) for s in extract(article, MATCHER)] == [
        'the current tariff on imported grain "far too high"',
        "he would seek to cut it next year"]


def test_a_statement_ends_before_the_announcement_of_another_it_follows() -> None:
    assert reported("The dispute flared after Chile said it would close two border crossings "
                    "following an announcement from Bolivia that it planned to levy a new tax "
                    "on transit cargo.") == [
        (REPORTED, "it would close two border crossings", "Chile"),
        (REPORTED, "it planned to levy a new tax on transit cargo", "Bolivia")]
    # no statement of another: the clause is whole
    assert reported("Chile said it would close two border crossings following the "
                    "announcement of a new tax on transit cargo.") == [
        (REPORTED, "it would close two border crossings following the announcement of a new "
                   "tax on transit cargo", "Chile")]


def test_a_participle_after_a_statement_reacted_to_is_the_statements() -> None:
    said = reported("The minister was reacting to a Canadian statement issued after his "
                    "talks in Ottawa, saying the Canadian government would not intervene.")
    assert said == [(REPORTED, "the Canadian government would not intervene",
                     "a Canadian statement")]
    # a statement with no origin of its own: the subject reacts, and speaks
    said = reported("The minister was reacting to a statement issued after his talks in "
                    "Ottawa, saying the Canadian government would not intervene.")
    assert said == [(REPORTED, "the Canadian government would not intervene", "The minister")]


def test_told_an_audience_named_by_a_common_noun() -> None:
    # "told a news conference", "told a House Banking hearing", "told a meeting of farmers":
    # the audience is no part of what was said, before the clause or at the sentence's end
    assert reported("The minister told a news conference he did not think the country "
                    "would follow Brazil's example.") == [
        (REPORTED, "he did not think the country would follow Brazil's example",
         "The minister")]
    assert reported("The minister told a meeting of farmers the government would not cut "
                    "the subsidies.") == [
        (REPORTED, "the government would not cut the subsidies", "The minister")]
    [(_, said, speaker)] = reported("The insurance fund is facing a deficit because of its "
                                    "liabilities, the General Accounting Office told a House "
                                    "Banking hearing.")
    assert (said, speaker) == ("The insurance fund is facing a deficit because of its "
                               "liabilities", "the General Accounting Office")
    [(_, said, speaker)] = reported("Interest rates will fall sharply over the coming months, "
                                    "the minister told a meeting of farmers in Lyon.")
    assert (said, speaker) == ("Interest rates will fall sharply over the coming months",
                               "the minister")


def test_where_and_when_it_was_said_are_no_part_of_it() -> None:
    [(_, said, speaker)] = reported("The rains began late last week and are continuing "
                                    "today, the spokesman said from Brisbane.")
    assert (said, speaker) == ("The rains began late last week and are continuing today",
                               "the spokesman")
    assert reported("The minister said in Brisbane the rains would ease.") == [
        (REPORTED, "the rains would ease", "The minister")]
    assert reported("He said in the past the government had pressed banks to lend.") == [
        (REPORTED, "the government had pressed banks to lend", "He")]
    assert reported("Wolf said as of September, 1986, about 85 pct of the associations were "
                    "solvent.") == [
        (REPORTED, "about 85 pct of the associations were solvent", "Wolf")]
    # a possessive after "in" is what was said, not where
    assert reported("The minister said in Iran's view the talks had failed.") == []


def test_a_quantity_after_the_cue_is_no_preposition() -> None:
    assert reported("The police said over 100 people were killed in the fighting.") == [
        (REPORTED, "over 100 people were killed in the fighting", "The police")]


def test_an_office_word_in_ing_opens_a_speaker_phrase() -> None:
    [(_, said, speaker)] = reported("Outgoing United States Ambassador Stephen Bosworth told "
                                    "reporters he did not expect a moratorium.")
    assert (said, speaker) == ("he did not expect a moratorium",
                               "Outgoing United States Ambassador Stephen Bosworth")


def test_a_clause_that_opens_with_a_quoted_phrase_is_reported_whole() -> None:
    # the quoted words stay inside what was said, verbatim; a whole quotation stays a quote
    assert statements('Foreign Minister Raif Dizdarevic said "radical changes" in interest '
                      'rates were needed.') == [
        (PARTIAL, '"radical changes" in interest rates were needed',
         "Foreign Minister Raif Dizdarevic")]
    assert statements('The minister said "radical changes are needed" and left.') == [
        (QUOTE, "radical changes are needed", "The minister")]
    assert statements('He said: "Terrorists have long memories" in a speech.') == [
        (QUOTE, "Terrorists have long memories", "He")]


def statements(text: str) -> list[tuple[str, str, str]]:
    """(kind, what was said, speaker phrase) of every statement in `text`."""
    article = Article(id="r", date=dt.date(2024, 1, 19), title="", source="test", url=None,
                      text=text, origin="test")
    return [(s.kind, join_spans(text, s.spans), text[slice(*s.speaker.span)])
            for s in extract(article, MATCHER)]


def test_a_participle_speaks_for_the_sentences_speaker_not_a_modal_verb() -> None:
    [(_, said, speaker)] = reported(
        "Clinton told the audience that she believes we must continue to push policies that "
        "help, saying that the law still determines too much in America.")[-1:]
    assert (said, speaker) == ("the law still determines too much in America", "Clinton")


def test_blasts_is_a_noun_unless_a_clause_follows() -> None:
    assert reported("The release of a film about the Mumbai blasts in 1993 has been "
                    "postponed after protests.") == []


def test_told_a_name_then_an_adverbial_then_a_clause_with_no_that() -> None:
    assert reported("Nogales told Reuters in an interview the steering committee had agreed "
                    "to consider the offer.") == [
        (REPORTED, "the steering committee had agreed to consider the offer", "Nogales")]
    # a name with "of" in it is whom one told, all of it
    assert reported("Lord Belstead told the House of Lords the tax would raise the price of "
                    "raw materials.") == [
        (REPORTED, "the tax would raise the price of raw materials", "Lord Belstead")]
    # a name set off by commas after whom one told, then "that"
    assert reported("Barroso told the President of the European Parliament, Josep Borrell, "
                    "that the Commission would not refer a new proposal.") == [
        (REPORTED, "the Commission would not refer a new proposal", "Barroso")]


def test_a_trailing_speaker_may_end_the_sentence_with_where_or_when_they_spoke() -> None:
    [(_, said, speaker)] = reported(
        "Guyana's arrears to the fund are now 70 mln dlrs, Greenidge told Reuters during the "
        "Inter-American Development Bank (IADB) annual meeting here.")
    assert (said, speaker) == ("Guyana's arrears to the fund are now 70 mln dlrs", "Greenidge")
    # "of" after the noun of an adverbial belongs to that noun: no clause of its own
    [(_, said, speaker)] = reported(
        "Growing protectionism had caused a major deterioration in export earnings, he said "
        "in an opening speech to a meeting of African trade ministers in Addis Ababa.")
    assert (said, speaker) == (
        "Growing protectionism had caused a major deterioration in export earnings", "he")
    # "that" ahead still opens the clause
    [(_, said, speaker)] = reported(
        "Murdani told a meeting of the ruling Golkar party in Jakarta yesterday that he "
        "believed the security situation was now stable.")
    assert (said, speaker) == ("he believed the security situation was now stable", "Murdani")


def test_an_aside_between_commas_stands_between_the_speaker_and_the_cue() -> None:
    assert reported("King Fahd of Saudi Arabia, in an interview with Reuters on March 11, "
                    "said the kingdom wanted oil price stability.") == [
        (REPORTED, "the kingdom wanted oil price stability", "King Fahd of Saudi Arabia")]
    # where the speaker works is part of the speaker, no aside
    [(_, said, speaker)] = reported(
        "Christopher Brougham, regional manager, at Lloyds Bank Plc, said that the banks "
        "sent a telex to Citibank.")
    assert said == "the banks sent a telex to Citibank"
    assert speaker.startswith("Christopher Brougham")
    # a clause before the comma is what was said, and the inverted speaker follows
    [(_, said, speaker)] = reported("Prices would rise this year, in the view of the ministry, "
                                    "said John Smith.")
    assert speaker == "John Smith"


def test_a_relay_that_quotes_the_speaker_may_close_the_sentence() -> None:
    [(_, said, speaker)] = reported(
        "OPEC output in February was well below the ceiling, the OPEC news agency Opecna "
        "quoted an OPEC secretariat official as saying.")
    assert (said, speaker) == ("OPEC output in February was well below the ceiling",
                               "an OPEC secretariat official")
    [(_, said, speaker)] = reported("The talks would resume next month, Gorbachev was quoted "
                                    "as saying on Monday.")
    assert (said, speaker) == ("The talks would resume next month", "Gorbachev")
    [(_, said, speaker)] = reported("The official was further quoted as saying that no "
                                    "meeting was foreseen before June.")
    assert (said, speaker) == ("no meeting was foreseen before June", "The official")


def test_a_setting_names_an_occasion_a_medium_or_a_place() -> None:
    # what the statement is about is no setting: the clause before the comma is no statement
    assert [s for s in statements(
        "At the same time, the Japanese government issued a statement on its concern over "
        "regional stability.") if s[1] == "At the same time"] == []
    [(_, said, speaker)] = reported("Sales rose to 3.9 million units, the company said at the "
                                    "Detroit Motor Show.")
    assert (said, speaker) == ("Sales rose to 3.9 million units", "the company")


def test_said_here_is_where_it_was_said() -> None:
    [(_, said, speaker)] = reported(
        "Civil strife will make growth in 1987 the slowest in a decade, Sri Lankan finance "
        "minister Ronnie de Mel said here.")
    assert speaker == "Sri Lankan finance minister Ronnie de Mel"
    assert said.startswith("Civil strife will make growth")
    # "here is" opens what was said
    assert reported("He said here is a plan that would work for everyone.")[0][1] == (
        "here is a plan that would work for everyone")



def test_a_quote_after_whom_one_told_named_by_a_common_noun() -> None:
    text = ("Deputy prime minister Kim Mahn-Je told a meeting of local businessmen \"The "
            "government's policy on the won is to maintain a steadfast position.\"")
    assert [(kind, said[:26], speaker) for kind, said, speaker in statements(text)] == [
        (QUOTE, "The government's policy on", "Deputy prime minister Kim Mahn-Je")]


def test_here_or_there_between_the_speaker_and_the_cue() -> None:
    assert statements("Western diplomats here said the talks had failed.") == [
        ("reported", "the talks had failed", "Western diplomats")]
    assert statements('"The talks failed," officials there said.') == [
        ("quote", "The talks failed", "officials")]
    assert statements('One Western commercial attache here said: "Devaluation will not '
                      'change anything."') == [
        ("quote", "Devaluation will not change anything.", "One Western commercial attache")]


def test_claims_after_a_subject_pronoun_opening_the_sentence_is_saying() -> None:
    text = ("The new boss has taken legal action against the lenders. He claims the banks "
            "were aware of the problems.\n\n"
            "She sued the photographers who she claims left her fearful.")
    assert [said for _, said, _ in reported(text)] == ["the banks were aware of the problems"]


def test_a_cue_inside_a_hyphenated_word_is_no_cue() -> None:
    text = ("Providers are increasingly offering add-ons such as cheap net calls.\n\n"
            "Net loss includes a 3,095,000 dlr write-off tied to the unit's closure.")
    assert reported(text) == []


def test_with_a_noun_phrase_and_a_participle_of_saying_reports_its_speech() -> None:
    # "..., with X saying that ...": X speaks; a participle that reports no speech, a phrase
    # that is no speaker or a comma between "with" and the cue say nothing.
    assert reported("The talks ended on Friday, with the minister saying that no deal was "
                    "near.") == [(REPORTED, "no deal was near", "the minister")]
    assert reported("Oil prices fell, with analysts warning that supplies would rise "
                    "sharply.") == [(REPORTED, "supplies would rise sharply", "analysts")]
    assert reported("Prices rose on Friday, with traders seeking cover in gold and the "
                    "oil markets.") == []
    assert reported("He ran at me with hands raised saying that he would not stop "
                    "there.") == []
    assert reported("The event with Obama comes later, on Sept. 13 in Philadelphia, "
                    "urging people in the state to vote early.") == []


def test_a_relative_clause_s_speech_ends_before_the_main_clause_s_cue() -> None:
    # "X, who said A, said B": two statements of X; what X asked for ("not to be named") is
    # no statement.
    assert reported("Podesta, who said the project was vetted by his firm's counsel, said he "
                    "was unaware of any such disagreements.") == [
        (REPORTED, "the project was vetted by his firm's counsel", "Podesta"),
        (REPORTED, "he was unaware of any such disagreements", "Podesta")]
    assert reported("The analyst, who asked not to be identified, said the rise in the stock "
                    "was the result of buying.") == [
        (REPORTED, "the rise in the stock was the result of buying", "The analyst")]


def test_a_speaker_before_an_aside_that_quotes() -> None:
    assert reported("Mr. Manafort, citing “the unique magic of Trump,” said the candidate "
                    "could win in Pennsylvania.") == [
        (REPORTED, "the candidate could win in Pennsylvania", "Mr. Manafort")]


def test_what_a_source_said_runs_on_past_according_to_set_off_by_commas() -> None:
    # "A, according to X, B": A and B are X's; "X said that according to Y, B": B is Y's.
    [(kind, said, speaker)] = reported(
        "About 10:03 p.m., according to a congressional timeline, the security contractors "
        "left for the compound.")
    assert (kind, speaker) == (ACCORDING_TO, "a congressional timeline")
    assert said.startswith("About 10:03 p.m") and said.endswith("left for the compound")
    got = reported("The AP reported on Monday that, according to an analysis of her calendar, "
                   "85 of the 154 meetings were with donors.")
    assert (ACCORDING_TO, "85 of the 154 meetings were with donors",
            "an analysis of her calendar") in got
    assert all(not said.startswith("The AP") for _, said, _ in got)


def test_said_about_and_a_number_word_is_a_quantity_not_a_topic() -> None:
    assert reported("He said about six investment banks had been approached so far.") == [
        (REPORTED, "about six investment banks had been approached so far", "He")]
    assert reported("He said about the talks that nothing had been decided.") == [
        (REPORTED, "nothing had been decided", "He")]


def test_a_group_that_opens_the_sentence_speaks_after_and_said() -> None:
    assert reported("But private economists were not so sure and said the economy was "
                    "unlikely to grow.") == [
        (REPORTED, "the economy was unlikely to grow", "private economists")]


def test_a_trailing_tell_with_its_audience_and_where_they_come_from() -> None:
    [(kind, said, speaker)] = reported(
        "Most commodity agreements are close to collapse, Bangladesh Commerce Minister M.A. "
        "Munim told officials from 48 states.")
    assert (kind, speaker) == (REPORTED, "Bangladesh Commerce Minister M.A. Munim")
    assert said == "Most commodity agreements are close to collapse"


def test_voiced_concerns_and_recommended_that_report_a_position() -> None:
    assert reported("The delegation voiced similar concerns about the bank's lending.") == [
        (REPORTED, "similar concerns about the bank's lending", "The delegation")]
    assert reported("An advisory panel recommended this week that the government press "
                    "ahead with deregulation.") == [
        (REPORTED, "the government press ahead with deregulation", "An advisory panel")]
    # ("recommended" before a list of names, no "that": no statement)
    assert reported("The local party recommended district chair Jennifer Ping and Senator "
                    "Pat Miller.") == []


def test_according_to_a_norm_without_a_comma_attributes_nothing() -> None:
    # "react according to the laws of the GATT": in keeping with, not a source's words.
    got = reported("Any U.S. moves would leave the EC no option but to react according to "
                   "the laws of the General Agreement on Tariffs and Trade.")
    assert all(kind != ACCORDING_TO for kind, _, _ in got)
    assert reported("Output rose five pct in March, according to official figures.") == [
        (ACCORDING_TO, "Output rose five pct in March", "official figures")]


def test_a_trailing_speaker_with_an_appositive_told_an_audience() -> None:
    # "X, title, told <audience>" is X's, not the audience's (nor Reuters')
    [(_, said, speaker)] = reported(
        "Borrowing will stay at last year's level, Zain Azraai, secretary general to the "
        "Finance Ministry, told an investment seminar here.")
    assert (said, speaker) == ("Borrowing will stay at last year's level",
                               "Zain Azraai, secretary general to the Finance Ministry")
    [(_, said, speaker)] = reported(
        "Demand has not changed, J. David Lyons, vice president of the company, told Reuters "
        "in an interview.")
    assert (said, speaker) == ("Demand has not changed",
                               "J. David Lyons, vice president of the company")


def test_whom_one_told_after_a_comma_is_never_the_speaker() -> None:
    # "..., told Reuters." names the audience: no inverted "told" makes Reuters the speaker
    assert [speaker for _, _, speaker in reported(
        "A large feed compounder will begin legal proceedings next month, a spokesman for "
        "the trade association, Het Comite, told Reuters.")] == [
        "a spokesman for the trade association, Het Comite"]
    assert reported("The plan is dead and buried for this year, told Reuters on Friday.") == []


def test_a_doubled_full_stop_still_ends_a_trailing_speakers_sentence() -> None:
    # wire copy's typo: "has told parliament.."
    [(_, said, speaker)] = reported(
        "Sudan will find it difficult to meet scheduled debt repayments, Finance Minister "
        "Beshir Omer has told parliament..")
    assert (said, speaker) == ("Sudan will find it difficult to meet scheduled debt repayments",
                               "Finance Minister Beshir Omer")


def test_a_list_of_names_before_a_cue_is_no_statement_and_anonymity_is_no_claim() -> None:
    # "A, B and C agreed": the subject is a list, not what its last name said
    assert reported("The United States, Japan, West Germany, France, Britain, Italy and "
                    "Canada agreed at the summit to use economic indicators.") == []
    # "who ... asked not to be identified, made clear that": the condition is no claim
    assert [said for _, said, _ in reported(
        "The official, who met reporters but asked not to be identified, said the review "
        "was a major step.")] == ["the review was a major step"]
