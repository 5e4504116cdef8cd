"""Status and series colours stay apart for colour-blind readers, and status is never colour alone.

The check simulates protanopia, deuteranopia and tritanopia with Machado, Oliveira & Fernandes
(2009) at full severity (the matrices colorspacious and daltonlens use) and measures CIELAB ΔE.
"""

from __future__ import annotations

import itertools

import numpy as np
import pytest

from layouts.chart import BREAKDOWN_COLOURS, TARGET_COLOUR
from layouts.i18n import STATUS_ICONS, status_label
from layouts.widgets import STATUS_COLOURS

MACHADO = {
    "normal": np.eye(3),
    "protanopia": np.array(
        [[0.152286, 1.052583, -0.204868], [0.114503, 0.786281, 0.099216], [-0.003882, -0.048116, 1.051998]]
    ),
    "deuteranopia": np.array(
        [[0.367322, 0.860646, -0.227968], [0.280085, 0.672501, 0.047413], [-0.011820, 0.042940, 0.968881]]
    ),
    "tritanopia": np.array(
        [[1.255528, -0.076749, -0.178779], [-0.078411, 0.930809, 0.147602], [0.004733, 0.691367, 0.303900]]
    ),
}  # fmt: skip
SRGB_TO_XYZ = np.array(
    [[0.4124, 0.3576, 0.1805], [0.2126, 0.7152, 0.0722], [0.0193, 0.1192, 0.9505]]
)
WHITE = np.array([0.95047, 1.0, 1.08883])


def to_linear(hex_colour: str) -> np.ndarray:
    """Linear RGB of '#rrggbb'."""
    c = np.array([int(hex_colour[i : i + 2], 16) / 255 for i in (1, 3, 5)])
    return np.where(c <= 0.04045, c / 12.92, ((c + 0.055) / 1.055) ** 2.4)


def to_lab(linear: np.ndarray) -> np.ndarray:
    """CIELAB (D65) of a linear RGB colour."""
    xyz = SRGB_TO_XYZ @ np.clip(linear, 0, 1) / WHITE
    f = np.where(xyz > (6 / 29) ** 3, np.cbrt(xyz), xyz / (3 * (6 / 29) ** 2) + 4 / 29)
    return np.array([116 * f[1] - 16, 500 * (f[0] - f[1]), 200 * (f[1] - f[2])])


def smallest_difference(colours: dict[str, str]) -> tuple[float, str, str, str]:
    """(ΔE, vision, a, b) of the closest pair under any of the simulated visions."""
    worst = (1e9, "", "", "")
    for vision, matrix in MACHADO.items():
        lab = {k: to_lab(matrix @ to_linear(h)) for k, h in colours.items()}
        for a, b in itertools.combinations(lab, 2):
            worst = min(worst, (float(np.linalg.norm(lab[a] - lab[b])), vision, a, b))
    return worst


def test_status_colours_stay_apart_for_colour_blind_readers():
    # statuses that share a colour on purpose share it (achieved / achieved late, flat / no target)
    distinct = {STATUS_COLOURS[s] for s in ("off_track", "at_risk", "on_track", "achieved", "flat")}
    colours = {h: h for h in distinct}
    delta, vision, a, b = smallest_difference(colours)
    assert delta >= 15, f"{a} and {b} are {delta:.1f} apart under {vision}"


def test_chart_series_colours_stay_apart_for_colour_blind_readers():
    colours = dict(BREAKDOWN_COLOURS, target=TARGET_COLOUR)
    delta, vision, a, b = smallest_difference(colours)
    assert delta >= 15, f"{a} and {b} are {delta:.1f} apart under {vision}"


@pytest.mark.parametrize("lang", ["vi", "en"])
def test_every_status_has_its_own_symbol_and_words(lang):
    icons = {s: STATUS_ICONS.get(s) for s in STATUS_COLOURS}
    assert all(icons.values())
    words = [status_label(s, lang) for s in STATUS_COLOURS]
    assert len(set(words)) == len(words)
