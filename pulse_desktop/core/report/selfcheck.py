"""`pulse-desktop selftest`'s look at the report: its languages (tables and Babel's locale data) and its fonts.

A frozen install that lost Babel's data or a table would otherwise only show it when a clinician prints.
"""

from __future__ import annotations

from pulse_desktop.core.selftest import Check


def report_check() -> Check:
    """Every report language loads and formats a date and a number; every script's font is there."""
    try:
        from pulse_desktop.core.report.fonts import ARABIC, CJK, DEVANAGARI, LATIN, register_fonts
        from pulse_desktop.core.report.language import LANGUAGES, available_languages, report_language
    except Exception as exc:  # noqa: BLE001 - the report cannot be written at all
        return Check("report", False, True, f"The report cannot be written: {exc!r}")
    problems: list[str] = []
    languages = available_languages()
    for code in LANGUAGES:
        if code not in languages:
            problems.append(f"no table for {code}")
            continue
        try:
            lang = report_language(code)
            lang.date_time("2025-03-14T08:42:00+01:00")
            lang.number(1234.5, 1)
            lang.t("unconfirmed", model="PULSE-7B", quantization="Q4_K_M")
        except Exception as exc:  # noqa: BLE001 - say which language, go on with the others
            problems.append(f"{code}: {exc!r}")
    fonts = register_fonts()
    missing = [script for script in (LATIN, ARABIC, DEVANAGARI, CJK) if script not in fonts.faces]
    if missing:
        problems.append(f"fonts missing for {', '.join(missing)}")
    data = {"languages": [c for c in LANGUAGES if c in languages], "fonts": sorted(fonts.faces), "problems": problems}
    if problems:
        return Check("report", False, False, "Report: " + "; ".join(problems), data)
    return Check("report", True, False, f"Report languages: {', '.join(data['languages'])}; fonts for every script",
                 data)


__all__ = ["report_check"]
