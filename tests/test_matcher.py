"""The actor matcher: one compiled expression over aliases, people and roles."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from briefing.config.settings import Actor, Actors, Person, load_config
from briefing.extract.matcher import ALIAS, PERSON, ROLE, build_matcher
from briefing.extract.records import extract_record

ACTORS = Actors(
    actors=(
        Actor("china", "China", "state", 1.0, ("Beijing", "Chinese", "PRC"),
              (Person("Mao Ning", "Foreign Ministry spokesperson"),
               Person("Wang Wenbin", "Foreign Ministry spokesperson", aliases=("Wang",),
                      until=dt.date(2024, 7, 31)),
               Person("Yang Yundong", "Consul General", aliases=("Yundong",))),
              discard=("Chinese New Year",)),
        Actor("india", "India", "state", 1.0, ("New Delhi", "Indian"), (), ()),
        Actor("sco", "Shanghai Cooperation Organisation", "international organisation", 1.0,
              ("SCO",), ()),
        Actor("taiwan", "Taiwan", "state", 1.0, (),
              (Person("Lin Wang", "Foreign Minister", since=dt.date(2024, 8, 1)),)),
    ),
    roles=("spokesperson", "foreign ministry spokesperson", "consul general"),
    discard=("Indian Ocean",),
)


def found(text: str, day: dt.date | None = None) -> list[tuple[str, str | None, str]]:
    matcher = build_matcher(ACTORS)
    return [(m.kind, m.actor, m.text) for m in matcher.find(text, date=day)]


def test_aliases_people_and_roles_with_longest_match() -> None:
    text = "Beijing's Foreign Ministry spokesperson Mao Ning said Yundong met Indian envoys."
    assert found(text) == [
        (ALIAS, "china", "Beijing"),
        (ROLE, None, "Foreign Ministry spokesperson"),
        (PERSON, "china", "Mao Ning"),
        (PERSON, "china", "Yundong"),
        (ALIAS, "india", "Indian"),
    ]


def test_word_boundaries_and_case_rules() -> None:
    assert found("The sco and SCOs met; the SCO did not.") == [(ALIAS, "sco", "SCO")]
    assert found("CONSUL GENERAL") == [(ROLE, None, "CONSUL GENERAL")]


def test_a_person_s_name_inside_a_hyphenated_word_is_no_mention() -> None:
    # "Wang" is Wang Wenbin's alias; the "Wang" of "Chen-Wang" or "Wang-style" is no one's
    day = dt.date(2024, 1, 19)
    assert found("Chen-Wang said no; the Wang-style reply; anti-Wang posters.", day) == []
    assert [m[2] for m in found("Wang said no, and Mao Ning agreed.", day)] == ["Wang",
                                                                               "Mao Ning"]
    # an actor's alias joined by a hyphen still names it ("Sino-Indian", "China-India")
    assert found("China-India talks") == [(ALIAS, "china", "China"), (ALIAS, "india", "India")]


def test_a_hyphenated_given_name_keeps_its_speaker() -> None:
    shipped = build_matcher(load_config(Path(__file__).resolve().parent.parent / "config").actors)
    # the shipped config has Zhang Ming (SCO, 2022-24): "Chao-Ming" is not him
    text = "Wang Chao-Ming, vice-chairman of the council, told Reuters tariffs would fall."
    out = extract_record({"id": "t", "text": text, "date": "1987-03-02"}, shipped)
    assert [s["speaker"] for s in out["statements"]] == ["Wang Chao-Ming"]


def test_discard_phrases_global_and_per_actor() -> None:
    assert found("Ships in the Indian Ocean during Chinese New Year.") == []
    assert found("Indian and Chinese ships.") == [(ALIAS, "india", "Indian"),
                                                   (ALIAS, "china", "Chinese")]


def test_last_name_matches_and_dates_decide_between_people() -> None:
    matcher = build_matcher(ACTORS)
    (early,) = matcher.find("Wang said no.", date=dt.date(2024, 1, 19))
    assert early.person is not None and early.person.name == "Wang Wenbin"
    (late,) = matcher.find("Wang said no.", date=dt.date(2025, 1, 1))
    assert late.person is not None and late.person.name == "Lin Wang"
    assert matcher.find("Wang said no.") == ()  # two people could be meant: unknown


def test_one_expression_serves_all_phrases() -> None:
    matcher = build_matcher(ACTORS)
    assert matcher._regex.pattern.count("(?<!") == 1


def test_the_mention_index_answers_every_range_as_a_rescan_would() -> None:
    matcher = build_matcher(ACTORS)
    text = ("Beijing's spokesperson Mao Ning said the Chinese side, and Wang, met Indian envoys "
            "near the Indian Ocean; Yundong of the SCO (PRC) agreed. Ünïcode Chinese text.")
    index = matcher.index(text, dt.date(2024, 1, 19))
    for start in range(0, len(text) + 1, 3):
        for end in range(start, len(text) + 1, 4):
            assert index.find(start, end) == matcher.find(text, start, end,
                                                          date=dt.date(2024, 1, 19)), (start, end)


def test_the_whole_text_scan_finds_what_the_case_blind_expression_finds() -> None:
    matcher = build_matcher(ACTORS)
    texts = [
        "Beijing said so.\n“Chinese” (PRC)—Indian,SCO;New Delhi's «Mao Ning» xChina Chinesex",
        "spokesperson Wang Wenbin, consul general Yang Yundong: the Indian Ocean, Indian",
        "Ünïcode: ΣChina «SCO» İndian",  # not every character lowercases plainly
        "",
    ]
    for text in texts:
        assert matcher._scan(text) == [m.span() for m in matcher._regex.finditer(text)]
    assert [text for *_, text in found(texts[0])] == [
        "Beijing", "Chinese", "PRC", "Indian", "SCO", "New Delhi", "Mao Ning"]


def test_the_prescan_holds_every_start_of_a_phrase_and_of_a_cue() -> None:
    from briefing.extract.cues import CUE
    from briefing.extract.text import matches_at

    matcher = build_matcher(ACTORS)
    text = ("Beijing said so.\n“Told,” (warned) Mao Ning —urged; ‘added’ unsaid, Said "
            "China's envoy. stated:India")
    prescan = matcher.prescan(text)
    assert prescan is not None
    assert [m.span() for m in matches_at(CUE, text, prescan.cue_starts)] == [
        m.span() for m in CUE.finditer(text)]
    assert [m.group() for m in CUE.finditer(text)] == ["said", "warned", "urged", "added",
                                                        "stated"]
    assert matcher._scan(text, prescan) == [m.span() for m in matcher._regex.finditer(text)]
    assert matcher.prescan("ΣChina said") is None  # Σ does not lowercase plainly


def test_the_automaton_finds_what_the_expressions_find_at_word_edges() -> None:
    from briefing.extract.cues import CUE
    from briefing.extract.text import matches_at

    matcher = build_matcher(ACTORS)
    texts = [
        "China", "said", "Chinas", "_China China_ China2 2China éChina Chinaé China-said",
        "the Foreign Ministry Spokesperson said; foreign ministry spokespersons said",
        "Chinese New Year: Chinese, new year, CHINESE NEW YEARS, Indian Ocean Indian",
        "Mao Ningsaid Mao Ning's said_ saids resaid SAID Said, said.\n(said)“said”",
        "Consul General Yang Yundong—consul generalYang, Wang Wenbin Wang Wen Wenbin",
        "Ünïcode: «SCO» Índian sco SCOs", "", " ", "x said",
    ]
    for text in texts:
        prescan = matcher.prescan(text)
        assert prescan is not None, text
        assert list(prescan.spans) == [m.span() for m in matcher._regex.finditer(text)], text
        assert [m.span() for m in matches_at(CUE, text, prescan.cue_starts)] == [
            m.span() for m in CUE.finditer(text)], text


def test_a_pickled_matcher_finds_the_same() -> None:
    import pickle

    matcher = build_matcher(ACTORS)
    text = "Beijing's Foreign Ministry spokesperson Mao Ning said Yundong met Indian envoys."
    again = pickle.loads(pickle.dumps(matcher))
    assert again.prescan(text) == matcher.prescan(text)
    assert again.index(text).mentions == matcher.index(text).mentions


def test_a_configured_surname_before_another_name_or_long_before_office_is_not_theirs() -> None:
    shipped = build_matcher(load_config(Path(__file__).resolve().parent.parent / "config").actors)

    def speakers(text: str, day: str) -> list[str]:
        out = extract_record({"id": "t", "text": text, "date": day}, shipped)
        return [s["speaker"] for s in out["statements"]]

    # Tammy Bruce (State Department, from 2025): "Bruce" here is a given name
    assert speakers("Bruce Davey said the film would open in June.", "2016-03-01") == \
        ["Bruce Davey"]
    # Yvette Cooper (Foreign Secretary, from 2025): a Cooper of 1987 is another Cooper
    assert speakers("Commerce chief spokesman B.J. Cooper said there had been no contact.\n\n"
                    "Cooper said the talks would go on.", "1987-03-17") == \
        ["B.J. Cooper", "Cooper"]
    # nine years before the term the configuration names, "Trump" is still Donald Trump
    assert speakers("Donald Trump spoke in Iowa.\n\nTrump said he would win.",
                    "2016-01-20")[-1] == "Donald Trump"
