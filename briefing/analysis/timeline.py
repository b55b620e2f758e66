"""Timeline: passages -> dated events, merged across articles, oldest first.

Input: `Passage` values (context.py). Output: `Event` values. An event is either a sentence
that dates itself outside quotation marks and reports an act (a strike, warning, offer,
talks) or words ("On January 17, Pakistan warned Iran ...", "... initiated by Tehran late
Tuesday night ...", "the ISPR said on January 18"), or, for an actor that speaks in an article
without a dated sentence of its own, its first statement there, dated by the article
(approximate: the report's date, not the statement's). The same event reported by several
articles (same day, same kind, shared actors, mostly the same words) is one event citing
each article; so are the sentences of one story that tell one event again (a definite "the
attack" after "an attack"; "X said yesterday that ..." beside the event it reports), and
the statements of a story that is one dispute (`fold_disputes`, marked disputed), and a
statement or a report of a set day that tells again an event dated before (its figure, or the
day it named: `_retold`). An event dated two weeks or more before its report is background
and left out.
"""

from __future__ import annotations

import datetime as dt
import math
import re
from collections import Counter, defaultdict
from collections.abc import Sequence
from dataclasses import replace

from briefing.analysis.context import Passage, carries_cue
from briefing.analysis.model import Contrast, DateRef, Event
from briefing.analysis.patterns import HEDGED
from briefing.analysis.words import similarity
from briefing.models import PUBLIC, Citation
from briefing.selection import content_words

# Event kinds, tried in this order on the words outside quotation marks.
KINDS = (
    ("offer", re.compile(r"mediat|willing|readiness|constructive role|\boffer", re.I)),
    ("warning", re.compile(r"\bwarn|threat|consequences|ultimatum|\bvow|\baveng|"
                           r"\bretaliate\b|promis\w*\s+(?:retaliation|revenge)", re.I)),
    ("strike", re.compile(r"\battack|\bstrike|\bstruck\b|missile|launched|\bfired|\bbomb|"
                          r"shell|raid|"
                          r"\bdestroy|\bblast|\bstormed\b|"
                          r"\boffensive|\bassault|\bclash", re.I)),
    # A measure decided, imposed or voted ("tariffs", "sanctions", "backed the strike").
    ("decision", re.compile(r"\bimpos|\bsanction|\btariff|\bembargo|\bdecid|\bdecision|"
                            r"\bapprov|\bvoted\b|\bendorsed\b|\bescort|\bconvoy|\bban(?:s|ned)?\b",
                            re.I)),
    ("talks", re.compile(r"\btalks\b|\bmeet|\bsummit|\bvisit", re.I)),
)
STATEMENT = "statement"
_POSSESSIVE = re.compile(r"['’]s\b")
_WEEK = re.compile(r"\bweek\b", re.I)
# "... in retaliation for an Iranian attack last Friday", "followed his appeal last Friday":
# a date right after an event noun that a preposition or verb governs dates that event, not
# the sentence's (unlike "launched an attack overnight").
_NAMED_EVENT = (r"(?:attack|offensive|assault|raid|strike|bombing|shelling|incursion|appeal|"
                r"decision|announcement|statement|remarks?|speech|visit|meeting|talks|vote|"
                r"agreement|accord|deal|sanctions?|tariffs?|election|plan|measure|threat|"
                r"warning|ultimatum)s?")
_NOUN_BEFORE = re.compile(
    r"\b(?:for|after|since|over|following|followed|before|against|about|cited|to|on)\s+"
    r"(?:[\w'’.-]+\s+){0,5}" + _NAMED_EVENT + r"\s+(?:(?:on|of|in)\s+)?$", re.I)
# "despite U.S. sanctions announced last week", "the decision taken on Monday would ...": a
# date after an event noun and its past participle dates that event (a reduced relative
# clause), not the sentence's.
_PARTICIPLE_BEFORE = re.compile(
    r"\b" + _NAMED_EVENT + r"\s+(?:\w+ed|made|held|taken|begun|struck|sent|given|set|won|"
    r"signed)\s+(?:(?:on|in)\s+)?$", re.I)
