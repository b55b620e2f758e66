"""Phrase reading: the speaker phrase and the said-part around a cue, by offsets.

Input: the article text, a cue's offsets and the clause or sentence it stands in. Output:
spans: the noun phrase of the speaker before the cue ("China's Foreign Ministry spokeswoman
Mao Ning", "Hugh Hill, a doctor,") or after it ("said Baloch"), and the start of what was
said after the cue (past "told reporters", "in a statement on Tuesday", "that").
"""

from __future__ import annotations

import re
from typing import NoReturn, cast

from briefing.extract import cues
from briefing.extract.text import trie_pattern
from briefing.models import Span

# (ASCII letters and digits are spelled out beside \w: the same characters, found faster.)
TOKEN = re.compile(r"''|[a-zA-Z0-9_\w][a-zA-Z0-9_\w'’.&-]*|[,;:()\[\]\"“”—–―']|(?<=\s)--?(?=\s)")
STOP_BACK = cues.STOP_BACK | frozenset(
    "was were is are be been being what who how why this these those there here it's".split()
)
BETWEEN = cues.BETWEEN  # what may stand between a speaker and the cue
MAX_NP = 12
WINDOW = 500  # characters: the longest speaker phrase read before a cue
WORD = re.compile(r"\w+")
TIME_WORD = re.compile(
    r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|week|month|year|night|"
    r"morning|afternoon|evening|weekend|January|February|March|April|May|June|July|August|"
    r"September|October|November|December|\d{1,4}(?:s)?|today|yesterday|tonight)"
)
# TIME_WORD's words, for `time_word` (a set lookup costs less than a regex call).
TIME_WORDS = frozenset(
    """Monday Tuesday Wednesday Thursday Friday Saturday Sunday week month year night morning
    afternoon evening weekend January February March April May June July August September
    October November December today yesterday tonight""".split()
)
TIME_LEAD = frozenset("on in last this next earlier late early the that".split())
# The words before a time word that make it an adverbial of its own, which no speaker phrase
# holds ("last week", "on Monday"; not "the Monday meeting").
TIME_BEFORE_NAME = frozenset("on last this next earlier".split())
NOT_IN_NP = (
    r"in|on|at|to|that|who|after|before|during|when|while|and|as|because|with|from|about|"
    r"last|this|earlier|later|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|was|is|"
    r"were|are|has|have|had|would|will|could|should|can|may|might|must|did|does|do|not|it|"
    r"he|she|they|we|I|there|if|but|so"
)
_NOT_IN_NP = trie_pattern(NOT_IN_NP.split("|"))  # the same words as one trie: faster
# (A weekday after the article is part of the phrase: "said a Wednesday editorial".)
AFTER_NP = re.compile(
    rf"(?<!\s)\s*+((?:the|a|an)\s++(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\s++)?)?"
    rf"((?!(?:{_NOT_IN_NP}|the|a|an)\b)[\w'’.&-]++"
    rf"(?:\s++(?!(?:{_NOT_IN_NP})\b)[\w'’.&-]++){{0,5}})"
)
TELL_THAT = re.compile(r"(?:\s+[\w'’.&\"“”-]+){1,6}?\s+that\b")
TELL_OBJECT = re.compile(
    r"\s+(?:(?:the|a|an|his|her|their)\s+)?(?:[A-Z][\w.&'’-]*(?:\s+of(?:\s+the)?(?=\s+[A-Z]))?"
    r"(?:\s+|$|(?=,))){1,5}|\s+\w+"
)
# A name set off by commas after whom one told, then "that": "told the President of the
# European Parliament, Josep Borrell, that ...".
APPOSED_THAT = re.compile(r",\s+(?:[A-Z][\w.'’-]*\s+){0,3}[A-Z][\w.'’-]*,\s+that\b")
# An addressee named by a common noun: a determiner, up to three words, an audience head
# (cues.AUDIENCE_HEADS), and "of" with up to three words before a clause that opens with a
# determiner or pronoun: "told a news conference he ...", "told a meeting of farmers the ...".
TELL_AUDIENCE = re.compile(
    rf"\s++{cues.AUDIENCE}(?:\s++of\s++(?:[\w.&'’-]++\s++){{0,4}}?[\w&'’-]++"
    rf"(?=\s++(?:the|a|an|he|she|it|they|we|I|his|her|its|their|there)\s))?(?=\s)"
)
# An addressee of up to eight words, then a time adverbial ("last Saturday", "on Monday").
TELL_TIMED = re.compile(
    r"(?:\s++(?!(?:that|to|about|of|on|in|last|this|yesterday|today)\b)[\w'’.&-]++)"
    r"(?:\s++(?!(?:that|last|this|on|yesterday|today|had|has|have|is|are|was|were|will|"
    r"would|could|can|may|might|should|must|did|does)\b)[\w'’.&-]++(?<!ed)){0,7}?"
    r"\s++(?:(?:last|on|this|earlier|late)\s++(?:Monday|Tuesday|Wednesday|Thursday|Friday|"
    r"Saturday|Sunday|week|month|night)|yesterday|today)\b(?=\s++(?:the|a|an|[a-z]+s?|[A-Z]\w*)\s)"
)
OBJECT_PRONOUNS = frozenset("me us him them you".split())
# (With the date a wire writes after the town: "WASHINGTON, Dec. 8 (UPI) — ".)
DATELINE = re.compile(r"[A-Z][A-Z .,'’-]{2,40}(?:(?<=,)\s*[A-Z][a-z]{2,8}\.?\s+\d{1,2})?"
                      r"(?:\s*\([^)]{1,40}\))?\s*(?:[—–―]|--?)\s*")
