"""Names: how a person's name or a phrase is normalised before it is looked up.

Input: a name as written ("Gerhard Stoltenberg", "MOHAMMED_ALI_ABA_AL-KHAIL_", "Dr. F. Mbeki").
Output: a tuple of comparable tokens (accents stripped, casefolded, hyphens and underscores
split, initials without their dots, titles and suffixes dropped), and helpers that read the
surname and the given names off it. Pure functions, used both by rebuild and at look-up.
"""

from __future__ import annotations

import functools
import re
import unicodedata

# Words before a name that are not part of it ("Mr. Shultz", "Sheikh Ali Khalifa").
HONORIFICS = frozenset(
    "mr mrs ms miss dr sir dame lord lady sheikh shaikh prince princess king queen emir "
    "general gen col colonel maj major adm admiral capt captain president premier "
    "chancellor minister secretary senator sen rep ambassador judge justice rev father "
    "ayatollah hojatoleslam mullah imam monsignor cardinal pope haji professor prof".split()
)
# Titles of rank that are part of how a person is named ("Sir Geoffrey Howe", "Sheikh Ahmed
# Zaki Yamani", "Lord Carrington"), and courtesy titles ("Mr.", "Dr."), neither name nor role.
# Either before a word says that a person's name follows ("Mr. Jordan" is no state).
RANKS = frozenset("sir dame lord lady sheikh shaikh sheik".split())
COURTESY = frozenset("mr mrs ms miss dr prof".split())
# Titles a monarch or pope is named by before a regnal or given name ("King Hussein", "Queen
# Elizabeth", "Pope Francis"): the name after one is no commoner's surname.
REGNAL = frozenset("king queen prince princess emir sultan pope".split())
# Words after a name that are not part of it ("James Baker III").
SUFFIXES = frozenset("jr sr ii iii iv 3d 2d".split())

_SPLIT = re.compile(r"[\s_\-]+")
_DROP = re.compile(r"[.'’`\"(),]")


def fold(text: str) -> str:
    """Return `text` without accents, casefolded ("Schröder" -> "schroder")."""
    if text.isascii():  # nothing to strip: the common case, at a tenth of the cost
        return text.casefold()
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch)).casefold()


@functools.lru_cache(maxsize=8192)  # the names of the people a surname files, again and again
def name_tokens(name: str) -> tuple[str, ...]:
    """Split a name into comparable tokens, dropping honorifics before it and suffixes after."""
    # (the characters dropped and those split at are apart: dropping them from the whole name
    # before splitting gives the parts that dropping them from each part gives)
    low = name.casefold() if name.isascii() else ""  # (fold() of an ASCII name)
    if low.replace(" ", "").isalpha():  # letters and spaces (most names): nothing is dropped
        tokens = low.split()
    else:
        tokens = [t for t in _SPLIT.split(_DROP.sub("", fold(name))) if t]
    while tokens and tokens[0] in HONORIFICS and len(tokens) > 1:
        tokens.pop(0)
    while tokens and tokens[-1] in SUFFIXES and len(tokens) > 1:
        tokens.pop()
    return tuple(tokens)


def surname(tokens: tuple[str, ...]) -> str:
    """Return the key a name is filed under: its last token ("" for no tokens)."""
    return tokens[-1] if tokens else ""


def surname_of(name: str) -> str:
    """`surname(name_tokens(name))`, read straight off an ASCII name whose last word (after
    its last space) is letters and no suffix, as most are: that word is its last token
    (nothing in it is dropped or split at; a space splits), and no rule drops it (honorifics
    go only while another token follows)."""
    if name.isascii():
        low = name.casefold()
        last = low[low.rfind(" ") + 1:]
        if last.isalpha() and last not in SUFFIXES:
            return last
    return surname(name_tokens(name))


def given_names(tokens: tuple[str, ...]) -> tuple[str, ...]:
    """Return the tokens before the surname, initials included."""
    return tokens[:-1]


# Familiar forms of English given names, which news uses beside the formal one ("Joe Biden",
# "Vice President Joseph R. Biden Jr."): each familiar form -> the formal names it shortens.
_FAMILIAR = {
    "joe": "joseph", "bill": "william", "will": "william", "billy": "william",
    "bob": "robert", "rob": "robert", "bobby": "robert", "jim": "james", "jimmy": "james",
    "mike": "michael", "tom": "thomas", "dick": "richard", "rick": "richard",
    "ron": "ronald", "ted": "edward theodore", "ed": "edward edwin", "chuck": "charles",
    "charlie": "charles", "dan": "daniel", "danny": "daniel", "dave": "david",
    "don": "donald", "jerry": "gerald jerome", "larry": "lawrence laurence",
    "pat": "patrick patricia", "pete": "peter", "sam": "samuel", "steve": "stephen steven",
    "tony": "anthony antonio", "nick": "nicholas", "andy": "andrew", "ben": "benjamin",
    "chris": "christopher", "fred": "frederick", "greg": "gregory", "jack": "john",
    "jeff": "jeffrey", "ken": "kenneth", "matt": "matthew", "phil": "philip phillip",
    "ray": "raymond", "tim": "timothy", "walt": "walter", "hank": "henry", "harry": "henry",
    "mitch": "mitchell", "newt": "newton", "liz": "elizabeth", "beth": "elizabeth",
    "kate": "katherine catherine", "peggy": "margaret", "maggie": "margaret",
    "sue": "susan", "al": "albert alan allen alfred", "josh": "joshua",
    "patty": "patricia", "jon": "jonathan",
}
_FORMS = {k: frozenset(v.split()) for k, v in _FAMILIAR.items()}

