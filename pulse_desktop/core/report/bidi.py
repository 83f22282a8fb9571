"""The order in which a line's characters are drawn: a compact form of the Unicode bidirectional algorithm
(UAX #9) for the report, which mixes Arabic, Latin words, numbers and other scripts.

What it does, per line: Arabic letters are strong right-to-left, other letters strong left-to-right, digits
"European numbers" (left to right, but right-to-left in their influence on neutrals and taking the direction of
the letter before them, rules W7 and N1); spaces and punctuation take the direction of the strong characters on
both sides when these agree, else the paragraph's (N1, N2). Levels follow (I1, I2) and runs of a level are
reversed from the highest level down (L2); characters at odd levels are drawn mirrored (L4: brackets,
guillemets). Text between LRI (U+2066) and PDI (U+2069) is one left-to-right unit that, seen from outside, is
neutral (isolates, as the report puts around a Latin value inside Arabic text: :func:`isolate`).

A separator between two numbers joins them (W4: "8:42", "1,620", "0.1.0") and a terminator next to a number
goes with it (W5: "60°"). Left out, as the report never needs them: explicit embeddings and overrides,
Arabic-Indic digits as "Arabic numbers", bracket pairing (N0).
"""

from __future__ import annotations

from pulse_desktop.core.report.fonts import ARABIC, script_of

LRI, RLI, FSI, PDI = "\u2066", "\u2067", "\u2068", "\u2069"
MIRROR = str.maketrans("()[]{}<>«»‹›", ")(][}{><»«›‹")
_L, _R, _EN, _N = "L", "R", "EN", "N"
_SEPARATORS = ",.:/+-\u00a0\u202f"  # common and European separators (bidi classes CS, ES)
_TERMINATORS = "#$%\u00b0\u2030\u00b1\u00a2\u00a3\u00a5\u20ac"  # European terminators (ET)


def first_strong_is_arabic(text: str) -> bool:
    """The paragraph direction a text asks for (rule P2: its first letter, isolates skipped)."""
    depth = 0
    for ch in text:
        if ch in (LRI, RLI, FSI):
            depth += 1
        elif ch == PDI:
            depth = max(0, depth - 1)
        elif not depth and script_of(ch) is not None:
            return script_of(ch) == ARABIC
    return False


def isolate(value: str) -> str:
    """``value`` kept left to right as one unit inside right-to-left text (e.g. an English sentence whose full
    stop must stay at its end); a value that starts with an Arabic letter is returned as it is."""
    return value if not value or first_strong_is_arabic(value) else f"{LRI}{value}{PDI}"


def open_isolates(text: str) -> int:
    """How many isolates ``text`` leaves open (a line cut inside one opens it again on the next)."""
    depth = 0
    for ch in text:
        if ch in (LRI, RLI, FSI):
            depth += 1
        elif ch == PDI:
            depth = max(0, depth - 1)
    return depth


def _types(line: str) -> tuple[str, list[str]]:
    """The line without isolate controls, and each character's type (isolated text typed "iso")."""
    chars: list[str] = []
    types: list[str] = []
    depth = 0
    for ch in line:
        if ch in (LRI, RLI, FSI):
            depth += 1
            continue
        if ch == PDI:
            depth = max(0, depth - 1)
            continue
        chars.append(ch)
        if depth:
            types.append("iso")
            continue
        script = script_of(ch)
        if script is not None:
            types.append(_R if script == ARABIC else _L)
        else:
            types.append(_EN if ch.isdigit() else _N)
    return "".join(chars), types


def levels(line: str, rtl: bool) -> tuple[str, list[int]]:
    """The line (isolate controls removed) and each character's embedding level; ``rtl``: the paragraph's."""
    text, types = _types(line)
    base = 1 if rtl else 0
    for i in range(1, len(types) - 1):  # W4: one separator between two numbers joins them ("8:42", "1,620")
        if types[i] == _N and text[i] in _SEPARATORS and types[i - 1] == _EN == types[i + 1]:
            types[i] = _EN
    for i, kind in enumerate(types):  # W5: terminators (%, °) next to a number take its type ("60°")
        if kind == _N and text[i] in _TERMINATORS:
            j = i
            while j < len(types) and types[j] == _N and text[j] in _TERMINATORS:
                j += 1
            k = i
            while k > 0 and types[k - 1] == _N and text[k - 1] in _TERMINATORS:
                k -= 1
            if (j < len(types) and types[j] == _EN) or (k > 0 and types[k - 1] == _EN):
                types[i] = _EN
    strong_before = _R if rtl else _L
    for i, kind in enumerate(types):  # W7: a number after a left-to-right letter is left to right
        if kind in (_L, _R):
            strong_before = kind
        elif kind == _EN and strong_before == _L:
            types[i] = _L
    out: list[int] = []
    for i, kind in enumerate(types):
        if kind == "iso":
            out.append(base + 1 if rtl else base)
            continue
        if kind == _N:  # N1, N2: numbers count as right to left; isolates and other neutrals are skipped
            before = next((_R if t == _EN else t for t in reversed(types[:i]) if t in (_L, _R, _EN)),
                          _R if rtl else _L)
            after = next((_R if t == _EN else t for t in types[i + 1:] if t in (_L, _R, _EN)), _R if rtl else _L)
            kind = before if before == after else (_R if rtl else _L)
        if kind == _L:
            out.append(base + 1 if rtl else base)
        elif kind == _R:
            out.append(base if rtl else base + 1)
        else:  # a number: one above an odd level, two above an even one
            out.append(base + 1 if rtl else base + 2)
    return text, out


def visual_runs(line: str, rtl: bool) -> list[tuple[int, str]]:
    """(level, text in logical order) runs of ``line`` in the order they are drawn, left to right. A run at an
    odd level is drawn reversed (its Arabic shaped right to left, its brackets mirrored)."""
    text, lv = levels(line, rtl)
    runs: list[tuple[int, str]] = []
    for ch, level in zip(text, lv, strict=True):
        if runs and runs[-1][0] == level:
            runs[-1] = (level, runs[-1][1] + ch)
        else:
            runs.append((level, ch))
    if not runs:
        return []
    top = max(level for level, _ in runs)
    lowest_odd = min(level for level, _ in runs if level % 2) if any(level % 2 for level, _ in runs) else top + 1
    for k in range(top, lowest_odd - 1, -1):  # L2: reverse each sequence of runs at level k or above
        i = 0
        while i < len(runs):
            if runs[i][0] >= k:
                j = i
                while j < len(runs) and runs[j][0] >= k:
                    j += 1
                runs[i:j] = runs[i:j][::-1]
                i = j
            else:
                i += 1
    return runs


__all__ = ["LRI", "MIRROR", "PDI", "first_strong_is_arabic", "isolate", "levels", "open_isolates", "visual_runs"]
