"""Tests of briefing.knowledge: the reference of states, bodies and people, and affiliation."""

from __future__ import annotations

import datetime as dt
import subprocess
import sys
from pathlib import Path

import pytest

from briefing.knowledge import affiliation, load
from briefing.knowledge.model import Person
from briefing.knowledge.names import name_tokens
from briefing.knowledge.people import known_by_surname
from briefing.knowledge.phoenix import entries, parse_date

D1987 = dt.date(1987, 3, 15)


@pytest.fixture(scope="module")
def ref():
    return load()


# --- states: names, adjectives, capitals, seats, central banks, state media ---------------

@pytest.mark.parametrize("phrase, code", [
    ("Sri Lankan", "LKA"), ("Philippine", "PHL"), ("Saudi Arabian", "SAU"),
    ("West German", "DEU"), ("Canada's", "CAN"), ("the Philippines", "PHL"),
    ("Tokyo", "JPN"), ("COLOMBO", "LKA"), ("SRI LANKA", "LKA"), ("Turkey", "TUR"),
    ("Downing Street", "GBR"), ("the Elysee", "FRA"), ("the White House", "USA"),
    ("the Bundesbank", "DEU"), ("Bank of Italy", "ITA"), ("Bank of Japan", "JPN"),
    ("Federal Reserve", "USA"), ("Bank of Spain", "ESP"),
    ("TASS", "SUN"), ("Xinhua", "CHN"), ("IRNA", "IRN"), ("INA", "IRQ"),
    ("Iraqi News Agency", "IRQ"), ("Tehran radio", "IRN"),
])
def test_state_of_phrase(ref, phrase, code):
    assert ref.state_of(phrase, D1987).code == code


def test_capitals_count_as_written(ref):
    assert ref.state_of("turkey", D1987) is None  # the bird
    assert ref.state_of("us", D1987) is None
    assert ref.state_of("US", D1987).code == "USA"


def test_seats_central_banks_and_state_media_carry_the_government_voice(ref):
    assert ref.state_of("Downing Street").voice == "gov"
    assert ref.state_of("Bank of Italy").via == "central_bank"
    assert ref.state_of("Tehran radio").via == "state_media"
    assert ref.state_of("the Bundestag").voice == "leg"


def test_kyodo_is_media_not_a_state(ref):
    kyodo = ref.lookup("Kyodo", D1987)
    assert kyodo.kind == "media" and ref.state_of("Kyodo", D1987) is None


@pytest.mark.parametrize("phrase, day, code", [
    ("the Kremlin", D1987, "SUN"), ("the Kremlin", dt.date(2005, 1, 1), "RUS"),
    ("Russian", D1987, "SUN"), ("Russian", dt.date(2005, 1, 1), "RUS"),
    ("Croatian", D1987, "YUG"), ("Croatian", dt.date(2005, 1, 1), "HRV"),
    ("Belgrade", D1987, "YUG"), ("Belgrade", dt.date(2010, 1, 1), "SRB"),
    ("Slovak", D1987, "CSK"), ("Slovak", dt.date(1995, 1, 1), "SVK"),
    ("East German", D1987, "DDR"), ("Soviet", D1987, "SUN"), ("Armenian", D1987, "SUN"),
    ("Aden", D1987, "YMD"), ("Zaire", D1987, "COD"),
])
def test_historical_state_by_date(ref, phrase, day, code):
    assert ref.state_of(phrase, day).code == code


def test_every_sovereign_state_is_there(ref):
    states = [c for c, row in ref.states.items() if row[1] == "state"]
    assert len(states) >= 197  # 193 UN members, the Holy See, Palestine, Taiwan, Kosovo
    for code in ("SUN", "DDR", "YUG", "CSK"):
        assert ref.states[code][1] == "historical"
    assert ref.states["SUN"][5] == ["RUS"]


# --- bodies ----------------------------------------------------------------------------