# A town written in title case takes the agency in brackets: "Washington (AFP) – ".
TITLE_DATELINE = re.compile(r"[A-Z][a-z]+(?:[ -][A-Z][a-z]+){0,2}\s*\((?:AFP|AP|Reuters|UPI|"
                            r"dpa|DPA|AA|IANS|PTI|Xinhua|TASS|EFE|ANSA|Kyodo|Yonhap|Bernama)\)"
                            r"\s*(?:[—–―]|--?)\s*")
# A speaker's participle and whom they spoke to, right before the cue: "A source speaking to
# Fox News said", "officials talking with reporters said".
# Words no speaker phrase ends in: an article, "of", "for" ("the face of recently announced
# layoffs", "full of praise"). (A possessive pronoun may: "repeated his call for a pause".)
NO_LAST = frozenset({"of", "for", "a", "an", "the"})
# Adverbs of a whole sentence, set off by commas after its subject ("Sanders, meanwhile,").
SENTENCE_ADVERBS = frozenset("""meanwhile however though instead moreover likewise nevertheless
    nonetheless therefore""".split())
SPOKE_TO = re.compile(r"\b(?:speaking|talking)\s+(?:to|with)\s+\Z")


def np_before(text: str, lo: int, cue_start: int) -> Span | None:
    """The speaker noun phrase ending right before a cue, read backwards to a boundary.

    Whom a speaker spoke to is no speaker: "A source speaking to Fox News said" is the
    source's word (SPOKE_TO), where the phrase before the cue is only the listener. A verb
    in the past alone is no speaker either: "That prompted calls for probes".
    """
    span = _np_span_before(text, lo, cue_start)
    if span is None:
        return None
    if span[0] - lo > 12 and text.endswith(("to ", "with "), lo, span[0]) \
            and (spoke := SPOKE_TO.search(text, max(lo, span[0] - 24), span[0])) is not None \
            and spoke.start() > lo:
        return _np_span_before(text, lo, spoke.start()) or span
    if span[1] - span[0] > 3 and text[span[0]].islower() and text.endswith("ed", *span) and \
            text[span[0]:span[1]].isalpha():
        return None  # "prompted calls for probes", "cited reports that": a verb, no subject
    return span


def _np_span_before(text: str, lo: int, cue_start: int) -> Span | None:
    """np_before, but for a listener before the cue (SPOKE_TO)."""
    if lo < cue_start - WINDOW:  # a bounded look back keeps extraction linear
        lo = cue_start - WINDOW
    # One word, or two with one space between them, amid spaces (" he ", " Bozell ",
    # "Melania Trump ": 41% of all calls): their tokens are the words, whichever scan reads
    # them (a partial scan of them always reads its edge and falls back to the whole), and
    # `_one_word` and `_two_words` answer as `_np_before` does on them.
    # (Ranges of more than SHORT characters skip the tests: few such are one or two words.)
    if cue_start - lo <= SHORT:
        span = text[lo:cue_start]
        word = span.strip(" ")
        if word.isalnum():
            return _one_word(word, lo + span.find(word))
        first, _, second = word.partition(" ")
        if second.isalnum() and first.isalnum():
            start = lo + span.find(word)
            return _two_words(first, start, second, start + len(first) + 1)
    if text.startswith("-", lo):
        # Scanned as a slice, a dash at `lo` has no space before it and is no token: keep that.
        toks = [(m.start() + lo, m.end() + lo, m.group())
                for m in TOKEN.finditer(text[lo:cue_start])]
        return _np_before(text, lo, toks)
    # Most phrases are read from the last few tokens: scan those first. No token holds a
    # space, so the tokens after one are those a scan from `lo` finds there; _EDGE stands
    # for the tokens before (at least one, so every test of an index against 0 or 1 comes
    # out as it would on all of them), and reading it means the whole range is needed.
    tail = text.rfind(" ", lo, cue_start - TAIL) + 1
    if tail > lo and TOKEN.search(text, lo, tail):
        toks = [_EDGE]
        toks += tokens(text, tail, cue_start)
        try:
            return _np_before(text, lo, toks)
        except _Short:
            if tail <= cue_start:
                # `tail` follows a space: the tokens before it and those after are the whole's
                toks[:1] = tokens(text, lo, tail)
                return _np_before(text, lo, toks)
            # (cue_start < TAIL: rfind read the end from the text's end, past the cue)
    return _np_before(text, lo, tokens(text, lo, cue_start))


def _one_word(word: str, start: int) -> Span | None:
    """`_np_before` on one token, `word` (which `isalnum`) at `start`, written out.

    On one token its first loop skips the word (and ends: None) where `_between(word)` or a
    time word (the tests on the token before need one); "who" and the dashes need a token
    before, `_relative_who` finds none; the noun-phrase loop takes the word unless it is
    in STOP_BACK (nothing before it to go on the phrase), and an object pronoun is no
    subject.
    """
    low = word.lower()
    if (low in BETWEEN or low.endswith("ly") and word[0].islower() and len(low) > 4
            or word in TIME_WORDS or word[0].isdecimal() and time_word(word)
            or low in STOP_BACK or low in NO_LAST or low.rsplit(None, 1)[-1] in OBJECT_PRONOUNS):
        return None
    return (start, start + len(word))


