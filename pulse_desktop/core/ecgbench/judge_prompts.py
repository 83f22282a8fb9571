"""What the LLM judge is asked, for the report subset and for ECG Arena.

Written in our own words after the reference's judging prompts (evaluation/prompts.py in the PULSE
repository): the same aspects, the same 0-10 scale with the same anchors (10 / 5 / 0), the same instruction
to ignore length, and a JSON answer of ``{"Aspect": {"Score": n, "Explanation": "..."}}``. docs/ecgbench.md
describes them. A judge's score is comparable with the paper's only with the paper's judge (GPT-4o).
"""

from __future__ import annotations

REPORT_ASPECTS = ("Diagnosis", "Waveform", "Rhythm")
ARENA_ASPECTS = ("Accuracy", "Completeness", "Instruction Adherence")

_JSON_SHAPE = ("Reply with one JSON object and nothing else, with one entry per aspect, each an object with "
               "an integer \"Score\" from 0 to 10 and a short \"Explanation\", like this: {shape}")


def _shape(aspects: tuple[str, ...]) -> str:
    return "{" + ", ".join(f'"{a}": {{"Score": 7, "Explanation": "..."}}' for a in aspects) + "}"


REPORT_INSTRUCTIONS = f"""You are grading an ECG report written by a computer against the report a clinician wrote \
for the same ECG. Grade three aspects, each from 0 to 10. Judge only what the clinician's report covers, point out \
every mistake, compare medical terms carefully, and do not reward or punish length.

Diagnosis: do the computer's diagnoses agree with the clinician's (conduction disturbances, ischaemia, infarction, \
hypertrophy and other abnormalities named by the clinician)? 10 = every key diagnosis right, nothing missing or \
wrong; 5 = some right, key ones missing or wrong; 0 = the key diagnoses missed, with several serious errors.

Waveform: does the computer describe the waveforms as the clinician does (P wave, QRS complex, ST segment, T wave, \
PR and QT intervals)? 10 = every waveform abnormality found without error; 5 = some found, key ones missed or \
misread; 0 = the key waveform abnormalities missed, with several serious errors.

Rhythm: is the rhythm read correctly and clearly (sinus rhythm, atrial fibrillation, ventricular tachycardia and \
so on, as the clinician reports it)? 10 = fully right and clear; 5 = partly right with notable errors or \
omissions; 0 = largely wrong, with serious errors.

{_JSON_SHAPE.format(shape=_shape(REPORT_ASPECTS))}"""


ARENA_INSTRUCTIONS = f"""You are grading a model's answers to a two-part question about an ECG against reference \
answers written by an expert. Grade three aspects, each from 0 to 10. Be exact and objective, look hard for errors \
in medical terms, and do not reward or punish length.

Accuracy: do the model's answers agree with the reference answers on what matters: the reading of the waveforms \
and intervals and the clinical diagnosis? 10 = fully right in reading, terms and diagnosis; 5 = partly right, with \
notable errors or omissions; 0 = mostly wrong or misleading.

Completeness: do the answers cover what the reference answers cover (rhythm, axis, waveforms, clinical causes and \
so on)? 10 = every key point; 5 = important points missing; 0 = the critical information missing.

Instruction Adherence: do the answers do what each question asks (list features, suggest a diagnosis, ...), \
whether or not they are right? 10 = fully; 5 = partly, with some deviation; 0 = not at all, or off the subject.

{_JSON_SHAPE.format(shape=_shape(ARENA_ASPECTS))}"""


def report_prompt(clinician_report: str, generated_report: str) -> str:
    return (f"{REPORT_INSTRUCTIONS}\n\n<clinician report>\n{clinician_report}\n</clinician report>\n\n"
            f"<computer report>\n{generated_report}\n</computer report>")


def arena_prompt(turns: list[tuple[str, str, str]]) -> str:
    """``turns``: (question, reference answer, model's answer) for each turn, in order."""
    reference = "\n\n".join(f"Question {i}: {q}\nReference answer {i}: {gold}"
                            for i, (q, gold, _) in enumerate(turns, 1))
    model = "\n\n".join(f"Question {i}: {q}\nModel answer {i}: {answer}"
                        for i, (q, _, answer) in enumerate(turns, 1))
    return (f"{ARENA_INSTRUCTIONS}\n\n<reference answers>\n{reference}\n</reference answers>\n\n"
            f"<model answers>\n{model}\n</model answers>")
