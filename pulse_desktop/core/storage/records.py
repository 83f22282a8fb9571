"""The study record: plain, frozen values that the store reads and writes and the report prints.

Nothing here imports the engine, imaging or bundle modules: they hand over plain values (strings, numbers,
bytes) and :func:`quality_from_report` / :func:`bundle_info` read their objects by attribute name only.

A :class:`Study` is one ECG for one patient: who (:class:`Patient`), when and why, the pictures
(:class:`ImageRef`, files named by sha256), the quality check (:class:`QualityRecord`), the model bundle
used (:class:`BundleInfo`), every question and answer (:class:`Turn`, the model's words verbatim with the
clinician's edit kept beside them) and its status (draft -> interpreted -> confirmed).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import asdict, dataclass, field, fields, is_dataclass, replace
from typing import Any

from pulse_desktop.core.findings import Finding

DRAFT = "draft"  # created; no answer has finished yet
INTERPRETED = "interpreted"  # at least one answer finished; not confirmed
CONFIRMED = "confirmed"  # a clinician confirmed the report (confirmed_by, confirmed_at)
STATUSES = (DRAFT, INTERPRETED, CONFIRMED)

IN_PROGRESS = "in_progress"  # the answer is being written (tokens are appended as they come)
COMPLETE = "complete"  # the answer finished (EOS or the token limit)
INCOMPLETE = "incomplete"  # cancelled, failed, or the app stopped before the answer finished
TURN_STATES = (IN_PROGRESS, COMPLETE, INCOMPLETE)

ORIGINAL = "original"
STRAIGHTENED = "straightened"
IMAGE_ROLES = (ORIGINAL, STRAIGHTENED)

QUALITY_LEVELS = ("ok", "warning", "blocking")


@dataclass(frozen=True)
class Patient:
    name: str = ""
    patient_id: str = ""
    date_of_birth: str = ""  # ISO date (YYYY-MM-DD) when known, else ""
    age: str = ""  # free text ("54", "54 y", "8 months") when the date of birth is not known
    sex: str = ""  # "female", "male", "other" or "" (not recorded)


@dataclass(frozen=True)
class ImageRef:
    role: str  # "original" or "straightened"
    sha256: str
    suffix: str  # ".png", ".jpg"...: the file is images/<sha256[:2]>/<sha256><suffix>
    size_bytes: int
    width: int = 0
    height: int = 0


QualityFinding = Finding  # the one finding type (core/findings.py), under the name the records use


@dataclass(frozen=True)
class QualityOverride:
    who: str
    when: str
    findings: tuple[str, ...]  # names of the findings overridden
    reason: str = ""


@dataclass(frozen=True)
class QualityRecord:
    findings: tuple[QualityFinding, ...] = ()
    is_ecg: bool = True
    override: QualityOverride | None = None

    @property
    def problems(self) -> tuple[QualityFinding, ...]:
        """Findings that are not ok (warnings, and blocking ones that were overridden)."""
        return tuple(f for f in self.findings if f.level != "ok")


@dataclass(frozen=True)
class BundleInfo:
    name: str
    quantization: str  # "Q4_K_M"...
    manifest_sha256: str
    kind: str = "clinical"  # "clinical", "test" or "synthetic" (the last two are "not a clinical model")
    vision_precision: str = ""

    @property
    def is_clinical(self) -> bool:
        return self.kind == "clinical"


@dataclass(frozen=True)
class Turn:
    index: int  # 0 for the first question, 1 for the first follow-up...
    question: str
    answer: str  # the model's words, verbatim, as far as they came
    state: str  # "in_progress", "complete" or "incomplete"
    started_at: str
    finished_at: str = ""
    incomplete_reason: str = ""
    token_count: int = 0
    timings: tuple[tuple[str, float], ...] = ()  # (stage, seconds) in the order they ran
    edited_text: str | None = None  # the clinician's version, kept beside the model's
    edited_by: str = ""
    edited_at: str = ""
    computed_on: str = ""  # "this computer", or a clinic server's address and manifest sha256; "" when unknown

    @property
    def is_complete(self) -> bool:
        return self.state == COMPLETE

    @property
    def final_text(self) -> str:
        """What the clinician stands behind: their edit when there is one, else the model's words."""
        return self.edited_text if self.edited_text is not None else self.answer


