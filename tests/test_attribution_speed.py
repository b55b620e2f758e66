"""Speed-ups of attribution give the answers of the code they replaced."""

from __future__ import annotations

import bisect
import random
from pathlib import Path
from typing import Any

import pytest

from briefing.config.settings import load_config
from briefing.extract.attribution import (
    OFFICIAL,
    PERSON,
    RECENT,
    Antecedent,
    _may_be_subject,
    _Named,
    new_antecedent,
    new_speaker,
)
from briefing.extract.matcher import ActorMatcher, build_matcher
from briefing.extract.text import START

ROOT = Path(__file__).resolve().parent.parent
PIECES = ["Baloch", "Mumtaz Zahra Baloch", "Trump", "Mr. Trump", "Putin", "Zakharova", "said",
          "he", "she", "to", "of", "a", "the", "’s", "'s", " ", " ", ", ", ". ", "\n",
          "Biden", "President", "spokesman", "Xi Jinping", "Wang Wenbin", "against", "é"]


@pytest.fixture(scope="module")
def matcher() -> ActorMatcher:
    return build_matcher(load_config(ROOT / "config").actors)


def _texts() -> list[str]:
    rng = random.Random(15)
    made = [" ".join(rng.choice(PIECES) for _ in range(rng.randrange(0, 40))) for _ in range(400)]
    seeds = [p.read_text(encoding="utf-8") for p in sorted((ROOT / "seeds").glob("*.txt"))]
    return made + seeds


def test_states_by_code_is_the_old_function(matcher: ActorMatcher) -> None:
    found: dict[str, list[str]] = {}  # attribution._states_by_code before stop 15
    for actor in matcher.actors.actors:
        code = matcher.voices.codes.get(actor.id)
        if actor.kind == "state" and code is not None and code.code is not None:
            found.setdefault(code.code, []).append(actor.id)
    old = {code: ids[0] for code, ids in found.items() if len(ids) == 1}
    assert matcher.states_by_code == old
    assert matcher.states_by_code is matcher.states_by_code  # made once


def _old_named(text: str, people: list, position: int) -> list[Antecedent]:
    """The people named before a pronoun, as `_antecedent` read them before stop 15."""
    out = []
    earlier = bisect.bisect_left(people, position, key=START)
    for m in people[max(0, earlier - RECENT) : earlier]:
        if m.person is not None and _may_be_subject(text, m):
            named = new_speaker(m.person.name, m.person.role, m.actor, OFFICIAL, None, None)
            out.append(new_antecedent(m.start, named, None, False))
    return out


def test_named_people_are_the_old_candidates(matcher: ActorMatcher) -> None:
    rng = random.Random(16)
    for text in _texts():
        index = matcher.index(text)
        people = [m for m in matcher._mentions(text, matcher._scan(text), None)
                  if m.kind == PERSON]
        named = _Named(text, index)
        positions = list(range(len(text) + 2)) if len(text) < 300 else \
            [rng.randrange(len(text) + 2) for _ in range(300)]
        for position in positions:
            assert named.before(position) == _old_named(text, people, position), (text, position)


PHRASES = ["the spokesman", "The ministry", "the commander in the border village of Haj Omran",
           "the  minister", "then minister", "Thelma", "the", "The office at Kabul", "he",
           "a Defence Ministry spokesman", "Foreign Minister Ali Akbar Velayati",
           "Democrats on Capitol Hill", "the Ministry of Economic Relations and Trade",
           "Some of his rivals", "Clinton aides", "a Reagan administration official",
           "The Greek government", "Hugh Hill, a doctor", "a doctor, Hugh Hill", "Trump's campaign",
           "Mr. Trump", "Pakistan's Inter-Services Public Relations (ISPR)", "and (ISPR)Trump",
           "Iran and (Iraq)Baghdad", "officials in Tehran and Washington",
           "House Speaker Jim Wright",
           "the ambassador to China", "Sir Geoffrey Howe", "Finance Minister Sabaruddin Chik",
           "President\nTrump", "on\tMonday Smith", "Iran’s Zarif", "Mumtaz Zahra Baloch"]


