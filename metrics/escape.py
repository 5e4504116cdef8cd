"""Names and reasons shown on a terminal or in a log, with control characters escaped."""

from __future__ import annotations

import unicodedata

# Categories a name may not bring to a terminal: controls (newline, ESC), format characters
# (right-to-left overrides, zero-width joiners) and the Unicode line and paragraph separators.
UNSAFE_CATEGORIES = {"Cc", "Cf", "Zl", "Zp"}
SHORT_ESCAPES = {"\n": "\\n", "\r": "\\r", "\t": "\\t", "\\": "\\\\"}


def escape_name(name: object) -> str:
    """Return a file name (or a reason quoting one) safe to print on one terminal line."""
    text = str(name)
    if text.isprintable() and "\\" not in text:
        return text  # the usual case: nothing to escape
    return "".join(escape_char(ch) for ch in text)


def escape_char(ch: str) -> str:
    """Return one character as itself, or as a visible escape when it could forge output."""
    if ch in SHORT_ESCAPES:
        return SHORT_ESCAPES[ch]
    if unicodedata.category(ch) not in UNSAFE_CATEGORIES:
        return ch
    code = ord(ch)
    return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}"