DECLARED = ("offer", "warning")  # kinds an actor declares, rather than does
MERGE_AT = 0.5  # content-word similarity at which two reports are one event
SAME_EVENT_WORDS = 0.2  # ... when they report one kind of event, one day, the same parties
RETOLD_AT = 0.3  # content-word similarity at which a statement with an event's figure retells it
# A figure: a number and what it counts ("300 mln", "15.6 billion", "40 pct", "3,000 men";
# not a day of a month nor a year).
FIGURE = re.compile(r"(?<![\w.,])(\d[\d,]*(?:\.\d+)?)\s*(?:mln|million|billion|bln|pct|"
                    r"per\s*cent|percent|%|dlrs|dollars|tons|tonnes|barrels|bpd|troops|"
                    r"soldiers|men|people|civilians|killed|dead|ships|aircraft)\b")
BACKGROUND_DAYS = 14  # an event dated this long before its report is background
# "the attack was repelled yesterday": a definite event word points back to the event the
# story told before ("Iraq said today it had crushed an Iranian attack").
_EVENT_NOUN = r"(attack|offensive|assault|raid|strike|operation|thrust|incursion|bombing|shelling)"
DEFINITE = re.compile(rf"\b[Tt]he\s+(?:[a-z-]+\s+)?{_EVENT_NOUN}s?\b")
# "In announcing the sanctions last Friday": an event named as one the reader knows.
_DEFINITE_ANY = re.compile(r"\b[Tt]he\s+(?:[\w.-]+\s+){0,2}" + _NAMED_EVENT +
                           r"\s+(?:(?:on|of|in)\s+)?$")
# "IRNA said yesterday that ...": the date is the telling's, not the event's.
SPEECH_DATED = re.compile(r"\b(?:said|says|told|announced|reported|stated|claimed|added)\s+"
                          r"(?:on\s+)?$")


def build_timeline(passages: Sequence[Passage]) -> tuple[Event, ...]:
    """Return the timeline's events, merged, oldest first."""
    dated: list[tuple[Passage, Event]] = []
    for passage in passages:
        event = _dated_event(passage)
        if event is not None:
            dated.append((passage, event))
    events = [event for _, event in dated]
    events.extend(_statement_events(passages, dated))
    return tuple(sorted(_retold(_same_event(_same_story(list(_merge(events))))), key=_order))


def _same_event(events: list[Event]) -> list[Event]:
    """Fold the reports of one event by several stories into one event citing each: the
    same kind of event on the same day with a party in common, told in some of the same
    words ("U.S. warships destroyed an Iranian oil platform on Monday" and
    "Iran said U.S. forces attacked two of its oil platforms on Monday afternoon"); a
    report dated only by its week ("last week") joins the event of a day of that calendar
    week that another story dates exactly ("on Friday"). A party in common is the first
    named by one of the two ("Iran said U.S. forces attacked ..." and "U.S. warships
    destroyed ... Iranian"; not Britain's warning to Japan and America's). Where only one
    event of its kind can be meant, a report needs no words in common with it: one dated
    only by its week, or one that names the event as known ("In announcing the sanctions
    last Friday, the President said ...", beside "On Friday, Washington announced
    tariffs ..."). The
    event keeps the words of its most-cited report that is not hedged (an early or
    second-hand account: "networks had reported")."""
    words = [content_words(e.text) for e in events]
    order = sorted(range(len(events)), key=lambda i: (
        not events[i].when, _WEEK.search(events[i].when) is not None,
        bool(HEDGED.search(events[i].text)), -len(events[i].citations), _order(events[i])))
    leaders: dict[tuple[dt.date, str], list[int]] = defaultdict(list)
    members: dict[int, list[int]] = {}
    for i in order:
        event = events[i]
        # An undated statement that tells a dated event of its day joins it: its kind is
        # what its words tell ("Weinberger said four destroyers attacked the platform").
        kind = event.kind if event.when else _text_kind(event.text)
        if kind == STATEMENT:
            members[i] = [i]
            continue
        stories = {c.article_id for c in event.citations}
        days = [event.date]
        if _WEEK.search(event.when):  # "last week": any day of that calendar week
            monday = event.date - dt.timedelta(days=event.date.weekday())
            days = [monday + dt.timedelta(days=n) for n in range(7)]
        # The events it may tell: of its kind and day (or week), with a party in common
        # that is the first named by one of them, from other stories.
        # A report dated by its week may tell an event of any kind its words fit ("said
        # last week the U.S. would impose tariffs to retaliate": a decision, a warning).
        kinds = [kind] if len(days) == 1 else [kind, *(
            k for k, regex in KINDS if k != kind and regex.search(event.text))]
        may = [k for day in days for x in kinds for k in leaders[(day, x)]
               if (event.actors[:1] and event.actors[0] in events[k].actors
                   or events[k].actors[0] in event.actors)
               and not stories & {c.article_id for x in members[k]
                                  for c in events[x].citations}]
        same = next((k for k in may if similarity(words[i], words[k]) >= SAME_EVENT_WORDS),
                    None)
        if same is None and len(may) == 1 and (len(days) > 1 or _known(event)):
            same = may[0]  # the one event it can mean: "the sanctions", "last week"
        if same is not None:
            members[same].append(i)
        else:
            if event.when:
                leaders[(event.date, kind)].append(i)
            members[i] = [i]
    out = []
    for k, group in members.items():
        kept = events[k]
        if len(group) > 1:
            kept = replace(kept, actors=tuple(dict.fromkeys(
                a for i in group for a in events[i].actors)), citations=tuple(sorted(
                    dict.fromkeys(c for i in group for c in events[i].citations),
                    key=lambda c: (c.number, c.spans))))
        out.append(kept)
    return out


