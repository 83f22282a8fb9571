"""The study being worked on in the window: plain data, owned by the GUI thread, no widgets.

Values that go to a worker (the picture, the question, the patient) are immutable (frozen dataclasses,
PIL images that nobody modifies after they are made). The session says whether anything is unsaved, which
the window asks before closing.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from datetime import datetime

from PIL import Image

Point = tuple[float, float]
Corners = tuple[Point, Point, Point, Point]  # top-left, top-right, bottom-right, bottom-left, in original pixels


@dataclass(frozen=True)
class Patient:
    name: str = ""
    patient_id: str = ""
    birth_date: str = ""  # ISO date "YYYY-MM-DD", or ""
    age: str = ""  # when the date of birth is unknown
    sex: str = ""  # "female", "male", "other", ""
    indication: str = ""

    @property
    def complete(self) -> bool:
        return bool(self.name.strip() or self.patient_id.strip())


@dataclass(frozen=True)
class Finding:
    """One quality check as the window shows it."""

    name: str
    level: str  # "blocking", "warning" or "ok"
    message: str
    hint: str = ""
    value: float | None = None  # the measurement (unit per check: see docs/image-quality.md)

    @property
    def blocking(self) -> bool:
        return self.level == "blocking"

    @property
    def warning(self) -> bool:
        return self.level == "warning"


@dataclass(frozen=True)
class Review:
    """What straightening and the quality gate made of the picture."""

    straightened: Image.Image | None
    corners: Corners | None
    findings: tuple[Finding, ...] = ()
    is_ecg: bool = True
    px_per_mm: float | None = None
    report: object = None  # the core's quality report, kept for the study record

    @property
    def blocked(self) -> bool:
        return any(f.blocking for f in self.findings)

    @property
    def warnings(self) -> tuple[Finding, ...]:
        return tuple(f for f in self.findings if f.warning)


@dataclass(frozen=True)
class Turn:
    question: str
    answer: str
    complete: bool  # False when cancelled or interrupted: the partial text is kept and marked
    stages: dict[str, float] = field(default_factory=dict)
    asked_at: str = ""
    kind: str = "ask"  # "ask" (an interpretation of the image) or "follow_up"
    store_index: int | None = None  # the turn's index in the study store


@dataclass
class StudySession:
    """The current study. ``study_id`` is set once the store has a record of it."""

    image_name: str = ""
    loaded: object = None  # core LoadedImage (original bytes, notes)
    original: Image.Image | None = None
    review: Review | None = None
    use_straightened: bool = True
    overrides: tuple[str, ...] = ()  # names of the warnings the clinician accepted
    patient: Patient = field(default_factory=Patient)
    turns: list[Turn] = field(default_factory=list)
    edited_text: str | None = None  # the clinician's version of the first answer; None = unedited
    confirmed_by: str = ""
    confirmed_at: str = ""
    study_id: str | None = None  # the store's ID once the study is recorded
    bundle_name: str = ""
    bundle: object = None  # the InstalledBundle used (name, quantization, manifest)
    unsaved: bool = False
    pictures: dict = field(default_factory=dict)  # QImages made off the GUI thread (image_convert.prepare_pictures)
    created_at: str = field(default_factory=lambda: datetime.now().isoformat(timespec="seconds"))

    def picture(self, image: Image.Image, thumb: bool = False) -> object:
        """The prepared QImage of ``image`` (or its thumbnail), None when not prepared."""
        return self.pictures.get(("thumb", id(image)) if thumb else id(image))

    @property
    def has_image(self) -> bool:
        return self.original is not None

    def image_for_model(self) -> Image.Image | None:
        """The picture the model reads: the straightened one unless the clinician chose the original."""
        if self.review is not None and self.review.straightened is not None and self.use_straightened:
            return self.review.straightened
        return self.original

    @property
    def blocked(self) -> bool:
        return self.review is not None and self.review.blocked

    @property
    def unaccepted_warnings(self) -> tuple[Finding, ...]:
        if self.review is None:
            return ()
        return tuple(f for f in self.review.warnings if f.name not in self.overrides)

    @property
    def main_turn(self) -> Turn | None:
        """The interpretation the report is about: the last "ask" turn (earlier ones were cut short)."""
        return next((t for t in reversed(self.turns) if t.kind == "ask"), None)

    @property
    def answered(self) -> bool:
        """True when the interpretation is complete (follow-ups, confirmation and the report need it)."""
        main = self.main_turn
        return main is not None and main.complete

    @property
    def interpretation(self) -> str:
        """The model's interpretation, verbatim ('' before it exists)."""
        main = self.main_turn
        return main.answer if main is not None else ""

    @property
    def report_text(self) -> str:
        """What the report states: the clinician's edit when there is one, else the model's words."""
        return self.edited_text if self.edited_text is not None else self.interpretation

    @property
    def confirmed(self) -> bool:
        return bool(self.confirmed_by)

    @property
    def status(self) -> str:
        if self.confirmed:
            return "confirmed"
        return "interpreted" if self.answered else "draft"

    def copy_for_new_interpretation(self) -> StudySession:
        """The same picture and patient as a new, unrecorded study (the old one stays in the history)."""
        return StudySession(image_name=self.image_name, loaded=self.loaded, original=self.original,
                            review=self.review, use_straightened=self.use_straightened, overrides=self.overrides,
                            patient=self.patient, unsaved=True, pictures=dict(self.pictures))

    def add_turn(self, turn: Turn) -> None:
        self.turns.append(turn)
        self.unsaved = True

    def replace_last_turn(self, turn: Turn) -> None:
        self.turns[-1] = turn
        self.unsaved = True

    def with_patient(self, patient: Patient) -> None:
        if patient != self.patient:
            self.patient = replace(patient)
            self.unsaved = True
