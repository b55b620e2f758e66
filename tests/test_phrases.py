"""Phrase reading helpers: word counts by offsets."""

from __future__ import annotations

import pytest

from briefing.extract.phrases import (
    WINDOW,
    at_least,
    clause_subject,
    dateline_end,
    np_after,
    np_before,
    words,
)


def test_at_least_agrees_with_the_word_count() -> None:
    text = "One, two-three  four's. — five\n6 _ seven, eight"
    for start in range(len(text) + 1):
        for end in range(start - 1, len(text) + 2):
            for n in (1, 2, 3, 5, 7):
                assert at_least(text, start, end, n) == (words(text, start, end) >= n)


def test_at_least_counts_only_the_first_part_of_a_long_range_as_words_does() -> None:
    text = "x" * (2 * WINDOW) + " two three"
    assert words(text, 0, len(text)) == 1
    assert not at_least(text, 0, len(text), 2)
    assert at_least(text, 1, len(text), 2) == (words(text, 1, len(text)) >= 2)


def test_np_before_from_its_tail_scan_reads_as_from_a_whole_scan() -> None:
    from briefing.extract.phrases import TOKEN, _np_before
    from briefing.extract.phrases import _np_span_before as np_before  # (the reading itself)

    text = ("On a long and winding Tuesday afternoon in the capital, after hours of talks, "
            "Sandy Phillips, who lost her daughter in Aurora, Colorado, said it; the consul "
            "general in Karachi (a veteran, and a friend) - Hugh Hill, a doctor, who had "
            "earlier spoken to Michael Mulgrew, president of the union, never said so; "
            "In July, the NAACP, joined by many others over many years, said that.")
    starts = [m.start() for m in TOKEN.finditer(text)] + [len(text)]
    for lo in (0, 40, 81):
        for cue in starts:
            if cue <= lo:
                continue
            toks = [(m.start(), m.end(), m.group()) for m in TOKEN.finditer(text, lo, cue)]
            assert np_before(text, lo, cue) == _np_before(text, lo, toks), (lo, cue)


def test_time_word_agrees_with_the_time_word_pattern() -> None:
    from briefing.extract.phrases import TIME_WORD, TIME_WORDS, time_word

    words = [*TIME_WORDS, "Mays", "weeks", "1990s", "1990", "12345", "12345s", "s", "", "٣٤",
             "٣٤s", "2s", "20th", "Tuesdays", "today", "Today", "week-end", "x1", "1x"]
    for word in words:
        assert time_word(word) == bool(TIME_WORD.fullmatch(word)), word


def test_a_body_named_with_of_and_and_is_one_speaker_phrase() -> None:
    text = "Exports will fall next year, a Ministry of Trade and Industry official said."
    span = np_before(text, 29, text.index(" said"))
    assert span is not None and text[slice(*span)] == (
        "a Ministry of Trade and Industry official")
    text = "Britain and West Germany said there would be no extra cash."
    span = np_before(text, 0, text.index(" said"))
    assert span is not None and text[slice(*span)] == "West Germany"  # two speakers


def test_a_list_of_places_after_a_preposition_stays_in_the_speaker_phrase() -> None:
    text = "Officials in Chile, Peru and Bolivia said"
    start, end = np_before(text, 0, text.rindex(" said"))  # type: ignore[misc]
    assert text[start:end] == "Officials in Chile, Peru and Bolivia"
    text = "The ships sailed past Chile, Peru and Bolivia said"
    start, end = np_before(text, 0, text.rindex(" said"))  # type: ignore[misc]
    assert text[start:end] == "Bolivia"
    text = "Most voters in Chile, Peru and Bolivia said"  # voters: no state's voice
    start, end = np_before(text, 0, text.rindex(" said"))  # type: ignore[misc]
    assert text[start:end] == "Bolivia"


def test_np_after_keeps_a_weekday_after_the_article_and_is_never_an_article_alone() -> None:
    def after(text: str) -> str | None:
        span = np_after(text, 0, len(text))
        return text[span[0]:span[1]] if span else None

    assert after(" a Wednesday editorial in The Des Moines Register.") == "a Wednesday editorial"
    assert after(" the Monday statement from the group.") == "the Monday statement"
    assert after(" the minister on Monday.") == "the minister"
    assert after(" Baloch.") == "Baloch"
    assert after(" the") is None
    assert after(" a on Monday") is None