def _known(event: Event) -> bool:
    """Whether an exactly dated report names its event as one the reader knows, right
    before the date ("In announcing the sanctions last Friday, ...")."""
    at = event.text.find(event.when) if event.when and not event.approximate else -1
    return at > 0 and bool(_DEFINITE_ANY.search(event.text, max(0, at - 40), at))


def _same_story(events: list[Event]) -> list[Event]:
    """Fold the sentences of one story that tell one event into one event citing each:
    a definite event word ("the attack was repelled yesterday") joins the story's earlier
    sentence of the same kind that told it ("... crushed an Iranian attack"); a sentence
    dated only by its telling ("IRNA said yesterday that ...") joins the story's event of
    the same kind among the same actors. The event keeps the date and words of the
    sentence that dates the event itself."""
    into: dict[int, int] = {}  # index -> the index it joins
    stories: dict[str, list[int]] = defaultdict(list)  # article id -> its events' indexes
    for i, event in enumerate(events):
        for article_id in dict.fromkeys(c.article_id for c in event.citations):
            stories[article_id].append(i)
    for rule in ("definite", "telling", "restated"):  # a lead that others join stays
        for i, event in enumerate(events):
            if event.kind == STATEMENT or not event.when or i in into:
                continue
            near = sorted({k for c in event.citations for k in stories[c.article_id]})
            target = _told_before(events, i, into, rule, near)
            if target is not None and _root(into, target) != i:
                into[i] = target
    groups: dict[int, list[int]] = {}
    for i in range(len(events)):
        groups.setdefault(_root(into, i), []).append(i)
    out = []
    for root, members in groups.items():
        own = next((i for i in members if not _speech_dated(events[i])), root)
        kept = events[own]
        cited = tuple(dict.fromkeys(c for i in members for c in events[i].citations))
        actors = tuple(dict.fromkeys(a for i in [own, *members] for a in events[i].actors))
        out.append(Event(kept.date, kept.approximate, kept.when, kept.kind, actors, kept.text,
                         tuple(sorted(cited, key=lambda c: (c.number, c.spans)))))
    return out


def _told_before(events: list[Event], i: int, into: dict[int, int], rule: str,
                 near: list[int]) -> int | None:
    """The event of the same story that event i tells again, by one of the three rules;
    `near` are the indexes of the events that share a story with it."""
    event = events[i]
    at = {c.article_id: c.spans[0][0] for c in event.citations}
    same = [k for k in near if k != i and k not in into and events[k].kind == event.kind]
    if rule == "restated":
        # An offer or a warning by one actor, told twice in one story on one day.
        if event.kind not in DECLARED:
            return None
        return next((k for k in same if events[k].date == event.date
                     and events[k].actors[:1] == event.actors[:1] and any(
                         c.article_id in at and c.spans[0][0] < at[c.article_id]
                         for c in events[k].citations)), None)
    if rule == "definite":
        definite = DEFINITE.search(event.text)
        if not definite:
            return None
        told = re.compile(rf"\b(?:an?|one)\s+(?:[\w'-]+\s+){{0,3}}{definite.group(1)}",
                          re.IGNORECASE)
        return next((k for k in same if told.search(events[k].text) and any(
            c.article_id in at and c.spans[0][0] < at[c.article_id]
            for c in events[k].citations)), None)
    if i in into.values() or not _speech_dated(event) or len(event.actors) < 2:
        return None
    return next((k for k in same if not _speech_dated(events[k])
                 and set(event.actors) <= set(events[k].actors)), None)


def _root(into: dict[int, int], i: int) -> int:
    while i in into:
        i = into[i]
    return i


