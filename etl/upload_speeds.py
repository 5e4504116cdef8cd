"""Whether a speed is an upload speed ("… 55,1 Mbps chiều tải xuống, 20,3 Mbps chiều tải lên"):
the speed indicators are download speeds, an upload figure beside them is none of theirs; and
which network a speed named back is."""

from __future__ import annotations

import re

from etl.phrases import DOWNLOAD, RESPECTIVELY, UPLOAD


def is_upload(clause: str, after: str) -> bool:
    """Whether a speed is an upload speed: the nearest direction word says so."""
    tail = re.match(
        # "160,4 Mbps (tải xuống)" names this figure; "(tải lên 146,8 Mbps)" names the next one
        # ("67,96 Mb/giây tốc độ tải xuống và 63,89 Mb/giây tốc độ tải lên" likewise)
        # ("55,1 Mbps chiều tải xuống, 20,3 Mbps chiều tải lên", "… (download) và … (upload)")
        r"^\s*(?:Mbps?\s*)?(?:\(\s*(?=(?:tải\s+\w+|upload|download)\s*[)/])"
        r"|(?:khi|lúc|đối\s+với|cho|ở|với|chiều|hướng)?\s*)"
        r"(?:tốc\s+độ\s+)?(tải\s+lên|tải\s+xuống|tải\s+về|upload|download)",
        after,
        re.I,
    )
    if tail:
        return bool(UPLOAD.match(tail.group(1)))
    listed = list_direction(clause)
    if listed is not None:
        return listed
    # "tải xuống/tải lên … 145,21/140,3 Mbps": the pair's first figure is the download
    clause = re.sub(r"tải\s+(?:xuống|về)\s*/\s*tải\s+lên", "tải xuống", clause, flags=re.I)
    up, down = list(UPLOAD.finditer(clause)), list(DOWNLOAD.finditer(clause))
    return bool(up) and (not down or up[-1].start() > down[-1].start())


def list_direction(clause: str) -> bool | None:
    """ "tốc độ tải xuống, tải lên … lần lượt là 258,28 Mbps và 195,34 Mbps": the directions
    named before "lần lượt", in order, are the values' after it; None when no such list."""
    openings = list(RESPECTIVELY.finditer(clause))
    if not openings:
        return None
    opening = openings[-1]
    head = clause[: opening.start()]
    order = sorted(
        [(m.start(), True) for m in UPLOAD.finditer(head)]
        + [(m.start(), False) for m in DOWNLOAD.finditer(head)]
    )
    index = len(re.findall(r"\d+(?:[.,]\d+)*", clause[opening.end() :]))
    if len(order) < 2 or index >= len(order):
        return None
    return order[index][1]


# "Với mạng di động, các con số tương ứng là 68,91 Mbps …" after the fixed lines' speeds: the
# clause names the other network, whose speed it gives
NETWORK_NAMED = {
    "fixed_broadband_speed": (
        re.compile(r"\b(?:mạng|băng\s+rộng)\s+di\s+động\b", re.I),
        "mobile_broadband_speed",
    ),
    "mobile_broadband_speed": (
        re.compile(r"\b(?:mạng|băng\s+rộng)\s+cố\s+định\b", re.I),
        "fixed_broadband_speed",
    ),
}


def other_network(row: dict | None, window: str) -> dict | None:
    """A speed named back with the other network named in its own clause is that network's."""
    switch = NETWORK_NAMED.get(row["indicator"]) if row else None
    if switch and switch[0].search(window):
        row["indicator"] = switch[1]
    return row
