"""HTML reports to text in time linear in the markup, whatever the nesting depth.

Every pass is an explicit-stack walk: a 20,000-deep page neither recurses nor re-reads a subtree
once per ancestor (bs4's `tag.decomposed` and `tag.get_text()` each walk the whole subtree).
"""

from __future__ import annotations

import codecs
import re
from collections.abc import Callable, Iterator
from pathlib import Path

from bs4 import BeautifulSoup, CData, NavigableString, Tag
from bs4.dammit import EncodingDetector
from bs4.element import PreformattedString

from etl.read import MARKER_RE, ReadError, decode_with, looks_binary

HTML_DROP = {"script", "style", "noscript", "nav", "aside", "form", "footer", "template"}
HTML_NOISE = re.compile(r"(?<![a-z])(nav|menu|breadcrumb|footer|sidebar|share)", re.IGNORECASE)
HTML_BLOCKS = {"p", "div", "li", "ul", "ol", "dl", "dt", "dd", "table", "section", "article"}
HTML_BLOCKS |= {"main", "blockquote", "pre", "figure", "figcaption", "address", "hr", "caption"}
HTML_BLOCKS |= {"h1", "h2", "h3", "h4", "h5", "h6", "header"}
PARAGRAPH, ROW = "\x1e", "\x1f"  # stand for breaks until whitespace is tidied
TEXT_TYPES = (NavigableString, CData)  # what bs4's get_text() counts by default
MARKER_MAX_CHARS = 16  # a footnote marker's text is never longer than this


def read_html(path: Path, data: bytes, encoding: str | None) -> str:
    """Return the main text of an HTML page, one line per block and per table row."""
    markup = decode_markup(path, data, encoding)
    if looks_binary(markup):
        raise ReadError(path, "binary data, not a report")
    soup = BeautifulSoup(markup, "lxml")
    drop_outermost(soup, lambda tag: tag.name in HTML_DROP)
    sizes = measure_text(soup)
    drop_outermost(soup, lambda tag: is_marker(tag, sizes))
    sizes = measure_text(soup)
    articles = soup.find_all("article")
    root = max(articles, key=lambda a: sizes[id(a)]) if articles else None
    root = root or soup.find("main") or soup.body or soup
    if root.name == "body":
        # The site banner; an article's own header keeps the title.
        drop_outermost(root, lambda tag: tag.name == "header")
        sizes = measure_text(root)
    root_size = sizes[id(root)]

    def is_noise(tag: Tag) -> bool:
        names = " ".join([*tag.get("class", []), tag.get("id") or ""])
        # A layout wrapper like "has-sidebar" may hold the whole text: keep big elements.
        return bool(HTML_NOISE.search(names)) and sizes[id(tag)] < 0.5 * root_size

    drop_outermost(root, is_noise)
    parts: list[str] = []
    render_html(root, parts)
    breaks = f"\n{PARAGRAPH}{ROW}"
    # A run of breaks is a paragraph break if a block ends in it or <br><br> made it.
    text = re.sub(
        f"[{breaks}][ {breaks}]*",
        lambda m: "\n\n" if PARAGRAPH in m[0] or m[0].count("\n") > 1 else "\n",
        "".join(parts),
    )
    # Spaces before a break go with it; split/rstrip, since a regex would rescan each run of
    # spaces from every position in it.
    text = "\n".join(line.rstrip(" ") for line in text.split("\n")).strip()
    if not text:
        raise ReadError(path, "no text found in the HTML page")
    return text


def decode_markup(path: Path, data: bytes, encoding: str | None) -> str:
    """Decode HTML bytes: the given encoding, else a BOM, else the page's declared charset."""
    given = encoding is not None
    if encoding is None:
        if data.startswith(codecs.BOM_UTF8):
            encoding = "utf-8-sig"
        elif data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
            encoding = "utf-16"
        else:
            encoding = EncodingDetector.find_declared_encoding(data, is_html=True) or "utf-8"
    try:
        return decode_with(path, data, encoding)
    except ReadError as err:
        if given:
            raise
        raise ReadError(path, err.reason + " (give --encoding)") from err


def walk_tags(root: Tag, descend: Callable[[Tag], bool]) -> Iterator[Tag]:
    """Yield the tags under root in document order, entering only those `descend` accepts."""
    stack = [iter(root.contents)]
    while stack:
        child = next(stack[-1], None)
        if child is None:
            stack.pop()
        elif isinstance(child, Tag):
            yield child
            if descend(child):
                stack.append(iter(child.contents))


def drop_outermost(root: Tag, matches: Callable[[Tag], bool]) -> None:
    """Decompose every outermost tag that matches (its matching descendants go with it)."""
    found: list[Tag] = []
    for tag in walk_tags(root, lambda tag: not found or found[-1] is not tag):
        if matches(tag):
            found.append(tag)
    for tag in found:  # disjoint subtrees: each is wiped once
        tag.decompose()


def measure_text(root: Tag) -> dict[int, int]:
    """Return len(tag.get_text()) for root and every tag under it, by id, in one pass."""
    tags = [root, *walk_tags(root, lambda tag: True)]
    sizes = dict.fromkeys(map(id, tags), 0)
    for tag in tags:
        sizes[id(tag)] = sum(len(c) for c in tag.contents if type(c) in TEXT_TYPES)
    for tag in reversed(tags[1:]):  # children before parents: each total is complete
        sizes[id(tag.parent)] += sizes[id(tag)]
    return sizes


def is_marker(tag: Tag, sizes: dict[int, int]) -> bool:
    """Tell whether a tag is a <sup> footnote marker ("1", "[2]")."""
    return (
        tag.name == "sup"
        and sizes[id(tag)] <= MARKER_MAX_CHARS
        and bool(MARKER_RE.fullmatch(tag.get_text()))
    )


def render_html(root: Tag, parts: list[str]) -> None:
    """Append a node's text to parts, marking block, line and table-row breaks."""
    stack: list[tuple[Iterator, str]] = [(iter(root.children), "")]
    while stack:
        children, closing = stack[-1]
        child = next(children, None)
        if child is None:
            stack.pop()
            parts.append(closing)
        elif isinstance(child, NavigableString):
            if not isinstance(child, PreformattedString):  # comments, doctype, CDATA
                parts.append(re.sub(r"\s+", " ", str(child)))
        elif not isinstance(child, Tag):
            continue
        elif child.name == "br":
            parts.append("\n")
        elif child.name == "tr":
            cells = [
                re.sub(r"\s+", " ", c.get_text(" ")).strip()
                for c in child.find_all(["td", "th"], recursive=False)
            ]
            if any(cells):
                parts.append(ROW + "\t".join(cells) + ROW)
        elif child.name in HTML_BLOCKS:
            parts.append(PARAGRAPH)
            stack.append((iter(child.children), PARAGRAPH))
        else:
            stack.append((iter(child.children), ""))
