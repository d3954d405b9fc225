"""A bar chart of deaths per day, as SVG (for HTML and beside Markdown) or as text."""

from __future__ import annotations

from datetime import date
from html import escape

WIDTH, HEIGHT, MARGIN = 720, 240, 36
TEXT_BAR_WIDTH = 40


def svg_bars(values: list[tuple[date, int]], title: str) -> str:
    """One bar per day; the tallest bar and the first and last days are labelled."""
    top = max((value for _, value in values), default=0) or 1
    slot = (WIDTH - 2 * MARGIN) / max(len(values), 1)
    plot_height = HEIGHT - 2 * MARGIN
    bars = []
    for index, (day, value) in enumerate(values):
        height = plot_height * value / top
        x = MARGIN + index * slot
        y = HEIGHT - MARGIN - height
        bars.append(
            f'<rect x="{x:.1f}" y="{y:.1f}" width="{max(slot - 2, 1):.1f}" height="{height:.1f}" fill="#b03a2e">'
            f"<title>{day.isoformat()}: {value}</title></rect>"
        )
    labels = [
        f'<text x="{MARGIN}" y="{MARGIN - 12}" font-size="13">{escape(title)}</text>',
        f'<text x="{MARGIN - 4}" y="{MARGIN + 4}" font-size="11" text-anchor="end">{top}</text>',
        f'<text x="{MARGIN - 4}" y="{HEIGHT - MARGIN}" font-size="11" text-anchor="end">0</text>',
    ]
    if values:
        labels.append(f'<text x="{MARGIN}" y="{HEIGHT - MARGIN + 16}" font-size="11">{values[0][0].isoformat()}</text>')
        labels.append(
            f'<text x="{WIDTH - MARGIN}" y="{HEIGHT - MARGIN + 16}" font-size="11" text-anchor="end">'
            f"{values[-1][0].isoformat()}</text>"
        )
    axis = f'<line x1="{MARGIN}" y1="{HEIGHT - MARGIN}" x2="{WIDTH - MARGIN}" y2="{HEIGHT - MARGIN}" stroke="#444"/>'
    return (
        f'<svg xmlns="http://www.w3.org/2000/svg" width="{WIDTH}" height="{HEIGHT}" viewBox="0 0 {WIDTH} {HEIGHT}" '
        f'role="img" aria-label="{escape(title)}">' + axis + "".join(bars) + "".join(labels) + "</svg>"
    )


def text_bars(values: list[tuple[date, int]]) -> str:
    """``2017-09-05 ███████ 12``: one line per day."""
    top = max((value for _, value in values), default=0) or 1
    lines = []
    for day, value in values:
        bar = "█" * round(TEXT_BAR_WIDTH * value / top)
        lines.append(f"{day.isoformat()} {bar} {value}")
    return "\n".join(lines)