def _two_words(first: str, start: int, second: str, at: int) -> Span | None:
    """`_np_before` on two tokens, `first` at `start` and `second` at `at` (both `isalnum`,
    one space between them), written out.

    Its first loop skips the second word as an adverb (not a noun in -ly after a
    determiner) or a floating quantifier after a word not in STOP_BACK, or as a time word
    (and the first with it when it is in TIME_LEAD): then the first is read alone, as
    `_one_word` reads it. Else no "who", dash or relative clause can be read in two words
    without marks; the noun-phrase loop stops at once on a second word in STOP_BACK (no
    phrase), takes it and the first unless the first is in STOP_BACK (each rescue of a
    word in STOP_BACK reads the token before the first: there is none, "", which none of
    them takes; `_listed_places` needs commas), and an object pronoun is no subject.
    """
    low = second.lower()
    before = first.lower()
    if ((low in BETWEEN or low.endswith("ly") and second[0].islower() and len(low) > 4)
            and not (low not in BETWEEN and before in DETERMINERS)
            or low in FLOATING and before not in STOP_BACK):
        return _one_word(first, start)
    if second in TIME_WORDS or second[0].isdecimal() and time_word(second):
        return None if before in TIME_LEAD else _one_word(first, start)
    if low in STOP_BACK or low in NO_LAST or low.rsplit(None, 1)[-1] in OBJECT_PRONOUNS:
        return None
    if before == "those" and low.endswith("ed"):
        return (start, at + len(second))  # "Those polled"
    return (at if before in STOP_BACK else start, at + len(second))


def tokens(text: str, start: int, stop: int) -> list[tuple[int, int, str]]:
    """TOKEN's matches in text[start:stop] (scanned from `start`, not as a slice), as
    (start, end, word): the same list as TOKEN.finditer gives, found mostly without it.

    No token holds a space, so text[start:stop] split at its spaces gives pieces whose tokens
    are those of the whole scan there (a piece scanned up to the space after it, that a lone
    dash's look-ahead may see it). A piece of letters and digits alone (isalnum is \\w but
    "_") is one token; that and a comma, two; that and "." or "’s" ("Sen.", "Trump’s"),
    one; only the others go to the regex engine, which
    costs several times as much per token (about 5 k instructions with its match object).
    """
    toks: list[tuple[int, int, str]] = []
    pos = start
    for piece in text[start:stop].split(" "):
        end = pos + len(piece)
        if piece.isalnum():
            toks.append((pos, end, piece))
        elif piece:
            if piece[-1] == "," and piece[:-1].isalnum():
                toks.append((pos, end - 1, piece[:-1]))
                toks.append((end - 1, end, ","))
            elif (piece[-1] == "." and piece[:-1].isalnum()
                  or piece[-2:] in ("’s", "'s") and piece[:-2].isalnum()):
                # "Sen.", "Trump’s": letters and digits, then TOKEN's marks: one token
                toks.append((pos, end, piece))
            else:
                toks += [(m.start(), m.end(), m.group())
                         for m in TOKEN.finditer(text, pos, end + 1 if end < stop else stop)]
        pos = end + 1
    return toks


TAIL = 50  # characters: the tokens np_before scans first
SHORT = 34  # characters: the longest range np_before tries as one or two words


class _Short(Exception):
    """np_before read past the tokens of its first, partial scan."""


class _Edge:
    """Stands for the tokens before a partial scan: reading it raises _Short."""

    __slots__ = ()

    def __getitem__(self, index: int) -> NoReturn:
        raise _Short


_EDGE = cast(tuple[int, int, str], _Edge())


