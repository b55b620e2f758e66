"""Compile: curated tables + Phoenix entries -> the shipped reference (pure, no I/O).

Input: the text of data/states.tsv, data/curated.yaml (already parsed), data/voices.tsv and the
Phoenix dictionaries' entries. Output: a JSON-able dict (states, bodies, phrase tables, voice
words) for reference.json, and the lines of people.tsv. Used by rebuild.py only.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
from collections import defaultdict
from collections.abc import Iterable
from typing import Any

from briefing.knowledge.names import display_name, fold, name_tokens, surname
from briefing.knowledge.phoenix import DictionaryEntry, RawRole

Segment = tuple[str, str | None, str | None]  # code, first day, last day (ISO or None)
INSTITUTION_WORDS = frozenset(
    "ministry party council committee assembly parliament army forces police government "
    "congress senate court bank agency front movement commission office department guard "
    "service bureau league organization organisation navy politburo volkskammer diet cabinet "
    "presidency corps administration authority tribunal secretary presidium soviet "
    "stasi junta militia radio television".split()
)
# Tokens that make a synonym a title or description rather than a name.
TITLEISH = frozenset(
    "of the and former ex leader chief head state foreign prime deputy vice russian soviet "
    "american british kanzler bundeskanzler administration government regime party".split()
)
# A peer known by title and surname ("LORD_CARRINGTON_", NATO's Secretary-General): the
# surname is theirs as any surname is, whoever else bears it.
PEER = re.compile(r"(?:LORD|LADY|BARONESS)_[A-Z'’-]+_?")
PEER_TITLES = ("Lord ", "Lady ", "Baroness ")
PAREN_REMARK = re.compile(r"\s*\(.*\Z")  # a remark after a Phoenix name ("(ACTING_")
GOV_AGENTS = frozenset({"GOV", "MIL", "COP", "SPY", "JUD"})
REBEL_AGENTS = frozenset({"REB", "INS", "UAF", "RAD"})


def iso(day: dt.date | None) -> str | None:
    """Write a date as YYYY-MM-DD (None stays None)."""
    return day.isoformat() if day else None


def read_states(text: str) -> dict[str, dict[str, Any]]:
    """Parse states.tsv into {code: {kind, name, names, adjectives, capitals}}."""
    states: dict[str, dict[str, Any]] = {}
    for line in text.splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        code, kind, name, others, adjs, capitals = line.split("\t")
        split = lambda s: [p for p in s.split("|") if p]  # noqa: E731
        states[code] = {"kind": kind, "name": name, "names": split(others),
                        "adjectives": split(adjs), "capitals": split(capitals)}
    return states


def read_voices(text: str) -> dict[str, list[str]]:
    """Parse voices.tsv into {phrase: [voice with a state, voice alone, strength]}."""
    out = {}
    for line in text.splitlines():
        if line.strip() and not line.startswith("#"):
            phrase, with_state, alone, strength = line.split("\t")
            out[phrase.lower()] = [with_state, alone, strength]
    return out


def plurals(adjective: str) -> list[str]:
    """Return the plural demonym where one is regular ("Afghan" -> "Afghans")."""
    if "." in adjective or adjective.isupper() or adjective.endswith(("ese", "sh", "ch", "ss")):
        return []
    return [adjective + "s"]


def broadcasters(capital: str) -> list[str]:
    """The names wire copy gives a state's radio and television by its capital ("Ankara
    Radio", "Ankara radio", "Radio Ankara", "Ankara television")."""
    return [f"{capital} {medium}" for medium in ("radio", "Radio", "television", "Television")] \
        + [f"Radio {capital}"]


def state_code(prefix: str, mapping: dict[str, str | None], known: set[str]) -> str | None:
    """Map a Phoenix country prefix to a code of the guidelines, or None."""
    if prefix in mapping:
        return mapping[prefix]
    return prefix if prefix in known else None