# Spellings of one given name in Latin letters, which news agencies and the reference write
# differently ("Muhammad Khatami", "Mohammad Khatami"; "Constantine Mitsotakis", "Konstantinos
# Mitsotakis"; "Yusuf Raza Gilani", "Yousaf Raza Gilani"): transliterations of Arabic, Persian,
# Urdu, Greek and Russian names, each family one name. A family never joins two names that
# are different names (not "Ali" and "Eli"), so a surname still never matches across a
# different first name.
_VARIANTS = (
    "muhammad mohammad mohammed mohamed mohamad muhammed mohammod",
    "ahmad ahmed", "mahmud mahmoud mahmood", "husayn hussein husain hussain hossein",
    "hasan hassan", "yusuf yousef youssef yousaf yousuf yusef yousif",
    "abdallah abdullah abdulla", "umar omar", "usama osama",
    "mustafa mostafa moustafa mustapha", "khalid khaled", "walid waleed", "hamid hamed",
    "rashid rasheed rachid", "nasir nasser nassir naser", "faisal feisal faysal",
    "ibrahim ebrahim", "ismail ismael esmail", "yasir yasser", "salih saleh",
    "salim salem saleem", "hosni husni", "karim kareem", "sulaiman suleiman sulayman",
    "musa moussa mousa", "tariq tarek tareq", "mohsen muhsin", "hashim hashem",
    "qasim qassem kassem", "nuri nouri", "jalal djalal", "abdel abdul",
    "konstantinos constantine constantinos konstantin", "georgios giorgos yorgos george",
    "sergei sergey", "dmitry dmitri dmitriy", "yuri yury yuriy",
    "aleksandr alexander aleksander alexandr", "alexei aleksei alexey aleksey",
    "andrei andrey", "nikolai nikolay", "anatoly anatoli anatoliy",
    "yevgeny evgeny yevgeni evgeni", "gennady gennadi gennadiy", "vitaly vitali vitaliy",
    "arkady arkadi arkadiy", "pyotr petr", "fyodor fedor", "grigory grigori",
    "vasily vasili vasiliy", "valery valeri valeriy", "viktor victor",
)
_FAMILY = {name: family for family in map(frozenset, map(str.split, _VARIANTS))
           for name in family}


def familiar(word: str) -> bool:
    """Whether a word is a familiar form of a given name ("Josh", "Patty")."""
    return word.casefold() in _FORMS


def same_given(a: str, b: str) -> bool:
    """Whether two folded given names can name one person: equal, or one the familiar form of
    the other ("joe" and "joseph"), or both familiar forms of one name ("bill", "will"), or
    two spellings of one name ("mohammed" and "muhammad", `_VARIANTS`)."""
    if a == b:
        return True
    fa, fb = _FORMS.get(a), _FORMS.get(b)
    return (fa is not None and b in fa) or (fb is not None and a in fb) or \
        (fa is not None and fb is not None and not fa.isdisjoint(fb)) or \
        b in _FAMILY.get(a, ())


# Each given name of _FAMILIAR (a familiar form or a formal name) or _VARIANTS -> every name
# `same_given` pairs it with, itself included; a name of neither pairs with itself alone.
_GIVEN = {*_FORMS, *(n for v in _FORMS.values() for n in v), *_FAMILY}
_PAIRS = {a: frozenset(b for b in _GIVEN if same_given(a, b)) for a in _GIVEN}


def given_forms(word: str) -> frozenset[str]:
    """Every folded given name h for which `same_given(word, h)` holds."""
    return _PAIRS.get(word) or frozenset((word,))


def names_text(names: str) -> str:
    """A person's names as written (a people.tsv line up to its roles) as the text that each
    of their `name_tokens` is a substring of: folded, without the characters that
    name_tokens drops (fold() and dropping work character by character, and a token is a
    run of what is left between the characters it splits at)."""
    return _DROP.sub("", fold(names))


def given_fit(wanted: tuple[str, ...], have: tuple[str, ...]) -> bool:
    """Whether the given names of a mention (`wanted`, folded, initials as one letter) fit a
    person's (`have`): each word is one of theirs or its familiar form, and each initial
    starts one of theirs not matched already, unless none is left ("Joseph R. Biden" fits
    "Joe Biden", a name listed without the middle one)."""
    matched = []
    for word in wanted:
        if len(word) < 2:
            continue  # an initial: below
        for h in have:  # the first of theirs that it may be
            if word == h or same_given(word, h):
                matched.append(h)
                break
        else:
            return False
    left = [h for h in have if h not in matched]
    return not left or all(any(h.startswith(i) for h in left) for i in wanted if len(i) == 1)


def display_name(phoenix_name: str) -> str:
    """Turn a Phoenix entry ("HELMUT_KOHL_") into a readable name ("Helmut Kohl")."""
    words = phoenix_name.strip("_ ").replace("_", " ").split()
    small = {"of", "the", "and", "de", "del", "da", "van", "von", "der", "al", "bin", "ibn", "la"}
    out = []
    for i, w in enumerate(words):
        lw = w.lower()
        if i and lw in small:
            out.append(lw)
        else:
            out.append("-".join(p[:1].upper() + p[1:].lower() for p in w.split("-")))
    return " ".join(out)
