"""The study workflow without Qt: picture -> review -> patient -> interpret -> follow up -> edit -> confirm.

A :class:`StudyWorkflow` owns the current :class:`StudySession` and is used from one thread (the window's,
or the command's). Steps that decide are plain methods; steps that take long return a :class:`Run` whose
``work(cancel)`` is a generator of events for a worker thread (it reads only frozen snapshots, the store and
the engine); its events go back through :meth:`StudyWorkflow.apply` and its outcome through
:meth:`StudyWorkflow.finish`. Writes a shell may want off its thread come as zero-argument callables
(:meth:`details_write`, :meth:`edit_write`, :meth:`confirm_write`). The rules are in :mod:`.rules`.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from pulse_desktop.core.cancel import CancelToken
from pulse_desktop.core.storage.records import Patient
from pulse_desktop.core.study import rules
from pulse_desktop.core.study.answer_recording import answer_stages, answer_text, cut_short
from pulse_desktop.core.study.engine_holder import EngineHolder, EngineSettings
from pulse_desktop.core.study.events import BundleChosen, StudyRecorded
from pulse_desktop.core.study.recorder import StudyDraft, StudyRecorder
from pulse_desktop.core.study.session import ASK, FOLLOW_UP, StudySession, now_local
from pulse_desktop.core.study.values import OpenedPicture, Review, Turn


class Refused(Exception):  # noqa: N818 - a step the rules do not allow now
    def __init__(self, refusal: rules.Refusal) -> None:
        super().__init__(refusal.reason)
        self.refusal = refusal


@dataclass(frozen=True, eq=False)
class Run:
    """One question to the model: ``work(cancel)`` runs on a worker and yields the run's events."""

    kind: str  # "ask" or "follow_up"
    question: str
    session: StudySession  # the study it belongs to (by identity)
    image: Any  # the picture the model reads (None for a follow-up)
    work: Callable[[CancelToken], Iterator[object]]