def block_segments(entry: DictionaryEntry, mapping: dict[str, str | None],
                   known: set[str]) -> list[Segment]:
    """Return the (code, from, until) of a country-like block, or [] if it is not one."""
    segs: list[Segment] = []
    for role in entry.roles:
        rest = role.code[3:]
        if not role.valid:
            continue  # a misprinted date ("9008223"): the other roles still tell the story
        if len(role.code) not in (3, 6):
            return []
        if rest and rest not in ("UNR", "OCC", "AUT") and rest not in known:
            return []
        code = state_code(role.code[:3], mapping, known)
        if code is None:
            return []
        segs.append((code, iso(role.start), iso(role.end)))
    return segs


def voice_of_cameo(code: str) -> str | None:
    """Return the voice of a Phoenix agent code after its country ("GOVBUS" -> gov)."""
    agents = [code[i:i + 3] for i in range(0, len(code), 3)]
    if "LEG" in agents:
        return "leg"
    if not agents:
        return None
    if agents[0] in GOV_AGENTS:
        return "gov"
    if "OPP" in agents:
        return "opp"
    if agents[0] in REBEL_AGENTS:
        return "rebel"
    return {"BUS": "business", "MED": "media"}.get(agents[0])


def person_role(raw: RawRole, comment: str, ctx: dict[str, Any]) -> str | None:
    """Return a people.tsv role 'CAMEO:code:voice:from:until', or None to drop it."""
    if not raw.valid:
        return None
    code = raw.code.lstrip("~")
    voice: str | None
    if code.startswith("IGO"):
        if "CoEU" in comment:  # a national minister holding the EC presidency
            return None
        body = next((b for p, b in ctx["igo"] if code.startswith(p)), None)
        if body is None:
            return None
        if body in ("EC", "EU") and raw.start:
            body = "EU" if raw.start >= dt.date(1993, 11, 1) else "EC"
        actor, voice = body, "igo"
    else:
        actor = state_code(code[:3], ctx["mapping"], ctx["known"])
        if actor is None:
            return None
        voice = voice_of_cameo(code[3:])
    day = lambda d: d.strftime("%Y%m%d") if d else ""  # noqa: E731
    return f"{code}:{actor}:{voice or ''}:{day(raw.start)}:{day(raw.end)}"


def is_institution(entry: DictionaryEntry) -> bool:
    """Say whether a Countries entry names an institution or title rather than a person."""
    words = set(fold(entry.name).replace("-", "_").strip("_").split("_"))
    return bool(words & INSTITUTION_WORDS)


# A name with its abbreviation in brackets after it, as Phoenix writes its armed groups.
PAREN_ABBREVIATION = re.compile(r"(.+?)\s*\(([A-Za-z-]+)\)")


def _initials(name: str, abbreviation: str) -> bool:
    """Whether an abbreviation is made of the initials of a name's words, with or without
    its small words ("Irish Republican Army": IRA; "Islamic Army of Aden": IAA)."""
    words = name.replace("-", " ").split()
    small = {"of", "the", "and", "for", "de", "del", "la", "al"}
    wanted = abbreviation.replace("-", "").upper()
    return wanted in ("".join(w[0] for w in words).upper(),
                      "".join(w[0] for w in words if w.lower() not in small).upper())


def is_group(entry: DictionaryEntry) -> bool:
    """Say whether a MilNonState entry is an armed group rather than its leader."""
    return "kkl" in entry.comment or is_institution(entry) or len(name_tokens(entry.name)) < 2


def name_like(text: str) -> bool:
    """Say whether a synonym is a name ("MIKHAIL_S._GORBACHEV"), not a title or description."""
    tokens = name_tokens(text)
    return bool(tokens) and all(t.isalpha() and t not in TITLEISH for t in tokens)


