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


def find_duplicates(documents: list[dict], texts: list[str]) -> dict[str, str]:
    """Map each duplicate document's sha256 to its canonical document's sha256."""
    shingles = [shingle(t) for t in texts]
    groups: list[list[int]] = []
    for i in range(len(documents)):
        for group in groups:
            if containment(shingles[i], shingles[group[0]]) >= SAME_DOCUMENT_CONTAINMENT:
                group.append(i)
                break
        else:
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