def test_clause_subject_skips_an_opening_phrase_of_lower_case_words() -> None:
    def subject(text: str) -> str | None:
        span = clause_subject(text, 0, text.index(", telling") if ", telling" in text
                              else len(text))
        return text[span[0]:span[1]] if span else None

    assert subject("Hours later, Trump returned the compliment, telling Reuters") == "Trump"
    assert subject("Back in 1999, Mr. Trump expressed admiration, telling CNBC") == "Mr. Trump"
    assert subject("To wit, Trump told Newsmax, telling him") == "Trump"
    # A name and its appositive, or a name with a capitalised word, is the subject itself.
    assert subject("Trump, the front-runner, defended it, telling them") == "Trump"
    assert subject("Sanders campaign manager Jeff Weaver, a veteran, replied, telling them") \
        == "Sanders"


def test_clause_subject_reads_a_possessive_with_its_head_or_looks_further() -> None:
    def subject(text: str) -> str | None:
        span = clause_subject(text, 0, text.index(", saying"))
        return text[span[0]:span[1]] if span else None

    assert subject("Russia's government has defended the purchase, saying so") == \
        "Russia's government"
    assert subject("Hillary Clinton’s right-hand woman rallied supporters, saying so") == \
        "Hillary Clinton’s right-hand woman"
    assert subject("France’s far-right National Front party leader, Marine Le Pen, voiced "
                   "support for Trump, saying so") == "Marine Le Pen"
    assert subject("FBI Director James Comey's news conference was the latest, saying so") \
        is None


def test_dateline_end_skips_a_wire_dateline_with_its_date() -> None:
    for text in ("WASHINGTON, Dec. 8 (UPI) — The committee met.",
                 "LOS ANGELES, Feb. 2 (UPI) — The committee met.",
                 "PARIS, Aug 31 (Reuters) - The committee met.",
                 "ISLAMABAD (Reuters) - The committee met."):
        assert text[dateline_end(text, 0, len(text)):].startswith("The committee"), text
    text = "The committee met on Dec. 8 - and then left."
    assert dateline_end(text, 0, len(text)) == 0


def test_clause_subject_passes_over_a_town_and_its_state_in_an_opening_phrase() -> None:
    def subject(text: str) -> str | None:
        span = clause_subject(text, 0, text.index(", saying"))
        return text[span[0]:span[1]] if span else None

    assert subject("At a rally in Beaumont, Tex., Mr. Trump was blunt, saying so") == "Mr. Trump"
    assert subject("At a rally in Portsmouth, N.H., on Tuesday, Senator Bernie Sanders "
                   "endorsed her, saying so") == "Senator Bernie Sanders"
    assert subject("In Ames, Iowa, on Sunday, Mrs. Clinton tried again, saying so") == \
        "Mrs. Clinton"
    assert subject("Speaking in Salem, New Hampshire, Trump went after Bush, saying so") == \
        "Trump"
    # A name and what it did, with no name after the comma, is the subject itself.
    assert subject("Lee took legal action in 2002, saying so") == "Lee"
    assert subject("Akamai declined to comment, saying so") == "Akamai"
    # A name with an appositive is still the subject.
    assert subject("During the speech, Trump, the front-runner, defended it, saying so") == \
        "Trump"


def test_clause_subject_stops_at_the_predicate_and_reads_past_a_conjunction() -> None:
    text = ("But Obama, making it clear that security came first, stood beside Meles's "
            "successor, Prime Minister Hailemariam Desalegn, and described it")
    span = clause_subject(text, 0, text.index(" and described"))
    assert span is not None and text[span[0]:span[1]] == "Obama"
    text = "It was a fine day, stood beside the successor, Prime Minister Jones, and described"
    assert clause_subject(text, 0, text.index(" and described")) is None


def test_np_before_keeps_where_a_broadcast_was_monitored() -> None:
    text = "A broadcast monitored in Nicosia said the platforms were hit"
    span = np_before(text, 0, text.index(" said"))
    assert span is not None and text[span[0]:span[1]] == "A broadcast monitored in Nicosia"
    text = "The ship arrived in Nicosia said officials"  # a verb before "in" still stops
    span = np_before(text, 0, text.index(" said"))
    assert span is not None and text[span[0]:span[1]] == "Nicosia"