def _np_before(text: str, lo: int, toks: list[tuple[int, int, str]]) -> Span | None:
    """np_before on the tokens of text[lo:cue_start].

    Read again up to the start of one of its tokens, the text gives the tokens before that
    one (no token crosses a token start; a lone dash needs a space after it): those go
    to the recursive calls, without a second scan.
    """
    i = len(toks) - 1
    while i >= 0:
        word = toks[i][2]
        low = word.lower()
        # (_between(word), written out: this runs on most tokens read)
        if (low in BETWEEN or low.endswith("ly") and word[0].islower() and len(low) > 4) and not (
            low not in BETWEEN and i > 0 and toks[i - 1][2].lower() in DETERMINERS
        ) or (
            low in FLOATING and i > 0
            and toks[i - 1][2][:1].isalnum() and toks[i - 1][2].lower() not in STOP_BACK
        ):
            # "has also said" (but "the family said": a noun in -ly after its article);
            # "Iran and Iraq have both claimed": a quantifier after its noun
            i -= 1
        elif word in TIME_WORDS or word[0].isdecimal() and time_word(word):
            # (time_word(word), its common "no" without the call: tokens are not empty)
            # "Sanders on Tuesday said", "the ministry last week said"
            i -= 1
            while i >= 0 and toks[i][2].lower() in TIME_LEAD:
                i -= 1
        elif low == "past" and i + 1 < len(toks) and toks[i + 1][2].lower() in PAST_SPANS:
            # "Reince Priebus, the GOP chairman, this past week announced", "the ministry
            # over the past week said"
            i -= 1
            while i >= 0 and toks[i][2].lower() in TIME_LEAD:
                i -= 1
            if i >= 0 and toks[i][2].lower() in ("over", "during", "for", "within"):
                i -= 1
        elif low in SENTENCE_ADVERBS and i > 1 and toks[i - 1][2] == ",":
            # "Sanders, meanwhile, who sits at zero endorsements, said": the name before
            i -= 2
        elif low == "ago" and i > 0:
            # "The State Department less than two weeks ago said": a span of time ending
            # in "ago" is no speaker; the phrase before it is
            i -= 1
            while i >= 0 and (toks[i][2].lower() in AGO_WORDS or toks[i][2].isdecimal()):
                i -= 1
        else:
            break
    if i < 0 or low in NO_LAST:
        return None  # (and "Former secretary of| state", "full of| praise": no subject)
    # (`word` and `low` are toks[i]'s: the loop above broke on them)
    if low == "who" and i > 0 and toks[i - 1][2] == ",":
        return _np_before(text, lo, toks[: i - 1])  # "Trump, who has said": Trump
    if word in DASHES:
        # "The film ― which weaves together the voices of historians ― explains": the
        # phrase before the dashes
        for k in range(i - 1, max(-1, i - 3 * MAX_NP), -1):  # (to 0: a tail scan's edge)
            if toks[k][2] == toks[i][2]:
                return _np_before(text, lo, toks[:k])
            if toks[k][2] in ";:\"“”":
                break
        return None
    # (No "who" in a full scan's words: _relative_who would find none. A partial scan's
    # edge must still be read where it would be.)
    relative = _relative_who(toks, i) if toks[0] is _EDGE or text.find(
        "who", toks[0][0], toks[i][1]) >= 0 else None
    if relative is not None:
        # "Bankers who attended the meeting with Gros said": the bankers, not Gros
        return _np_before(text, lo, toks[:relative])
    end = toks[i][1]
    last = low  # the phrase's last word, in lower case
    if toks[i][2] == ",":
        home = _hometown(toks, i)
        if home is not None:
            # "Cory James, 22, of Flint, Mich., said": the person, not the town or its state
            return _np_before(text, lo, toks[:home])
        for k in range(i - 1, max(0, i - 3 * MAX_NP), -1):
            word = toks[k][2]
            if toks[k - 1][2] == "," and (word.lower() in ("who", "which", "whose") or (
                word.endswith("ing") or word in APPOSITIVE_VERBS) and word[0].islower()
            ):
                # "Sandy Phillips, who lost her daughter in Aurora, Colorado, said": Phillips
                return _np_before(text, lo, toks[: k - 1])
            if toks[k][2] in ";:\"“”":
                break
        # "Hugh Hill, a doctor, said" / "Trump, who has said": skip the parenthesis.
        j = i - 1
        while j >= 0 and toks[j][2] != "," and i - j <= 2 * MAX_NP:
            j -= 1
        if j < 1 or toks[j][2] != ",":
            return None
        # (whether the parenthesis opens with "who", "which", "whose": its first word alone)
        relative = j + 1 < i and toks[j + 1][2].lower() in ("who", "which", "whose")
        head = _np_before(text, lo, toks[:j])
        if head is None:
            return None
        return head if relative else (head[0], toks[i][0])
    start = None
    count = 0
    while i >= 0 and count < MAX_NP:
        word = toks[i][2]
        if word == ")":
            j = i
            while j >= 0 and toks[j][2] != "(":
                j -= 1
            if j < 0:
                break
            i = j - 1
            continue
        if word in NP_BREAKS:
            break
        if start is not None and i > 0 and (
                word in TIME_WORDS and (toks[i - 1][2].lower() in TIME_BEFORE_NAME or
                                        toks[i - 1][2] in TIME_WORDS)
                or word.isdecimal() and toks[i - 1][2] in TIME_WORDS):
            # "announced by Prime Minister Yasuhiro Nakasone last week Lawson said", "on
            # Tuesday night he said", "on May 21 it said": no phrase holds the time
            break
        if word == "and" and start is not None and (first := _listed_places(toks, i)) is not None:
            # "officials in Malaysia, Indonesia and Thailand": the list goes on the phrase
            count += i - first
            start = toks[first][0]
            i = first - 1
            continue
        if word.lower() in STOP_BACK:
            before = toks[i - 1][2] if i > 0 else ""
            if not (start is not None and (
                word in PREP_IN_NP and (_titled(before) or _named_after(text, start)
                                        and _noun_like(before))
                or word == "for" and _people(before)  # "lawyers for the family"
                or word.lower() == "those" and toks[i + 1][2].endswith("ed")  # "those polled"
                or before.lower() in NP_PREPOSITIONS.get(word, ()) and not (
                    word == "to" and _infinitive(toks, i))
                or word == "and" and (_place_list(toks, i, text, start)
                                      or _name_with_and(toks, i, text, start)
                                      or _office_and(toks, i))
            )):
                # "the consul general in Karachi", "bankers in Muscat", "sources close to
                # the talks" go on; "arrived in Karachi" stops
                break
        start = toks[i][0]
        count += 1
        i -= 1
        if word.lower() == "those":
            break  # "those polled": not "In the UK 69% of those polled", a state's words
    if start is None or text[start:end].lower().rsplit(None, 1)[-1] in OBJECT_PRONOUNS:
        return None
    if count >= MAX_NP and i >= 0:
        return None  # no boundary in sight: not a subject
    if i >= 1 and toks[i][2] == "," and text[start].islower() and (
        text[start:end].lower() not in cues.PRONOUNS
    ) and not plural_head(text[start:end]):
        # "Michael Mulgrew, president of the union, said": the name before the title (not
        # before people in the plural: "Mr. Obama, officials said, has become ...")
        k = i - 1
        while k >= 0 and toks[k][2][:1].isupper() and i - k <= 4:
            k -= 1
        run = i - 1 - k
        if any(NOT_NAME_START.match(t[2]) or time_word(t[2]) for t in toks[k + 1 : i]):
            run = 0  # "In July, the NAACP": not a name
        boundary = k < 0 or toks[k][2] in ",;:(\"“”—–" or toks[k][2].lower() in (
            "and", "but", "that", "while", "as", "when")
        if boundary and (run >= 2 or run == 1 and k >= 0):
            return (toks[k + 1][0], end)
    medium = last in MEDIUM_NOUNS
    if i >= 1 and toks[i][2] in ADVERBIAL_PREPOSITIONS and (
            text[start:end].islower() or medium) and (
            subject := _np_before(text, lo, toks[:i])) is not None and (
            medium or toks[i - 1][2].lower() in BETWEEN
            or _short_subject(text[subject[0]:subject[1]])):
        # "Gore's friends have in the past said", "a staffer in the room wondered",
        # "leaders on the ground told", "Jeb Bush in a Medium post said": a phrase in lower
        # case or a medium after a preposition is the preposition's object, an adverbial;
        # the speaker stands before it, after an auxiliary or as a short noun phrase (not a
        # verb's: "what happens in the states")
        return subject
    if medium and (m := IN_MEDIUM.search(text, start, end)) is not None and m.start() > start:
        return (start, m.start())  # "Clinton in a statement said", "Trump in a CNN interview"
    return (start, end)


