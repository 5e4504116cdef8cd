"""Runs given in order after "lần lượt" / "tương ứng": the values of a run and the label each
value takes ("A và B lần lượt đạt X và Y", "… của bộ, ngành và địa phương lần lượt là …")."""

from __future__ import annotations

import re

from etl.clauses import BARE_IN_RUN
from etl.gates import finditer
from etl.numbers import Quantity
from etl.phrases import IN_THAT_ORDER, LIST_GAP, LIST_HEAD, LIST_LEAD, RESPECTIVELY
from etl.whose_words import LEVEL_WORD


def respective_run(
    clause: str, quantities: list[Quantity], q: Quantity, words: re.Pattern = RESPECTIVELY
) -> tuple[re.Match | None, list[Quantity]]:
    """The "lần lượt" before q and the values listed right after it (q among them), or None."""
    # the last such word before q: "… lần lượt đạt 71,2% và 36,8%; tỷ lệ … tương ứng là 48,5% và
    # 21,3%" lists twice
    found = finditer(words, clause, 0, q.qual_start)
    if not found:
        return None, []
    m = found[-1]
    run: list[Quantity] = []
    for p in quantities:
        if p.qual_start < m.end():
            continue
        gap = clause[run[-1].end if run else m.end() : p.qual_start]
        if run and not LIST_GAP.fullmatch(gap):
            break
        if run and ";" in gap and not BARE_IN_RUN.match(clause, p.end):
            break  # "… lần lượt là 51,3% và 42,1%; 85% thuê bao …": a clause of its own
        if not run and not LIST_LEAD.fullmatch(gap):
            return None, []
        run.append(p)
    return (m, run) if q in run else (None, [])


# "… của bộ, ngành và địa phương lần lượt là …": a run of the two levels
LEVELS_RUN = re.compile(
    r"(?:của|ở|tại)\s+(?:khối\s+|các\s+)?(?P<a>bộ,\s*ngành)\s+và\s+(?:khối\s+|các\s+)?"
    r"(?P<b>địa\s+phương)\s+(?:lần\s+lượt|tương\s+ứng)",
    re.I,
)


def run_and_place(clause: str, quantities: list[Quantity], q: Quantity):
    """The "lần lượt" before q, its run and q's place in it; None when q is in no run."""
    m, run = respective_run(clause, quantities, q, IN_THAT_ORDER)
    return (m, run, run.index(q)) if m is not None else None


def respective_label(clause: str, quantities: list[Quantity], q: Quantity) -> str | None:
    """For "A và B lần lượt (tương ứng) đạt X và Y": the label (A or B) of the number q.

    `quantities` are the clause's numbers with offsets relative to the clause.
    """
    m, run = respective_run(clause, quantities, q, IN_THAT_ORDER)
    if m is None:
        return None
    head_text = clause[: m.start()]
    items = [p for p in re.split(r"\s+và\s+", head_text) if p.strip()]
    if len(items) != len(run):  # "A, B và C": commas part the names too
        items = [p for p in re.split(r"\s+và\s+|,\s*|;\s*", head_text) if p.strip()]
    if len(items) > len(run):
        # "tỷ lệ số hóa …, tỷ lệ cấp kết quả … và tỷ lệ khai thác, sử dụng lại …": when every
        # item opens on the same head, only a comma before it parts them
        heads = [h.group() for h in LIST_HEAD.finditer(head_text)]
        if len(heads) == len(run) and len({h.lower() for h in heads}) == 1:
            word = re.escape(heads[0])
            part = rf"(?:\s+và\s+|,\s*|;\s*)(?=(?:các\s+)?{word})"
            items = [p for p in re.split(part, head_text, flags=re.I) if p.strip()]
    if len(items) == 1 and len(run) > 1:
        # "Tỷ lệ hồ sơ … của hai khối lần lượt là 48,6% và 41,3%": one name for every value
        return items[0]
    if len(items) < len(run) or len(run) < 2:
        return None
    items = share_levels(share_tail(items[-len(run) :]))
    # "Tốc độ băng rộng cố định và di động …": the later items share the first one's head.
    head = LIST_HEAD.search(items[0])
    if head:
        items = [p if LIST_HEAD.search(p) else head.group(0) + " " + p for p in items]
    return items[run.index(q)]


def share_levels(items: list[str]) -> list[str]:
    """ "Tỷ lệ hồ sơ … toàn trình của khối bộ, ngành và khối địa phương lần lượt là …": the later
    items are levels of government, each measured by the words before the first item's level."""
    first = LEVEL_WORD.search(items[0])
    if first is None or not all(LEVEL_WORD.match(p.strip()) for p in items[1:]):
        return items
    measure = re.sub(r"\s*(?:của|ở|tại)\s*$", "", items[0][: first.start()])
    return [items[0]] + [f"{measure} của {p.strip()}" for p in items[1:]]


def share_tail(items: list[str]) -> list[str]:
    """ "tốc độ tải xuống, tải lên mạng băng rộng cố định": the last item's words beyond the
    length of the earlier ones name what every item measures, so each item gets them."""
    head = LIST_HEAD.search(items[0])
    if head is None or len(items) < 2 or LIST_HEAD.match(items[-1].strip()):
        return items  # the last item names its own measure
    own = len(items[0][head.end() :].split())
    last = items[-1].split()
    if own == 0 or len(last) <= own + 1 or any(len(p.split()) > own for p in items[1:-1]):
        return items
    tail = " ".join(last[own:])
    return [p.rstrip() + " " + tail for p in items[:-1]] + [items[-1]]
