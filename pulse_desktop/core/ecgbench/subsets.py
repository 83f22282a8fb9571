"""The ECGBench subsets: how each is scored and what the paper reports for PULSE-7B on it.

The names are the reference's question-file names (``ptb-test.json`` ...). Figures are PULSE-7B's published
numbers on a 0-100 scale (spec section 8); Hamming loss is lower-is-better, everything else higher-is-better.
"""

from __future__ import annotations

from dataclasses import dataclass, field

MULTI_LABEL = "multi-label"  # labels found by substring: F1, AUC, Hamming loss
OPTION_LETTER = "option-letter"  # one letter out of A..H: accuracy
OPTION_SET = "option-set"  # ECG-QA: the set of options named in the answer: accuracy
JUDGED_REPORT = "judged-report"  # an LLM judge compares the report with the clinician's
JUDGED_ARENA = "judged-arena"  # an LLM judge compares two turns with the reference answers


@dataclass(frozen=True)
class Subset:
    name: str
    title: str  # as in the paper's table
    kind: str
    size: int  # number of questions in the published subset
    paper: dict[str, float] = field(default_factory=dict)  # PULSE-7B's published figures, by metric key
    labels: tuple[str, ...] = ()  # MULTI_LABEL: the label space, searched in this order
    letters: tuple[str, ...] = ()  # OPTION_LETTER: the letters the seeded random fallback draws from
    gold_first_char: bool = False  # OPTION_LETTER: the gold answer is the first character of the value
    gold_key: str = "id"  # the question field that answers' question_id refers to (mmmu-ecg: "No")

    @property
    def needs_judge(self) -> bool:
        return self.kind in (JUDGED_REPORT, JUDGED_ARENA)

    @property
    def metric_keys(self) -> tuple[str, ...]:
        if self.kind == MULTI_LABEL:
            return ("auc", "f1", "hamming_loss")
        return ("accuracy",) if self.kind in (OPTION_LETTER, OPTION_SET) else ("score",)


LETTERS_8 = ("A", "B", "C", "D", "E", "F", "G", "H")

SUBSETS: dict[str, Subset] = {s.name: s for s in (
    Subset("ptb-test", "PTB-XL Super", MULTI_LABEL, 2082, {"auc": 82.4, "f1": 74.8, "hamming_loss": 11.0},
           labels=("NORM", "MI", "STTC", "CD", "HYP")),
    Subset("ptb-test-report", "PTB-XL Report", JUDGED_REPORT, 500, {"score": 61.3}),
    Subset("code15-test", "CODE-15%", MULTI_LABEL, 1400, {"auc": 90.7, "f1": 85.4, "hamming_loss": 5.0},
           labels=("1dAVb", "RBBB", "LBBB", "SB", "ST", "AF")),
    Subset("ecgqa-test", "ECG-QA", OPTION_SET, 1317, {"accuracy": 73.8}),
    Subset("cpsc-test", "CPSC 2018", MULTI_LABEL, 2061, {"auc": 76.9, "f1": 57.6, "hamming_loss": 8.6},
           labels=("NORM", "AF", "I-AVB", "LBBB", "RBBB", "PAC", "PVC", "STD", "STE")),
    Subset("csn-test-no-cot", "CSN", OPTION_LETTER, 1611, {"accuracy": 85.2},
           letters=LETTERS_8, gold_first_char=True),
    Subset("g12-test-no-cot", "G12EC", OPTION_LETTER, 2026, {"accuracy": 78.2},
           letters=LETTERS_8, gold_first_char=True),
    Subset("mmmu-ecg", "MMMU-ECG", OPTION_LETTER, 200, {"accuracy": 58.0},
           letters=("A", "B", "C", "D"), gold_key="No"),
    Subset("arena", "ECG Arena", JUDGED_ARENA, 50, {"score": 38.9}),
)}

OFFLINE_SUBSETS = tuple(name for name, s in SUBSETS.items() if not s.needs_judge)
JUDGED_SUBSETS = tuple(name for name, s in SUBSETS.items() if s.needs_judge)


def get_subset(name: str) -> Subset:
    """The subset called ``name``; ValueError naming the known ones otherwise."""
    try:
        return SUBSETS[name]
    except KeyError:
        raise ValueError(f"unknown ECGBench subset {name!r}; known: {', '.join(SUBSETS)}") from None
