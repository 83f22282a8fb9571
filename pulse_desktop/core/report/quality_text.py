"""English messages from other core modules, printed in the report's language: the image-quality findings
(imaging) and the measurement module's method, reasons and notes.

Those modules are Qt-free and write English; the study stores their words. The report tables list those
messages as templates (``"quality"`` and ``"measure"`` in ``resources/i18n/report/en.json``, e.g. ``"A reflection
washes out part of the ECG ({pct} %)."``) and their translations under the same keys. A stored message that
matches an English template is printed in the report's language, its numbers in the locale's format, the
picture's sides (``{sides}``) translated and a lead's name (``{lead}``) as it is; a message no template matches (an
older or newer app's wording) is printed in English, as stored, so that nothing is lost.
"""

from __future__ import annotations

import re
from functools import lru_cache

from pulse_desktop.core.report.language import SOURCE, ReportLanguage, load_table

_NUMBER = r"-?\d+(?:\.\d+)?"
_SIDES = r"(?:top|right|bottom|left)(?:, (?:top|right|bottom|left))*"
_LEAD = r"(?:I|II|III|aVR|aVL|aVF|V[1-6]|[A-Za-z0-9]+)"
_FIELD = re.compile(r"\{(\w+)\}")


def _pattern(template: str) -> re.Pattern[str]:
    parts, last = [], 0
    for match in _FIELD.finditer(template):
        parts.append(re.escape(template[last:match.start()]))
        name = match.group(1)
        value = {"sides": _SIDES, "lead": _LEAD}.get(name, _NUMBER)
        parts.append(f"(?P<{name}>{value})")
        last = match.end()
    parts.append(re.escape(template[last:]))
    return re.compile("".join(parts) + r"\Z")


@lru_cache(maxsize=4)
def _templates(section: str) -> tuple[tuple[str, re.Pattern[str]], ...]:
    table = load_table(SOURCE).get(section, {})
    return tuple((key, _pattern(text)) for key, text in table.items())


def message_key(message: str, section: str = "quality") -> tuple[str, dict[str, str]] | None:
    """The template key an English message was made from, and its values as written; None if none matches."""
    text = message.strip()
    for key, pattern in _templates(section):
        match = pattern.match(text)
        if match:
            return key, match.groupdict()
    return None


def translated(message: str, lang: ReportLanguage, section: str = "quality") -> str:
    """A stored English message in the report's language (unchanged when English or unknown)."""
    found = None if lang.is_source else message_key(message, section)
    if found is None:
        return message
    key, values = found
    template = lang.optional(section, key)
    if template is None:
        return message
    shown: dict[str, str] = {}
    for name, value in values.items():
        if name == "sides":
            words = [lang.optional("sides", side) or side for side in value.split(", ")]
            shown[name] = lang.t("list_separator").join(words)
        elif name == "lead":
            shown[name] = value
        else:
            shown[name] = lang.number(value)
    return template.format(**shown)


def quality_key(message: str) -> tuple[str, dict[str, str]] | None:
    return message_key(message, "quality")


def quality_message(message: str, lang: ReportLanguage) -> str:
    """An image-quality finding's message in the report's language."""
    return translated(message, lang, "quality")


def measure_message(message: str, lang: ReportLanguage) -> str:
    """The measurement module's method, a reason or a note, in the report's language."""
    return translated(message, lang, "measure")


__all__ = ["measure_message", "message_key", "quality_key", "quality_message", "translated"]
