"""Paragraphs and sentences with offsets; joining a statement's spans back into text."""

from __future__ import annotations

from briefing.extract.text import join_spans, segment


def sentences(text: str) -> list[str]:
    return [text[s.start : s.end] for p in segment(text) for s in p.sentences]


def test_paragraphs_split_on_blank_lines_with_offsets() -> None:
    text = "First one. Second one.\n\n  Third paragraph here.\n \nLast."
    paras = segment(text)
    assert [text[p.start : p.end] for p in paras] == [
        "First one. Second one.", "Third paragraph here.", "Last."]
    assert [text[s.start : s.end] for s in paras[0].sentences] == ["First one.", "Second one."]


def test_abbreviations_initials_and_decimals_do_not_end_sentences() -> None:
    text = ("Mr. Khan met Gen. Ali in the U.S. capital on Jan. 5 and George W. Bush spoke. "
            "Growth was 3.5 percent.")
    assert sentences(text) == [
        "Mr. Khan met Gen. Ali in the U.S. capital on Jan. 5 and George W. Bush spoke.",
        "Growth was 3.5 percent.",
    ]


def test_abbreviation_at_the_end_of_a_sentence() -> None:
    assert sentences("The envoy flew to the U.S. The talks begin today.") == [
        "The envoy flew to the U.S.", "The talks begin today."]


def test_quotation_marks_stay_with_their_sentence() -> None:
    text = '“We are ready.” He left. She asked: "Why now?" Nobody answered.'
    assert sentences(text) == ["“We are ready.”", "He left.", 'She asked: "Why now?"',
                               "Nobody answered."]


def test_runs_of_marks_acronyms_and_initials_at_sentence_ends() -> None:
    text = ("Really?! Yes... The end. He met Mr. Smith in the U.S. The talks (in D.C.) ended. "
            "\"Why?\" Lee asked.\n.Odd start. Stop. 12 more.\nW. Bush spoke. A.B. The")
    assert sentences(text) == [
        "Really?!", "Yes...", "The end.", "He met Mr. Smith in the U.S.",
        "The talks (in D.C.) ended.", '"Why?"', "Lee asked.", ".Odd start.", "Stop.",
        "12 more.", "W. Bush spoke.", "A.B.", "The"]


def test_join_spans_marks_gaps_inside_and_across_paragraphs() -> None:
    text = "Alpha beta, he said, gamma.\n\nDelta."
    assert join_spans(text, ((0, 10), (21, 26))) == "Alpha beta … gamma"
    assert join_spans(text, ((21, 26), (29, 35))) == "gamma\n\nDelta."
    assert join_spans(text, ((0, 5),)) == "Alpha"


def test_a_sentence_may_open_with_two_apostrophes() -> None:
    text = "The vote was close. ''We won,'' she said."
    assert sentences(text) == ["The vote was close.", "''We won,'' she said."]


def test_range_scan_answers_every_range_as_finditer_would() -> None:
    from briefing.extract.cues import CUE
    from briefing.extract.text import RangeScan

    text = ("He said that, according to officials, she added: they warned and told us. "
            "Saidy was not a cue; unsaid neither. 'We reiterated it,' stated Baloch.")
    scan = RangeScan(CUE, text)
    for start in range(0, len(text) + 1, 2):
        for end in range(start, len(text) + 1, 3):
            assert [m.span() for m in scan.within(start, end)] == [
                m.span() for m in CUE.finditer(text, start, end)], (start, end)


def test_cue_scans_from_candidate_starts_find_what_finditer_finds() -> None:
    from briefing.extract import cues
    from briefing.extract.reported import cue_starts
    from briefing.extract.text import matches_at, offsets

    texts = [
        "said the minister.\n“Told you,” (warned) —urged her; ’added’ unsaid saidx éstated",
        "He called for calm, according to aides; According to him, it was called off. "
        "They recalled it, calls labelled it so,labeled ‘dubbed’ branded.",
        "",
        "no cue here",
    ]
    for text in texts:
        for pattern, starts in ((cues.CUE, cue_starts(text)),
                                (cues.ACCORDING, offsets(text, cues.ACCORDING_STARTS)),
                                (cues.CALLED, offsets(text, cues.CALLED_STARTS))):
            assert [m.span() for m in matches_at(pattern, text, starts)] == [
                m.span() for m in pattern.finditer(text)]
    assert [m.group() for m in matches_at(cues.CUE, texts[0], cue_starts(texts[0]))] == [
        "said", "warned", "urged", "added"]  # "Told" is capitalised; "unsaid" is no cue


def test_offsets_lists_every_occurrence_once_in_order() -> None:
    from briefing.extract.text import offsets

    assert offsets("aaa ab", ("a", "aa")) == [0, 1, 2, 4]
    assert offsets("xyz", ("q",)) == []


def test_and_capitalised_after_us_goes_on_with_the_sentence() -> None:
    # wire copy capitalises the word after "U.S." or "U.K.": "And" there is no new sentence
    assert sentences("Demand fell in the U.S. And Europe, dealers said. It rose later.") == [
        "Demand fell in the U.S. And Europe, dealers said.", "It rose later."]
    assert sentences("The envoy flew to Jan. And then he left.") == [
        "The envoy flew to Jan.", "And then he left."]


def test_an_ellipsis_inside_a_quotation_ends_no_sentence() -> None:
    # Words left out of a quotation ("by the ... Accord") do not end its sentence; outside
    # quotation marks an ellipsis before a capital still does.
    text = ('Nazer said Saudi Arabia "is fully adhering by the ... Accord and it will never '
            'sell below the prices." The talks went on... Officials said the end was near.')
    (para,) = segment(text)
    got = [text[s.start:s.end] for s in para.sentences]
    assert got[0].endswith('below the prices."') and got[0].startswith("Nazer")
    assert got[-1] == "Officials said the end was near."
