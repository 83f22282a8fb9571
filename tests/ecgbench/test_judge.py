"""The judge client and judged scoring against a loopback OpenAI-compatible server."""

from __future__ import annotations

import json
import re
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

from pulse_desktop.cli.main import main
from pulse_desktop.core.ecgbench.answers import read_answers
from pulse_desktop.core.ecgbench.judge import judge_answers, parse_verdict
from pulse_desktop.core.ecgbench.judge_client import JudgeClient, JudgeError
from pulse_desktop.core.ecgbench.questions import read_question_file
from pulse_desktop.core.ecgbench.subsets import get_subset
from tests.ecgbench.bench_files import question_item, write_answers, write_questions

REPORT_Q = "Please write a clinical report based on this ECG image."


class FakeJudge:
    """A loopback chat-completions server; ``reply(prompt) -> (status, content)`` decides each answer."""

    def __init__(self, reply):
        self.requests: list[dict] = []
        self.reply = reply
        judge = self

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self):  # noqa: N802 - http.server's name
                body = json.loads(self.rfile.read(int(self.headers["Content-Length"])))
                judge.requests.append({"path": self.path, "auth": self.headers.get("Authorization"), **body})
                status, content = judge.reply(body["messages"][0]["content"])
                payload = (json.dumps({"choices": [{"message": {"role": "assistant", "content": content}}]})
                           if status == 200 else json.dumps({"error": content})).encode()
                self.send_response(status)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(payload)))
                self.end_headers()
                self.wfile.write(payload)

            def log_message(self, *args):
                pass

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)
        self.thread.start()
        self.base_url = f"http://127.0.0.1:{self.server.server_address[1]}/v1"

    def close(self):
        self.server.shutdown()
        self.server.server_close()


@pytest.fixture
def fake_judge():
    servers = []

    def make(reply):
        servers.append(FakeJudge(reply))
        return servers[-1]

    yield make
    for s in servers:
        s.close()


def report_reply(prompt: str):
    generated = re.search(r"<computer report>\n(.*)\n</computer report>", prompt, re.S).group(1)
    if "sinus" in generated.lower():
        return 200, json.dumps({"Diagnosis": {"Score": 8, "Explanation": "ok"},
                                "Waveform": {"Score": 6, "Explanation": "ok"},
                                "Rhythm": {"Score": 10, "Explanation": "ok"}})
    # lower-case keys, string scores, prose around the object: still readable
    return 200, 'Verdict: {"diagnosis": {"score": "2"}, "waveform": {"score": 3}, "rhythm": {"Score": 4}} done'


@pytest.fixture
def report_files(tmp_path):
    q = write_questions(tmp_path / "ptb-test-report.json",
                        [question_item("ptb-report-1", REPORT_Q, "Sinus rhythm. Normal ECG."),
                         question_item("ptb-report-2", REPORT_Q, "Atrial fibrillation.")])
    a = write_answers(tmp_path / "ans.jsonl", [("ptb-report-1", "Sinus rhythm, normal axis."),
                                               ("ptb-report-2", "Left bundle branch block.")])
    return q, a


def test_report_scores_by_hand_and_verdicts_are_reused(fake_judge, report_files, tmp_path):
    server = fake_judge(report_reply)
    q, a = report_files
    client = JudgeClient.from_options(server.base_url, "judge-x")
    kept = tmp_path / "verdicts.jsonl"
    s = judge_answers(get_subset("ptb-test-report"), read_question_file(q), read_answers(a), client, kept)
    # report 1: (8 + 6 + 10) / 3 * 10 = 80; report 2: (2 + 3 + 4) / 3 * 10 = 30
    assert s.metrics["score"] == pytest.approx(55.0)
    assert s.metrics["diagnosis"] == pytest.approx(50.0) and s.metrics["rhythm"] == pytest.approx(70.0)
    assert (s.answered, s.questions) == (2, 2)
    first = server.requests[0]
    assert first["path"] == "/v1/chat/completions" and first["temperature"] == 0 and first["model"] == "judge-x"
    assert first["response_format"] == {"type": "json_object"} and first["auth"] is None
    assert "Sinus rhythm. Normal ECG." in first["messages"][0]["content"]
    # a second run asks nothing: the verdicts are kept
    again = judge_answers(get_subset("ptb-test-report"), read_question_file(q), read_answers(a), client, kept)
    assert len(server.requests) == 2 and again.metrics == s.metrics
    # another judge model is asked again
    other = JudgeClient.from_options(server.base_url, "judge-y")
    judge_answers(get_subset("ptb-test-report"), read_question_file(q), read_answers(a), other, kept)
    assert len(server.requests) == 4


