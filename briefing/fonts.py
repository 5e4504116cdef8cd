"""The briefing's fonts: DejaVu Sans (full Vietnamese diacritics), embedded as TrueType subsets.

Debian's fonts-dejavu-core provides them (`make test` and .ci/run install it); $KPI_FONT_DIR
points elsewhere. A missing font is named with the package to install, never a silent fallback
to a font without Vietnamese glyphs.
"""

from __future__ import annotations

import os
from pathlib import Path

FONT_DIRS = [Path("/usr/share/fonts/truetype/dejavu"), Path("/usr/share/fonts/dejavu")]
FONT_FILES = {
    "Brief": "DejaVuSans.ttf",
    "Brief-Bold": "DejaVuSans-Bold.ttf",
    "Brief-Cond": "DejaVuSansCondensed.ttf",
    "Brief-CondBold": "DejaVuSansCondensed-Bold.ttf",
}


class FontMissing(FileNotFoundError):
    """A font file the briefing needs is not installed."""


def locate_font(file_name: str) -> Path:
    """Return the path of a font file in $KPI_FONT_DIR or the Debian font folders."""
    folders = [Path(os.environ["KPI_FONT_DIR"])] if os.environ.get("KPI_FONT_DIR") else []
    for folder in folders + FONT_DIRS:
        if (folder / file_name).is_file():
            return folder / file_name
    searched = ", ".join(str(f) for f in folders + FONT_DIRS)
    raise FontMissing(
        f"font {file_name} not found (looked in {searched}); install Debian's fonts-dejavu-core "
        "(apt-get install fonts-dejavu-core) or set KPI_FONT_DIR"
    )


def register_fonts() -> None:
    """Register the briefing fonts with reportlab once per process."""
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont

    registered = set(pdfmetrics.getRegisteredFontNames())
    for name, file_name in FONT_FILES.items():
        if name not in registered:
            pdfmetrics.registerFont(TTFont(name, str(locate_font(file_name))))
    pdfmetrics.registerFontFamily("Brief", normal="Brief", bold="Brief-Bold")
