"""The study's rules without Qt: what may happen when, gated on a finding's severity, never its name."""

from __future__ import annotations

from pulse_desktop.core.storage import Patient
from pulse_desktop.core.study import rules
from pulse_desktop.core.study.session import StudySession
from pulse_desktop.core.study.values import Turn
from tests.study.pictures import GLARE, NOT_ECG_BLOCKING, NOT_ECG_WARNING, opened


def session_with(*findings, straighten=True) -> StudySession:
    picture = opened(*findings, straighten=straighten)
    return StudySession(image_name=picture.name, loaded=picture.loaded, original=picture.original,
                        review=picture.review)


def test_nothing_to_interpret_without_a_picture():
    assert rules.check_interpret(StudySession()).reason == rules.NO_PICTURE


def test_a_blocking_finding_stops_whatever_its_name():
    refusal = rules.check_interpret(session_with(NOT_ECG_BLOCKING))
    assert refusal.reason == rules.BLOCKED and refusal.findings == (NOT_ECG_BLOCKING,)
    error = refusal.error()
    assert error.exit_code == 3 and "does not look like an ECG" in error.message and error.hint == "Open an ECG."


def test_a_warning_waits_for_acceptance_whatever_its_name():
    # "not an ECG" made an overridable warning (as the imaging checks may decide) is just a warning here
    for finding in (GLARE, NOT_ECG_WARNING):
        s = session_with(finding)
        refusal = rules.check_interpret(s)
        assert refusal.reason == rules.WARNINGS and refusal.findings == (finding,)
        assert "--accept-warnings-by" in refusal.error().hint
        s.overrides = (finding.name,)
        assert rules.check_interpret(s) is None


def test_busy_is_checked_after_the_picture():
    s = session_with()
    assert rules.check_interpret(s) is None
    assert rules.check_interpret(s, busy=True).reason == rules.BUSY


def test_follow_up_edit_and_confirm_need_a_complete_interpretation():
    s = session_with()
    assert rules.check_follow_up(s, "Rate?").reason == rules.NOT_ANSWERED
    assert rules.check_edit(s).reason == rules.NOT_ANSWERED
    assert rules.check_confirm(s, "Dr Obi").reason == rules.NOT_ANSWERED
    s.add_turn(Turn("Q", "partial", complete=False))
    assert rules.check_confirm(s, "Dr Obi").reason == rules.NOT_ANSWERED  # cut short: not yet
    s.add_turn(Turn("Q", "Sinus rhythm.", complete=True))
    assert rules.check_follow_up(s, "Rate?") is None
    assert rules.check_follow_up(s, "   ").reason == rules.NO_QUESTION
    assert rules.check_confirm(s, "  ").reason == rules.NO_NAME
    assert rules.check_confirm(s, "Dr Obi") is None
    s.confirmed_by = "Dr Obi"
    assert rules.check_edit(s).reason == rules.CONFIRMED
    assert rules.check_follow_up(s, "Rate?").reason == rules.CONFIRMED
    assert rules.check_confirm(s, "Dr Obi").reason == rules.CONFIRMED


def test_the_picture_the_model_reads():
    s = session_with()
    assert s.image_for_model() is s.review.straightened and s.picture_read == "straightened"
    s.use_straightened = False
    assert s.image_for_model() is s.original and s.picture_read == "original"
    flat = session_with(straighten=False)  # straightening changed nothing: the original, checked
    assert flat.image_for_model() is flat.original and flat.picture_read == "original"


def test_read_ahead_only_for_a_picture_that_may_be_interpreted():
    s = session_with()
    assert rules.should_read_ahead(s, enabled=True, busy=False)
    assert not rules.should_read_ahead(s, enabled=False, busy=False)
    assert not rules.should_read_ahead(s, enabled=True, busy=True)
    assert not rules.should_read_ahead(session_with(NOT_ECG_BLOCKING), enabled=True, busy=False)
    s.add_turn(Turn("Q", "A", complete=True))
    assert not rules.should_read_ahead(s, enabled=True, busy=False)


def test_one_patient_type_for_the_session_and_the_store():
    from pulse_desktop.core.storage import records

    assert StudySession().patient == Patient() and records.Patient is Patient


def test_a_read_ahead_goes_on_only_for_the_same_picture_and_engine_settings():
    from tests.study.drive import Settings

    s = session_with()
    picture = s.image_for_model()
    read = (picture, rules_key(Settings()))
    assert rules.same_reading(read, picture, Settings())
    assert not rules.same_reading(read, s.original, Settings())  # the other picture
    assert not rules.same_reading(read, picture, Settings(threads=4))  # the engine would be reloaded
    assert not rules.same_reading(read, None, Settings())


def rules_key(settings):
    from pulse_desktop.core.study.engine_holder import engine_key

    return engine_key(settings)
