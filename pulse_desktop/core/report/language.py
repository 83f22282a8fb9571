"""The report's language: its printed words (a data table per language) and its dates and numbers (Babel).

Tables: ``resources/i18n/report/<code>.json`` (``en`` is the source; translations are data, not code). Each
holds ``"strings"`` (key -> text with ``{name}`` placeholders), ``"statements"`` (key-finding ID -> printed
name), ``"quality"`` (the imaging module's English finding messages -> translations, see :mod:`.quality_text`)
and a few settings: ``"babel_locale"`` (dates and numbers), ``"date_format"`` (a Babel date width),
``"direction"`` (``"rtl"`` for Arabic). A key missing from a table falls back to English (the tests make sure
none is missing).

Which language: :func:`report_language` takes the Settings ``language`` ("" = the system's, like the window)
and falls back to English for a language without a table. The model writes English whatever the language;
its words are printed verbatim (the report says so in the chosen language).
"""

from __future__ import annotations

import json
import locale
import os
import re
import subprocess
import sys
from dataclasses import dataclass, field
from datetime import date, datetime
from decimal import Decimal
from functools import lru_cache
from pathlib import Path
from typing import Any

from babel.core import Locale, UnknownLocaleError
from babel.dates import format_date
from babel.dates import format_time as babel_time
from babel.numbers import format_decimal

TABLE_DIR = Path(__file__).resolve().parents[3] / "resources" / "i18n" / "report"
SOURCE = "en"
#: The report languages, code -> own name (the window offers the same six plus English).
LANGUAGES: dict[str, str] = {"en": "English", "fr": "Français", "es": "Español", "pt": "Português",
                             "ar": "العربية", "hi": "हिन्दी", "sw": "Kiswahili"}


def supported(name: str | None) -> str | None:
    """The report language for a locale name ("pt_BR" -> "pt", "fr-CA.UTF-8" -> "fr"); None if unsupported."""
    if not name:
        return None
    code = name.replace("-", "_").split(".")[0].split("@")[0].split("_")[0].lower()
    return code if code in LANGUAGES else None


def system_languages() -> list[str]:
    """The system's UI language names, most preferred first (environment, then the OS's own setting)."""
    names: list[str] = []
    for var in ("LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG"):
        value = os.environ.get(var, "")
        if value and value not in ("C", "POSIX"):
            names += [v for v in value.split(":") if v]
            if var != "LANGUAGE":
                break
    if sys.platform == "darwin":  # pragma: no cover - macOS only: a Finder-started app has no LANG
        try:
            found = subprocess.run(["defaults", "read", "-g", "AppleLanguages"], capture_output=True, text=True,
                                   timeout=2, check=False).stdout
            names += re.findall(r"[A-Za-z]{2,3}(?:[-_][A-Za-z0-9]+)*", found)
        except (OSError, subprocess.SubprocessError):
            pass
    if sys.platform == "win32":  # pragma: no cover - Windows only
        try:
            import ctypes

            lcid = ctypes.windll.kernel32.GetUserDefaultUILanguage()  # type: ignore[attr-defined]
            names.append(locale.windows_locale.get(lcid, ""))
        except Exception:  # noqa: BLE001 - no language from the OS: English
            pass
    try:
        names.append(locale.getlocale()[0] or "")
    except ValueError:
        pass
    return [n for n in names if n]


def resolve_language(setting: str | None = "", system: list[str] | None = None) -> str:
    """The setting when supported, else the first supported system language, else English."""
    code = supported(setting)
    if code:
        return code
    for name in system if system is not None else system_languages():
        code = supported(name)
        if code:
            return code
    return SOURCE


@lru_cache(maxsize=16)
def load_table(code: str) -> dict[str, Any]:
    path = TABLE_DIR / f"{code}.json"
    data = json.loads(path.read_text(encoding="utf-8"))
    if not isinstance(data, dict) or not isinstance(data.get("strings"), dict):
        raise ValueError(f"{path}: not a report table (no \"strings\" object)")
    return data


def available_languages() -> list[str]:
    return [code for code in LANGUAGES if (TABLE_DIR / f"{code}.json").is_file()]