@pytest.mark.parametrize("phrase, day, code", [
    ("the United Nations", D1987, "UN"), ("EC", D1987, "EC"), ("EEC", D1987, "EC"),
    ("European Community", D1987, "EC"), ("European Commission", D1987, "EC"),
    ("European Commission", dt.date(2005, 1, 1), "EU"), ("NATO", D1987, "NATO"),
    ("OPEC", D1987, "OPEC"), ("GATT", D1987, "GATT"), ("IMF", D1987, "IMF"),
    ("World Bank", D1987, "WORLDBANK"), ("OECD", D1987, "OECD"),
    ("Gulf Cooperation Council", D1987, "GCC"), ("Arab League", D1987, "ARABLEAGUE"),
    ("OAU", D1987, "OAU"), ("ASEAN", D1987, "ASEAN"), ("Group of Seven", D1987, "G7"),
    ("International Coffee Organisation", D1987, "ICO"),
])
def test_bodies(ref, phrase, day, code):
    assert ref.body_of(phrase, day).code == code


# --- people with dated roles -------------------------------------------------------------

def test_dated_role_decides(ref):
    kohl = ref.person("Kohl", D1987)
    assert kohl.chosen.name == "Helmut Kohl" and kohl.role.code == "DEU"
    assert kohl.role.voice == "gov"
    later = ref.person("Margaret Thatcher", dt.date(1995, 1, 1))  # out of office: elite
    assert later.role.code == "GBR" and later.role.voice is None
    assert ref.person("Thatcher", dt.date(1995, 1, 1)).chosen is None


def test_surname_never_matches_across_a_first_name(ref):
    res = ref.person("Gerhard Stoltenberg", D1987)  # West Germany's finance minister
    assert res.chosen.name == "Gerhard Stoltenberg" and res.role.code == "DEU"
    assert any("'Gerhard' is not theirs (Jens)" in c.reason for c in res.candidates)
    assert ref.person("Jens Stoltenberg", D1987).chosen.name == "Jens Stoltenberg"
    assert ref.person("Mariano Rubio", D1987).role.code == "ESP"  # the Bank of Spain's
    assert ref.person("Marco Rubio", D1987).chosen is None  # not Mariano Rubio, nor in office


def test_surname_alone_needs_an_office_on_the_date(ref):
    # In 1987 two Stoltenbergs held office (West Germany's finance minister, Norway's
    # foreign minister): the surname alone is either; Jens Stoltenberg held none.
    res = ref.person("Stoltenberg", D1987)
    assert res.chosen is None and res.rule.startswith("ambiguous")
    assert {c.person.name for c in res.candidates if c.accepted} == {
        "Gerhard Stoltenberg", "Thorvald Stoltenberg"}
    jens = next(c for c in res.candidates if c.person.name == "Jens Stoltenberg")
    assert not jens.accepted and "no dated office" in jens.reason
    assert ref.person("Stoltenberg", dt.date(1995, 1, 1)).chosen is None


def test_curated_office_holders_of_the_1980s_hold_their_offices_on_their_dates(ref):
    # office_holders.tsv: the ministers and central bankers the Phoenix dictionaries lack.
    assert ref.person("Karl Otto Pohl", D1987).role.code == "DEU"  # an alias
    assert ref.person("Nigel Lawson", D1987).role.code == "GBR"
    assert ref.person("Hisham Nazer", D1987).role.code == "SAU"
    assert ref.person("Poehl", dt.date(1995, 1, 1)).chosen is None  # out of office
    # A curated office that begins the day a Phoenix office ends is a second office:
    # James Baker's White House role ended on 4 February 1985, his Treasury began then.
    # Stop 26's second-tier officials and legislators of 1987.
    for name, code, voice in [("Hans Tietmeyer", "DEU", "gov"), ("Marlin Fitzwater", "USA", "gov"),
                              ("Michael Howard", "GBR", "gov"), ("Jake Garn", "USA", "leg")]:
        role = ref.person(name, D1987).role
        assert role is not None and (role.code, role.voice) == (code, voice), name
    baker = ref.person("James Baker", D1987).role
    assert (baker.code, baker.voice) == ("USA", "gov")
    # A curated holder whom Phoenix files with titles in the name is the same person, not a
    # second one that would make the surname ambiguous.
    khamenei = ref.person("Khamenei", dt.date(1987, 10, 20))
    assert khamenei.chosen is not None and khamenei.role.code == "IRN"
    assert ref.person("Muammar Gaddafi", dt.date(2016, 1, 1)).role is None or \
        ref.person("Muammar Gaddafi", dt.date(2016, 1, 1)).role.voice != "gov"


