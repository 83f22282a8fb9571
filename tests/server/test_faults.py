"""Each way a clinic server fails reaches the desktop as its own clear error, the local engine takes over when
allowed, and nothing that identifies the patient leaves the workstation (every byte the server receives is
checked). A stand-in server (stub_server.py) misbehaves on purpose; the real server is in test_fidelity_server.
"""

from __future__ import annotations

import socket

import pytest
from pypdf import PdfReader

from pulse_desktop.cli.main import main
from pulse_desktop.core.bundle.manifest import manifest_sha256, read_manifest
from pulse_desktop.core.events import Done, Message, Token, run_to_result
from pulse_desktop.core.imaging.load_image import load_image
from pulse_desktop.core.remote.client import ServerAddress
from pulse_desktop.core.remote.fallback import LOCAL, FallbackEngine
from pulse_desktop.core.remote.remote_engine import RemoteAnswer, RemoteEngine
from pulse_desktop.core.server.errors import (
    ServerBusy,
    ServerCertificateChanged,
    ServerKeyRefused,
    ServerModelMismatch,
    ServerProtocolError,
    ServerTimeout,
    ServerUnreachable,
)
from pulse_desktop.core.server.launch import served_alias
from pulse_desktop.core.server.tls import fingerprint_of, make_self_signed
from pulse_desktop.core.storage import Store
from tests.server.stub_server import Behaviour, StubServer
from tests.support.paths import ECG_IMAGES

PAGE = ECG_IMAGES / "ecg00019.bmp"


def served(bundle, **kw) -> Behaviour:
    return Behaviour(alias=served_alias(read_manifest(bundle), manifest_sha256(bundle)), **kw)


def ask(engine) -> list[object]:
    return list(engine.ask(load_image(PAGE).image, "What is the rhythm?"))


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def test_answer_streams_and_says_where(tiny_bundle_f32_flat):
    with StubServer(served(tiny_bundle_f32_flat)) as stub:
        events = ask(RemoteEngine(ServerAddress(stub.url), tiny_bundle_f32_flat))
    answer = events[-1].result
    assert isinstance(answer, RemoteAnswer) and answer.text == "Sinus rhythm."
    assert "".join(e.text for e in events if isinstance(e, Token)) == "Sinus rhythm."
    assert answer.computed_on == f"{stub.url} {manifest_sha256(tiny_bundle_f32_flat)}"
    assert answer.first_token_top_logprobs[0].logprob == pytest.approx(-0.1)


@pytest.mark.parametrize("behaviour, error", [
    (dict(api_key="right"), ServerKeyRefused),
    (dict(completion="status503"), ServerBusy),
    (dict(completion="malformed"), ServerProtocolError),
    (dict(completion="not_json"), ServerProtocolError),
    (dict(completion="cut"), ServerProtocolError),
])
def test_each_failure_is_its_own_error(tiny_bundle_f32_flat, behaviour, error):
    with StubServer(served(tiny_bundle_f32_flat, **behaviour)) as stub, pytest.raises(error) as caught:
        ask(RemoteEngine(ServerAddress(stub.url, api_key="wrong" if "api_key" in behaviour else ""),
                         tiny_bundle_f32_flat))
    assert caught.value.message and caught.value.hint


def test_model_hash_differs(tiny_bundle_f32_flat):
    with StubServer(Behaviour()) as stub, pytest.raises(ServerModelMismatch, match="not this computer's bundle"):
        RemoteEngine(ServerAddress(stub.url), tiny_bundle_f32_flat)


def test_unreachable_and_stalled(tiny_bundle_f32_flat):
    with pytest.raises(ServerUnreachable):
        RemoteEngine(ServerAddress(f"http://127.0.0.1:{free_port()}", timeout=2), tiny_bundle_f32_flat)
    with StubServer(served(tiny_bundle_f32_flat, completion="stall", stall_s=3)) as stub, \
            pytest.raises(ServerTimeout):
        ask(RemoteEngine(ServerAddress(stub.url, timeout=0.5), tiny_bundle_f32_flat))


def test_pinned_certificate(tiny_bundle_f32_flat, tmp_path):
    cert, key = make_self_signed(tmp_path / "a", ["127.0.0.1"])
    other, _ = make_self_signed(tmp_path / "b", ["127.0.0.1"])
    with StubServer(served(tiny_bundle_f32_flat), tls=(cert, key)) as stub:
        assert stub.url.startswith("https://")
        ask(RemoteEngine(ServerAddress(stub.url, fingerprint=fingerprint_of(cert)), tiny_bundle_f32_flat))
        with pytest.raises(ServerCertificateChanged, match="changed"):
            RemoteEngine(ServerAddress(stub.url, fingerprint=fingerprint_of(other)), tiny_bundle_f32_flat)
        with pytest.raises(ServerCertificateChanged, match="not trusted"):
            RemoteEngine(ServerAddress(stub.url), tiny_bundle_f32_flat)