def test_arena_two_turns_and_the_key_from_an_environment_variable(fake_judge, tmp_path, monkeypatch):
    def reply(prompt):
        assert "Question 2: And the axis?" in prompt and "Model answer 2: Normal axis." in prompt
        return 200, json.dumps({"Accuracy": {"Score": 9}, "Completeness": {"Score": 6},
                                "Instruction Adherence": {"Score": 3}})

    server = fake_judge(reply)
    items = [{"id": "arena-1", "image": "a.png", "conversations": [
        {"question": "What is the rhythm?", "answer": "Sinus rhythm."},
        {"question": "And the axis?", "answer": "Left axis deviation."}]}]
    q = write_questions(tmp_path / "arena.json", items)
    a = write_answers(tmp_path / "arena.jsonl", [{
        "question_id": "arena-1", "golden_convs": items[0]["conversations"],
        "predict_convs": [{"question": "What is the rhythm?", "answer": "Sinus."},
                          {"question": "And the axis?", "answer": "Normal axis."}]}])
    monkeypatch.setenv("MY_JUDGE_KEY", "sk-test")
    client = JudgeClient.from_options(server.base_url + "/", "j", "MY_JUDGE_KEY")
    s = judge_answers(get_subset("arena"), read_question_file(q), read_answers(a), client, tmp_path / "v.jsonl")
    assert s.metrics["score"] == pytest.approx(60.0)  # (9 + 6 + 3) / 3 * 10
    assert s.metrics["instruction_adherence"] == pytest.approx(30.0)
    assert server.requests[0]["auth"] == "Bearer sk-test"


def test_server_errors_are_retried_and_refusals_are_clear(fake_judge, report_files, tmp_path):
    calls = {"n": 0}

    def flaky(prompt):
        calls["n"] += 1
        return (503, "busy") if calls["n"] == 1 else report_reply(prompt)

    server = fake_judge(flaky)
    q, a = report_files
    client = JudgeClient(server.base_url + "/chat/completions", "j", backoff_s=0)
    s = judge_answers(get_subset("ptb-test-report"), read_question_file(q), read_answers(a), client,
                      tmp_path / "v.jsonl")
    assert s.answered == 2 and calls["n"] == 3

    refusing = fake_judge(lambda prompt: (401, "bad key"))
    with pytest.raises(JudgeError, match="HTTP 401"):
        JudgeClient(refusing.base_url + "/chat/completions", "j", backoff_s=0).complete("hi")


def test_unreadable_verdicts_are_asked_twice_then_left_out(fake_judge, report_files, tmp_path):
    server = fake_judge(lambda prompt: (200, "I think it is fine.") if "Left bundle" in prompt
                        else report_reply(prompt))
    q, a = report_files
    client = JudgeClient.from_options(server.base_url, "j")
    s = judge_answers(get_subset("ptb-test-report"), read_question_file(q), read_answers(a), client,
                      tmp_path / "v.jsonl")
    assert s.answered == 1 and s.metrics["score"] == pytest.approx(80.0)
    assert len(server.requests) == 3 and any("could not be read" in n for n in s.notes)


def test_unreachable_judge_is_a_clear_error():
    client = JudgeClient("http://127.0.0.1:9/v1/chat/completions", "j", timeout_s=2, attempts=2, backoff_s=0)
    with pytest.raises(JudgeError, match="could not be used after 2 tries"):
        client.complete("hi")


def test_cli_scores_a_report_file_with_a_judge(fake_judge, report_files, capsys):
    server = fake_judge(report_reply)
    q, a = report_files
    assert main(["bench-ecg", "score", "--subset", "ptb-test-report", "--questions", str(q), "--answers", str(a),
                 "--judge-url", server.base_url, "--judge-model", "j", "--json"]) == 0
    out = json.loads(capsys.readouterr().out)["ptb-test-report"]
    assert out["score"] == pytest.approx(55.0) and out["paper"] == {"score": 61.3}
    assert (a.parent / "ans.judgments.jsonl").is_file()


@pytest.mark.parametrize(("content", "expected"), [
    ('{"Diagnosis": {"Score": 7}, "Waveform": {"Score": 0}, "Rhythm": {"Score": 10}}',
     {"Diagnosis": 7.0, "Waveform": 0.0, "Rhythm": 10.0}),
    ('{"Diagnosis": {"Score": 11}, "Waveform": {"Score": 0}, "Rhythm": {"Score": 10}}', None),  # out of range
    ('{"Diagnosis": {"Score": 7}, "Rhythm": {"Score": 10}}', None),  # an aspect missing
    ('{"Diagnosis": {"Score": true}, "Waveform": 1, "Rhythm": 2}', None),
    ("no json at all", None),
])
def test_parse_verdict(content, expected):
    assert parse_verdict(content, ("Diagnosis", "Waveform", "Rhythm")) == expected