def _phrases() -> list[str]:
    rng = random.Random(17)
    words = [w for p in PHRASES for w in p.replace(",", " , ").split()] + [
        "in", "on", "and", "&", "the", "'s", "’s", "(", ")", ",", "\n", "é", "É"]
    made = ["".join(rng.choice(words) + rng.choice([" ", " ", "", "  ", "\t", "\n", ", "])
                    for _ in range(rng.randrange(1, 9))) for _ in range(3000)]
    return PHRASES + made


def test_definite_pretest_is_exact() -> None:
    from briefing.extract.attribution import AT_PLACE, DEFINITE

    for phrase in _phrases():
        old = bool(DEFINITE.fullmatch(phrase) or AT_PLACE.fullmatch(phrase))
        new = bool(phrase.startswith(("the", "The")) and (
            DEFINITE.fullmatch(phrase) or AT_PLACE.fullmatch(phrase)))
        assert old == new, phrase


def _old_split_name(phrase: str, mentions: Any, offset: int) -> tuple[str | None, str]:
    """attribution._split_name before stop 15 (slices, no cheap tests)."""
    from briefing.extract import attribution as a

    parts = [p.strip() for p in phrase.split(",") if p.strip()] if "," in phrase else []
    if len(parts) > 1:
        named = [p for p in parts if a._proper(p)]
        if named:
            name = a._strip_title(named[0])
            role = ", ".join(p for p in parts if p is not named[0])
            return name, a._drop_determiner(role)
    masked = phrase
    for mention in mentions:
        if mention.kind in (a.ROLE, a.ALIAS):
            start, end = mention.start - offset, mention.end - offset
            masked = masked[:start] + " " * (end - start) + masked[end:]
    blank = masked
    if "'" in masked or "’" in masked or "(" in masked:
        blank = a.POSSESSIVE_OR_PAREN.sub(lambda x: " " * len(x.group()), masked)
    best: tuple[int, int] | None = None
    place = False
    for m in a.CAPITALISED.finditer(blank):
        s, e = m.start(), m.end()
        if s == 0 and " " not in m.group().strip() and a.LOWER_NEXT.match(blank[e:]) or (
            s and a.ARTICLE_ONLY.fullmatch(phrase, 0, s) and a.NOUN_TAIL.fullmatch(phrase, e)
        ):
            continue
        if s and (a.PLACE_BEFORE.search(phrase[:s]) or place and a.AND_BEFORE.search(blank[:s])):
            place = True
            continue
        place = False
        while e > s and phrase[e - 1] in " ":
            e -= 1
        if s < e:
            best = (s, e)
    if best is None:
        return None, a._drop_determiner(phrase)
    s, e = best
    if phrase[e : e + 2] in ("'s", "’s"):
        return None, a._drop_determiner(phrase)
    name = a._strip_title(phrase[s:e].strip())
    title = phrase[s:e].strip()[: -len(name)].strip() if name else ""
    title = " ".join(w for w in title.split() if w.rstrip(".").lower() not in a.cues.COURTESY)
    role = (phrase[:s] + title + phrase[e:]).strip(" ,")
    if not name:
        return None, a._drop_determiner(phrase)
    return name, a._drop_determiner(role)


def test_split_name_is_the_old_split_name(matcher: ActorMatcher) -> None:
    from briefing.extract.attribution import _split_name

    for phrase in _phrases():
        for before in ("", "said ", "x"):
            text = before + phrase + " said."
            mentions = matcher.find(text, len(before), len(before) + len(phrase))
            assert _split_name(phrase, mentions, len(before)) == \
                _old_split_name(phrase, mentions, len(before)), phrase