def _speech_dated(event: Event) -> bool:
    """Whether the event's date is that of its telling ("said yesterday that")."""
    at = event.text.find(event.when) if event.when else -1
    return at >= 0 and bool(SPEECH_DATED.search(event.text[max(0, at - 20):at]))


def _outside_quotes(passage: Passage) -> str:
    text = passage.article.text
    pieces, at = [], passage.start
    for s, e in passage.quoted:
        pieces.append(text[at:s])
        at = e
    pieces.append(text[at:passage.end])
    return " ".join(pieces)


def _kind(passage: Passage) -> str:
    return _text_kind(_outside_quotes(passage))


def _text_kind(words: str) -> str:
    for kind, regex in KINDS:
        if regex.search(words):
            return kind
    return STATEMENT


def _dated_event(passage: Passage) -> Event | None:
    actors = passage.actors(outside_quotes=True)
    if not actors:
        return None  # (asked first: most sentences name no actor, and dates cost more)
    refs = [r for r in passage.dates if not _names_another_event(passage, r)]
    if not refs:
        return None
    kind = _kind(passage)
    if kind == STATEMENT and not any(s.speaker.actor for s in passage.statements):
        # A date in a sentence that reports no act and no words ("from 1.30 yesterday"), or
        # words no followed actor speaks: a company's president on its contract with a
        # government is the company's news, not the government's act.
        return None
    ref = refs[0]
    if ref.date < passage.article.date - dt.timedelta(days=BACKGROUND_DAYS):
        return None  # background: long before the report ("after an offensive on January 9")
    return Event(ref.date, ref.approximate, ref.expression, kind, actors, passage.text,
                 (passage.citation(),))


def _names_another_event(passage: Passage, ref: DateRef) -> bool:
    """Whether a date qualifies a noun ("Friday's attack", "the attack last Friday"):
    it names the event the sentence refers to, not the one it reports ("Iran vowed
    revenge for Monday's attack" is told on its report's day, not Monday's; so is "the
    sanctions announced last week did not start a trade war, he said")."""
    text = passage.article.text
    before = max(passage.start, ref.span[0] - 60)
    return bool(_POSSESSIVE.match(text, ref.span[1])
                or _NOUN_BEFORE.search(text, before, ref.span[0])
                or _PARTICIPLE_BEFORE.search(text, before, ref.span[0]))


def _speakers(passage: Passage, kind: str) -> set[str]:
    """The actors a dated sentence speaks for: its statements' speakers."""
    found = {s.speaker.actor for s in passage.statements if s.speaker.actor}
    if kind in ("offer", "warning"):
        found |= set(passage.actors(outside_quotes=True)[:1])
    return {a for a in found if a}


def _statement_events(passages: Sequence[Passage],
                      dated: list[tuple[Passage, Event]]) -> list[Event]:
    spoken = {(p.article.id, actor) for p, e in dated for actor in _speakers(p, e.kind)}
    out: list[Event] = []
    for passage in passages:
        for statement in passage.statements:
            actor = statement.speaker.actor
            if actor is None or statement.speaker.voice == PUBLIC:
                continue
            key = (passage.article.id, actor)
            if key in spoken:
                continue
            if not carries_cue(passage, statement):
                continue
            spoken.add(key)
            out.append(Event(passage.article.date, True, "", STATEMENT,
                             (actor, *(a for a in passage.actors() if a != actor)),
                             passage.text, (passage.citation(),)))
    return out


def _merge(events: list[Event]) -> tuple[Event, ...]:
    """Merge each event into the first earlier-kept event that reports the same thing.

    Only kept events that could match are compared, through two word indexes, with the
    result of comparing every pair. A match shares at least k = ceil(MERGE_AT * n) of the
    n words of the smaller of the two, so any n - k + 1 of those words include a shared
    one: a kept event files that many of its words (the rarest) in `brief`, which every
    word of a new event is looked up in, and every word in `full`, which the new event's
    own n - k + 1 rarest words are looked up in.
    """
    ordered = sorted(events, key=_order)
    sets = [content_words(event.text) for event in ordered]
    frequency = Counter(w for words in sets for w in words)
    merged: list[Event] = []
    merged_sets: list[frozenset[str]] = []
    full: dict[str, list[int]] = defaultdict(list)
    brief: dict[str, list[int]] = defaultdict(list)
    for event, words in zip(ordered, sets, strict=True):
        rarest = sorted(words, key=lambda w: (frequency[w], w))[: _enough(len(words))]
        candidates = {i for w in rarest for i in full.get(w, ())}
        candidates.update(i for w in words for i in brief.get(w, ()))
        for i in sorted(candidates):
            kept = merged[i]
            # An undated statement may report an event of another kind: the same words.
            if ((kept.kind == event.kind or (event.kind == STATEMENT and not event.when))
                    and set(kept.actors) & set(event.actors)
                    and (kept.date == event.date or not event.when)
                    and similarity(words, merged_sets[i]) >= MERGE_AT
                    and kept.citations[0].article_id != event.citations[0].article_id):
                citations: tuple[Citation, ...] = kept.citations + event.citations
                merged[i] = Event(kept.date, kept.approximate, kept.when, kept.kind,
                                  kept.actors, kept.text, citations)
                break
        else:
            for w in words:
                full[w].append(len(merged))
            for w in rarest:
                brief[w].append(len(merged))
            merged.append(event)
            merged_sets.append(words)
    return tuple(sorted(merged, key=_order))