def _hometown(toks: list[tuple[int, int, str]], i: int) -> int | None:
    """Where a person's name ends before their age and home town set off by commas, the
    comma at `toks[i]` closing it ("Cory James, 22, of Flint, Mich.,", "Jo Redvers, 34,
    from Hartpury, Gloucestershire,", "Bob Fisher, from Omaha, Nebraska,"), or None: "of"
    or "from" after a comma, then up to two runs of capitalised words each closed by a
    comma, and an age before it."""
    k = i - 1
    commas = 0
    while k >= 1 and i - k <= 10:
        word = toks[k][2]
        if word == ",":
            commas += 1
            if commas > 1:
                return None
        elif word in ("of", "from"):
            break
        elif not word[:1].isupper():
            return None
        k -= 1
    else:
        return None
    if k == i - 1 or toks[k - 1][2] != "," or toks[k + 1][2] == ",":
        return None
    end = k - 1  # the comma before "of"
    if end >= 2 and toks[end - 1][2].isdecimal() and toks[end - 2][2] == ",":
        end -= 2  # ", 22,"
    return end if end >= 1 and toks[end - 1][2][:1].isupper() else None


def _short_subject(phrase: str) -> bool:
    """Whether a phrase reads as a short subject: up to four words, opening with a capital
    or a determiner ("several GOP leaders", "a Democratic staffer")."""
    words = phrase.split()
    return len(words) <= 4 and (phrase[:1].isupper() or words[0].lower() in SUBJECT_DETERMINERS)


DASHES = frozenset("—–―") | {"--"}  # (a wire's dash is two hyphens: "The G-7 -- grouping ...")
# The tokens that end a speaker phrase read backwards (as `word in ",;:...-" or word ==
# "''"`: a token of more than one character is "''" or starts with a word character).
NP_BREAKS = frozenset(",;:\"“”—–―([]'-") | {"''", "--"}
DETERMINERS = frozenset("the a an his her their its our my your".split())
SUBJECT_DETERMINERS = DETERMINERS | frozenset(
    "several some many most all both two three four few other these those this that".split())
# What one speaks in or through ("in a statement", "in a CNN interview", "in his speech"):
# after the speaker, an adverbial, not part of the speaker's phrase.
MEDIUM_NOUNS = frozenset("""statement statements interview interviews conference briefing
    speech speeches call post posts tweet tweets video email e-mail letter release address
    message note remarks op-ed column memo broadcast appearance testimony""".split())
IN_MEDIUM = re.compile(r"\s+(?:in|on|during|via|through)\s+(?:a|an|the|his|her|its|their)\s+"
                       r"(?:[\w'’.&-]+\s+){0,4}?[\w-]+\Z")
# Prepositions whose phrase right before a cue is an adverbial, not the speaker ("in the
# past", "on the ground"), when it is in lower case ("Officials in Washington" go on).
ADVERBIAL_PREPOSITIONS = frozenset("in on at during since over within throughout amid".split())
PAST_SPANS = frozenset("week weekend month year decade".split())  # "this past week"
# The words of a span of time before "ago" ("less than two weeks ago", "a few days ago").
AGO_WORDS = TIME_WORDS | frozenset(
    """a an few several some about nearly almost just only less more than over under
    couple of one two three four five six seven eight nine ten eleven twelve dozen hours
    days weeks months years minutes decades hour day minute decade moments moment long
    not so""".split())
# Quantifiers that float after the noun they count ("the two sides have both said").
FLOATING = frozenset("both all each".split())
# Prepositions that go on a speaker phrase after these words ("people familiar with ...").
# "Pakistan's ambassador to China", "the U.S. envoy to the United Nations": a diplomat's
# post goes on the phrase (whom the diplomat serves is the possessor, not the host).
ENVOYS = frozenset(
    """ambassador ambassadors envoy envoys delegate delegates representative representatives
    emissary emissaries consul ambassador-designate""".split()
)
# "A broadcast monitored in Nicosia": where a foreign broadcast was heard goes on the phrase.
# ("The Japanese delegation to the GATT talks", "an aide to the senator")
TO_WHOM = frozenset("""delegation delegations mission missions adviser advisers advisor advisors
    aide aides""".split())
DETERMINERS_AFTER_TO = frozenset("the a an his her its their this that these those".split())
NP_PREPOSITIONS = {"to": frozenset({"close"}) | ENVOYS | TO_WHOM, "with": frozenset({"familiar"}),
                   "in": frozenset({"monitored", "heard", "received", "recorded"})}


def _infinitive(toks: list[tuple[int, int, str]], i: int) -> bool:
    """Whether "to" at `i` opens an infinitive ("Our mission to brighten up ..."): the word
    after it is in lower case and no determiner or possessive."""
    after = toks[i + 1][2] if i + 1 < len(toks) else ""
    return after[:1].islower() and after not in DETERMINERS_AFTER_TO