def mononym_in_office(roles: list[str]) -> bool:
    """Whether a person known by one name ("SUHARTO_", "FAHD_") is kept: only with a state's
    government role dated at both ends (a head of state or minister of that term). The
    Countries file also files states and places under one word ("ARMENIA_", "KREMLIN_"),
    whose roles are no dated government office. (One word as the entry writes it: a title
    before a surname, "PRINCE_JOHNSON_" or "MR._TSANG_", names no one by that surname.)"""
    return any(voice == "gov" and start and until
               for _, _, voice, start, until in (role.split(":") for role in roles))


def _shared_words(people: dict[tuple[str, ...], dict[str, Any]]) -> set[str]:
    """Every word of the names and aliases of the people known by two names or more: a
    one-word name among them ("HUSSEIN_", "KHALID_", "STEPHENSON_") is some other person's
    given name or surname too, and is not kept as anyone's alone."""
    words: set[str] = set()
    for key, person in people.items():
        if len(key) > 1:
            words.update(key)
            for alias in person["aliases"]:
                words.update(name_tokens(alias))
    return words


HOLDER_DATE = re.compile(r"(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?\Z")


def holder_day(text: str, last: bool) -> str:
    """An office_holders.tsv date (YYYY, YYYY-MM or YYYY-MM-DD; empty for none) as a
    people.tsv one ("%Y%m%d", ""): a year or month stands for its first day, or its last
    when it ends a role."""
    if not text:
        return ""
    m = HOLDER_DATE.match(text)
    if m is None:
        raise ValueError(f"bad date {text!r} (YYYY, YYYY-MM or YYYY-MM-DD)")
    year, month, day = int(m.group(1)), m.group(2), m.group(3)
    if month is None:
        return f"{year}1231" if last else f"{year}0101"
    if day is None:
        end = (dt.date(year + (month == "12"), int(month) % 12 + 1, 1) - dt.timedelta(days=1))
        return end.strftime("%Y%m%d") if last else f"{year}{month}01"
    return dt.date(year, int(month), int(day)).strftime("%Y%m%d")


def read_office_holders(text: str, known: set[str]) -> list[tuple[str, list[str], str]]:
    """Parse office_holders.tsv into (name, aliases, people.tsv role) triples; the role's
    CAMEO field is "CUR" (curated). A code that is no known state or body is an error."""
    out = []
    for number, line in enumerate(text.splitlines(), 1):
        if not line.strip() or line.startswith("#"):
            continue
        fields = line.split("\t")
        if len(fields) != 7:
            raise ValueError(f"office_holders.tsv:{number}: 7 fields expected, "
                             f"{len(fields)} found")
        code, name, aliases, voice, _office, start, end = fields
        if code not in known or voice not in ("gov", "igo", "leg", "opp"):
            raise ValueError(f"office_holders.tsv:{number}: unknown code {code!r} "
                             f"or voice {voice!r}")
        role = f"CUR:{code}:{voice}:{holder_day(start, False)}:{holder_day(end, True)}"
        out.append((name, [a for a in aliases.split("|") if a], role))
    return out


def _same_office(role: str, had: str) -> bool:
    """Whether a curated role is one a person has already: an office (a voice) for the same
    state or body over days that overlap by more than the day one office ends and the next
    begins (James Baker's White House role to 4 February 1985, his Treasury from then)."""
    _, code, voice, start, end = role.split(":")
    _, code2, voice2, start2, end2 = had.split(":")
    return (code == code2 or (code, code2) in SUCCESSORS) and voice2 != "" and \
        (not start or not end2 or start < end2) and (not end or not start2 or start2 < end)


# A historical state as curated and the state Phoenix files its office holders under.
SUCCESSORS = frozenset({("SUN", "RUS"), ("YUG", "SRB"), ("CSK", "CZE")})


def _same_person(tokens: tuple[str, ...], role: str, keys: list[tuple[str, ...]],
                 people: dict[tuple[str, ...], dict[str, Any]]) -> tuple[str, ...] | None:
    """The one person of the Phoenix files a curated office holder is: of the same surname,
    with all the holder's given names among their name's words and a role for the same
    state or body; else None (none, or more than one)."""
    code = role.split(":")[1]
    found = [key for key in keys if set(tokens[:-1]) <= set(key)
             and any(r.split(":")[1] == code for r in people[key]["roles"])]
    return found[0] if len(found) == 1 else None


