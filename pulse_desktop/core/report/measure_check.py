"""Where the model's words state something the digital measurements contradict, say so beside the text.

Checked statements (each only when the measurement exists): a heart rate in bpm (more than 10 bpm and 15 %
apart), bradycardia (measured ≥ 60 bpm), tachycardia (measured ≤ 100 bpm), first-degree AV block (measured
PR < 200 ms), a wide QRS (measured < 110 ms), a long QT (measured QTc Bazett < 450 ms). A statement preceded
in its sentence by a negation ("no", "without", "not", "absence of", "rule out") is not a claim. The model's
words are never changed; these are notes to print beside them.
"""

from __future__ import annotations

import re

from pulse_desktop.core.measure.result import Measurements

_NEGATION = re.compile(r"\b(no|not|without|absence of|absent|negative for|rule out|ruled out|nor)\b[^.;]*$", re.I)
_RATE = re.compile(r"(?:rate[^.;\d]{0,30}?)?\b(\d{2,3})\s*(?:bpm|beats?\s*(?:per|/)\s*min(?:ute)?|/\s*min)\b", re.I)
_CLAIMS = (
    ("brady", re.compile(r"\bbradycardi\w*", re.I)),
    ("tachy", re.compile(r"\b(?<!supraventricular )(?<!ventricular )tachycardi\w*", re.I)),
    ("avb1", re.compile(r"\b(first|1st|i)[- ]degree\s+(?:av|atrioventricular|a-v)\s+block|\bprolonged\s+pr\b", re.I)),
    ("wide", re.compile(r"\b(wide|broad|widened|prolonged)\s+qrs\b|\bqrs\s+(widening|prolongation)\b", re.I)),
    ("longqt", re.compile(r"\b(long|prolonged)\s+qtc?\b|\bqtc?\s+prolongation\b", re.I)),
)


def _claimed(text: str, match: re.Match) -> bool:
    start = max(text.rfind(".", 0, match.start()), text.rfind(";", 0, match.start()), text.rfind("\n", 0,
                                                                                                  match.start()))
    return not _NEGATION.search(text[start + 1:match.start()])


def contradiction_facts(text: str, m: Measurements | None) -> list[tuple[str, dict[str, object]]]:
    """What the measurements contradict, as (report-table key, values): ``said`` is the model's words (or the
    rate it gave), ``value`` the measurement; empty when nothing is contradicted."""
    if m is None or not text:
        return []
    facts: list[tuple[str, dict[str, object]]] = []
    hr = m.heart_rate_bpm
    if hr is not None:
        for match in _RATE.finditer(text):
            bpm = int(match.group(1))
            if 20 <= bpm <= 300 and abs(bpm - hr) > max(10.0, 0.15 * hr) and _claimed(text, match):
                facts.append(("contra_rate", {"said": bpm, "value": round(hr)}))
                break
    for key, pattern in _CLAIMS:
        claim: re.Match[str] | None = next((x for x in pattern.finditer(text) if _claimed(text, x)), None)
        if claim is None:
            continue
        said = claim.group(0)
        if key == "brady" and hr is not None and hr >= 60:
            facts.append(("contra_said_rate", {"said": said, "value": round(hr)}))
        elif key == "tachy" and hr is not None and hr <= 100:
            facts.append(("contra_said_rate", {"said": said, "value": round(hr)}))
        elif key == "avb1" and m.pr_ms is not None and m.pr_ms < 200:
            facts.append(("contra_said_pr", {"said": said, "value": round(m.pr_ms)}))
        elif key == "wide" and m.qrs_ms is not None and m.qrs_ms < 110:
            facts.append(("contra_said_qrs", {"said": said, "value": round(m.qrs_ms)}))
        elif key == "longqt" and m.qtc_ms is not None and m.qtc_ms < 450:
            facts.append(("contra_said_qtc", {"said": said, "value": round(m.qtc_ms)}))
    return facts


def contradictions(text: str, m: Measurements | None) -> list[str]:
    """Plain English sentences, e.g. "the text says 58 bpm; measured 96 bpm"; empty when nothing is contradicted
    (the report prints them in its language from :func:`contradiction_facts`)."""
    from pulse_desktop.core.report.language import report_language

    english = report_language("en")
    return [english.t(key, **values) for key, values in contradiction_facts(text, m)]