def test_remembered_word_tests_are_the_functions() -> None:
    from briefing.extract.attribution import (
        _body_words,
        _person_like,
        _plural_words,
        _strip_title,
    )

    for phrase in _phrases():
        assert _strip_title(phrase) == _strip_title.__wrapped__(phrase)
        assert _body_words(phrase) == _body_words.__wrapped__(phrase)
        assert _plural_words(phrase) == _plural_words.__wrapped__(phrase)
        for name in (None, phrase):
            for role in (None, phrase, "spokesman"):
                for voice in ("official", "public", "unknown"):
                    assert _person_like(name, role, voice) == \
                        _person_like.__wrapped__(name, role, voice)


def test_voiced_is_the_old_voiced() -> None:
    """`_voiced` hands back its speaker when the voice adds nothing: an equal value."""
    from briefing.extract.attribution import _voiced
    from briefing.extract.voicebook import Voice

    codes = (None, "PAK", "USA")
    capacities = (None, "gov", "unnamed", "private")
    for code in codes:
        for capacity in capacities:
            speaker = new_speaker("Baloch", "spokesperson", "pakistan", OFFICIAL, "Baloch",
                                  (3, 9), code, capacity)
            for voice_code in codes:
                for voice_capacity in capacities:
                    voice = Voice(voice_code, voice_capacity, "a rule")
                    old = new_speaker(speaker.name, speaker.role, speaker.actor, speaker.voice,
                                      speaker.mention, speaker.span, voice.code, voice.capacity)
                    assert _voiced(speaker, voice) == old


def test_empty_pretests_are_exact(matcher: ActorMatcher) -> None:
    """`_head_actor` and `_not_names` of no mentions: what their loops gave."""
    from briefing.extract.attribution import _head_actor, _not_names

    for text in _texts()[:50]:
        assert _head_actor(text, ()) is None
        assert _not_names(text, ()) == ()
        mentions = matcher.find(text)
        aliases = [m for m in mentions if m.kind == "alias"]
        assert _head_actor(text, tuple(aliases)) == _head_actor(text, aliases)


def test_again_first_letters_are_exact() -> None:
    """AGAIN matches no phrase whose first character is not in AGAIN_FIRST."""
    from briefing.extract.attribution import AGAIN, AGAIN_FIRST

    rng = random.Random(29)
    words = ("the these those some several many most same officials official sources source "
             "diplomats diplomat figures statistics data statement communique spokesman "
             "spokeswoman spokesperson ministers minister report newspaper paper negotiators "
             "negotiator delegates delegate authorities guidelines guideline they it bank's "
             "Trump Baloch").split()
    words += [w.capitalize() for w in words] + [w.upper() for w in words]
    phrases = _phrases() + [" ".join(rng.choice(words) for _ in range(rng.randrange(1, 5)))
                            for _ in range(20000)]
    for phrase in phrases:
        for lead in ("", "x", "A", "É", "1", "'"):
            text = (lead + phrase).strip()
            if text[:1] not in AGAIN_FIRST:
                assert AGAIN.fullmatch(text) is None, text
    for code in range(0x2000):
        if chr(code) not in AGAIN_FIRST:
            for word in words:
                assert AGAIN.fullmatch(chr(code) + word[1:]) is None