def _relative_who(toks: list[tuple[int, int, str]], i: int) -> int | None:
    """Where "who" opens a relative clause that ends at the cue ("officials who asked not to
    be named said"), when a noun stands before it in the same clause; else None."""
    for k in range(i, max(-1, i - 3 * MAX_NP), -1):  # (to 0: a tail scan's edge)
        word = toks[k][2]
        if word in ",;:\"“”—–()[]":
            return None
        if word == "who" and k > 0:
            # The clause has a verb of its own before the cue: not "who said", "who had to
            # reject" (there the cue is the clause's verb, and "who" its subject).
            own = any(t[2].lower() not in RELATIVE_FILLER and not _between(t[2])
                      for t in toks[k + 1 : i + 1])
            return k if own and _noun_like(toks[k - 1][2]) else None
    return None


RELATIVE_FILLER = STOP_BACK | frozenset("to not be".split())


def _noun_like(word: str) -> bool:
    """Whether a word may end a noun phrase: a word, not a function word or a verb form."""
    low = word.lower()
    return word[:1].isalnum() and low not in STOP_BACK and not _between(word) and not (
        word[0].islower() and low.endswith(("ed", "ing")))


def _people(word: str) -> bool:
    """A plural noun, maybe of people who speak for someone ("lawyers", "attorneys")."""
    return _noun_like(word) and word.islower() and word.endswith("s") and not word.endswith(
        ("ss", "us", "is"))


def plural_head(phrase: str) -> bool:
    """Whether a lower-case phrase's head, its last word before a preposition, names people
    in the plural ("officials", "senior administration officials", "sources close to the
    talks"), which no name's apposition is ("Michael Mulgrew, president of the union")."""
    head = ""
    for word in phrase.split():
        if word.lower() in STOP_BACK or word in PREP_IN_NP or word in HEAD_ENDS:
            break
        head = word
    return _people(head)


def _named_after(text: str, start: int) -> bool:
    """Whether the phrase read so far starts with a name ("in Muscat", "at the Bundesbank")."""
    if text.startswith(("the ", "The "), start):
        start += 4
    return text[start : start + 1].isupper()


def _place_list(toks: list[tuple[int, int, str]], i: int, text: str, start: int) -> bool:
    """"dealers in Tokyo and London": an "and" between two names after a preposition."""
    return i >= 3 and text[start : start + 1].isupper() and toks[i - 1][2][:1].isupper() and (
        toks[i - 2][2] in PREP_IN_NP and _noun_like(toks[i - 3][2]))


def _listed_places(toks: list[tuple[int, int, str]], i: int) -> int | None:
    """Where a list of names with commas before the "and" at `i` starts, when a preposition
    after a noun opens it ("officials in Malaysia, Indonesia and Thailand"); else None."""
    k = i - 1
    commas = 0
    while k >= 2 and toks[k][2][:1].isupper():
        if toks[k - 1][2][:1].isupper() and i - k < 3 * MAX_NP:
            k -= 1  # "South Korea"
        elif toks[k - 1][2] == "," and toks[k - 2][2][:1].isupper():
            k -= 2
            commas += 1
        else:
            break
    if commas == 0 or k < 2 or not toks[k][2][:1].isupper():
        return None
    if toks[k - 1][2] in PREP_IN_NP and toks[k - 2][2].lower() in LISTED_PLACES_HEADS:
        return k
    return None


# Who speaks for the places listed after them ("officials in Malaysia, Indonesia and
# Thailand"); "voters in Alabama, Georgia and Virginia" are not their states' voice.
LISTED_PLACES_HEADS = frozenset(
    "officials authorities governments ministers diplomats leaders spokesmen".split())


def _name_with_and(toks: list[tuple[int, int, str]], i: int, text: str, start: int) -> bool:
    """"Ministry of International Trade and Industry", "Commission for Asia and the Pacific":
    an "and" inside a body's name, between capitalised words, after an "of" or "for" that
    follows a capitalised word ("Iran and Iraq" is two)."""
    after = start + 4 if text.startswith("the ", start) else start  # "for Asia and the Pacific"
    if not (text[after : after + 1].isupper() and toks[i - 1][2][:1].isupper()) or (
        text.find("'", start, toks[i + 1][1]) >= 0 or text.find("’", start, toks[i + 1][1]) >= 0
    ):
        return False
    for k in range(i - 2, max(0, i - 6), -1):
        word = toks[k][2]
        if word in ("of", "for"):
            return toks[k - 1][2][:1].isupper()
        if not word[:1].isupper():
            return False
    return False


def _office_and(toks: list[tuple[int, int, str]], i: int) -> bool:
    """"a Venezuelan energy and mines ministry source", "the Economic and Social Commission":
    an "and" between two words of one case, the second before an office's or body's head
    word (its name; "Germany and foreign ministry sources" are two)."""
    if not (0 < i and i + 2 < len(toks)):
        return False
    first, second = toks[i - 1][2], toks[i + 1][2]
    return first.isalpha() and second.isalpha() and first[0].isupper() == second[0].isupper() \
        and not first.isupper() and toks[i + 2][2].lower() in OFFICE_HEADS  # ("IMF and World Bank")


# The head words of an office or body whose name may join two fields by "and"
# (`_office_and`): "Trade and Industry Minister", "Food and Agriculture Organisation".
OFFICE_HEADS = frozenset("""ministry ministries minister ministers department secretary
    commission council organisation organization bank fund agency committee board authority
    institute office bureau""".split())
APPOSITIVE_VERBS = frozenset("clad dressed flanked joined backed asked pressed".split())
PREP_IN_NP = frozenset("in of for at on".split())
HEAD_ENDS = frozenset({"close", "familiar"})  # "sources close to ...": `plural_head`