@dataclass(frozen=True)
class ReportLanguage:
    """The words, dates and numbers of one report language."""

    code: str
    table: dict[str, Any] = field(repr=False)
    source: dict[str, Any] = field(repr=False)

    @property
    def rtl(self) -> bool:
        return self.table.get("direction") == "rtl"

    @property
    def is_source(self) -> bool:
        return self.code == SOURCE

    @property
    def babel_locale(self) -> Locale:
        try:
            return Locale.parse(self.table.get("babel_locale") or self.code)
        except (UnknownLocaleError, ValueError):
            return Locale.parse(SOURCE)

    def _lookup(self, section: str, key: str) -> str | None:
        value = self.table.get(section, {}).get(key)
        if not isinstance(value, str) or not value:
            value = self.source.get(section, {}).get(key)
        return value if isinstance(value, str) else None

    def t(self, key: str, **values: Any) -> str:
        """The text of ``key`` with its ``{placeholders}`` filled in (the English text when untranslated)."""
        text = self._lookup("strings", key)
        if text is None:
            raise KeyError(f"report string {key!r} is not in the English table")
        if self.rtl:  # a Latin value (a name, an English message) stays one left-to-right unit in Arabic text
            from pulse_desktop.core.report.bidi import LRI, isolate

            # (a value made by t() itself already isolates what it holds: isolated again, its Arabic would be lost)
            values = {k: isolate(v) if isinstance(v, str) and LRI not in v else v for k, v in values.items()}
        return text.format(**values) if values else text

    def statement(self, statement_id: str, english: str) -> str:
        """A key finding's printed name (English ``english`` when the table has none)."""
        return self._lookup("statements", statement_id) or english

    def optional(self, section: str, key: str) -> str | None:
        """A translation that may be absent (quality messages, stage names): None when there is none."""
        value = self.table.get(section, {}).get(key)
        return value if isinstance(value, str) and value else None

    # ----- numbers and dates -------------------------------------------------------------------------
    def number(self, value: float | int | str | Decimal, decimals: int | None = None) -> str:
        """``value`` in the locale's digits and separators; ``decimals`` fixed, or as given (a text keeps its own)."""
        if isinstance(value, str):
            text = value.strip()
            if decimals is None:
                decimals = len(text.split(".", 1)[1]) if "." in text else 0
            value = Decimal(text)
        if decimals is None:
            decimals = 0 if isinstance(value, int) else 1
        pattern = "#,##0" + ("." + "0" * decimals if decimals > 0 else "")
        return format_decimal(value, format=pattern, locale=self.babel_locale)

    def date(self, iso: str) -> str:
        """An ISO date (``1958-06-21``) in the locale's format; other text unchanged. English keeps ISO 8601."""
        try:
            day = date.fromisoformat(iso.strip())
        except (AttributeError, TypeError, ValueError):
            return iso
        if self.is_source:
            return day.isoformat()
        return format_date(day, self.table.get("date_format", "medium"), locale=self.babel_locale)

    def date_time(self, iso: str) -> str:
        """``2025-01-14T09:30:00+01:00`` -> the locale's date and time, with its UTC offset; other text unchanged.

        English keeps the app's ISO form, ``2025-01-14 09:30 (UTC+01:00)``."""
        try:
            moment = datetime.fromisoformat(iso)
        except (TypeError, ValueError):
            return iso
        if self.is_source:
            when = moment.strftime("%Y-%m-%d %H:%M")
        else:
            day = format_date(moment.date(), self.table.get("date_format", "medium"), locale=self.babel_locale)
            clock = babel_time(moment.time().replace(tzinfo=None), "short", locale=self.babel_locale)
            when = self.t("date_time", date=day, time=clock)
        if moment.utcoffset() is None:
            return when
        offset = moment.strftime("%z")
        return self.t("with_offset", when=when, offset=f"{offset[:3]}:{offset[3:]}")


def report_language(code: str | None = None) -> ReportLanguage:
    """The report language for a Settings value or locale name ("" or None = the system's language)."""
    chosen = resolve_language(code)
    if chosen not in available_languages():
        chosen = SOURCE
    return ReportLanguage(chosen, load_table(chosen), load_table(SOURCE))


ENGLISH_NOTE_KEY = "model_language_note"

__all__ = ["LANGUAGES", "ReportLanguage", "available_languages", "load_table", "report_language",
           "resolve_language", "supported", "system_languages"]
