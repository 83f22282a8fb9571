"""Key findings: a conservative extraction of curated ECG statements from the interpretation's text.

The list lives in ``resources/statements/statements.json`` (our own wording and mapping; format described
there and in docs/report.md). :func:`extract_statements` finds each statement's patterns in the text, then
decides, NegEx-style, within the clause around each mention:

- negated ("no evidence of atrial fibrillation", "ST elevation is not seen") -> not extracted;
- hedged ("possible LVH", "infarction ... cannot be excluded", "AF?") -> extracted as "possible";
- otherwise -> extracted as stated.

Conservative means: when in doubt, leave it out. A negation cue anywhere in the few words before a mention
(within its clause) drops it, even if the cue belonged to a neighbouring phrase. The printed text is
always the authority; this block is an aid to reading it, and says so.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

STATEMENTS_FILE = Path(__file__).resolve().parents[3] / "resources" / "statements" / "statements.json"
STATED = "stated"
POSSIBLE = "possible"

_BREAK_PUNCT = re.compile(r"[;:!?\n\r]|\.(?!\d)")
_TOKEN = re.compile(r"[\w/'-]+|\?")


@dataclass(frozen=True)
class Statement:
    id: str
    label: str
    category: str
    critical: bool
    patterns: tuple[re.Pattern[str], ...]


@dataclass(frozen=True)
class StatementList:
    statements: tuple[Statement, ...]
    negation_before: tuple[str, ...]
    negation_after: tuple[str, ...]
    hedge_before: tuple[str, ...]
    hedge_after: tuple[str, ...]
    pseudo_negation: tuple[str, ...]
    scope_breakers: re.Pattern[str]
    window_before: int
    window_after: int


@dataclass(frozen=True)
class ExtractedStatement:
    id: str
    label: str
    category: str
    critical: bool
    certainty: str  # "stated" or "possible"
    evidence: str  # the words in the text that matched

    @property
    def display(self) -> str:
        return f"{self.label} (possible)" if self.certainty == POSSIBLE else self.label


def _compile(entry: dict) -> Statement:
    patterns = [re.compile(p, re.IGNORECASE) for p in entry.get("patterns", ())]
    patterns += [re.compile(rf"(?<![\w-]){re.escape(a)}(?![\w-])") for a in entry.get("abbreviations", ())]
    return Statement(id=entry["id"], label=entry["label"], category=entry.get("category", ""),
                     critical=bool(entry.get("critical", False)), patterns=tuple(patterns))


@lru_cache(maxsize=4)
def load_statements(path: Path = STATEMENTS_FILE) -> StatementList:
    data = json.loads(Path(path).read_text(encoding="utf-8"))
    breakers = "|".join(re.escape(w) for w in data.get("scope_breakers", ()))
    return StatementList(
        statements=tuple(_compile(e) for e in data["statements"]),
        negation_before=tuple(data.get("negation_before", ())), negation_after=tuple(data.get("negation_after", ())),
        hedge_before=tuple(data.get("hedge_before", ())), hedge_after=tuple(data.get("hedge_after", ())),
        pseudo_negation=tuple(sorted(data.get("pseudo_negation", ()), key=len, reverse=True)),
        scope_breakers=re.compile(rf"\b(?:{breakers})\b", re.IGNORECASE) if breakers else re.compile(r"(?!)"),
        window_before=int(data.get("window_before", 6)), window_after=int(data.get("window_after", 4)),
    )


def _clause(text: str, start: int, end: int, breakers: re.Pattern[str]) -> tuple[str, str]:
    """The text of the mention's clause before ``start`` and after ``end`` (the breaking mark included after)."""
    before = text[:start]
    cut = max([m.end() for m in _BREAK_PUNCT.finditer(before)] + [m.end() for m in breakers.finditer(before)] + [0])
    after = text[end:]
    stops = [m.start() for m in _BREAK_PUNCT.finditer(after)] + [m.start() for m in breakers.finditer(after)]
    stop = min(stops) if stops else len(after)
    if stop < len(after) and after[stop] == "?":
        stop += 1  # "AF?" keeps its question mark: a hedge
    return before[cut:], after[:stop]


def _words(text: str) -> list[str]:
    return [w.lower() for w in _TOKEN.findall(text)]


def _has(words: list[str], cues: tuple[str, ...], at_start: bool = False) -> bool:
    joined = " " + " ".join(words) + " "
    for cue in cues:
        probe = " " + " ".join(_words(cue)) + " "
        if (joined.startswith(probe) if at_start else probe in joined):
            return True
    return False


def _without(words: list[str], phrases: tuple[str, ...]) -> list[str]:
    joined = " " + " ".join(words) + " "
    for phrase in phrases:
        joined = joined.replace(" " + " ".join(_words(phrase)) + " ", " _ ")
    return joined.split()


def _certainty(text: str, start: int, end: int, rules: StatementList) -> str | None:
    before, after = _clause(text, start, end, rules.scope_breakers)
    pre = _words(before)[-rules.window_before:]
    post = _words(after)[:rules.window_after + 2]
    hedged = _has(pre, rules.hedge_before) or _has(post, rules.hedge_after, at_start=True) \
        or after.rstrip().endswith("?") and len(post) <= rules.window_after
    pre_clean, post_clean = _without(pre, rules.pseudo_negation), _without(post, rules.pseudo_negation)
    if _has(pre_clean, rules.negation_before) or _has(post_clean[:rules.window_after], rules.negation_after):
        return None
    return POSSIBLE if hedged else STATED


def extract_statements(text: str, rules: StatementList | None = None) -> list[ExtractedStatement]:
    """The curated statements asserted (or hedged) in ``text``, in order of first mention, one per statement;
    a statement both stated and hedged somewhere counts as stated."""
    rules = rules or load_statements()
    candidates = [(m.start(), m.end(), s) for s in rules.statements for p in s.patterns for m in p.finditer(text)]
    candidates.sort(key=lambda c: (-(c[1] - c[0]), c[0]))
    taken: list[tuple[int, int, Statement]] = []
    for start, end, statement in candidates:
        if all(end <= s or start >= e for s, e, _ in taken):
            taken.append((start, end, statement))
    found: dict[str, ExtractedStatement] = {}
    order: dict[str, int] = {}
    for start, end, s in sorted(taken, key=lambda c: c[0]):
        certainty = _certainty(text, start, end, rules)
        if certainty is None:
            continue
        previous = found.get(s.id)
        if previous is None or (previous.certainty == POSSIBLE and certainty == STATED):
            found[s.id] = ExtractedStatement(s.id, s.label, s.category, s.critical, certainty, text[start:end])
            order.setdefault(s.id, start)
    return sorted(found.values(), key=lambda f: order[f.id])
