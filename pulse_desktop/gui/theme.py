"""The window's text size and contrast: a Settings choice, or what the system asks for.

* Text size: the application font is the system's, scaled by ``Settings.text_scale`` (100 to 200 %); every
  layout grows with it (nothing in the window has a fixed text size). The whole-window scale of the system
  (``QT_SCALE_FACTOR``, the desktop's 200 %) applies on top, as Qt does it.
* Contrast: ``Settings.contrast`` "high", or "" while the system asks for more contrast (Qt's
  accessibility hints), gives a white-on-black palette with the Fusion style (which draws with the palette
  on every platform), and :func:`colours` gives the views their strong colours for states (done, warning,
  blocking) instead of the usual mid-tones.

Applied once at start (:func:`apply_display`, from ``app.make_application``); a new choice takes effect
when the app is started again, like the language.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication, QStyleFactory


@dataclass(frozen=True)
class Colours:
    """The few colours the views choose themselves (CSS names or #rrggbb)."""

    current: str  # the step being done
    done: str  # a step done; a confirmed report; a finding that is fine
    muted: str  # secondary text, steps not reached
    warning: str
    blocking: str  # a blocking finding; the unconfirmed banner
    banner_background: str
    banner_border: str


NORMAL = Colours(current="#0057a8", done="#1b6e20", muted="#666", warning="#a15c00", blocking="#a11",
                 banner_background="#fff4ce", banner_border="#e0b000")
HIGH_CONTRAST = Colours(current="#ffff00", done="#7fff7f", muted="#e0e0e0", warning="#ffc040",
                        blocking="#ff8080", banner_background="#000000", banner_border="#ffff00")
_PROPERTY = "pulseHighContrast"
ARROW = Path(__file__).resolve().parents[2] / "resources" / "icons" / "down-arrow-high-contrast.svg"
#: Edges the black palette alone would hide: every field, button and box gets a thin white border; the control
#: with the keyboard focus a thick yellow one (thickness, not only colour: yellow and white are equally
#: light), in the same room, so that nothing moves; ticked boxes are filled.
_HIGH_CONTRAST_STYLE = """
QLineEdit, QPlainTextEdit, QTextEdit, QComboBox, QAbstractSpinBox, QAbstractItemView, QPushButton, QToolButton {
    border: 1px solid #ffffff; margin: 2px; }
QPushButton, QToolButton { padding: 0.15em 0.5em; }
QPushButton:disabled, QToolButton:disabled, QLineEdit:disabled, QComboBox:disabled { border-color: #a8a8a8; }
QLineEdit:focus, QPlainTextEdit:focus, QTextEdit:focus, QComboBox:focus, QAbstractSpinBox:focus,
QAbstractItemView:focus, QPushButton:focus, QToolButton:focus { border: 3px solid #ffff00; margin: 0px; }
QCheckBox::indicator, QRadioButton::indicator { width: @BOX@px; height: @BOX@px; border: 2px solid #ffffff;
    background: #000000; }
QRadioButton::indicator { border-radius: @ROUND@px; }
QComboBox::drop-down, QDateEdit::drop-down { width: @BOX@px; border-left: 1px solid #ffffff; }
QComboBox::down-arrow, QDateEdit::down-arrow { width: @ARROW@px; height: @ARROW@px; image: url(@ARROWFILE@); }
QCheckBox::indicator:checked, QRadioButton::indicator:checked { background: #ffff00; }
QCheckBox, QRadioButton { border: 2px solid transparent; }
QCheckBox:focus, QRadioButton:focus { border: 2px solid #ffff00; }
QHeaderView::section { background: #000000; color: #ffffff; border: 1px solid #ffffff; padding: 0.1em 0.3em; }
QProgressBar { border: 1px solid #ffffff; text-align: center; }
QProgressBar::chunk { background: #ffff00; }
"""


def system_wants_high_contrast() -> bool:
    style_hints = QGuiApplication.styleHints()  # kept: the accessibility hints live as long as it does
    return style_hints.accessibility().contrastPreference() == Qt.ContrastPreference.HighContrast


def high_contrast_palette() -> QPalette:
    """White text on black, yellow selection and links, grey (not faded) disabled text: every pair at a
    contrast ratio of 7:1 or more."""
    palette = QPalette()
    black, white, yellow = QColor("#000000"), QColor("#ffffff"), QColor("#ffff00")
    for role, colour in ((QPalette.ColorRole.Window, black), (QPalette.ColorRole.WindowText, white),
                         (QPalette.ColorRole.Base, black), (QPalette.ColorRole.AlternateBase, QColor("#1a1a1a")),
                         (QPalette.ColorRole.Text, white), (QPalette.ColorRole.Button, black),
                         (QPalette.ColorRole.ButtonText, white), (QPalette.ColorRole.BrightText, yellow),
                         (QPalette.ColorRole.Highlight, yellow), (QPalette.ColorRole.HighlightedText, black),
                         (QPalette.ColorRole.ToolTipBase, black), (QPalette.ColorRole.ToolTipText, white),
                         (QPalette.ColorRole.PlaceholderText, QColor("#c8c8c8")),
                         (QPalette.ColorRole.Link, yellow), (QPalette.ColorRole.LinkVisited, QColor("#ffb0ff")),
                         (QPalette.ColorRole.Light, white), (QPalette.ColorRole.Midlight, QColor("#c8c8c8")),
                         (QPalette.ColorRole.Mid, QColor("#a0a0a0")), (QPalette.ColorRole.Dark, white),
                         (QPalette.ColorRole.Shadow, white)):
        palette.setColor(role, colour)
    grey = QColor("#a8a8a8")  # 8.9:1 on black
    for role in (QPalette.ColorRole.WindowText, QPalette.ColorRole.Text, QPalette.ColorRole.ButtonText):
        palette.setColor(QPalette.ColorGroup.Disabled, role, grey)
    return palette


def high_contrast_style(line_height: int) -> str:
    """The style sheet for high contrast, its boxes sized for text lines ``line_height`` pixels high."""
    box = max(12, round(line_height * 0.7))
    return (_HIGH_CONTRAST_STYLE.replace("@BOX@", str(box)).replace("@ROUND@", str(box // 2 + 1))
            .replace("@ARROWFILE@", ARROW.as_posix()).replace("@ARROW@", str(max(8, box * 2 // 3))))


def apply_display(app: QApplication, text_scale: int = 100, contrast: str = "") -> bool:
    """Set the application font to ``text_scale`` per cent of the system's and, when ``contrast`` is "high"
    (or "" and the system asks for it), the high-contrast palette. Returns whether high contrast is on.
    Calling it again starts from the system's font and palette, so that scales never compound."""
    base = app.property("pulseSystemFont")
    if not isinstance(base, QFont):
        base = QFont(app.font())
        app.setProperty("pulseSystemFont", base)
        app.setProperty("pulseSystemStyle", app.style().name())
        app.setProperty("pulseSystemPalette", QPalette(app.palette()))
    font = QFont(base)
    scale = min(200, max(100, int(text_scale))) / 100
    if font.pointSizeF() > 0:
        font.setPointSizeF(font.pointSizeF() * scale)
    else:
        font.setPixelSize(round(font.pixelSize() * scale))
    app.setFont(font)
    high = contrast == "high" or (contrast == "" and system_wants_high_contrast())
    if high:
        app.setStyle(QStyleFactory.create("Fusion"))
        app.setPalette(high_contrast_palette())
        app.setStyleSheet(high_contrast_style(QFontMetrics(font).height()))
    elif app.property(_PROPERTY):  # back from high contrast: the system's style and palette
        app.setStyleSheet("")
        app.setStyle(QStyleFactory.create(str(app.property("pulseSystemStyle"))))
        app.setPalette(app.property("pulseSystemPalette"))
    app.setProperty(_PROPERTY, high)
    return high


def colours() -> Colours:
    """The views' own colours for the contrast in use."""
    app = QApplication.instance()
    return HIGH_CONTRAST if app is not None and app.property(_PROPERTY) else NORMAL