def people_lines(files: Iterable[tuple[str, list[DictionaryEntry]]],
                 ctx: dict[str, Any],
                 holders: Iterable[tuple[str, list[str], str]] = ()) -> list[str]:
    """Merge the people of the Phoenix files, then the curated office holders (`holders`:
    `read_office_holders`), into sorted people.tsv lines."""
    people: dict[tuple[str, ...], dict[str, Any]] = {}
    by_first_last: dict[tuple[str, str], list[tuple[str, ...]]] = defaultdict(list)
    for source, entries in files:
        for entry in entries:
            if "(" in entry.name:  # "NIKOLAY_TODOROV (ACTING_": the name before the remark
                entry = dataclasses.replace(entry, name=PAREN_REMARK.sub("_", entry.name))
            tokens = name_tokens(entry.name)
            roles = [r for r in (person_role(x, entry.comment, ctx) for x in entry.roles) if r]
            if not roles or not name_like(entry.name) or \
                    len(tokens) < 2 and not ("_" not in entry.name.strip("_") and
                                             mononym_in_office(roles) or
                                             PEER.fullmatch(entry.name.strip()) is not None):
                continue
            if is_institution(entry) or (source == "MilNonState" and is_group(entry)):
                continue
            key = tokens
            fl = (tokens[0], tokens[-1])
            if key not in people and source != "Countries" and len(by_first_last[fl]) == 1:
                key = by_first_last[fl][0]  # an IGO role of a national figure
            if key not in people:
                people[key] = {"name": display_name(entry.name), "aliases": [], "roles": []}
                by_first_last[fl].append(key)
            person = people[key]
            for syn in entry.synonyms:
                shown = display_name(syn)
                if name_like(syn) and shown not in person["aliases"] and shown != person["name"]:
                    person["aliases"].append(shown)
            person["roles"].extend(r for r in roles if r not in person["roles"])
    by_surname: dict[str, list[tuple[str, ...]]] = defaultdict(list)
    for key in people:
        by_surname[key[-1]].append(key)
    for name, aliases, role in holders:
        tokens = name_tokens(name)
        key = tokens
        if key not in people and len(by_first_last[(tokens[0], tokens[-1])]) == 1:
            key = by_first_last[(tokens[0], tokens[-1])][0]  # Phoenix's, by another spelling
        if key not in people and (same := _same_person(tokens, role, by_surname[tokens[-1]],
                                                       people)) is not None:
            key = same  # Phoenix's, with titles in the name ("Hojatolislam Sayyed Ali Khamenei")
        if key not in people:
            people[key] = {"name": name, "aliases": [], "roles": []}
            by_first_last[(tokens[0], tokens[-1])].append(key)
        person = people[key]
        for alias in aliases:
            if alias not in person["aliases"] and alias != person["name"]:
                person["aliases"].append(alias)
        if not any(_same_office(role, had) for had in person["roles"]
                   if not had.startswith("CUR:")):
            person["roles"].append(role)  # (what Phoenix has already is kept as it is)
    shared = _shared_words(people)
    lines = []
    for key, p in sorted(people.items()):
        if len(key) == 1 and key[0] in shared and not p["name"].startswith(PEER_TITLES):
            continue
        keys = sorted({surname(key)} | {surname(name_tokens(a)) for a in p["aliases"]})
        lines.append("\t".join([" ".join(keys), p["name"], "|".join(p["aliases"]),
                                ";".join(p["roles"])]))
    return lines


