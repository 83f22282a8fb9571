"""ANSWERS.jsonl survives interruptions; question selection is stable; the arena quirk's prompt text."""

from __future__ import annotations

import json

import pytest

from pulse_desktop.core.ecgbench.answers import AnswerWriter, read_answers
from pulse_desktop.core.ecgbench.arena_quirk import arena_quirk_text
from pulse_desktop.core.ecgbench.questions import BenchInputError, BenchQuestion, read_question_file
from pulse_desktop.core.ecgbench.runner import select_questions
from tests.ecgbench.bench_files import question_item, write_questions


def test_a_cut_last_line_is_ignored_then_replaced_by_the_next_append(tmp_path):
    path = tmp_path / "a.jsonl"
    path.write_bytes(b'{"question_id": "q1", "text": "one"}\n{"question_id": "q2", "te')
    existing = read_answers(path)
    assert existing.answered_ids == {"q1"} and existing.truncated_tail
    with AnswerWriter(path, existing) as w:
        w.append({"question_id": "q2", "text": "two"})
    lines = path.read_text(encoding="utf-8").splitlines()
    assert [json.loads(line)["question_id"] for line in lines] == ["q1", "q2"]  # every line is JSON again


def test_a_complete_last_line_without_newline_is_kept(tmp_path):
    path = tmp_path / "a.jsonl"
    path.write_bytes(b'{"question_id": "q1", "text": "one"}')
    existing = read_answers(path)
    assert existing.answered_ids == {"q1"} and not existing.truncated_tail
    with AnswerWriter(path, existing) as w:
        w.append({"question_id": "q2", "text": "two"})
    assert read_answers(path).answered_ids == {"q1", "q2"}


def test_bad_lines_in_the_middle_are_skipped_and_counted(tmp_path):
    path = tmp_path / "a.jsonl"
    path.write_text('{"question_id": "q1"}\nnot json\n[1, 2]\n{"id": "q3", "response": "x"}\n', encoding="utf-8")
    a = read_answers(path)
    assert [r["question_id"] for r in a.records] == ["q1", "q3"] and a.bad_lines == (2, 3)


def test_question_file_variants(tmp_path):
    items = [question_item("a", "What?", "NORM"),
             {"No": 7, "image_path": "x.png", "conversation": [{"from": "user", "value": ["<image>\nWhich?"]},
                                                               {"from": "assistant", "value": ["yes", "no"]}]}]
    qs = read_question_file(write_questions(tmp_path / "q.json", items))
    assert qs[0].question == "What?" and qs[0].gold == "NORM"
    assert (qs[1].id, qs[1].number, qs[1].image, qs[1].question, qs[1].gold) == ("7", "7", "x.png", "Which?",
                                                                                ("yes", "no"))


@pytest.mark.parametrize("content", ['{"id": 1}', '[{"id": "a"}]', '[{"id": "a", "image": "a.png", '
                                     '"conversations": [{"from": "human", "value": "x"}]}]'])
def test_malformed_question_files_are_refused_with_the_item_named(tmp_path, content):
    path = tmp_path / "q.json"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(BenchInputError):
        read_question_file(path)


def test_duplicate_ids_are_refused(tmp_path):
    with pytest.raises(BenchInputError, match="twice"):
        read_question_file(write_questions(tmp_path / "q.json", [question_item("a", "x", "y")] * 2))


def test_limit_and_seeded_sample_are_stable_and_in_file_order():
    qs = [BenchQuestion(str(i), f"{i}.png", "q", "g") for i in range(20)]
    assert [q.id for q in select_questions(qs, 3, False, 0)] == ["0", "1", "2"]
    a = select_questions(qs, 5, True, 1)
    assert a == select_questions(qs, 5, True, 1) and len(a) == 5
    assert [int(q.id) for q in a] == sorted(int(q.id) for q in a)
    assert a != select_questions(qs, 5, True, 2)
    assert select_questions(qs, None, True, 0) == qs and select_questions(qs, 50, False, 0) == qs


def _reference_prompt(messages: list[tuple[str, str | None]]) -> str:
    """llava_v1 (separator style TWO) rendered from a message list, as the reference's Conversation does."""
    system = ("A chat between a curious human and an artificial intelligence assistant. The assistant gives "
              "helpful, detailed, and polite answers to the human's questions.")
    seps = (" ", "</s>")
    out = system + seps[0]
    for i, (role, message) in enumerate(messages):
        out += f"{role}: {message}{seps[i % 2]}" if message else f"{role}:"
    return out


def test_arena_quirk_text_is_what_the_reference_arena_script_renders():
    text = arena_quirk_text([("What is the rhythm?", "Sinus rhythm.")], "And the axis?")
    assert text == "\nWhat is the rhythm? ASSISTANT:ASSISTANT: Sinus rhythm. USER: And the axis?</s>ASSISTANT:"
    # the script's message list: the empty ASSISTANT slot it generated from stays in the history
    messages = [("USER", "<image>\nWhat is the rhythm?"), ("ASSISTANT", None), ("ASSISTANT", "Sinus rhythm."),
                ("USER", "And the axis?"), ("ASSISTANT", None)]
    assert _reference_prompt(messages).split("<image>")[1] == text
    # a third turn keeps accumulating the same way
    messages[-1:] = [("ASSISTANT", None), ("ASSISTANT", "Normal axis."), ("USER", "Rate?"), ("ASSISTANT", None)]
    three = arena_quirk_text([("What is the rhythm?", "Sinus rhythm."), ("And the axis?", "Normal axis.")], "Rate?")
    assert _reference_prompt(messages).split("<image>")[1] == three
