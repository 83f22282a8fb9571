"""The study being worked on: plain data owned by one thread (the window's, or the command's), no Qt.

Values that go to a worker (the picture, the question, the patient) are immutable (frozen dataclasses, PIL
images nobody modifies after they are made). The session says whether anything is unsaved.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from PIL import Image

from pulse_desktop.core.findings import Finding
from pulse_desktop.core.storage.records import Patient
from pulse_desktop.core.study.digital import READ_AS, is_recording
from pulse_desktop.core.study.values import Review, Turn

ASK, FOLLOW_UP = "ask", "follow_up"


def now_local() -> str:
    return datetime.now().isoformat(timespec="seconds")


@dataclass
class StudySession:
    """The current study. ``study_id`` is set once the store has a record of it."""

    image_name: str = ""
    loaded: Any = None  # core LoadedImage (original bytes, notes)
    original: Image.Image | None = None
    review: Review | None = None
    use_straightened: bool = True
    turn_choice: int | None = None  # the clinician's turn (clockwise degrees); None: as detected
    overrides: tuple[str, ...] = ()  # names of the warnings the clinician accepted
    override_by: str = ""  # who accepted them, when known before the confirmation (the CLI's option)
    patient: Patient = field(default_factory=Patient)
    indication: str = ""  # why the ECG was taken
    clinician: str = ""  # requesting clinician (the CLI's option)
    turns: list[Turn] = field(default_factory=list)
    edited_text: str | None = None  # the clinician's version of the first answer; None = unedited
    confirmed_by: str = ""
    confirmed_at: str = ""
    study_id: str | None = None  # the store's ID once the study is recorded
    bundle_name: str = ""
    bundle: Any = None  # the InstalledBundle used (name, quantization, manifest)
    unsaved: bool = False
    pictures: dict = field(default_factory=dict)  # the shell's display copies (the window's QImages), opaque here
    created_at: str = field(default_factory=now_local)

    def picture(self, image: Image.Image, thumb: bool = False) -> object:
        """The shell's prepared copy of ``image`` (or its thumbnail), None when not prepared."""
        return self.pictures.get(("thumb", id(image)) if thumb else id(image))

    @property
    def has_image(self) -> bool:
        return self.original is not None

    def image_for_model(self) -> Image.Image | None:
        """The picture the model reads: the straightened one unless the clinician chose the original."""
        if self.review is not None and self.review.straightened is not None and self.use_straightened \
                and not is_recording(self.loaded):  # a digital recording's page is read as it is
            return self.review.straightened
        return self.original

    @property
    def picture_read(self) -> str:
        """Which picture the model reads: "straightened", "original" (checked), "as-is" (not checked) or
        "rendered" (the page drawn from a digital recording, as it is)."""
        if is_recording(self.loaded):
            return READ_AS
        if self.review is not None and not self.review.checked:
            return "as-is"
        if self.review is not None and self.review.straightened is not None and self.use_straightened:
            return "straightened"
        return "original"

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
        return next((t for t in reversed(self.turns) if t.kind == ASK), None)

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
                            review=self.review, use_straightened=self.use_straightened,
                            turn_choice=self.turn_choice, overrides=self.overrides,
                            override_by=self.override_by, patient=self.patient, indication=self.indication,
                            clinician=self.clinician, unsaved=True, pictures=dict(self.pictures))

    def add_turn(self, turn: Turn) -> None:
        self.turns.append(turn)
        self.unsaved = True

    def replace_last_turn(self, turn: Turn) -> None:
        self.turns[-1] = turn
        self.unsaved = True
