"""Word gates for regexes: the words a pattern cannot match without, checked before running it.

A gate is a tuple of word sets; a text passes when, lowercased, it holds a word of every set.
The words come from the pattern itself (its look-arounds too), so a gate never rules out a text
the pattern matches.
"""

from __future__ import annotations

import re
from functools import lru_cache
from re import _constants as sre
from re import _parser

Gate = tuple[frozenset[str], ...]

# Letters a plain lower() does not fold the way an IGNORECASE match does: "İ" lowers to two
# characters, and "ı", "ſ" match "i", "s". A text holding one is never gated.
UNFOLDED = ("İ", "ı", "ſ")
# Pattern letters whose IGNORECASE match takes in other letters ("ṡ" and "ẛ", Greek, Cyrillic):
# a gate word holds only Latin and Vietnamese letters, besides characters without case.
FOLDING = frozenset("İıſṡṠẛµ")


def is_plain(ch: str) -> bool:
    """Whether a pattern character matches only what lowers to its own lower case."""
    if ch in FOLDING:
        return False
    return ch < "\u0250" or "\u1e00" <= ch < "\u1f00" or ch.lower() == ch == ch.upper()


REPEATS = (sre.MAX_REPEAT, sre.MIN_REPEAT, sre.POSSESSIVE_REPEAT)


def pick_best(sets: list[frozenset[str]]) -> frozenset[str] | None:
    """The most selective of several word sets: the longest shortest word, then the fewest."""
    if not sets:
        return None
    return max(sets, key=lambda s: (min(map(len, s)), -len(s)))


def collect_words(items, fold: bool = True) -> list[frozenset[str]]:
    """The word sets every match of a parsed sequence holds a word of (all of them), lowercased
    unless `fold` is False (a pattern that matches case exactly)."""
    found: list[frozenset[str]] = []
    run = ""
    for op, av in items:
        if op is sre.LITERAL and not fold:
            run += chr(av)
            continue
        if op is sre.LITERAL and is_plain(chr(av)):
            run += chr(av).lower()
            continue
        if run:
            found.append(frozenset([run]))
            run = ""
        if op is sre.SUBPATTERN:
            found += collect_words(av[3], fold)
        elif op is sre.ATOMIC_GROUP:
            found += collect_words(av, fold)
        elif op is sre.ASSERT:  # what a look-ahead or look-behind reads is in the text too
            found += collect_words(av[1], fold)
        elif op in REPEATS and av[0] >= 1:
            found += collect_words(av[2], fold)
        elif op is sre.BRANCH:
            alternatives = [pick_best(collect_words(a, fold)) for a in av[1]]
            if all(alternatives):
                found.append(frozenset().union(*alternatives))
    if run:
        found.append(frozenset([run]))
    return found


def make_gate(pattern: re.Pattern, exact: bool = False) -> Gate:
    """The gate of a compiled pattern (empty when no word is certain); with `exact`, of a
    pattern that matches case exactly, its words as written, for the text as it is."""
    try:
        return tuple(collect_words(_parser.parse(pattern.pattern, pattern.flags), not exact))
    except Exception:  # noqa: BLE001 - a pattern the parser cannot read is simply not gated
        return ()


def lower_for_gates(text: str) -> str | None:
    """The text as gates read it; None when a letter's case folding makes gating unsafe."""
    if UNFOLDED[0] in text or UNFOLDED[1] in text or UNFOLDED[2] in text:
        return None
    return text.lower()


@lru_cache(maxsize=256)
def lowered(text: str) -> str | None:
    """lower_for_gates for a text read again and again (a sentence's context, number by number)."""
    return lower_for_gates(text)


def passes(gate: Gate, low: str | None) -> bool:
    """Whether a text (from lower_for_gates) may match the gated pattern."""
    if low is None:
        return True
    for words in gate:
        for word in words:
            if word in low:
                break
        else:
            return False
    return True


# One per pattern the code names, keyed by id: a Pattern's own hash reads its whole compiled
# code on every lookup (up to a microsecond, for hundreds of thousands of searches a run). KEPT
# holds each pattern, so no id of it is ever reused by another object.
GATES: dict[int, tuple[Gate, bool, re.Pattern]] = {}
KEPT: list[re.Pattern] = []
INLINE_IGNORECASE = re.compile(r"\(\?[a-zA-Z-]*i")


def gate_of(pattern: re.Pattern) -> tuple[Gate, bool, re.Pattern]:
    """The gate of a pattern, made once; whether it reads the text as it is (a pattern without
    IGNORECASE: "Hà Nội" needs "Nội", not "nội"); and the pattern quickened (see quicken)."""
    found = GATES.get(id(pattern))
    if found is None:
        exact = not pattern.flags & re.I and not INLINE_IGNORECASE.search(pattern.pattern)
        KEPT.append(pattern)
        found = GATES[id(pattern)] = (make_gate(pattern, exact), exact, quicken(pattern))
    return found


def may_match(pattern: re.Pattern, text: str) -> bool:
    """Whether the text holds every word the pattern needs."""
    gate, exact, _ = GATES.get(id(pattern)) or gate_of(pattern)
    return not gate or passes(gate, text if exact else lowered(text))