def test_np_before_takes_people_in_the_plural_after_a_name_as_the_speaker() -> None:
    # "X, officials said, ...": the officials speak, about X; no name's apposition is plural.
    text = "Mr. Obama, officials said, has become skeptical"
    span = np_before(text, 0, text.index(" said"))
    assert span is not None and text[span[0]:span[1]] == "officials"
    text = "Since 1990 in Douglas, Ariz., border officials say they found more"
    span = np_before(text, 0, text.index(" say"))
    assert span is not None and text[span[0]:span[1]] == "border officials"
    # A title after a name is the name's apposition.
    text = "Michael Mulgrew, president of the union, said it was good"
    span = np_before(text, 0, text.index(" said"))
    assert span is not None and text[span[0]:span[1]] == "Michael Mulgrew, president of the union"
    text = "Alois Rhiel, its minister for economic affairs added"
    span = np_before(text, 0, text.index(" added"))
    assert span is not None and text[span[0]:span[1]].startswith("Alois Rhiel")


def test_np_before_reads_past_a_wire_s_two_hyphen_dash() -> None:
    text = ("The G-7 -- grouping the U.S., Japan, West Germany, France, Britain, Italy and "
            "Canada -- said the dollar should be stable")
    span = np_before(text, 0, text.index("said"))
    assert span is not None and text[span[0]:span[1]] == "The G-7"


@pytest.mark.parametrize(("text", "end"), [
    ("WASHINGTON (Reuters) - The talks", len("WASHINGTON (Reuters) - ")),
    ("Washington (AFP) – Democrat Hillary Clinton said", len("Washington (AFP) – ")),
    ("New York (AP) — The mayor", len("New York (AP) — ")),
    ("The minister (left) - a veteran", 0),  # no agency in the brackets: no dateline
    ("Washington said the talks", 0),
])
def test_a_dateline_in_capitals_or_with_its_agency_in_brackets(text: str, end: int) -> None:
    assert dateline_end(text, 0, len(text)) == end


@pytest.mark.parametrize(("text", "speaker"), [
    # An adverbial phrase in lower case after a preposition is no speaker: the subject
    # stands before it, after an auxiliary or as a short noun phrase.
    ("Gore's close friends and allies have in the past said", "allies"),
    ("Domestic critics have in particular noted", "Domestic critics"),
    ("A trio of PACs have in fact reported", "A trio of PACs"),
    ("But several GOP leaders on the ground told", "several GOP leaders"),
    ("a Democratic staffer in the room wondered", "a Democratic staffer"),
    ("Chairman Trey Gowdy earlier in the day said", "Chairman Trey Gowdy"),
    # What one speaks in is no part of the speaker, named or not.
    ("Jeb Bush in a Medium post said", "Jeb Bush"),
    ("Clinton in a statement said", "Clinton"),
    ("Trump in a CNN interview said", "Trump"),
    ("The head of the central bank in a statement said", "The head of the central bank"),
    # Nor a span of time with "past" ("this past week", "over the past week").
    ("Reince Priebus, the GOP chairman, this past week announced",
     "Reince Priebus, the GOP chairman"),
    ("The ministry over the past week said", "The ministry"),
    # A span of time that ends in "ago" is no speaker either.
    ("The State Department less than two weeks ago said", "The State Department"),
    ("The ministry a few days ago said", "The ministry"),
    # A phrase with a name after the preposition stays ("Officials in Washington").
    ("Officials in Washington said", "Officials in Washington"),
    ("During his time on the witness stand Mr Sullivan told", "the witness stand Mr Sullivan"),
    # A verb's object before the preposition is no subject: the adverbial stays the
    # phrase ("what happens in the other states" is no speaker phrase anyway).
    ("so much depends on what happens in the other early states said", "the other early states"),
])
def test_np_before_passes_over_an_adverbial_before_the_cue(text: str, speaker: str) -> None:
    cue = text.rindex(" ") + 1
    span = np_before(text, 0, cue - 1)
    assert span is not None and text[span[0]:span[1]] == speaker


@pytest.mark.parametrize(("text", "subject"), [
    ("Likewise, Trump went after Hillary Clinton, saying so", "Trump"),
    ("Publicly, the GOP nominee feuds, saying so", None),  # no capitalised subject: none
    ("Therefore, Gulf States believe it, saying so", "Gulf States"),
    ("Like Corker, Menendez rejected the notion, saying so", "Menendez"),
    ("Ever since she endorsed Mrs. Clinton, Ms. Warren has been a surrogate, saying so",
     "Ms. Warren"),
])
def test_clause_subject_passes_over_an_opening_adverb_or_preposition(
        text: str, subject: str | None) -> None:
    span = clause_subject(text, 0, text.index(", saying"))
    assert (text[span[0]:span[1]] if span else None) == subject
