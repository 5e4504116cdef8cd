"""Spelling variants and synonyms: one cue reads both ways the genre writes a phrase."""

import re

from etl.spelling import fold_month_names, fold_spelling, unfold
from metrics.catalog import load_cues, synonym_expander


def test_fold_spelling_maps_variants_character_for_character():
    pairs = {
        "Tỉ lệ": "Tỷ lệ",
        "quản lí": "quản lý",
        "kĩ thuật": "kỹ thuật",
        "Thanh Hoá": "Thanh Hóa",
        "Uỷ ban": "Ủy ban",
        "tuỳ": "tùy",
    }
    for written, folded in pairs.items():
        assert fold_spelling(written) == folded
        assert len(fold_spelling(written)) == len(written)


def test_fold_spelling_leaves_single_spellings_alone():
    for word in ("chỉ đạo", "bị", "thị trường", "quỹ", "hoàn thành", "Hà Tĩnh", "nghị quyết"):
        assert fold_spelling(word) == word


def test_month_names_fold_to_digits_character_for_character():
    pairs = {
        "cuối tháng Ba, tổng số": "cuối tháng 3 , tổng số",
        "Tháng Mười hai năm 2022": "Tháng 12       năm 2022",
        "tháng Tư": "tháng 4 ",
    }
    for written, folded in pairs.items():
        assert fold_month_names(written) == folded
    # (not a new paragraph's first word, nor a lowercase word after "tháng")
    for text in ("trong 6 tháng\nMột số tỉnh", "6 tháng năm 2024"):
        assert len(fold_month_names(text)) == len(text)
    assert fold_month_names("trong 6 tháng\nMột số tỉnh") == "trong 6 tháng\nMột số tỉnh"
    assert fold_month_names("6 tháng năm 2024") == "6 tháng năm 2024"


def test_unfold_returns_the_documents_own_spelling():
    original = "Tại Thanh Hoá, tỉ lệ này đạt 40,2%."
    folded = fold_spelling(original)
    assert unfold("Thanh Hóa, tỷ lệ", folded, original) == "Thanh Hoá, tỉ lệ"


def test_synonyms_widen_a_phrase_and_keep_the_rest():
    expand = synonym_expander({"băng rộng cố định": ["BRCĐ"], "băng rộng": ["băng thông rộng"]})
    pattern = re.compile(expand(r"tốc độ\s+băng rộng cố định|mạng băng rộng$"))
    assert pattern.search("tốc độ BRCĐ")
    assert pattern.search("tốc độ băng rộng cố định")
    assert pattern.search("mạng băng thông rộng")
    assert not pattern.search(
        "tốc độ băng thông rộng cố định"
    )  # the longest phrase is widened whole


def test_catalog_cues_read_the_abbreviations():
    before = load_cues()["fixed_broadband_speed"][0]["before"]
    assert re.search(before, "tốc độ BRCĐ đạt ", re.I)