def time_word(word: str) -> bool:
    """Whether `TIME_WORD.fullmatch(word)`: a time word or 1-4 digits, maybe with "s"."""
    if word in TIME_WORDS:
        return True
    digits = word[:-1] if word.endswith("s") else word
    return 0 < len(digits) <= 4 and digits.isdecimal()  # isdecimal: exactly \d


def _titled(word: str) -> bool:
    if time_word(word):
        return False
    return word[:1].isupper() or word.lower() in cues.ORG_WORDS


def _between(word: str) -> bool:
    low = word.lower()
    return low in cues.BETWEEN or (low.endswith("ly") and word[0].islower() and len(low) > 4)


def np_after(text: str, pos: int, end: int) -> Span | None:
    """The speaker noun phrase right after a cue ("said Baloch", "said the minister")."""
    m = AFTER_NP.match(text, pos, end)
    if not m:
        return None
    start = m.start(1) if m.group(1) else m.start(2)
    stop = m.end(2)
    while stop > start and text[stop - 1] in ".,;:":
        stop -= 1
    return (start, stop) if stop > start else None


def skip_adverbials(text: str, pos: int, end: int) -> int:
    """Move past adverbials after a cue: "in a statement on Tuesday", "to reporters"."""
    while pos < end:
        m = cues.ADVERBIAL.match(text, pos, end)
        if not m or m.end() == pos:
            break
        pos = m.end()
    return pos


def said_start(text: str, cue_end: int, end: int, cue: str) -> int:
    """Where what was said starts after a cue: past its object, adverbials and "that"."""
    pos = cue_end
    if cue.lower() in cues.TELL_VERBS:
        window = text[pos:end][:80]
        that = TELL_THAT.match(window)
        if that and "," not in that.group()[:-4]:
            return _past_space(text, pos + that.end(), end)
        timed = TELL_TIMED.match(window)
        if timed:
            # "telling representatives of 19 textile associations last Saturday the
            # government could not ...": the addressee ends at a time adverbial
            return _past_space(text, pos + timed.end(), end)
        obj = TELL_AUDIENCE.match(window) or TELL_OBJECT.match(window)
        if obj:
            # (without the spaces after a name: an adverbial may follow it, "told Reuters in
            # an interview the committee had agreed")
            pos += len(obj.group().rstrip())
            if (apposed := APPOSED_THAT.match(text, pos, end)) is not None:
                return _past_space(text, apposed.end(), end)
    pos = skip_adverbials(text, pos, end)
    after = _that_end(text, pos, end)
    if after == pos:
        # Nothing taken: a second round would try the same adverbial and "that" again.
        return _past_space(text, pos, end)
    pos = after
    if text[pos - 1].isspace():
        # ADVERBIAL opens with (?<!\s) (isspace is exactly \s): none starts here; and
        # THAT takes nothing unless it can open with ",", ":" or "that" (the spaces before
        # are taken, its last \s* being greedy).
        if pos < end and text[pos] in ",:t":
            pos = _that_end(text, pos, end)
    else:
        pos = _that_end(text, skip_adverbials(text, pos, end), end)
    return _past_space(text, pos, end)


def _that_end(text: str, pos: int, end: int) -> int:
    """Past "that", a colon or a comma and the spaces around them (maybe nothing)."""
    m = cues.THAT.match(text, pos, end)
    return m.end() if m else pos


def _past_space(text: str, pos: int, end: int) -> int:
    while pos < end and text[pos].isspace():
        pos += 1
    return pos


def trim(text: str, start: int, end: int) -> Span:
    """Trim white space and trailing punctuation that belongs to the sentence."""
    while start < end and text[start] in " \t\n,;:—–-":
        start += 1
    while end > start and text[end - 1] in " \t\n,;:.—–-":
        end -= 1
    return (start, end)


def words(text: str, start: int, end: int) -> int:
    """Count the words in a range (a range past 2 * WINDOW characters counts its first part).

    Every caller compares the count with a small number, so the cap changes no decision
    and keeps extraction linear in the length of a sentence.
    """
    return len(WORD.findall(text, start, min(end, start + 2 * WINDOW)))


# At least n words: n runs of word characters from the start (possessive: linear time).
_AT_LEAST = {n: re.compile(rf"\W*+(?:\w++\W*+){{{n}}}") for n in (1, 2, 3, 5, 7, 9, 13, 31, 41)}


def at_least(text: str, start: int, end: int, n: int) -> bool:
    """Whether `words(text, start, end) >= n`, without counting them all (n in _AT_LEAST)."""
    return _AT_LEAST[n].match(text, start, min(end, start + 2 * WINDOW)) is not None


def dateline_end(text: str, start: int, end: int) -> int:
    """Skip a dateline ("ISLAMABAD (Reuters) - ") at the start of a paragraph."""
    if start + 1 >= end or not "A" <= text[start] <= "Z":
        return start
    if text[start + 1] not in DATELINE_NEXT:
        if "(" not in text[start : start + 40]:
            return start  # neither dateline can start here (most paragraphs: "The ...")
        m = TITLE_DATELINE.match(text, start, end)
        return m.end() if m else start
    m = DATELINE.match(text, start, end)
    return m.end() if m else start


DATELINE_NEXT = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZ .,'’-")  # DATELINE's second character


