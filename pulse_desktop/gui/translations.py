"""The window's language: which translation to load, compiling it when needed, and right-to-left for Arabic.

The translations live as Qt Linguist sources, ``resources/i18n/pulse_desktop_<lang>.ts`` (made from the
per-language tables by ``resources/i18n/make_ts.py``). The compiled ``.qm`` is not kept in git:
:func:`qm_file` uses a shipped one when it is at least as new as its ``.ts`` (the installer build compiles
them before freezing, :func:`compile_all`), else compiles the ``.ts`` with PySide6's ``lrelease`` into the
user cache folder when the cached one is missing or older than the ``.ts``.

The language is the Settings choice (``language``: "" = the system's), else the system's UI language; an
unsupported one falls back to English. A language chosen in Settings takes effect at the next start (the
dialog says so): nothing is retranslated under the open study, which stays as it is.
"""

from __future__ import annotations

import logging
import os
import subprocess
import sys
from pathlib import Path

import platformdirs
from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, Qt, QTranslator
from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import QApplication

from pulse_desktop.core import paths
from pulse_desktop.core.report.language import LANGUAGES, supported  # one list for the window and the report

log = logging.getLogger(__name__)

I18N = Path(__file__).resolve().parents[2] / "resources" / "i18n"
FONTS = I18N.parent / "fonts"
#: Fonts shipped for the scripts a system may lack (the report's fonts), by language: the writing system,
#: the files. Added behind the system's font only when no system font covers the script.
SCRIPT_FONTS: dict[str, tuple[str, tuple[str, ...]]] = {
    "ar": ("Arabic", ("NotoSansArabic-Regular.ttf", "NotoSansArabic-Bold.ttf")),
    "hi": ("Devanagari", ("NotoSansDevanagari-Regular.ttf", "NotoSansDevanagari-Bold.ttf")),
}
BASENAME = "pulse_desktop"
RIGHT_TO_LEFT = frozenset({"ar"})


def available_languages() -> dict[str, str]:
    """The languages the window can show (English and each with a translation source), code -> own name:
    what a Settings language list offers (the .qm files are compiled at first use, so look for the .ts)."""
    return {code: name for code, name in LANGUAGES.items() if code == "en" or ts_file(code).is_file()}


def resolve_language(setting: str = "", ui_languages: list[str] | None = None) -> str:
    """The language to show: the setting if supported, else the first supported system UI language, else "en"."""
    if setting and supported(setting):
        return supported(setting) or "en"
    for name in ui_languages if ui_languages is not None else QLocale.system().uiLanguages():
        code = supported(name)
        if code:
            return code
    return "en"


def language_setting() -> str:
    """The ``language`` chosen in Settings ("" = the system's); a damaged settings file gives ""."""
    from pulse_desktop.core.settings import read_settings

    return read_settings().settings.language


def ts_file(language: str) -> Path:
    return I18N / f"{BASENAME}_{language}.ts"


def cache_dir() -> Path:
    override = os.environ.get("PULSE_HOME")
    base = Path(override).expanduser() / "cache" if override else Path(
        platformdirs.user_cache_dir(paths.APP_NAME, paths.APP_AUTHOR))
    return base / "i18n"


def lrelease_tool() -> Path | None:
    import PySide6

    folder = Path(PySide6.__file__).parent
    names = ("lrelease.exe",) if sys.platform == "win32" else ("lrelease", "Qt/libexec/lrelease")
    return next((folder / n for n in names if (folder / n).is_file()), None)


def compile_qm(ts: Path, qm: Path) -> Path:
    """Compile one .ts into ``qm`` with PySide6's lrelease (raises RuntimeError with lrelease's words)."""
    tool = lrelease_tool()
    if tool is None:
        raise RuntimeError("PySide6's lrelease is not installed; cannot compile " + ts.name)
    qm.parent.mkdir(parents=True, exist_ok=True)
    done = subprocess.run([str(tool), "-silent", str(ts), "-qm", str(qm)], capture_output=True, text=True,
                          timeout=120)
    if done.returncode != 0 or not qm.is_file():
        raise RuntimeError(f"lrelease failed on {ts.name}: {(done.stderr or done.stdout).strip()}")
    return qm


