"""Which indicators a text names anywhere, and the period kinds each indicator's cues allow:
what a number named only by reference ("con số này", a list item) can be."""

from __future__ import annotations

from functools import cache

from etl.cues import COUNTED, compile_cues, counted_nouns
from etl.gates import lowered, passes


def name_indicators(text: str, unit: str, after: str = "") -> set[str]:
    """Indicators whose name appears anywhere in a text, among those a quantity unit can fill
    (and, for a count, whose noun is the one after the number)."""
    found = set()
    low = lowered(text)
    for cue in compile_cues():
        if cue.name is None or unit not in cue.units or not passes(cue.name_gate, low):
            continue
        m = cue.name.search(text)
        if m is None or len(m.group(0)) < 8:  # "của" alone names nothing
            continue
        if cue.exclude and cue.exclude.search(text):
            continue
        if cue.context is not None and not cue.context.search(text):
            continue
        counts = counted_nouns().get(cue.indicator)
        if counts is not None and COUNTED.match(after) and not counts.match(after):
            continue
        found.add(cue.indicator)
    return found


@cache
def cue_periods() -> dict[str, tuple[str, ...]]:
    """The period kinds an indicator's cues allow, for those whose every cue names some."""
    kinds: dict[str, set] = {}
    for cue in compile_cues():
        kinds.setdefault(cue.indicator, set()).add(tuple(cue.periods) if cue.periods else None)
    return {i: tuple(k for ks in v for k in ks) for i, v in kinds.items() if None not in v}
