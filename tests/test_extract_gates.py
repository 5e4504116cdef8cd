"""Regex gates (etl/gates.py) never rule out a text their pattern matches, quickened patterns
match the same; clear_caches empties the text caches."""

from __future__ import annotations

import random
import re
import sys
from pathlib import Path

import pytest

import etl.extract  # noqa: F401 - imports every extraction module whose patterns are checked
from etl.cues import compile_cues
from etl.extract import TEXT_CACHES, clear_caches, extract_file
from etl.gates import gate_of, lower_for_gates, make_gate, may_match, passes, quicken
from etl.period_patterns import PATTERNS
from etl.provinces import find_province_names, province_name_pattern, province_pattern

REPORTS = Path(__file__).resolve().parents[1] / "data" / "reports"


def module_patterns() -> list[re.Pattern]:
    """Every compiled pattern an extraction module names, the cues' and the periods'."""
    found = {
        id(p): p for p in [p for _, p in PATTERNS] + [province_name_pattern(), province_pattern()]
    }
    for name, module in list(sys.modules.items()):
        if name.startswith("etl."):
            found |= {id(v): v for v in vars(module).values() if isinstance(v, re.Pattern)}
    for cue in compile_cues():
        for p in (cue.before, cue.after, cue.context, cue.exclude, cue.exclude_after, cue.name):
            if p is not None:  # a cue's pattern compiles on first use (cues.LazyPattern)
                found[id(p)] = p.compiled()
    return [p for p in found.values() if isinstance(p.pattern, str)]


def sample_texts() -> list[str]:
    """Sentences and clause tails of the bundled reports, with odd-case and odd-letter twists."""
    rng = random.Random(11)
    texts = []
    for path in sorted(REPORTS.glob("*.txt")):
        for piece in re.split(r"(?<=[.;\n])", path.read_text(encoding="utf-8")):
            texts += [piece, piece.upper() if rng.random() < 0.3 else piece.swapcase()]
    twisted = [t.replace("i", "ı").replace("s", "ſ") for t in rng.sample(texts, 100)]
    return texts + twisted + ["", "İ", "Hà Nội đạt 45,2%"]


@pytest.fixture(scope="module")
def texts() -> list[str]:
    return sample_texts()


def test_gates_never_rule_out_a_match(texts):
    patterns = module_patterns()
    assert len(patterns) > 300
    for pattern in patterns:
        gate = make_gate(pattern)
        for text in texts:
            if pattern.search(text):
                assert passes(gate, lower_for_gates(text)), (pattern.pattern, text)
                assert may_match(pattern, text), (pattern.pattern, text)


def test_quickened_patterns_find_the_same_matches(texts):
    rng = random.Random(11)
    alphabet = "nNgàyÀ tTđĐhHcCsS 0123456789/.-;,:(\ntháng năm hiện nay tới đến Chỉ số"
    noise = ["".join(rng.choice(alphabet) for _ in range(rng.randint(0, 40))) for _ in range(1500)]
    quickened = [(p, quicken(p)) for p in module_patterns()]
    assert sum(q is not p for p, q in quickened) > 30
    for pattern, quick in quickened:
        if quick is pattern:
            continue
        assert quick.groupindex == pattern.groupindex and quick.groups == pattern.groups
        for text in rng.sample(texts, 1500) + noise:
            mine = [(m.span(), m.groups()) for m in quick.finditer(text)]
            assert mine == [(m.span(), m.groups()) for m in pattern.finditer(text)], pattern.pattern


def test_exact_gates_read_case():
    gate, exact, _ = gate_of(re.compile(r"\bHà\s+Nội\b"))
    assert exact and not passes(gate, "hà nội") and passes(gate, "tại Hà Nội")
    assert not gate_of(re.compile(r"Hà\s+Nội", re.I))[1]
    assert not gate_of(re.compile(r"(?i:Hà)\s+Nội"))[1]


def test_unfolded_letters_are_never_gated():
    pattern = re.compile("tính", re.I)
    assert pattern.search("TıNH") is None or may_match(pattern, "TıNH")
    assert lower_for_gates("ſo") is None


def test_clear_caches_empties_every_text_cache():
    extract_file(REPORTS / "004_bao-cao-cds-thang-02-2024.txt")
    assert any(c.cache_info().currsize for c in TEXT_CACHES)
    clear_caches()
    assert all(c.cache_info().currsize == 0 for c in TEXT_CACHES)


def test_a_cue_compiled_late_has_the_gate_of_its_compiled_pattern():
    # cues compile on first search; their gates are read from the text before that
    for cue in compile_cues():
        for key, gate in zip(("before", "after", "context"), cue.gates, strict=True):
            pattern = getattr(cue, key)
            if pattern is not None:
                assert gate == make_gate(pattern.compiled()), cue.rule
        # a broken catalog pattern fails here, not mid-refresh on the first sentence reaching it
        for pattern in (cue.exclude, cue.exclude_after, cue.name):
            if pattern is not None:
                pattern.compiled()


def test_a_look_around_lends_its_words_to_the_gate():
    # a look-behind or look-ahead reads the text too; a negative one needs nothing
    gate = make_gate(re.compile(r"(?<=cùng\skỳ\s)\d+(?=\s+là)(?!\s*tháng)", re.I))
    assert gate == (frozenset({"cùng"}), frozenset({"kỳ"}), frozenset({"là"}))
    assert not passes(gate, "năm 2023 là 5") and passes(gate, "cùng kỳ 2023 là 5")


def test_province_names_read_from_the_lowered_text_are_the_case_blind_pattern_s(texts):
    rng = random.Random(11)
    words = ["tại", "Tại", "ở", "Ở", "của", "CỦA", "tỉnh", "Thành phố", "TP.", "tp", "TP", "x", "1"]
    words += ["Hà Nội", "hà  nội", "Quảng Ninh", "HCM", "Đà Nẵng", "Cần Thơ", "\n", " ", ",", "_"]
    noise = [
        "".join(rng.choice(words) + rng.choice(["", " ", " "]) for _ in range(rng.randint(0, 12)))
        for _ in range(3000)
    ]
    for text in texts + noise:
        expected = [m.group("name") for m in province_pattern().finditer(text)]
        assert find_province_names(text) == expected, text