class StudyWorkflow:
    def __init__(self, recorder: StudyRecorder, engines: EngineHolder,
                 resolve_bundle: Callable[[str | None], Any]) -> None:
        self.recorder = recorder
        self.engines = engines
        self.resolve_bundle = resolve_bundle
        self.session = StudySession()
        self._conversation_of: int | None = None  # id() of the session whose conversation the engine holds

    # ----- the picture -------------------------------------------------------------------------------
    def new_study(self) -> StudySession:
        self.session = StudySession()
        return self.session

    def adopt_picture(self, opened: OpenedPicture, pictures: dict | None = None) -> StudySession:
        """Start a new study on an opened picture."""
        self.session = StudySession(image_name=opened.name, loaded=opened.loaded, original=opened.original,
                                    review=opened.review, unsaved=True, pictures=dict(pictures or {}))
        return self.session

    def set_review(self, session: StudySession, review: Review, pictures: dict | None = None) -> bool:
        """The picture straightened again (new corners); accepted warnings are asked again. False when the
        study changed meanwhile (the result is dropped)."""
        if session is not self.session:
            return False
        session.pictures.update(pictures or {})
        session.review, session.overrides, session.unsaved = review, (), True
        return True

    def replace_picture(self, session: StudySession, opened: OpenedPicture, pictures: dict | None = None) -> bool:
        """Another page of the same file (the clinician picked it) takes the picture's place; the patient
        and question stay, accepted warnings are asked again. False when the study changed meanwhile."""
        if session is not self.session or session.answered:
            return False
        session.loaded, session.original, session.review = opened.loaded, opened.original, opened.review
        session.pictures.update(pictures or {})
        session.overrides, session.turn_choice, session.unsaved = (), None, True
        return True

    def use_straightened(self, use: bool) -> None:
        self.session.use_straightened = use

    def accept_warning(self, name: str, accepted: bool = True) -> None:
        names = set(self.session.overrides)
        names.add(name) if accepted else names.discard(name)
        self.session.overrides = tuple(sorted(names))
        self.session.unsaved = True

    def accept_warnings(self, by: str) -> tuple[str, ...]:
        """Accept every warning of the picture in ``by``'s name (recorded with the study)."""
        s = self.session
        names = tuple(f.name for f in s.unaccepted_warnings)
        if names:
            s.overrides = tuple(sorted(set(s.overrides) | set(names)))
            s.override_by = by.strip()
            s.unsaved = True
        return names

    def set_patient(self, patient: Patient, indication: str | None = None) -> bool:
        s = self.session
        indication = s.indication if indication is None else indication
        if patient == s.patient and indication == s.indication:
            return False
        s.patient, s.indication, s.unsaved = patient, indication, True
        return True

    # ----- asking the model -------------------------------------------------------------------------------
    def check_interpret(self, busy: bool = False) -> rules.Refusal | None:
        return rules.check_interpret(self.session, busy)

    def interpret(self, question: str, settings: EngineSettings, *, busy: bool = False) -> Run:
        """Ask about the picture chosen for the model. An interpreted study is copied to a new one (the old
        one stays in the history as it is). Raises :class:`Refused`."""
        refusal = self.check_interpret(busy)
        if refusal is not None:
            raise Refused(refusal)
        if self.session.answered:
            self.session = self.session.copy_for_new_interpretation()
        session = self.session
        image, draft = session.image_for_model(), StudyDraft.of(session)
        assert image is not None  # check_interpret: there is a picture
        recorder, engines, resolve = self.recorder, self.engines, self.resolve_bundle

        def work(cancel: CancelToken) -> Iterator[object]:
            bundle = resolve(settings.default_bundle or None)  # no bundle: nothing half-recorded
            yield BundleChosen(bundle)
            recorded = recorder.begin(draft, question)
            yield recorded
            if recorded.turn is not None:
                recorder.set_bundle(recorded.study_id, bundle)
            yield from recorder.record_turn(recorded.study_id, recorded.turn,
                                            engines.ask(bundle, settings, image, question, cancel))

        self._conversation_of = id(session)
        session.add_turn(Turn(question, "", False, asked_at=now_local(), kind=ASK))
        return Run(ASK, question, session, image, work)

    def follow_up(self, question: str, *, busy: bool = False) -> Run:
        s, question = self.session, question.strip()
        refusal = rules.check_follow_up(s, question, busy)
        if refusal is None and (self._conversation_of != id(s) or not self.engines.loaded):
            refusal = rules.Refusal(rules.NOT_IN_MEMORY)
        if refusal is not None:
            raise Refused(refusal)
        draft, recorder, engines = StudyDraft.of(s), self.recorder, self.engines

        def work(cancel: CancelToken) -> Iterator[object]:
            recorded = recorder.begin(draft, question)
            yield recorded
            yield from recorder.record_turn(recorded.study_id, recorded.turn, engines.follow_up(question, cancel))

        s.add_turn(Turn(question, "", False, asked_at=now_local(), kind=FOLLOW_UP))
        return Run(FOLLOW_UP, question, s, None, work)

    def apply(self, run: Run, event: object) -> bool:
        """Take in a run's own event (True), or say it is for display (False)."""
        s = run.session
        if isinstance(event, StudyRecorded):
            s.study_id = event.study_id
            s.replace_last_turn(replace(s.turns[-1], store_index=event.turn))
            return True
        if isinstance(event, BundleChosen):
            s.bundle, s.bundle_name = event.bundle, str(getattr(event.bundle, "name", ""))
            return True
        return False

    def finish(self, run: Run, outcome: str, result: object = None, streamed: str = "", reason: str = "") -> Turn:
        """Close the run's turn: "succeeded" (``result`` is the engine's answer), "cancelled" or "failed"."""
        s = run.session
        last = s.turns[-1]
        if outcome == "succeeded":
            short = cut_short(result)
            turn = replace(last, answer=answer_text(result) or streamed.strip(), complete=not short,
                           stages=answer_stages(result), reason="context full" if short else "")
        else:
            turn = replace(last, answer=streamed.strip(), complete=False, reason=reason or outcome)
            if outcome == "failed":
                self._conversation_of = None  # the engine's conversation is not to be trusted
        s.replace_last_turn(turn)
        if turn.store_index is not None:
            s.unsaved = False  # the run recorded and closed it
        return turn

    # ----- the clinician's steps ------------------------------------------------------------------------
    def edit(self, text: str) -> bool:
        """The clinician's version of the interpretation (the model's words stay); True when it changed."""
        s = self.session
        if rules.check_edit(s) is not None:
            return False
        edited = None if text == s.interpretation else text
        if edited == s.edited_text:
            return False
        s.edited_text, s.unsaved = edited, True
        return True

    def details_write(self) -> Callable[[], None]:
        draft, recorder = StudyDraft.of(self.session), self.recorder
        return lambda: recorder.save_details(draft)

    def edit_write(self) -> Callable[[], None]:
        s, recorder = self.session, self.recorder
        main = s.main_turn
        study_id, index, text = s.study_id, None if main is None else main.store_index, s.edited_text
        return lambda: recorder.save_edit(study_id, index, text)

    def confirm_write(self, clinician: str, *, busy: bool = False) -> Callable[[], str | None]:
        """The confirmation's write (raises :class:`Refused` when it is not allowed now)."""
        refusal = rules.check_confirm(self.session, clinician, busy)
        if refusal is not None:
            raise Refused(refusal)
        draft, recorder, name = StudyDraft.of(self.session), self.recorder, clinician.strip()
        return lambda: recorder.confirm(draft, name)

    def confirmed(self, session: StudySession, clinician: str, at: str | None) -> None:
        session.confirmed_by = clinician.strip()
        session.confirmed_at = (at or now_local())[:16].replace("T", " ")
        session.unsaved = False

    def unconfirmed(self, session: StudySession) -> None:
        """The confirmation could not be stored: the study is not confirmed."""
        session.confirmed_by = session.confirmed_at = ""

    def save_draft(self) -> str | None:
        """Keep the study as it is (a draft when it was never interpreted); returns its ID."""
        s = self.session
        if s.study_id is None:
            s.study_id = self.recorder.create(StudyDraft.of(s))
        else:
            self.recorder.save_details(StudyDraft.of(s))
        if s.study_id is not None:
            s.unsaved = False
        return s.study_id

    # ----- what leaves the app (any thread: the store is thread-safe) ----------------------------------------
    def _recorded(self, study_id: str | None) -> tuple[Any, str]:
        from pulse_desktop.core.errors import StorageError

        store, study_id = self.recorder.store, study_id or self.session.study_id
        if store is None or study_id is None:
            raise StorageError("The report needs the study to be saved first"
                               + (f" ({self.recorder.unavailable})." if self.recorder.unavailable else "."),
                               "Check the data folder, then try again.")
        return store, study_id

    def write_report(self, out: Path, settings: Any = None, study_id: str | None = None) -> Path:
        """The PDF report of the (recorded) study, from what the store holds (core/report)."""
        from pulse_desktop.core.report import write_study_pdf

        store, study_id = self._recorded(study_id)
        return Path(write_study_pdf(store, study_id, Path(out), settings))

    def export(self, folder: Path, settings: Any = None, study_id: str | None = None) -> Path:
        """Pictures, study.json and report.pdf into ``folder/study-ID``; returns that folder."""
        from pulse_desktop.core.report import export_study

        store, study_id = self._recorded(study_id)
        target = Path(folder) / f"study-{study_id}"
        export_study(store, study_id, target, settings)
        return target

    def adopt(self, session: StudySession) -> None:
        """A study reopened from the history becomes the current one."""
        self.session = session

    def close(self) -> None:
        self.engines.close()
        self.recorder.close()