def test_soviet_leader_speaks_for_the_soviet_union_in_1987(ref):
    res = ref.person("Gorbachev", D1987)
    assert res.chosen.name == "Mikhail Gorbachev" and res.role.code == "SUN"


def test_un_secretary_general_is_the_uns(ref):
    res = ref.person("Perez de Cuellar", D1987)
    assert res.role.code == "UN" and res.role.voice == "igo"


def test_unknown_name(ref):
    res = ref.person("Zzyzx Qwerty", D1987)
    assert res.chosen is None and res.rule == "no one of that surname in the reference"


# --- voices ------------------------------------------------------------------------------

@pytest.mark.parametrize("words, voice", [
    ("minister", "gov"), ("spokesman", "gov"), ("central bank governor", "gov"),
    ("deputy", "leg"), ("senator", "leg"), ("parliament", "leg"),
    ("opposition leader", "opp"), ("rebels", "rebel"), ("analyst", "expert"),
    ("diplomats", "gov"), ("traders", "business"),
])
def test_voice_of_role_words(ref, words, voice):
    assert ref.voice_words(words)[0] == voice


@pytest.mark.parametrize("words", ["diplomats", "sources", "officials"])
def test_no_state_named_makes_these_unnamed(ref, words):
    assert ref.voice_words(words)[1] == "unnamed"


# --- affiliation of a speaker phrase -------------------------------------------------------

@pytest.mark.parametrize("phrase, code, voice, decided", [
    ("Sri Lankan Finance Minister Ronnie De Mel", "LKA", "gov", ["Sri Lankan", "Minister"]),
    ("Canada's Trade Minister", "CAN", "gov", ["Canada's", "Minister"]),
    ("Soviet Foreign Ministry spokesman Gennady Gerasimov", "SUN", "gov", ["Soviet", "spokesman"]),
    ("the Philippine central bank", "PHL", "gov", ["the Philippine", "central bank"]),
    ("Bank of Spain Governor Mariano Rubio", "ESP", "gov", ["Bank of Spain", "Governor"]),
    ("Saudi Arabian Finance Minister Mohammed Ali Abal-Khail", "SAU", "gov",
     ["Saudi Arabian", "Minister"]),
    ("West German Finance Minister Gerhard Stoltenberg", "DEU", "gov", ["West German", "Minister"]),
    ("the Iraqi News Agency (INA)", "IRQ", "gov", ["the Iraqi News Agency"]),
    ("Tehran radio", "IRN", "gov", ["Tehran radio"]),
    ("World Bank President Barber Conable", "WORLDBANK", "igo", None),
    ("Japanese diplomats", "JPN", "gov", None),
    ("Shultz", "USA", "gov", []),
])
def test_affiliation_of_a_state_or_body(phrase, code, voice, decided):
    a = affiliation(phrase, D1987)
    assert (a.code, a.voice) == (code, voice)
    if decided is not None:
        assert [e.text for e in a.evidence if e.what != "person"] == decided
    for e in a.evidence:
        assert phrase[e.start:e.end] == e.text


@pytest.mark.parametrize("phrase, voice", [
    ("Western diplomats", "unnamed"), ("shipping sources", "unnamed"),
    ("a Japanese analyst", "expert"), ("Kyodo news agency", "media"),
    ("a Tokyo newspaper", "media"), ("Bank of Tokyo", "business"), ("Contra rebels", "rebel"),
])
def test_voices_that_are_no_states(phrase, voice):
    a = affiliation(phrase, D1987)
    assert (a.code, a.voice) == (None, voice)


def test_a_ministry_official_takes_the_datelines_state():
    a = affiliation("a senior finance ministry official", D1987)
    assert (a.code, a.voice) == (None, "gov")
    a = affiliation("a senior finance ministry official", D1987, default="LKA")
    assert (a.code, a.voice, a.rule) == ("LKA", "gov", "role 'official' + the dateline's state")


def test_west_german_stoltenberg_is_not_natos():
    a = affiliation("Stoltenberg", D1987)
    assert a is None  # unknown stays unknown: not Jens Stoltenberg, not NATO


