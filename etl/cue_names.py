"""Which indicators a text names anywhere, and the period kinds each indicator's cues allow:
what a number named only by reference ("con số này", a list item) can be."""

from __future__ import annotations

from functools import cache

from etl.cues import COUNTED, compile_cues, counted_nouns
from etl.gates import lowered, passes


def name_indicators(text: str, unit: str, after: str = "") -> set[str]:
    """Indicators whose name appears anywhere in a text, among those a quantity unit can fill
    (and, for a count, whose noun is the one after the number)."""
    return set(name_spans(text, unit, after))


def name_widest(text: str, unit: str) -> str | None:
    """The one indicator a text names, or the one whose name holds every other's ("thuê bao
    Internet băng rộng di động" over the "thuê bao Internet" it contains); else None."""
    spans = name_spans(text, unit)
    widest = [i for i, (a, b) in spans.items() if all(a <= c and d <= b for c, d in spans.values())]
    return widest[0] if len(widest) == 1 else None


def name_spans(text: str, unit: str, after: str = "") -> dict[str, tuple[int, int]]:
    """name_indicators' indicators, each with where its longest name stands in the text."""
    found: dict[str, tuple[int, int]] = {}
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
        known = found.get(cue.indicator)
        if known is None or m.end() - m.start() > known[1] - known[0]:
            found[cue.indicator] = m.span()
    return found


@cache
def cue_periods() -> dict[str, tuple[str, ...]]:
    """The period kinds an indicator's cues allow, for those whose every cue names some."""
    kinds: dict[str, set] = {}
    for cue in compile_cues():
        kinds.setdefault(cue.indicator, set()).add(tuple(cue.periods) if cue.periods else None)
    return {i: tuple(k for ks in v for k in ks) for i, v in kinds.items() if None not in v}


def names_annual_index(indicator: str, text: str) -> bool:
    """Whether a yearly index's cue of the indicator ("Chỉ số SIPAS …") names it in the text."""
    return any(
        c.annual and c.indicator == indicator and c.name is not None and c.name.search(text)
        for c in compile_cues()
    )
