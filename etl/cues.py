"""Catalog cues compiled for the extractor: how a report names each indicator around a number."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache, lru_cache

from etl.gates import Gate, lower_for_gates, lowered, make_gate, passes, pick_best
from etl.numbers import Quantity
from etl.periods import Period
from etl.phrases import OPENING_SCENE, RANK_PLACE
from metrics.catalog import load_catalog, load_cues

# Which quantity units may fill an indicator of a catalog unit, unless a cue says otherwise.
DEFAULT_UNITS = {
    "percent": ["percent"],
    "count": ["count", "ratio"],
    "billion_vnd": ["money_vnd"],
    "mbps": ["mbps"],
    "per_100": ["per_100"],
    "rank": ["ratio", "count"],
}
# The gap a `before` cue allows between the indicator's name and the number ("…{0,30}$").
TRAILING_GAP = re.compile(
    r"(?:\(\?:\[\^;\\d\]\|\(\?:\\d\{1,2\}/\)\?\(\?:19\|20\)\\d\\d\)\{0,\d+\}"
    r"|\[\^;\]\{0,\d+\}|\[\^;\\d\]\{0,\d+\}|\\s\*)?\$$"
)
# Periods that are spans, not points: a count over one is a flow.
SPAN_KINDS = {"month", "quarter", "half", "year", "ytd"}


@dataclass
class Cue:
    """A compiled cue: how a report names one indicator around a number."""

    indicator: str
    rule: str
    units: list[str]
    before: re.Pattern | None
    after: re.Pattern | None
    context: re.Pattern | None
    exclude: re.Pattern | None
    exclude_after: re.Pattern | None  # words right after the number that rule the cue out
    exclude_clause: re.Pattern | None  # words anywhere in the clause before it that do
    periods: list[str] | None
    denominators: list[float] | None  # a ratio must be out of one of these ("71/193")
    weight: float
    allow_change: bool
    annual: bool  # a yearly index's cue ("Chỉ số SIPAS …") on an indicator that is not yearly
    name: re.Pattern | None  # the `before` cue without its trailing gap: the name anywhere
    # The words `before`, `after` and `context` cannot match without (see etl.gates).
    gates: tuple[Gate, Gate, Gate] = ((), (), ())
    name_gate: Gate = ()  # the words `name` cannot match without


@dataclass
class Scope:
    """The text around one quantity that cues are matched against."""

    before: str  # the clause before the number, with its qualifier word ("đạt", "hơn")
    bare: str  # the same clause without the qualifier word
    after: str  # the words after the number, up to the next number or clause end
    context: str  # sentence, paragraph so far, lead-in paragraphs and the document's head
    label: str = ""  # for a footnote body: the anchor clause that names the subject
    crossed: int = -1  # offset in `before` where an earlier number of the clause ends
    head: str = ""  # the sentence up to the number (a province named anywhere before it)


class LazyPattern:
    """A cue pattern compiled on its first search: a refresh that extracts one new report
    compiles only the cues its sentences reach (all ~490 took 0.3 s of such a refresh). Its
    gate is read from the text (`pattern`, `flags`) without compiling it."""

    __slots__ = ("pattern", "flags", "_compiled")

    def __init__(self, pattern: str, flags: int):
        self.pattern, self.flags, self._compiled = pattern, flags, None

    def compiled(self) -> re.Pattern:
        """The compiled pattern (compiled once)."""
        if self._compiled is None:
            self._compiled = re.compile(self.pattern, self.flags)
        return self._compiled

    def search(self, *args):
        """re.Pattern.search (a cue's patterns are searched thousands of times a report)."""
        compiled = self._compiled
        return (compiled if compiled is not None else self.compiled()).search(*args)

    def finditer(self, *args):
        """re.Pattern.finditer."""
        return self.compiled().finditer(*args)


@cache
def compile_cues() -> tuple[Cue, ...]:
    """Compile the catalog's cue tables once per process."""
    catalog = load_catalog()
    cues = []
    for indicator, rows in load_cues().items():
        unit = catalog.loc[indicator, "unit"]
        for row in rows:

            def comp(key, row=row):
                return LazyPattern(row[key], re.I) if key in row else None

            name = None
            if "before" in row:
                name = LazyPattern(TRAILING_GAP.sub("", row["before"]), re.I)
            cues.append(
                Cue(
                    indicator=indicator,
                    rule=f"{indicator}:{row['rule']}",
                    units=row.get("units", DEFAULT_UNITS[unit]),
                    before=comp("before"),
                    after=comp("after"),
                    context=comp("context"),
                    exclude=comp("exclude"),
                    exclude_after=comp("exclude_after"),
                    exclude_clause=comp("exclude_clause"),
                    periods=row.get("periods"),
                    denominators=row.get("denominators"),
                    weight=float(row.get("weight", 1.0)),
                    allow_change=bool(row.get("allow_change", False)),
                    annual=bool(row.get("annual", False)),
                    name=name,
                    gates=tuple(make_gate(comp(k)) if k in row else () for k in CUE_GATED),
                    name_gate=make_gate(name) if name is not None else (),
                )
            )
    return tuple(cues)


CUE_GATED = ("before", "after", "context")


@cache
def cues_for_unit(unit: str) -> tuple[Cue, ...]:
    """The cues a quantity of this unit can fill, in catalog order (most quantities fit few)."""
    return tuple(c for c in compile_cues() if unit in c.units)


@cache
def cue_keys(unit: str) -> tuple[tuple[int, str, tuple[int, ...]], ...]:
    """For the unit's cues: each key word, the scope text it must be in (0 the clause, 1 after,
    2 context) and the cues (by index) that cannot match without it."""
    keys: dict[tuple[int, str], list[int]] = {}
    for i, cue in enumerate(cues_for_unit(unit)):
        where = next((n for n, gate in enumerate(cue.gates) if gate), None)
        words = pick_best(list(cue.gates[where])) if where is not None else {""}
        for word in words:
            keys.setdefault((where or 0, word), []).append(i)
    return tuple((where, word, tuple(cues)) for (where, word), cues in keys.items())


@cache
def context_gated(unit: str) -> frozenset[int]:
    """The unit's cues (by index) whose gate reads the context."""
    return frozenset(i for i, cue in enumerate(cues_for_unit(unit)) if cue.gates[2])


@lru_cache(maxsize=4096)  # a number's clause and words recur in the next month's report
def clause_cues(unit: str, clause: str, after: str) -> tuple[int, ...]:
    """The unit's cues (by index, catalog order) whose clause and after words are in these
    texts; a cue keyed on the context is kept for scorable_cues to read. One test per key word,
    not one per cue."""
    low = (lower_for_gates(clause), lower_for_gates(after))
    cues = cues_for_unit(unit)
    hit: set[int] = set()
    for where, word, indices in cue_keys(unit):
        text = low[where] if where < 2 else None
        if text is None or word in text:
            hit.update(indices)
    return tuple(
        i
        for i in sorted(hit)
        if passes(cues[i].gates[0], low[0]) and passes(cues[i].gates[1], low[1])
    )


def scorable_cues(unit: str, scope: Scope) -> list[Cue]:
    """The unit's cues whose words are in the scope, in catalog order: any other cue scores
    None. The clause is before, bare and label in one (any of them may name the indicator)."""
    cues = cues_for_unit(unit)
    found = clause_cues(unit, "\0".join((scope.before, scope.bare, scope.label)), scope.after)
    # A cue's key word is one of its gate's word sets, so its gates alone decide; the context
    # (up to a whole paragraph and its lead) is lowered only for a cue that reads it.
    if context_gated(unit).isdisjoint(found):
        return [cues[i] for i in found]
    # A sentence's numbers share its context: each cue's verdict on it is read once.
    known = context_verdicts(scope.context)
    kept = []
    for i in found:
        verdict = known.get(id(cues[i]))
        if verdict is None:
            verdict = known[id(cues[i])] = passes(cues[i].gates[2], lowered(scope.context))
        if verdict:
            kept.append(cues[i])
    return kept


@lru_cache(maxsize=256)
def context_verdicts(context: str) -> dict[int, bool]:
    """Whether a context holds the words of a cue's context gate, by cue id (held by
    compile_cues, so never reused)."""
    return {}


@cache
def cues_by_rule() -> dict[str, Cue]:
    """Map each cue's rule id to the cue."""
    return {c.rule: c for c in compile_cues()}


def names_outright(rule_id: str) -> bool:
    """Whether a row's cue names its indicator in the clause (not context, not a reference)."""
    cue = cues_by_rule().get(str(rule_id).split("+")[0])
    return cue is not None and cue.weight >= 1 and (cue.before or cue.after) is not None


@cache
def indicator_kinds() -> dict[str, str]:
    """Map indicator id to its kind (rate, stock, flow...)."""
    return load_catalog()["kind"].to_dict()


@cache
def indicator_units() -> dict[str, str]:
    """Map indicator id to its catalog unit."""
    return load_catalog()["unit"].to_dict()


@cache
def plausible_ranges() -> dict[str, tuple[float, float]]:
    """Map indicator id to the (low, high) its values fall in (catalog `plausible`), where set."""
    catalog = load_catalog()
    if "plausible" not in catalog:
        return {}
    return {i: (float(b[0]), float(b[1])) for i, b in catalog["plausible"].dropna().items()}


# Nouns a count is a count of, right after the number ("4.543 thủ tục", "15,6 triệu tài khoản").
# "83 triệu bộ hồ sơ": a classifier may stand between the number and the noun it counts.
CLASSIFIER = r"(?:bộ\s+(?=hồ\s+sơ|thủ\s+tục|TTHC)|chiếc\s+|cái\s+)?"
COUNTED = re.compile(
    r"^\s*"
    + CLASSIFIER
    + r"(?P<noun>thủ\s+tục|TTHC|dịch\s+vụ|DVC\w*|hồ\s+sơ|tài\s+khoản|giao\s+dịch|lượt|thuê\s+bao|trạm|"
    r"thôn|bản|xóm|ấp|buôn|cuộc|vụ|địa\s+chỉ|khách\s+hàng|hệ\s+thống|doanh\s+nghiệp|người|hộ|điểm|cơ\s+quan|"
    r"đơn\s+vị|văn\s+bản|nền\s+tảng|CSDL|cơ\s+sở\s+dữ\s+liệu|tỉnh|xã|huyện|thẻ|hóa\s+đơn|sáng\s+kiến|"
    r"nhiệm\s+vụ|chương\s+trình|ứng\s+dụng|tiện\s+ích|km|MHz|kho|chứng\s+thư|thiết\s+bị|dự\s+án|"
    r"sản\s+phẩm|giải\s+pháp|nhân\s+khẩu|công\s+dân|mẫu|bản\s+ghi|"
    # areas, not villages ("còn 10 thôn chưa có sóng và 124 vùng lõm sóng 4G")
    r"vùng|khu\s+vực|"
    # people and groups at work, never what an indicator counts ("thành lập 11 tổ công tác")
    r"tổ|đội|đoàn|lớp|buổi|cán\s+bộ|"
    # weaknesses found and fixed, not attacks ("hướng dẫn khắc phục 35 lỗ hổng bảo mật")
    r"lỗ\s+hổng|điểm\s+yếu|mã\s+độc|"
    # kinds of a thing, never a count of it ("thuộc 2 hình thức", "gồm 3 nhóm")
    r"hình\s+thức|loại|nhóm|dạng|kiểu)\b",
    re.I,
)


@cache
def counted_nouns() -> dict[str, re.Pattern]:
    """What each count indicator counts (catalog `counts`)."""
    catalog = load_catalog()
    if "counts" not in catalog:
        return {}
    return {
        i: re.compile(rf"^\s*{CLASSIFIER}(?:{rx})", re.I)
        for i, rx in catalog["counts"].dropna().items()
    }


OWN_BASE_AFTER = re.compile(r"\s*(?:số|tổng\s+số)\s+[^\W\d]|\s*dân\s+số\b", re.I)
ITEM_BREAK = re.compile(r",\s*(?:và\s+)?$")


def names_earlier_number(m: re.Match, scope: Scope) -> bool:
    """Whether the cue's words follow an earlier number and name it, not this one."""
    # "80,2% số hộ gia đình sử dụng cáp quang, 100% số xã kết nối …": a comma, not a verb,
    # stands between the words and the second number, which names its own base.
    if scope.crossed < 0 or m.start() < scope.crossed:
        return False
    filler = m.string[scope.crossed : m.start()].strip()
    return (
        len(filler) <= 12
        and bool(OWN_BASE_AFTER.match(scope.after))
        and bool(ITEM_BREAK.search(m.string))
    )


# Where the words after a number pass to the next item (compiled once: read for each cue).
PREVIOUS_OWN = re.compile(r"^[^,;]*[,;]")  # a previous number's words up to its comma
NEXT_ITEM = re.compile(r"[,;(]|\s(?:còn|và|trong khi)\s")


TAKES_IN = re.compile(r"\(\s*(?:bao\s+gồm|gồm|kể\s+cả|tính\s+cả)\b[^()]*\)", re.I)


def rules_out_after(cue: Cue, scope: Scope) -> bool:
    """Whether the words right after the number rule the cue out, by its (or its indicator's)
    `exclude_after` ("22/25 dịch vụ công thiết yếu theo danh mục riêng của thành phố")."""
    return cue.exclude_after is not None and bool(cue.exclude_after.search(scope.after[:100]))


def rules_out_clause(cue: Cue, scope: Scope) -> bool:
    """Whether the clause before a number names another system ("Cổng Dịch vụ công tỉnh Hà Giang
    tiếp nhận …": a province's own count), by the cue's (or its indicator's) `exclude_clause`."""
    return cue.exclude_clause is not None and bool(cue.exclude_clause.search(scope.before))


def named_after_context(cue: Cue, head: str) -> bool:
    """Whether a word that rules the cue out stands after the context's last mention in the
    sentence, in the figure's own run of clauses ("Song song với … băng rộng cố định, internet di
    động … đạt tốc độ 152,17 Mbps"; not a total set apart before: "… kể từ khi khai trương; riêng
    quý I …"); or anywhere in it when the context was named only before it ("Internet băng rộng cố
    định tăng 4,5 lần. Internet băng rộng di động … đạt tốc độ 160 Mbps")."""
    mentions = list(cue.context.finditer(head))
    ruled = list(cue.exclude.finditer(head, mentions[-1].end() if mentions else 0))
    return bool(ruled) and not re.search(r"[;:]", head[ruled[-1].end() :])


def score_cue(cue: Cue, q: Quantity, scope: Scope, period: Period | None) -> float | None:
    """Score how well a cue names this quantity; None when it does not apply."""
    if q.unit not in cue.units:
        return None
    # "Tây Ninh đứng thứ 19 cả nước": a place in a ranking is only a rank's figure
    if RANK_PLACE.search(scope.head[-25:]) and indicator_units()[cue.indicator] != "rank":
        return None
    if cue.denominators and q.denominator not in cue.denominators:
        return None
    if cue.periods is not None and (period is None or period.kind not in cue.periods):
        return None
    distance = 0
    if cue.before is not None:
        m = cue.before.search(scope.before) or cue.before.search(scope.bare)
        if m is None and scope.label:
            m = cue.before.search(scope.label)
        if m is None:
            return None
        # (a footnote's own words outrank its anchor's by more than a tie: "(1) Năm 2023, kinh tế
        # số chiếm 12,33% GDP" under "kinh tế số tăng trưởng nhanh(1)" is the share)
        distance += len(m.string) - m.end() if m.string is not scope.label else 40
        if m.string is not scope.label and names_earlier_number(m, scope):
            return None
        if (
            m.string is not scope.label
            and (
                m.start() < scope.crossed or not m.string[max(scope.crossed, 0) : m.start()].strip()
            )
            and scope.crossed >= 0
        ):
            distance += 150  # the words belong to an earlier number of the clause ("16,4 triệu tài khoản và 51,6 …")
    if cue.after is not None:
        m = cue.after.search(scope.after)
        if m is None:
            return None
        distance += m.start()
    if cue.context is not None:
        mentions = list(cue.context.finditer(scope.context))
        if not mentions:
            return None
        # The nearer the mention, the likelier it is the subject ("Với hạng mục băng rộng cố định
        # … Tốc độ tải xuống … 67,96 Mb/giây" after a paragraph on mobile).
        distance += min(len(scope.context) - mentions[-1].end(), 500) / 5
        if cue.exclude is not None and named_after_context(cue, scope.head):
            return None
    if cue.exclude is not None:
        # Only the words since the previous number and just after this one can rule it out.
        window = scope.before[scope.crossed :] if scope.crossed >= 0 else scope.before
        if scope.crossed >= 0:
            # (the previous number's own words, up to its comma, are its: "99,73% thôn bản đã có
            # sóng, còn 266 thôn chưa phủ sóng")
            window = PREVIOUS_OWN.sub("", window, count=1)
        # (an aside saying what the count takes in is no other measure: "Số thôn lõm sóng còn lại
        # (gồm cả thôn có và chưa có điện lưới): 1.018 thôn")
        window = TAKES_IN.sub(" ", window)
        # …and the words after it up to the next item ("142,3 Mbps, còn băng rộng cố định …").
        near = NEXT_ITEM.split(scope.after, maxsplit=1)[0]
        # …and a scene the sentence opens on ("Trong khu vực Đông Nam Á, … vị trí thứ 5")
        scene = OPENING_SCENE.match(scope.head)
        words = window[-40:] + " " + near[:25] + (" " + scene.group() if scene else "")
        if cue.exclude.search(words):
            return None
    if rules_out_after(cue, scope) or rules_out_clause(cue, scope):
        return None
    counts = counted_nouns().get(cue.indicator)
    if counts is not None and COUNTED.match(scope.after) and not counts.match(scope.after):
        return None  # "15,62 triệu tài khoản, 4.543 thủ tục": procedures are not accounts
    return cue.weight - 0.002 * distance