def _retold(events: list[Event]) -> list[Event]:
    """Fold an undated statement that tells again, with its figure, an event another story
    dated before ("The U.S. has threatened to impose tariffs worth up to 300 mln dlrs on
    Japanese electronics exports" after "On Friday, Washington announced plans to put as
    much as 300 mln dlrs in tariffs on Japanese electronic goods"): one event citing both.
    A figure in common (`FIGURE`) and RETOLD_AT of the words make it the same event."""
    out: list[Event] = []
    dated: list[int] = []  # the places in `out` of events with a date of their own
    for event in sorted(events, key=_order):
        figures = _figures(event.text) if event.kind == STATEMENT and not event.when \
            else frozenset()
        # A day an earlier event named as its own ("... tariffs on Japanese electronic goods
        # from April 17" and, dated April 17, "U.S. tariffs are due to take effect on April
        # 17"): the earlier event's schedule, told again.
        scheduled = event.when if event.when and not event.approximate and \
            any(c.isdigit() for c in event.when) else ""
        if figures or scheduled:
            words = content_words(event.text)
            same = next((k for k in dated if out[k].date < event.date
                         and set(out[k].actors) & set(event.actors)
                         and (scheduled and scheduled in out[k].text or
                              figures & _figures(out[k].text))
                         and similarity(words, content_words(out[k].text)) >= RETOLD_AT),
                        None) if scheduled else next(
                (k for k in dated if out[k].date <= event.date
                 and set(out[k].actors) & set(event.actors)
                 and figures & _figures(out[k].text)
                 and similarity(words, content_words(out[k].text)) >= RETOLD_AT), None)
            if same is not None:
                kept = out[same]
                out[same] = replace(kept, citations=tuple(sorted(
                    dict.fromkeys(kept.citations + event.citations),
                    key=lambda c: (c.number, c.spans))))
                continue
        if event.when:
            dated.append(len(out))
        out.append(event)
    return out


def _figures(text: str) -> frozenset[str]:
    """The figures a text gives, by their numbers ("300" of "300 mln dlrs")."""
    return frozenset(FIGURE.findall(text))


def _enough(n: int) -> int:
    """How many of n words meet every word set that shares MERGE_AT of them."""
    return n - math.ceil(MERGE_AT * n - 1e-9) + 1 if n else 0


def _order(event: Event) -> tuple[object, ...]:
    first = event.citations[0]
    return (event.date, first.number, first.spans[0][0])


def fold_disputes(events: Sequence[Event], contrasts: Sequence[Contrast]) -> tuple[Event, ...]:
    """A story that is one dispute (both sides of a contrast in it: "the Pentagon will
    appeal Commerce's approval") tells one event: its statements, undated, are one line,
    the first, citing each and marked disputed."""
    stories = set()
    for c in contrasts:
        sides = {x.article_id for x in c.first.citations} | {
            x.article_id for x in c.second.citations}
        if len(sides) == 1:
            stories |= sides
    out: list[Event] = []
    first: dict[str, int] = {}
    for event in events:
        story = event.citations[0].article_id
        if event.kind != STATEMENT or event.when or story not in stories:
            out.append(event)
        elif story not in first:
            first[story] = len(out)
            out.append(replace(event, disputed=True))
        else:
            kept = out[first[story]]
            out[first[story]] = replace(
                kept, actors=tuple(dict.fromkeys(kept.actors + event.actors)),
                citations=tuple(dict.fromkeys(kept.citations + event.citations)))
    return tuple(out)
