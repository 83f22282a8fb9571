"""The rules of a study: when it may be interpreted, asked more, edited and confirmed.

Each check returns ``None`` when the step is allowed, else a :class:`Refusal` whose ``reason`` is one of the
constants below (the shells word it in their language) and whose ``findings`` are the ones in the way.
The gate reads a finding's severity only: any "blocking" finding stops, any "warning" not accepted waits for
a clinician to accept it; the check's name does not matter.
"""

from __future__ import annotations

from dataclasses import dataclass

from pulse_desktop.core.errors import PulseError, QualityBlockedError
from pulse_desktop.core.findings import Finding
from pulse_desktop.core.study.session import StudySession

NO_PICTURE = "no_picture"
BLOCKED = "blocked"
WARNINGS = "warnings"
BUSY = "busy"
NOT_ANSWERED = "not_answered"
CONFIRMED = "confirmed"
NO_QUESTION = "no_question"
NO_NAME = "no_name"
NOT_IN_MEMORY = "not_in_memory"

MESSAGES = {  # the CLI's wording (the window has its own, translated)
    NO_PICTURE: ("Open an ECG picture first.", ""),
    BLOCKED: ("The picture cannot be interpreted.", "Retake the picture following the hints."),
    WARNINGS: ("The picture has quality warnings that nobody accepted.",
               "Take a better picture, or accept the warnings with --accept-warnings-by NAME."),
    BUSY: ("The model is busy.", "Wait for it to finish, or cancel it."),
    NOT_ANSWERED: ("There is no complete interpretation yet.", "Interpret the ECG first."),
    CONFIRMED: ("The report is confirmed.", "Start a new interpretation to change it."),
    NO_QUESTION: ("The question is empty.", "Type a question."),
    NO_NAME: ("A confirmation needs the clinician's name.", "Type your name as it should be printed."),
    NOT_IN_MEMORY: ("Follow-up questions need this study's interpretation in memory.",
                    "Interpret the ECG again to ask more questions."),
}


@dataclass(frozen=True)
class Refusal:
    reason: str
    findings: tuple[Finding, ...] = ()

    def error(self) -> PulseError:
        """The refusal as the error a command prints (blocked and warnings: exit 3, like ``straighten``)."""
        message, hint = MESSAGES[self.reason]
        if self.findings:
            first = self.findings[0]
            message = f"{message} {first.message}"
            hint = first.advice or hint if self.reason == BLOCKED else hint
        return QualityBlockedError(message, hint) if self.reason in (BLOCKED, WARNINGS) else PulseError(message, hint)


def check_interpret(session: StudySession, busy: bool = False) -> Refusal | None:
    """May the picture be interpreted now? (An interpreted study may be: it is copied to a new study.)"""
    if not session.has_image:
        return Refusal(NO_PICTURE)
    if session.blocked:
        return Refusal(BLOCKED, session.review.blocking if session.review else ())
    if session.unaccepted_warnings:
        return Refusal(WARNINGS, session.unaccepted_warnings)
    if busy:
        return Refusal(BUSY)
    return None


def check_follow_up(session: StudySession, question: str, busy: bool = False) -> Refusal | None:
    if busy:
        return Refusal(BUSY)
    if not session.answered:
        return Refusal(NOT_ANSWERED)
    if session.confirmed:
        return Refusal(CONFIRMED)
    if not question.strip():
        return Refusal(NO_QUESTION)
    return None


def check_edit(session: StudySession) -> Refusal | None:
    if session.confirmed:
        return Refusal(CONFIRMED)
    if not session.answered:
        return Refusal(NOT_ANSWERED)
    return None


def check_confirm(session: StudySession, clinician: str, busy: bool = False) -> Refusal | None:
    if not clinician.strip():
        return Refusal(NO_NAME)
    if session.confirmed:
        return Refusal(CONFIRMED)
    if not session.answered:
        return Refusal(NOT_ANSWERED)
    if busy:
        return Refusal(BUSY)
    return None


def same_reading(read: tuple[object, tuple], image: object, settings: object) -> bool:
    """Is a read-ahead of ``read`` = (picture, engine key) what reading ``image`` with ``settings`` would do?
    Then it goes on (and Interpret takes it over); anything else stops it."""
    from pulse_desktop.core.study.engine_holder import engine_key

    picture, key = read
    return image is not None and image is picture and key == engine_key(settings)  # type: ignore[arg-type]


def should_read_ahead(session: StudySession, enabled: bool, busy: bool) -> bool:
    """Read the picture before Interpret? Only a picture that may be interpreted, not yet answered."""
    return (enabled and session.image_for_model() is not None and not session.blocked and not session.answered
            and not busy)