def test_by_kind_is_the_three_comprehensions(matcher: ActorMatcher) -> None:
    """`_by_kind`: what describe's three list comprehensions gave, in one pass."""
    from briefing.extract.attribution import _by_kind

    for text in _texts():
        mentions = matcher.find(text)
        for found in (mentions, mentions[: len(mentions) // 2], ()):
            assert _by_kind(found) == (
                [m for m in found if m.kind == PERSON and m.person is not None],
                [m for m in found if m.kind == "role"],
                [m for m in found if m.kind == "alias"])


def test_nearest_first_is_the_old_sorted_candidates(matcher: ActorMatcher) -> None:
    """`_nearest_first`: the reverse of the stable sort of the last RECENT speakers and the
    people named, as `_antecedent` made it before stop 16 (ties included)."""
    from operator import attrgetter

    from briefing.extract.attribution import _nearest_first

    rng = random.Random(31)
    speaker = new_speaker("Baloch", None, None, OFFICIAL, "Baloch", None)
    for text in _texts():
        index = matcher.index(text)
        named = _Named(text, index)
        starts = [m.start for m in matcher.find(text)] + [0, len(text)]
        for _ in range(20):
            size = rng.randrange(0, 30)
            # Speakers at the people's starts too (ties), in position order.
            positions = sorted(rng.choice(starts) if rng.random() < 0.5 else
                               rng.randrange(len(text) + 2) for _ in range(size))
            history = [new_antecedent(p, speaker, None, True) for p in positions]
            position = rng.randrange(len(text) + 2)
            old = history[-RECENT:]
            old.extend(named.before(position))
            old.sort(key=attrgetter("position"))
            assert list(_nearest_first(history, named, position)) == old[::-1], (text, position)


def test_same_office_pretest_is_exact() -> None:
    """`_same_office` hands back a speaker whose role does not hold "spokes" in lower case,
    as its full test did (a title of SPOKESPEOPLE after the determiner)."""
    from briefing.extract.attribution import SPOKESPEOPLE, _drop_determiner

    rng = random.Random(37)
    words = ["the", "a", "The", "A", "spokesman", "Spokeswoman", "SPOKESPERSON", "spoKes",
             "spo\u212aesman", "\u03a3", "\u0130", "ministry", "official", " ", "  ", "\t",
             "man", "woman", "person", "s", "poke", "é", "ſ"]
    roles = _phrases() + [w for w in words] + [
        "".join(rng.choice(words) + rng.choice(["", " "]) for _ in range(rng.randrange(1, 6)))
        for _ in range(30000)]
    for role in roles:
        title = _drop_determiner(role).strip().lower()
        if title in SPOKESPEOPLE:
            assert "spokes" in role.lower(), role


def test_index_starts_and_ends_are_the_list_loops(matcher: ActorMatcher) -> None:
    """`MentionIndex`'s match starts and ends, transposed by zip: the two list loops' values."""
    for text in _texts() + ["", "x", "Trump"]:
        index = matcher.index(text)
        spans = matcher._scan(text)
        assert list(index._match_starts) == [s for s, _ in spans]
        assert list(index._match_ends) == [e for _, e in spans]
        assert index.find(0, len(text)) == matcher.find(text)


def test_sentence_stop_is_the_two_searches() -> None:
    """`_sentence_stop` (stop 17: ". " looked for only after the last line break) is the
    larger of the two whole searches, on news text and random strings, at every end
    (negative ones and ends past the text too); since stop 19 the ". " search passes over
    a stop after an initial or a title's abbreviation ("Vladimir V. Putin", "Mr. Baloch")."""
    import re

    from briefing.extract.attribution import _sentence_stop
    from briefing.extract.cues import TITLE_ABBREVIATIONS

    def last_stop(text: str, end: int) -> int:
        stop = text.rfind(". ", 0, end)
        while stop > 0:
            word = re.search(r"(?<![\w.])\w+\Z", text[max(0, stop - 12):stop])
            if word is None or not (len(word.group()) == 1 and word.group().isupper() or
                                    word.group().lower() in TITLE_ABBREVIATIONS):
                break
            stop = text.rfind(". ", 0, stop - len(word.group()))
        return stop

    rng = random.Random(17)
    news = ("KARACHI, March 3 (Reuters) - Pakistan's Foreign Office said. “We will act.”\n\n"
            "Mr. Baloch said: “It is a matter. Of course.”\nIranians have taken to the streets."
            " \n Analysts said. Of President Vladimir V. Putin, Sen. Smith said so.\n")
    alphabet = ". \n.a“”éV\u2003"
    texts = [news, news.replace("\n", " "), "", ".", ". ", "\n", " .\n. "] + [
        "".join(rng.choice(alphabet) for _ in range(rng.randrange(0, 60))) for _ in range(400)]
    for text in texts:
        for end in range(-len(text) - 2, len(text) + 3):
            old = max(text.rfind("\n", 0, end), last_stop(text, end))
            assert _sentence_stop(text, end) == old, (text, end)