# --- the reader of Phoenix and the names ------------------------------------------------

def test_phoenix_entries_and_dates():
    text = ("GERMANY_  [DEU]\n+WEST_GERMANY\n\nHELMUT_KOHL_  # CountryInfo.txt\n"
            "+CHANCELLOR_KOHL\n\t[DEUELI 480101-821001]\n\t[DEUGOV 821001-981027]\n")
    got = list(entries(text))
    assert [e.name for e in got] == ["GERMANY_", "HELMUT_KOHL_"]
    assert got[1].roles[1].start == dt.date(1982, 10, 1)
    assert parse_date("19491007") == dt.date(1949, 10, 7)
    assert parse_date("041014") == dt.date(2004, 10, 14)


def test_name_tokens():
    assert name_tokens("Mr. George P. Shultz Jr.") == ("george", "p", "shultz")
    assert name_tokens("Hans-Dietrich Genscher") == ("hans", "dietrich", "genscher")
    assert name_tokens("Schröder") == ("schroder",)


def test_importing_the_package_reads_no_data():
    code = ("import sys, briefing.knowledge.store as s; "
            "print(s.load.cache_info().currsize)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         cwd=Path(__file__).parent.parent, check=True)
    assert out.stdout.strip() == "0"


def test_a_person_alone_speaks_through_their_role():
    a = affiliation("Shultz", D1987)
    assert a.person.name == "George Shultz" and a.rule == "person's role on the date"


def test_a_familiar_given_name_fits_the_formal_one_and_no_other() -> None:
    from briefing.knowledge.names import given_fit, same_given
    assert same_given("joe", "joseph") and same_given("bill", "will")
    assert not same_given("joe", "james") and not same_given("gerhard", "jens")
    # "Vice President Joseph R. Biden Jr." is the "Joe Biden" of a list without the initial;
    # an initial must still fit a given name the list has and the words did not use.
    assert given_fit(("joseph", "r"), ("joe",))
    assert not given_fit(("george", "w"), ("george", "herbert"))
    assert given_fit(("george", "w"), ("george", "walker"))
    assert not given_fit(("gerhard",), ("jens",))


def test_two_spellings_of_one_given_name_fit_and_different_names_do_not() -> None:
    from briefing.knowledge.names import given_fit, same_given
    # Arabic, Persian, Urdu, Greek and Russian names as agencies and the reference spell them
    assert same_given("muhammad", "mohammed") and same_given("mohamed", "mohammad")
    assert same_given("yusuf", "yousaf") and same_given("constantine", "konstantinos")
    assert same_given("sergei", "sergey") and same_given("hussein", "husayn")
    assert not same_given("ali", "eli") and not same_given("hassan", "hussein")
    assert not same_given("ahmad", "mahmud") and not same_given("omar", "osama")
    assert given_fit(("yusuf", "raza"), ("yousaf", "raza"))
    assert not given_fit(("yusuf", "raza"), ("yousaf", "ali"))


def test_a_name_spelled_otherwise_than_the_reference_is_still_its_person() -> None:
    ref = load()
    # Phoenix: "Konstantinos Mitsotakis"; wire copy of 1987: "Constantine Mitsotakis"
    greek = ref.person("Constantine Mitsotakis", D1987)
    assert greek.chosen is not None and greek.chosen.name == "Konstantinos Mitsotakis"
    assert ref.person("Constantine Mitsotakis", D1987).role.code == "GRC"
    iranian = ref.person("Muhammad Khatami", dt.date(2001, 5, 1))
    assert iranian.chosen is not None and iranian.chosen.name == "Mohammad Khatami"
    # a spelling of another name is still another person: no one
    assert ref.person("Mahmud Khatami", dt.date(2001, 5, 1)).chosen is None
    chosen, role = ref.choice("Muhammad Khatami", dt.date(2001, 5, 1))
    assert chosen is not None and chosen.name == "Mohammad Khatami" and role is not None
    opposition = affiliation("Conservative opposition leader Constantine Mitsotakis", D1987)
    assert opposition is not None and (opposition.code, opposition.voice) == ("GRC", "opp")


def test_the_town_of_an_embassy_is_its_posting_not_its_state() -> None:
    posted = affiliation("A spokesman for the embassy in Washington", D1987)
    assert posted is not None and posted.code is None and posted.voice == "gov"
    iranian = affiliation("the Iranian embassy in London", D1987)
    assert iranian is not None and iranian.code == "IRN"
    consulate = affiliation("the Japanese consulate general in New York", D1987)
    assert consulate is not None and consulate.code == "JPN"


def test_a_leader_is_known_by_surname_alone_by_a_bare_or_titled_alias() -> None:
    assert known_by_surname(Person("Mikhail Gorbachev", ("Gorbachev",), ()))
    assert known_by_surname(Person("Helmut Kohl", ("Chancellor Kohl",), ()))
    assert not known_by_surname(Person("Yvette Cooper", (), ()))
    assert not known_by_surname(Person("Jane Roe", ("Minister Jane Roe", "Janet Roe"), ()))


def test_a_us_state_named_as_a_country_is_the_us_state_before_an_office() -> None:
    _aff = affiliation
    day = dt.date(2005, 6, 1)
    senator = _aff("the Georgia senator", day)
    assert senator is not None and (senator.code, senator.voice) == ("USA", "leg")
    titled = _aff("Rep. Hank Johnson of Georgia", day)
    assert titled is not None and titled.code == "USA"
    # a party's figure of Georgia, the U.S. state or the country: a legislator's voice, and
    # no state's
    party = _aff("the Georgia Republican", day)
    assert party is None or party.code is None
    minister = _aff("Georgia's foreign minister", day)
    assert minister is not None and minister.code == "GEO"


@pytest.mark.parametrize("phrase, code, voice", [
    # "executive" before another role word is that office's adjective: the state decides.
    ("William Blair, an executive member of Canada's St Lawrence Seaway Authority", "CAN", "gov"),
    ("a Bank of Japan executive director", "JPN", "gov"),
    ("the executive director of Acme Holdings", None, "business"),
    # A state named where a possessor's part stands is no state's voice.
    ("a spokesman for Ford's British unit", None, "unnamed"),
    ("Roman Gralewicz, head of the Seafarers' Canadian branch", None, "unnamed"),
    ("a spokesman for Shell's Nigeria operations", None, "unnamed"),
    ("Reagan's U.S. trade representative", "USA", "gov"),
    # A state that names an association does not run it.
    ("Morton Klein, president of the Zionist Organization of America", None, "gov"),
    ("a Housewives Association of Japan official", None, "unnamed"),
    ("the chairman of the Police Federation of England and Wales", None, "gov"),
    ("Chairman of the Council of Ministers of the USSR", "SUN", "gov"),
    ("the Organization of American States", "OAS", "igo"),
    # A diplomat "in" a capital is posted there: not that state's.
    ("Diplomats in Bangkok", None, "unnamed"),
    ("Japanese diplomats in Bangkok", "JPN", "gov"),
    # A state's office holders in the plural, and its party to talks.
    ("Greek prosecutors", "GRC", "gov"),
    ("Soviet troops", "SUN", "gov"),
    ("the Japanese side", "JPN", "gov"),
    ("his Spanish counterpart Miguel Moratinos", "ESP", "gov"),
    ("the CIA", "USA", "gov"),
    # A news agency named after its state is the state's; one with a name of its own is not.
    ("the official Sudan News Agency SUNA", "SDN", "gov"),
    ("Russian News Agency Interfax", None, "media"),
    # The staff of a body or of a state's medium speak for it.
    ("GATT economists", "GATT", "igo"),
    ("Mikhail Krutikhin, commentator of the Soviet state news agency Tass", "SUN", "gov"),
    ("a Japanese economist", None, "expert"),
    # Firms in the plural are firms, whoever's they are.
    ("EC firms", None, "business"),
    ("Japanese insurers", None, "business"),
    # A state's office named beside its name decides with it.
    ("UK Chancellor of the Exchequer Gordon Brown", "GBR", "gov"),
    # A portfolio may hold both "of" and "for": "Industry" in it is no business voice.
    ("The UAE's Minister of State for Finance and Industry", "ARE", "gov"),
    # An institution's name inside a longer name is another body's.
    ("The State Environmental Protection Agency", None, "gov"),
    ("the U.S. Environmental Protection Agency", "USA", "gov"),
    ("Obama's Office of Management and Budget director", "USA", "gov"),
])
def test_whose_office_a_title_names(phrase, code, voice):
    a = affiliation(phrase, D1987)
    assert (a.code, a.voice) == (code, voice)


def test_what_the_state_runs_is_a_state_agency():
    a = affiliation("the chairman of the state-run Coffee Marketing Board", D1987)
    assert (a.code, a.voice) == (None, "gov")
    a = affiliation("the chairman of the state-run Coffee Marketing Board", D1987, "UGA")
    assert (a.code, a.voice) == ("UGA", "gov")


def test_an_armed_group_s_nickname_that_is_a_common_word_names_no_group(ref):
    for word in ("Foundation", "the Foundation", "Organization", "Youth", "Tigers", "Zero"):
        assert ref.lookup(word) is None, word
    assert ref.lookup("Tamil Tigers").kind == "armed_group"
    assert ref.lookup("Hamas").kind == "armed_group"
    assert affiliation("the Tax Foundation", D1987) is None  # (was an armed group's voice)


@pytest.mark.parametrize("phrase", [
    "a Japanese refiner", "The German giant", "the French coach", "Greek newspapers",
    "The British public", "a Brazilian coffee grower", "Allianz, a leading German insurer"])
def test_a_states_adjective_before_a_noun_is_someone_of_that_state_not_the_state(phrase):
    a = affiliation(phrase, D1987)
    assert a is None or a.code is None, a


def test_the_secretary_of_state_alone_is_no_one_states(ref):
    assert ref.lookup("Secretary of State") is None  # Britain's have the title too
    a = affiliation("U.S. Secretary of State George Shultz", D1987)
    assert (a.code, a.voice) == ("USA", "gov")


def test_tails_are_the_short_names_of_longer_institution_names(ref):
    tails = ref.tails()
    assert "National Bank" in tails  # "the Swiss National Bank"
    assert "Swiss National Bank" not in tails and "Bank" not in tails
    assert ref.tails() is tails  # made once


def test_a_head_of_state_known_by_one_name_is_kept_and_matched_alone() -> None:
    from briefing.knowledge.compile import people_lines
    from briefing.knowledge.phoenix import entries
    text = ("SUHARTO_  # CountryInfo.txt\n\t[IDNGOV 670312-980521]\n"
            "ARMENIA_\n\t[USRARM <900823]\n\t[ARM >911221]\n"  # a state filed like a person
            "KREMLIN_\n\t[RUSGOV]\n"  # a seat, undated
            "PRINCE_JOHNSON_\n\t[LBRGOV 900909-901122]\n"  # a title and a surname
            "HUSSEIN_\n\t[JORGOV 520811-990207]\n"  # one word that is others' name too
            "SADDAM_HUSSEIN_\n\t[IRQGOV 790716-030409]\n")
    ctx = {"igo": [], "mapping": {}, "known": {"IDN", "ARM", "RUS", "LBR", "JOR", "IRQ"}}
    lines = people_lines([("Countries", list(entries(text)))], ctx)
    assert [line.split("\t")[1] for line in lines] == ["Saddam Hussein", "Suharto"]


def test_a_one_word_name_matches_only_alone(ref):
    res = ref.person("Suharto", dt.date(1987, 10, 20))
    assert res.chosen is not None and res.role.code == "IDN" and res.role.voice == "gov"
    assert ref.person("President Suharto", dt.date(1987, 10, 20)).role.code == "IDN"
    assert ref.person("Tommy Suharto", dt.date(1987, 10, 20)).chosen is None
    assert ref.person("Suharto", dt.date(2001, 1, 1)).chosen is None  # out of office


@pytest.mark.parametrize(("phrase", "expected"), [
    # People named by a word no role list knows, then where they are or come from: the place
    # says where they are, not whom they speak for.
    ("Kurds in Turkey", None),
    ("Women in Saudi Arabia", None),
    ("ranchers from Kansas", None),
    ("farmers from Kansas", (None, "private")),  # (a role word of no state's voice)
    # A role word before the place still decides; a state alone is its government.
    ("Officials in Ankara", ("TUR", "gov")),
    ("The regime in Damascus", ("SYR", "gov")),
    ("Turkey", ("TUR", "gov")),
])
def test_people_in_a_place_speak_for_no_state(ref, phrase, expected):
    got = affiliation(phrase, D1987, reference=ref)
    assert (got and (got.code, got.voice)) == expected


def test_office_holders_table_parses_into_dated_roles_and_rejects_bad_lines():
    from briefing.knowledge.compile import holder_day, people_lines, read_office_holders

    # A year or month stands for its first day, or its last where it ends a role.
    assert holder_day("1987", False) == "19870101" and holder_day("1987", True) == "19871231"
    assert holder_day("1988-02", True) == "19880229" and holder_day("1988-12", True) == "19881231"
    assert holder_day("1982-10-04", False) == "19821004" and holder_day("", True) == ""
    text = ("# comment\n"
            "DEU\tGerhard Stoltenberg\t\tgov\tFinance Minister\t1982-10-04\t1989-04-21\n"
            "EC\tJacques Delors\tJ. Delors\tigo\tCommission President\t1985\t1995-01\n")
    holders = read_office_holders(text, {"DEU", "EC"})
    assert holders == [("Gerhard Stoltenberg", [], "CUR:DEU:gov:19821004:19890421"),
                       ("Jacques Delors", ["J. Delors"], "CUR:EC:igo:19850101:19950131")]
    lines = people_lines([], {"igo": [], "mapping": {}, "known": set()}, holders)
    assert "stoltenberg\tGerhard Stoltenberg\t\tCUR:DEU:gov:19821004:19890421" in lines
    # Legislators and opposition leaders are office holders too.
    assert read_office_holders("USA\tJake Garn\t\tleg\tSenator\t1974-12\t1993-01\n",
                               {"USA"}) == [("Jake Garn", [], "CUR:USA:leg:19741201:19930131")]
    with pytest.raises(ValueError, match="office_holders.tsv:1: unknown code 'XXX'"):
        read_office_holders("XXX\tA B\t\tgov\tMinister\t1980\t1981\n", {"DEU"})
    with pytest.raises(ValueError, match="bad date"):
        read_office_holders("DEU\tA B\t\tgov\tMinister\t80\t1981\n", {"DEU"})


@pytest.mark.parametrize(("phrase", "expected"), [
    # A company named with its country, or a utility named for a place, is a company.
    ("Ford Canada", (None, "business")),
    ("Amoco Canada president Donald Stacy", (None, "business")),
    ("Georgia Power chairman Robert W. Scherer", (None, "business")),
    ("Montedison SPA", (None, "business")),  # an Italian company, not the Saudi Press Agency
    # ... but not a region, a title or a word that opens a sentence before the state.
    ("Statistics Canada", ("CAN", "gov")),
    ("Even China", ("CHN", "gov")),
    ("A US Embassy spokesman", ("USA", "gov")),
    ("the official Saudi Press Agency SPA", ("SAU", "gov")),
    ("SPA", ("SAU", "gov")),
    ("India Power Minister", ("IND", "gov")),
])
def test_a_company_named_with_a_state_is_no_state_s_voice(ref, phrase, expected):
    got = affiliation(phrase, D1987, reference=ref)
    assert (got and (got.code, got.voice)) == expected


def test_state_agencies_of_1987_wire_copy_are_their_states(ref):
    # Agencies that speak in the wire copy of the 1980s under their own names.
    for name, code in [("Farm Credit Administration", "USA"),
                       ("Commodity Futures Trading Commission", "USA"), ("CFTC", "USA"),
                       ("Federal Energy Regulatory Commission", "USA"),
                       ("Export Credits Guarantee Department", "GBR"),
                       ("Ministry of International Trade and Industry", "JPN"),
                       ("Australian Wheat Board", "AUS"), ("National Energy Board", "CAN")]:
        found = ref.lookup(name, D1987)
        assert found is not None and found.code == code, name
    # ... but a department's name that several states' governments use names none.
    assert ref.lookup("Department of Agriculture", D1987) is None