def judge(pattern: re.Pattern, text: str) -> re.Pattern | None:
    """The pattern quickened when the text passes its gate, None when it cannot match there."""
    gate, exact, quick = GATES.get(id(pattern)) or gate_of(pattern)
    return quick if not gate or passes(gate, text if exact else lowered(text)) else None


@lru_cache(maxsize=4096)
def verdicts(text: str) -> dict[int, re.Pattern | None]:
    """judge's verdicts on one text, by pattern id: the same sentence or clause is searched with
    the same pattern once per number in it (a gate reads the whole text, whatever the span)."""
    return {}


UNSEEN = object()

# search, finditer and findall repeat their first lines: they run thousands of times a report.


def search(pattern: re.Pattern, text: str, *span: int) -> re.Match | None:
    """pattern.search(text, *span), skipped when the text lacks a word the pattern needs."""
    seen = verdicts(text)
    quick = seen.get(id(pattern), UNSEEN)
    if quick is UNSEEN:
        quick = seen[id(pattern)] = judge(pattern, text)
    return quick.search(text, *span) if quick is not None else None


def finditer(pattern: re.Pattern, text: str, *span: int) -> list[re.Match]:
    """The matches of pattern.finditer(text, *span), none when the text lacks a word it needs."""
    seen = verdicts(text)
    quick = seen.get(id(pattern), UNSEEN)
    if quick is UNSEEN:
        quick = seen[id(pattern)] = judge(pattern, text)
    return list(quick.finditer(text, *span)) if quick is not None else []


def findall(pattern: re.Pattern, text: str) -> list:
    """pattern.findall(text), empty when the text lacks a word the pattern needs."""
    seen = verdicts(text)
    quick = seen.get(id(pattern), UNSEEN)
    if quick is UNSEEN:
        quick = seen[id(pattern)] = judge(pattern, text)
    return quick.findall(text) if quick is not None else []


# Character classes for the categories a first character can be in.
CATEGORY_CLASS = {
    sre.CATEGORY_DIGIT: r"\d",
    sre.CATEGORY_NOT_DIGIT: r"\D",
    sre.CATEGORY_SPACE: r"\s",
    sre.CATEGORY_NOT_SPACE: r"\S",
    sre.CATEGORY_WORD: r"\w",
    sre.CATEGORY_NOT_WORD: r"\W",
}
ZERO_WIDTH = (sre.ASSERT, sre.ASSERT_NOT, sre.AT)


def class_items(items) -> list[str] | None:
    r"""A parsed character class as class items ("a-z", r"\d"); None when it cannot be written."""
    out = []
    for op, av in items:
        if op is sre.LITERAL:
            out.append(re.escape(chr(av)))
        elif op is sre.RANGE:
            out.append(re.escape(chr(av[0])) + "-" + re.escape(chr(av[1])))
        elif op is sre.CATEGORY and av in CATEGORY_CLASS:
            out.append(CATEGORY_CLASS[av])
        else:
            return None  # a negated class or an unusual category
    return out


def first_chars(items) -> tuple[list[str] | None, bool]:
    """The class items a match of a parsed sequence can start with (None: any character), and
    whether the sequence can match the empty string."""
    found: list[str] = []
    for op, av in items:
        if op in ZERO_WIDTH:
            continue
        if op is sre.LITERAL:
            return found + [re.escape(chr(av))], False
        if op is sre.IN:
            parts = class_items(av)
            return (found + parts if parts is not None else None), False
        if op is sre.BRANCH:
            subs = [first_chars(a) for a in av[1]]
            nullable = any(n for _, n in subs)
        elif op is sre.SUBPATTERN:
            subs = [first_chars(av[3])]
            nullable = subs[0][1]
        elif op in REPEATS:
            subs = [first_chars(av[2])]
            nullable = subs[0][1] or av[0] == 0
        else:
            return None, False
        if any(chars is None for chars, _ in subs):
            return None, False
        for chars, _ in subs:
            found += chars
        if not nullable:
            return found, False
    return found, True


def quicken(pattern: re.Pattern) -> re.Pattern:
    """The same pattern behind a look-ahead for the characters a match can start with: the
    regex engine then passes over other positions at once instead of trying the pattern there
    (same matches, same groups). The pattern itself when that cannot be worked out."""
    try:
        parsed = _parser.parse(pattern.pattern, pattern.flags)
        if not parsed or parsed[0][0] in (sre.LITERAL, sre.IN, sre.ASSERT):
            return pattern  # the engine tests a first letter or class cheaply already
        chars, nullable = first_chars(parsed)
        if chars is None or nullable or not chars:
            return pattern
        tail = "\n" if pattern.flags & re.VERBOSE else ""  # a trailing comment ends there
        return re.compile(f"(?=[{''.join(chars)}])(?:{pattern.pattern}{tail})", pattern.flags)
    except Exception:  # noqa: BLE001 - a pattern the parser cannot read stays as it is
        return pattern