def compile_all(folder: Path = I18N) -> list[Path]:
    """Every ``pulse_desktop_<lang>.ts`` compiled next to itself (the installer build, before freezing)."""
    return [compile_qm(ts_file(code), folder / f"{BASENAME}_{code}.qm") for code in LANGUAGES
            if ts_file(code).is_file()]


def _current(qm: Path, ts: Path) -> bool:
    return qm.is_file() and (not ts.is_file() or qm.stat().st_mtime >= ts.stat().st_mtime)


def qm_file(language: str) -> Path | None:
    """A compiled translation for ``language`` no older than its source, compiling it if needed; None when
    there is none (English, or a failure, which is logged: the window then shows English)."""
    ts, shipped = ts_file(language), I18N / f"{BASENAME}_{language}.qm"
    if _current(shipped, ts):
        return shipped
    if not ts.is_file():
        return None
    cached = cache_dir() / shipped.name
    if _current(cached, ts):
        return cached
    try:
        return compile_qm(ts, cached)
    except (OSError, RuntimeError, subprocess.SubprocessError) as exc:
        log.warning("no %s translation: %s", language, exc)
        return None


def system_covers(writing_system: str) -> bool:
    """Whether a font of the system (not one we added) has the glyphs of ``writing_system``."""
    ours = {"Noto Sans Arabic", "Noto Sans Devanagari"}
    system = getattr(QFontDatabase.WritingSystem, writing_system)
    return any(family not in ours for family in QFontDatabase.families(system))


def use_script_fonts(app: QApplication, language: str) -> list[str]:
    """When no system font covers ``language``'s script, add the shipped one behind the application font
    (Qt takes a glyph from it only when the system font has none). Returns the families added."""
    base = getattr(app, "_pulse_base_font", None) or QFont(app.font())
    app._pulse_base_font = base
    families: list[str] = []
    writing_system, files = SCRIPT_FONTS.get(language, ("", ()))
    if files and not system_covers(writing_system):
        for name in files:
            font_id = QFontDatabase.addApplicationFont(str(FONTS / name)) if (FONTS / name).is_file() else -1
            families += [f for f in QFontDatabase.applicationFontFamilies(font_id) if f not in families]
    font = QFont(base)
    if families:
        font.setFamilies([*base.families(), *families])
    app.setFont(font)
    return families


def _qtbase_qm(language: str) -> Path | None:
    """Qt's own translation (file dialogs and the like): qtbase_<lang>.qm, else a regional one (pt -> pt_BR)."""
    folder = Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath))
    exact = folder / f"qtbase_{language}.qm"
    return exact if exact.is_file() else next(iter(sorted(folder.glob(f"qtbase_{language}_*.qm"))), None)


def window_language() -> str:
    """The language the window was started in ("en" before translators are installed)."""
    return str(getattr(QCoreApplication.instance(), "_pulse_language", "en") or "en")


def core_message(message: str) -> str:
    """An image-quality message of the Qt-free core (English) in the window's language, through the report's
    tables (``core/report/quality_text``), so that the window and the report say the same words; a message no
    template matches stays in English."""
    from pulse_desktop.core.report.language import report_language
    from pulse_desktop.core.report.quality_text import quality_message

    return quality_message(message, report_language(window_language()))


def install_translators(app: QCoreApplication, language: str) -> list[QTranslator]:
    """Qt's own strings and ours in ``language`` (replacing translators installed here before), and the
    layout direction: right to left for Arabic (widgets, step bar, dialogs; the ECG picture is drawn by a
    QGraphicsView, which keeps the scene unmirrored)."""
    for old in getattr(app, "_pulse_translators", None) or []:
        app.removeTranslator(old)
    installed = []
    if language != "en":
        for path in (_qtbase_qm(language), qm_file(language)):  # ours last: searched first, so it wins
            translator = QTranslator(app)
            if path is not None and path.is_file() and translator.load(str(path)):
                app.installTranslator(translator)
                installed.append(translator)
    if isinstance(app, QApplication):
        use_script_fonts(app, language)
        app.setLayoutDirection(Qt.LayoutDirection.RightToLeft if language in RIGHT_TO_LEFT
                               else Qt.LayoutDirection.LeftToRight)
    app._pulse_translators = installed
    app._pulse_language = language
    return installed

