"""Recognise one document loaded in two forms (web text and PDF text of the same notice)."""

from __future__ import annotations

import re

# Share of the shorter text's word 5-grams found in the other: above this, one document.
SAME_DOCUMENT_CONTAINMENT = 0.8
SHINGLE_WORDS = 5


def shingle(text: str) -> set[int]:
    """Hash every run of five words of the text, ignoring case, punctuation and line breaks."""
    words = re.findall(r"\w+", text.lower())
    return {
        hash(tuple(words[i : i + SHINGLE_WORDS])) for i in range(len(words) - SHINGLE_WORDS + 1)
    }


def containment(a: set[int], b: set[int]) -> float:
    """Share of the smaller shingle set contained in the larger one."""
    if not a or not b:
        return 0.0
    return len(a & b) / min(len(a), len(b))


def rank_canonical(doc: dict) -> tuple:
    """Prefer the form that carries more metadata: a number, a printed date, then the name."""
    return (
        not doc.get("number"),
        bool(doc.get("published_date_estimated", True)),
        doc.get("file_name", ""),
    )


def describe_identity(doc: dict) -> tuple:
    """Return what names a document apart from its wording: reference period and number."""
    period = (doc.get("period_start"), doc.get("period_end"))
    return (None if None in period else period), (doc.get("number") or None)


def may_be_same(a: tuple, b: tuple) -> bool:
    """Two identities may be one document unless a field both know differs."""
    return all(x is None or y is None or x == y for x, y in zip(a, b, strict=True))


def find_duplicates(documents: list[dict], texts: list[str]) -> dict[str, str]:
    """Map each duplicate document's sha256 to its canonical document's sha256."""
    # A monthly template restated month after month overlaps almost word for word; only
    # documents that agree on period and number (where both state them) are compared by text.
    identities = [describe_identity(doc) for doc in documents]
    shingles: dict[int, set[int]] = {}
    groups: list[list[int]] = []
    by_period: dict[tuple | None, list[int]] = {}  # group numbers by their first member's period
    for i, identity in enumerate(identities):
        period = identity[0]
        if period is None:
            candidates = range(len(groups))
        else:  # a group of unknown period may still take a document of a known one
            candidates = sorted(by_period.get(period, []) + by_period.get(None, []))
        for number in candidates:
            group = groups[number]
            if not all(may_be_same(identity, identities[j]) for j in group):
                continue
            a, b = shingle_once(i, texts, shingles), shingle_once(group[0], texts, shingles)
            if containment(a, b) >= SAME_DOCUMENT_CONTAINMENT:
                group.append(i)
                break
        else:
            by_period.setdefault(period, []).append(len(groups))
            groups.append([i])
    mapping: dict[str, str] = {}
    for group in groups:
        if len(group) < 2:
            continue
        canonical = min(group, key=lambda i: rank_canonical(documents[i]))
        for i in group:
            if i != canonical and documents[i]["sha256"] != documents[canonical]["sha256"]:
                mapping[documents[i]["sha256"]] = documents[canonical]["sha256"]
    return mapping


def shingle_once(i: int, texts: list[str], shingles: dict[int, set[int]]) -> set[int]:
    """Return text i's shingles, hashing it only the first time it is compared."""
    if i not in shingles:
        shingles[i] = shingle(texts[i])
    return shingles[i]