@dataclass(frozen=True)
class Study:
    study_id: str
    created_at: str
    patient: Patient = field(default_factory=Patient)
    acquired_at: str = ""
    clinician: str = ""
    indication: str = ""
    status: str = DRAFT
    confirmed_by: str = ""
    confirmed_at: str = ""
    images: tuple[ImageRef, ...] = ()
    quality: QualityRecord | None = None
    bundle: BundleInfo | None = None
    turns: tuple[Turn, ...] = ()
    updated_at: str = ""
    measurements: dict[str, Any] | None = None  # from a digital recording (Measurements.to_dict()); None: a picture

    @property
    def incomplete(self) -> bool:
        """True when an answer was cut short (cancelled, failed, or the app stopped mid-answer)."""
        return any(t.state == INCOMPLETE for t in self.turns)

    @property
    def is_confirmed(self) -> bool:
        return self.status == CONFIRMED

    def image(self, role: str) -> ImageRef | None:
        return next((i for i in self.images if i.role == role), None)

    @property
    def original(self) -> ImageRef | None:
        return self.image(ORIGINAL)

    @property
    def straightened(self) -> ImageRef | None:
        return self.image(STRAIGHTENED)

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready: every field, plus the derived ``incomplete`` flag."""
        data = asdict(self)
        data["incomplete"] = self.incomplete
        for turn in data["turns"]:
            turn["timings"] = dict(turn["timings"])
        return data


@dataclass(frozen=True)
class StudySummary:
    """One line of the history (what ``Store.list_studies`` returns)."""

    study_id: str
    created_at: str
    acquired_at: str
    patient_name: str
    patient_id: str
    status: str
    incomplete: bool
    confirmed_by: str
    bundle_name: str
    turn_count: int

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


def clean_text(text: str) -> str:
    """``text`` safe to store: lone surrogates (undecodable bytes in a command-line argument) become U+FFFD."""
    try:
        text.encode("utf-8")
        return text
    except UnicodeEncodeError:
        return text.encode("utf-16", "surrogatepass").decode("utf-16", "replace")


def clean_record(value: Any) -> Any:
    """A copy of a frozen record (or tuple of them) with :func:`clean_text` applied to every string in it."""
    if isinstance(value, str):
        return clean_text(value)
    if isinstance(value, tuple):
        return tuple(clean_record(v) for v in value)
    if is_dataclass(value) and not isinstance(value, type):
        return replace(value, **{f.name: clean_record(getattr(value, f.name)) for f in fields(value)})
    return value


def timings_tuple(timings: Mapping[str, float] | Iterable[tuple[str, float]] | None) -> tuple[tuple[str, float], ...]:
    if not timings:
        return ()
    items = timings.items() if isinstance(timings, Mapping) else timings
    return tuple((str(k), float(v)) for k, v in items)


def quality_from_report(report: Any) -> QualityRecord:
    """A :class:`QualityRecord` from the imaging module's quality report, read by attribute name.

    Accepts anything with ``findings`` (items with name, level, value, message, advice), optional ``is_ecg``
    and optional ``override`` (who, when, findings, reason); or a mapping with the same keys.
    """

    def get(obj: Any, key: str, default: Any = None) -> Any:
        if isinstance(obj, Mapping):
            return obj.get(key, default)
        return getattr(obj, key, default)

    findings = []
    for item in get(report, "findings", ()) or ():
        value = get(item, "value")
        level = str(get(item, "level", "warning"))
        findings.append(QualityFinding(
            name=str(get(item, "name", "")),
            level=level if level in QUALITY_LEVELS else "warning",
            value=None if value is None else float(value),
            message=str(get(item, "message", "")),
            advice=str(get(item, "advice", "") or get(item, "hint", "") or ""),
        ))
    override = get(report, "override")
    record_override = None
    if override:
        record_override = QualityOverride(
            who=str(get(override, "who", "")), when=str(get(override, "when", "")),
            findings=tuple(str(f) for f in (get(override, "findings", ()) or ())),
            reason=str(get(override, "reason", "")))
    return QualityRecord(findings=tuple(findings), is_ecg=bool(get(report, "is_ecg", True)),
                         override=record_override)


def bundle_info(manifest: Any, manifest_sha256: str) -> BundleInfo:
    """A :class:`BundleInfo` from a bundle ``Manifest`` (read by attribute name) and its sha256."""
    lm = getattr(manifest, "language_model", None)
    vision = getattr(manifest, "vision", None)
    return BundleInfo(name=str(getattr(manifest, "name", "")),
                      quantization=str(getattr(lm, "quantization", "")),
                      manifest_sha256=manifest_sha256,
                      kind=str(getattr(manifest, "kind", "clinical")),
                      vision_precision=str(getattr(vision, "precision", "")))
