"""A PNG bar chart of a subset's per-class F1, drawn with Pillow (the app ships no plotting library)."""

from __future__ import annotations

import math
from pathlib import Path

from PIL import Image, ImageDraw, ImageFont

from pulse_desktop.core.ecgbench.scoring import SubsetScore
from pulse_desktop.core.ecgbench.subsets import get_subset
from pulse_desktop.core.errors import StorageError

WIDTH = 900
ROW = 34
TOP = 70
LEFT = 130
RIGHT = 90
BAR_RGB = (200, 40, 50)
GRID_RGB = (225, 225, 225)
TEXT_RGB = (20, 20, 20)


def _font(size: int) -> ImageFont.ImageFont | ImageFont.FreeTypeFont:
    try:
        return ImageFont.load_default(size=size)
    except (TypeError, OSError):  # Pillow without FreeType: the fixed bitmap font
        return ImageFont.load_default()


def draw_f1_chart(score: SubsetScore) -> Image.Image:
    """One horizontal bar per class (0-100), the macro F1 or accuracy in the title."""
    if not score.per_class:
        raise ValueError(f"{score.subset} has no per-class figures to plot")
    subset = get_subset(score.subset)
    height = TOP + ROW * len(score.per_class) + 50
    img = Image.new("RGB", (WIDTH, height), (255, 255, 255))
    draw = ImageDraw.Draw(img)
    title_font, font = _font(20), _font(15)
    headline = score.metrics.get("f1", score.metrics.get("accuracy", math.nan))
    key = "macro F1" if "f1" in score.metrics else "accuracy"
    paper = subset.paper.get("f1" if "f1" in score.metrics else "accuracy")
    title = f"{subset.title} ({subset.name}): per-class F1; {key} {headline:.1f}"
    if paper is not None:
        title += f" (PULSE-7B paper: {paper:.1f})"
    draw.text((16, 14), title, fill=TEXT_RGB, font=title_font)
    draw.text((16, 42), f"{score.answered} of {score.questions} questions scored", fill=TEXT_RGB, font=font)
    span = WIDTH - LEFT - RIGHT
    bottom = TOP + ROW * len(score.per_class)
    for tick in range(0, 101, 20):
        x = LEFT + span * tick / 100
        draw.line([(x, TOP - 4), (x, bottom)], fill=GRID_RGB, width=1)
        draw.text((x - 8, bottom + 6), str(tick), fill=TEXT_RGB, font=font)
    for i, c in enumerate(score.per_class):
        y = TOP + i * ROW
        draw.text((16, y + 7), c.label[:14], fill=TEXT_RGB, font=font)
        value = 0.0 if math.isnan(c.f1) else max(0.0, min(100.0, c.f1))
        if value > 0:
            draw.rectangle([LEFT, y + 5, LEFT + span * value / 100, y + ROW - 5], fill=BAR_RGB)
        draw.text((LEFT + span * value / 100 + 6, y + 7), f"{c.f1:.1f}  (n={c.support})", fill=TEXT_RGB, font=font)
    return img


def save_f1_chart(score: SubsetScore, path: Path) -> Path:
    path = Path(path)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        draw_f1_chart(score).save(path, format="PNG")
    except OSError as exc:
        raise StorageError(f"Cannot write the plot {path} ({exc}).", "Choose a folder you can write to.") from None
    return path
