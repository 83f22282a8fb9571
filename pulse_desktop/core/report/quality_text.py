"""The image-quality findings as the report prints them, in the report's language.

The imaging module (Qt-free, English) stores each finding's message in English. The report tables list those
messages as templates (``"quality"`` in ``resources/i18n/report/en.json``, e.g. ``"A reflection washes out part
of the ECG ({pct} %)."``) and their translations under the same keys. A stored message that matches an English
template is printed in the report's language, its numbers in the locale's format and the picture's sides
(``{sides}``) translated; a message no template matches (an older or newer app's wording) is printed in
English, as stored, so that nothing is lost.
"""

from __future__ import annotations

import re
from functools import lru_cache

from pulse_desktop.core.report.language import SOURCE, ReportLanguage, load_table

_NUMBER = r"-?\d+(?:\.\d+)?"
_SIDES = r"(?:top|right|bottom|left)(?:, (?:top|right|bottom|left))*"
_FIELD = re.compile(r"\{(\w+)\}")


def _pattern(template: str) -> re.Pattern[str]:
    parts, last = [], 0
    for match in _FIELD.finditer(template):
        parts.append(re.escape(template[last:match.start()]))
        name = match.group(1)
        parts.append(f"(?P<{name}>{_SIDES if name == 'sides' else _NUMBER})")
        last = match.end()
    parts.append(re.escape(template[last:]))
    return re.compile("".join(parts) + r"\Z")


@lru_cache(maxsize=1)
def _templates() -> tuple[tuple[str, re.Pattern[str]], ...]:
    table = load_table(SOURCE).get("quality", {})
    return tuple((key, _pattern(text)) for key, text in table.items())


def quality_key(message: str) -> tuple[str, dict[str, str]] | None:
    """The template key an English message was made from, and its values as written; None if none matches."""
    text = message.strip()
    for key, pattern in _templates():
        match = pattern.match(text)
        if match:
            return key, match.groupdict()
    return None


def quality_message(message: str, lang: ReportLanguage) -> str:
    """A stored English finding message in the report's language (unchanged when English or unknown)."""
    found = None if lang.is_source else quality_key(message)
    if found is None:
        return message
    key, values = found
    template = lang.optional("quality", key)
    if template is None:
        return message
    shown: dict[str, str] = {}
    for name, value in values.items():
        if name == "sides":
            words = [lang.optional("sides", side) or side for side in value.split(", ")]
            shown[name] = lang.t("list_separator").join(words)
        else:
            shown[name] = lang.number(value)
    return template.format(**shown)


__all__ = ["quality_key", "quality_message"]