def _timeline(code: str, state: dict[str, Any], curated: dict[str, Any],
              phoenix: dict[str, list[Segment]]) -> list[Segment]:
    """Return the segments a state's own names stand for, oldest first."""
    hist = curated["historical"].get(code)
    if hist:
        return [(code, iso(hist.get("from")), iso(hist.get("until")))]
    before = [(c, iso(a), iso(b)) for c, a, b in curated["timelines"].get(code, [])]
    if not before:
        before = [s for s in phoenix.get(code, []) if s[0] != code]
    last = max((s[2] for s in before if s[2]), default=None)
    start = iso(dt.date.fromisoformat(last) + dt.timedelta(days=1)) if last else None
    return sorted(before, key=lambda s: s[1] or "") + [(code, start, None)]


def compile_reference(states_text: str, curated: dict[str, Any], voices_text: str,
                      countries: list[DictionaryEntry], milnonstate: list[DictionaryEntry],
                      agents: list[tuple[str, str]]) -> dict[str, Any]:
    """Build the reference.json dict: states, bodies, phrase tables and voice words."""
    states = read_states(states_text)
    mapping: dict[str, str | None] = curated["phoenix_codes"]
    known = set(states)
    ambiguous = {fold(a) for a in curated["ambiguous"]}
    exact: dict[str, list[list[Any]]] = defaultdict(list)
    folded: dict[str, list[list[Any]]] = defaultdict(list)

    def add(table: dict[str, list[list[Any]]], phrase: str, segs: Iterable[Segment],
            via: str, voice: str | None) -> None:
        phrase = phrase[4:] if phrase.lower().startswith("the ") else phrase
        for code, a, b in segs:
            row = [code, a, b, via, voice]
            if row not in table[phrase]:
                table[phrase].append(row)

    # Phoenix country blocks: timelines of states, and synonyms (cities, provinces, old names).
    timelines: dict[str, list[Segment]] = {}
    syn_codes: dict[str, set[str]] = defaultdict(set)
    blocks = []
    for entry in countries:
        segs = block_segments(entry, mapping, known) if entry.roles else []
        if not segs:
            continue
        own = segs[-1][0] if not any(s[2] is None and s[1] is None for s in segs) else segs[0][0]
        own = next((s[0] for s in segs if s[2] is None), own)
        names = {fold(n) for n in [states.get(own, {}).get("name", "")] +
                 states.get(own, {}).get("names", [])}
        if own not in timelines and fold(display_name(entry.name)) in names:
            timelines[own] = segs
        blocks.append((entry, segs))
        for syn in (entry.name, *entry.synonyms):
            syn_codes[fold(display_name(syn))].add(own)
    for entry, segs in blocks:
        for syn in (entry.name, *entry.synonyms):
            key = fold(display_name(syn))
            if len(key) < 3 or any(ch.isdigit() for ch in key) or key in ambiguous:
                continue
            if len(syn_codes[key]) == 1:
                add(folded, key, segs, "phoenix", None)

    out_states = {}
    for code, st in states.items():
        segs = _timeline(code, st, curated, timelines)
        hist = curated["historical"].get(code, {})
        out_states[code] = [st["name"], st["kind"], (st["capitals"] or [""])[0],
                            iso(hist.get("from")), iso(hist.get("until")),
                            hist.get("successors", [])]
        for phrase in [st["name"], *st["names"]]:
            add(exact, phrase, segs, "name", None)
        for adj in st["adjectives"]:
            for form in [adj, *plurals(adj)]:
                add(exact, form, segs, "adjective", None)
        for cap in st["capitals"]:
            if fold(cap) not in ambiguous:
                add(exact, cap, segs, "capital", None)
    for phrase, segs in curated["dated"].items():
        exact.pop(phrase, None)
        add(exact, phrase, [(c, iso(a), iso(b)) for c, a, b in segs], "dated", None)
        for row in exact[phrase]:
            row[4] = ("igo" if row[0] in curated["bodies"]
                      else "gov" if "Kremlin" in phrase else None)
    for section, via in (("seats", "seat"), ("central_banks", "central_bank"),
                         ("state_media", "state_media"), ("institutions", "institution")):
        for key, phrases in curated.get(section, {}).items():
            code, _, voice = key.partition("/")
            for phrase in phrases:
                if phrase not in curated["dated"]:
                    add(exact, phrase, [(code, None, None)], via, voice or "gov")
                else:  # a medium of one state, then of its successor ("Tass": SUN, RUS)
                    exact.pop(phrase, None)
                    segs = [(c, iso(a), iso(b)) for c, a, b in curated["dated"][phrase]]
                    add(exact, phrase, segs, via, voice or "gov")
    # A capital's radio and television ("Ankara Radio", "Radio Kabul", "Athens television"):
    # the state's broadcaster, as wire copy names it; the curated names above stand first.
    for code, st in states.items():
        segs = _timeline(code, st, curated, timelines)
        for cap in st["capitals"]:
            if fold(cap) in ambiguous:
                continue
            for phrase in broadcasters(cap):
                if phrase not in exact:
                    add(exact, phrase, segs, "broadcaster", "gov")
    for phrase in curated["media"]:
        add(exact, phrase, [("", None, None)], "media", "media")
    bodies = {}
    for code, body in curated["bodies"].items():
        bodies[code] = [next((n for n in body["names"] if " " in n), body["names"][0]),
                        body.get("parent"), iso(body.get("from")), iso(body.get("until"))]
        for phrase in body["names"]:
            if phrase not in curated["dated"]:
                add(exact, phrase, [(code, iso(body.get("from")), iso(body.get("until")))],
                    "body", "igo")
    for entry in countries:  # institutions: "Volkskammer", "Stasi" (a state's, in a voice)
        code = entry.roles[0].code if entry.roles else ""
        actor = state_code(code[:3], mapping, known)
        if actor and is_institution(entry) and len(entry.roles) == 1 and code[3:]:
            for syn in (entry.name, *entry.synonyms):
                key = fold(display_name(syn))
                if len(key) > 3 and key not in ambiguous and len(syn_codes[key]) == 0:
                    add(folded, key, [(actor, iso(entry.roles[0].start), iso(entry.roles[0].end))],
                        "institution", voice_of_cameo(code[3:]))
    for entry in milnonstate:
        if entry.roles and is_group(entry):
            country = state_code(entry.roles[0].code[:3], mapping, known) or ""
            for syn in (entry.name, *entry.synonyms):
                name = display_name(syn)
                # "IRISH_REPUBLICAN_ARMY_(IRA)_": the name, and its abbreviation apart
                named = PAREN_ABBREVIATION.fullmatch(name)
                forms: tuple[str, ...] = (name,)
                if named is not None:  # (the bracket may be a translation: "Dzhennet (Paradise)")
                    forms = (named.group(1), named.group(2).upper()) if _initials(
                        named.group(1), named.group(2)) else (named.group(1),)
                for form in forms:
                    key = fold(form)
                    if len(key) > 3 and key.removeprefix("the ") not in ambiguous:
                        add(folded, key, [(country, None, None)], "armed_group", "rebel")
    for phrase, rows in list(exact.items()):  # for text in capitals: "SRI LANKAN", "COLOMBO"
        if not (phrase.isupper() and len(phrase) <= 5):
            for row in rows:
                if row not in folded[fold(phrase)]:
                    folded[fold(phrase)].append(row)
    voices: dict[str, list[str]] = {}
    table = {"GOV": "gov", "MIL": "gov", "COP": "gov", "SPY": "gov", "JUD": "gov",
             "LEG": "leg", "OPP": "opp", "REB": "rebel", "BUS": "business", "MED": "media"}
    for words, code in agents:
        voice = table.get(code[:3])
        if voice and len(words) > 2:
            strong = "strong" if voice in ("leg", "opp", "rebel", "business", "media") else "weak"
            voices[words] = [voice, voice if voice != "gov" else "gov", strong]
    voices.update(read_voices(voices_text))
    return {"states": out_states, "bodies": bodies, "exact": dict(sorted(exact.items())),
            "folded": dict(sorted(folded.items())), "voices": dict(sorted(voices.items()))}