class LocalStandIn:
    """Stands for the local engine in the fallback's bookkeeping (the real one is used in the CLI test)."""

    def __init__(self) -> None:
        self.asked = 0

    def ask(self, image, question, cancel=None, **kw):
        self.asked += 1
        yield Token(1, "local")
        yield Done(result="local")

    def close(self) -> None:
        pass


def test_fallback_only_before_the_first_word(tiny_bundle_f32_flat):
    url = f"http://127.0.0.1:{free_port()}"
    local = LocalStandIn()
    both = FallbackEngine(lambda: RemoteEngine(ServerAddress(url, timeout=2), tiny_bundle_f32_flat), lambda: local)
    events = ask(both)
    assert any(isinstance(e, Message) and "cannot be reached" in e.text for e in events)
    assert events[-1].result == "local" and both.computed_on == LOCAL
    with pytest.raises(ServerUnreachable):
        ask(FallbackEngine(lambda: RemoteEngine(ServerAddress(url, timeout=2), tiny_bundle_f32_flat), None))
    with StubServer(served(tiny_bundle_f32_flat, completion="cut")) as stub:
        local = LocalStandIn()
        both = FallbackEngine(lambda: RemoteEngine(ServerAddress(stub.url), tiny_bundle_f32_flat), lambda: local)
        seen: list[object] = []
        with pytest.raises(ServerProtocolError, match="broke|closed"):
            run_to_result(both.ask(load_image(PAGE).image, "Rhythm?"), seen.append)
    assert "".join(e.text for e in seen if isinstance(e, Token)) == "Sinus rhythm"  # the partial text came
    assert local.asked == 0  # words had come: no silent second answer


def test_no_patient_identifier_leaves_the_workstation(tiny_bundle_f32_flat, capsys, tmp_path):
    name, pid, indication, clinician = "Zebedee Quuxington", "MRN-99812-7", "syncope at Quux market", "Dr Ydris"
    with StubServer(served(tiny_bundle_f32_flat)) as stub:
        code = main(["interpret", str(PAGE), "--bundle", str(tiny_bundle_f32_flat), "--server", stub.url,
                     "--no-fallback", "--patient-name", name, "--patient-id", pid, "--dob", "1951-02-03",
                     "--indication", indication, "--clinician", clinician, "--accept-warnings-by", "Nurse Obiageli",
                     "--pdf", str(tmp_path / "report.pdf"), "--json"])
        wire = stub.received
    assert code == 0, capsys.readouterr().err
    assert b"/completion" in wire and len(wire) > 50_000  # the views went
    for secret in (name, pid, indication, clinician, "1951-02-03", "Zebedee", "99812", "Obiageli",
                   PAGE.name, PAGE.stem):
        assert secret.encode() not in wire, secret
        assert secret.encode("utf-16-le") not in wire
    with Store.open() as store:
        (study,) = store.list_studies()
        where = store.computed_on(study.study_id)
    assert where == {0: f"{stub.url} {manifest_sha256(tiny_bundle_f32_flat)}"}
    report = " ".join(page.extract_text() for page in PdfReader(tmp_path / "report.pdf").pages)
    assert f"computed on {stub.url}" in " ".join(report.split())  # the report says where


def test_cancel_closes_the_connection_while_the_server_is_silent(tiny_bundle_f32_flat):
    import threading
    import time

    from pulse_desktop.core.cancel import CancelToken
    from pulse_desktop.core.errors import Cancelled

    cancel = CancelToken()
    with StubServer(served(tiny_bundle_f32_flat, completion="stall", stall_s=8)) as stub:
        engine = RemoteEngine(ServerAddress(stub.url, timeout=30), tiny_bundle_f32_flat)
        threading.Timer(0.5, cancel.cancel).start()
        started = time.perf_counter()
        with pytest.raises(Cancelled):
            list(engine.ask(load_image(PAGE).image, "Rhythm?", cancel))
        assert time.perf_counter() - started < 2.5  # not the 8 s stall, nor the 30 s time-out


def test_every_slot_busy(tiny_bundle_f32_flat):
    with StubServer(served(tiny_bundle_f32_flat, slots_busy=True)) as stub:
        queued = RemoteEngine(ServerAddress(stub.url), tiny_bundle_f32_flat)
        assert ask(queued)[-1].result.text == "Sinus rhythm."  # server only: it waits its turn in the queue
        local = LocalStandIn()
        both = FallbackEngine(lambda: RemoteEngine(ServerAddress(stub.url), tiny_bundle_f32_flat), lambda: local)
        events = ask(both)
    assert any(isinstance(e, Message) and "Every slot" in e.text for e in events)
    assert events[-1].result == "local" and local.asked == 1