# A name with its title run, up to seven capitalised words and the small words between them
# ("British Foreign Secretary Sir Geoffrey Howe", "EC Industrial Policy Director Heinrich von
# Moltke", "Chancellor of the Exchequer Nigel Lawson"): cut shorter, it ends in a title.
LEADING_NP = re.compile(
    r"(?:He|She|They|It|We|I)\b|(?:[A-Z][\w.'’-]*\s+"
    r"(?:(?:of|the|for|von|van|de|da|del|al|bin|ibn|la|le)\s+){0,2}){0,6}[A-Z][\w'’-]*"
)
SUBJECT_PRONOUNS = frozenset("He She They We I".split())
# A title in lower case and a name after a body's name ("ADB president Babacar N'Diaye")
TITLE_NAME_AFTER = re.compile(r" ([a-z]+) (?:[A-Z][\w.'’-]*\s+){0,3}[A-Z][\w'’-]*")
NOT_NAME_START = re.compile(rf"(?:{cues.NOT_NAMES_TRIE})\b")


# An opening phrase of a capitalised word and words in lower case or figures up to a comma
# ("Hours later,", "Back in 1999,", "To wit,"): the sentence's first word, not its subject.
OPENING_PHRASE = re.compile(r"[A-Z][a-z]*(?:\s+(?!(?:himself|herself|themselves)\b)"
                            r"[a-z0-9][\w'’-]*){1,5},\s+")
# A part that ends with a place after a preposition ("At a rally in Beaumont", "Speaking in
# Salem"): a capitalised run and a comma after it is the place's state or country ("Tex.,",
# "New Hampshire,"), not the subject.
PLACE_END = re.compile(r"\b(?:[Ii]n|[Aa]t|[Ff]rom|[Nn]ear|[Oo]utside)\s+(?:[A-Z][\w.'’-]*\s*)+,"
                       r"\s*\Z")
# A part after a comma that opens with a word in lower case: a verb ends the look for the
# subject ("stood beside ..."); these words and participles do not ("on Sunday", "making
# it clear ...").
PREDICATE_START = re.compile(r"([a-z]+)\b")
PASSED_OVER = frozenset("""on in at after before during last this that the a an for with from
    by since until according like as unlike despite amid following who which whose however
    meanwhile too also though then now again instead later earlier still yet in turn""".split())
CONJUNCTIONS = frozenset("But And Or So Yet Then Still Meanwhile However".split())
PLACE_NEXT = re.compile(r"[\w.]*,")  # what is left of a place's name up to its comma


# The head of what a possessive owns, within three words after it ("Russia's government",
# "Clinton's right-hand woman", "Margaret Thatcher's former press secretary"): the last such
# word there. (Not a medium's words: "Comey's news conference" is no speaker.)
OWNED_HEADS = frozenset(
    """government ministry office department army military embassy council committee agency
    commission party campaign administration police court parliament cabinet authorities
    company group union bureau spokesman spokeswoman spokesperson official officials diplomat
    diplomats minister president secretary director chairman chairwoman chief leader lawyer
    lawyers aide aides adviser advisers advisor advisors staff team board camp allies
    supporters man woman wife husband son daughter father mother brother sister family""".split())
POSSESSED = re.compile(r"(?:[ \t]+[\w-]+){1,3}")


def _possessed_head(text: str, pos: int, stop: int) -> int | None:
    """Where the head of the noun phrase a possessive ending at `pos` owns ends (the last
    word of OWNED_HEADS within its first three words), or None."""
    m = POSSESSED.match(text, pos, stop)
    if m is None:
        return None
    end = None
    at = pos
    for word in m.group().split():
        at = text.index(word, at) + len(word)
        if word.lower() in OWNED_HEADS:
            end = at
    return end


def clause_subject(text: str, start: int, stop: int) -> Span | None:
    """The subject of a clause, past an opening phrase ("During the speech, Trump ...",
    "Hours later, Trump ...")."""
    before = -1  # where the part before the last comma passed starts
    for _ in range(4):
        if before >= 0 and (word := PREDICATE_START.match(text, start, stop)) is not None \
                and word.group(1) not in PASSED_OVER and not word.group(1).endswith("ing"):
            return None  # "..., stood beside Meles's successor, Prime Minister ...": the
            # subject came before its verb (a participle or a preposition may come between)
        lead = LEADING_NP.match(text, start, stop)
        if lead is not None and " " in lead.group() and \
                lead.group().split()[0] in CONJUNCTIONS:
            lead = LEADING_NP.match(text, text.index(" ", lead.start()) + 1, stop)  # "But Obama"
        if lead is not None and before >= 0 and PLACE_NEXT.match(text, lead.end()) and \
                PLACE_END.search(text, before, start) is not None:
            lead = None  # "At a rally in Beaumont, Tex., Mr. Trump": the town's state
        if lead and " " not in lead.group() and (
                opening := OPENING_PHRASE.match(text, start, stop)) is not None and (
                after := LEADING_NP.match(text, opening.end(), stop)) is not None:
            lead = after  # (else the first word is the subject: "Lee took action, saying")
        first = lead.group().split()[0] if lead else ""
        if lead and (first in SUBJECT_PRONOUNS or not NOT_NAME_START.fullmatch(first)
                     and not first.endswith(("ed", "ing"))):
            if not lead.group().endswith(("'s", "’s", "s'", "s’")):
                if (titled := TITLE_NAME_AFTER.match(text, lead.end(), stop)) is not None and \
                        titled.group(1).lower() in cues.TITLES:
                    return (lead.start(), titled.end())  # "ADB president Babacar N'Diaye"
                return (lead.start(), lead.end())  # a name, or "He" ("He left and said ...")
            # A possessive is no subject by itself: its head is ("Russia's government",
            # "Clinton's right-hand woman"), else the subject is further on ("France’s
            # far-right party leader, Marine Le Pen, ...").
            owned = _possessed_head(text, lead.end(), stop)
            if owned is not None:
                return (lead.start(), owned)
        comma = text.find(",", start, stop)
        if comma < 0:
            return None
        before, start = start, comma + 1
        while start < stop and text[start] == " ":
            start += 1
    return None
