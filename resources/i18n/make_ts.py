"""Make the translation sources (pulse_desktop_<lang>.ts) from the template and one table per language.

    python resources/i18n/make_ts.py            # write every pulse_desktop_<lang>.ts from tables/<lang>.json
    python resources/i18n/make_ts.py --lupdate  # first regenerate the template from the GUI code (PySide6 lupdate)
    python resources/i18n/make_ts.py --prune    # also drop table entries the GUI no longer uses
    python resources/i18n/make_ts.py --check    # change nothing; exit 1 if a .ts is stale or a string is missing

A table (tables/<lang>.json) maps each English source string to its translation under "messages"; a string
that must read differently on one screen goes under "contexts": {"<Context>": {"<source>": "<translation>"}}.
Every .ts is written from the current template, so it never holds an obsolete entry; a source string with
no translation in the table is reported (and left "unfinished", which the tests reject). The compiled .qm
files are not kept in git: the app compiles them at first use (pulse_desktop.gui.translations) and the
installer build before freezing.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
TEMPLATE = HERE / "pulse_desktop_template.ts"
TABLES = HERE / "tables"
LANGUAGES = ("fr", "es", "pt", "ar", "hi", "sw")
#: Qt's own strings the window shows (standard buttons of message boxes and dialogs), translated here too:
#: Qt ships no Hindi or Swahili, only Brazilian Portuguese, and ours must agree with our glossaries.
QT_EXTRA: dict[str, tuple[str, ...]] = {
    "QPlatformTheme": ("OK", "Cancel", "Close", "Save", "Discard", "Apply", "Reset", "Help", "&Yes", "&No",
                       "Open", "Restore Defaults", "Abort", "Retry", "Ignore"),
}


@dataclass(frozen=True)
class Message:
    context: str
    source: str


@dataclass(frozen=True)
class Table:
    language: str
    name: str  # the language's own name, e.g. "Français"
    messages: dict[str, str]
    contexts: dict[str, dict[str, str]]

    def lookup(self, message: Message) -> str | None:
        specific = self.contexts.get(message.context, {})
        return specific.get(message.source, self.messages.get(message.source))


def table_path(language: str) -> Path:
    return TABLES / f"{language}.json"


def ts_path(language: str) -> Path:
    return HERE / f"pulse_desktop_{language}.ts"


def load_table(language: str) -> Table:
    data = json.loads(table_path(language).read_text(encoding="utf-8"))
    return Table(data["language"], data["name"], dict(data["messages"]), {k: dict(v) for k, v in
                                                                            data.get("contexts", {}).items()})


def save_table(table: Table) -> None:
    data = {"language": table.language, "name": table.name, "messages": table.messages,
            "contexts": table.contexts}
    table_path(table.language).write_text(json.dumps(data, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")


def template_messages(template: Path = TEMPLATE) -> list[Message]:
    root = ET.parse(template).getroot()
    return [Message(ctx.findtext("name") or "", msg.findtext("source") or "")
            for ctx in root.iter("context") for msg in ctx.iter("message")]


def all_messages(template: Path = TEMPLATE) -> list[Message]:
    """The template's messages, then Qt's strings in :data:`QT_EXTRA`: what every .ts holds, in order."""
    return template_messages(template) + [Message(c, s) for c, sources in QT_EXTRA.items() for s in sources]


def render_ts(table: Table, template: Path = TEMPLATE) -> tuple[str, list[Message]]:
    """The .ts text for ``table`` and the template messages it has no translation for."""
    root = ET.parse(template).getroot()
    root.set("language", table.language)
    root.set("sourcelanguage", "en")
    for context, sources in QT_EXTRA.items():
        element = ET.SubElement(root, "context")
        ET.SubElement(element, "name").text = context
        for source in sources:
            message = ET.SubElement(element, "message")
            ET.SubElement(message, "source").text = source
            ET.SubElement(message, "translation")
    missing = []
    for ctx in root.iter("context"):
        for msg in ctx.iter("message"):
            message = Message(ctx.findtext("name") or "", msg.findtext("source") or "")
            element = msg.find("translation")
            if element is None:
                element = ET.SubElement(msg, "translation")
            translated = table.lookup(message)
            element.attrib.pop("type", None)
            if translated:
                element.text = translated
            else:
                element.text = ""
                element.set("type", "unfinished")
                missing.append(message)
    ET.indent(root, space="    ")
    body = ET.tostring(root, encoding="unicode", short_empty_elements=True)
    return '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body + "\n", missing


def unused_entries(table: Table, messages: list[Message]) -> list[tuple[str, str]]:
    """Table entries no template message uses: ("", source) for "messages", (context, source) for overrides."""
    sources = {m.source for m in messages}
    pairs = {(m.context, m.source) for m in messages}
    unused = [("", s) for s in table.messages if s not in sources]
    unused += [(c, s) for c, entries in table.contexts.items() for s in entries if (c, s) not in pairs]
    return unused


def prune(table: Table, messages: list[Message]) -> Table:
    unused = set(unused_entries(table, messages))
    contexts = {c: {s: t for s, t in entries.items() if (c, s) not in unused}
                for c, entries in table.contexts.items()}
    return Table(table.language, table.name, {s: t for s, t in table.messages.items() if ("", s) not in unused},
                 {c: e for c, e in contexts.items() if e})


def lupdate_tool() -> Path:
    import PySide6

    folder = Path(PySide6.__file__).parent
    for name in ("lupdate", "lupdate.exe", "Qt/libexec/lupdate"):
        if (folder / name).exists():
            return folder / name
    raise SystemExit(f"PySide6's lupdate was not found in {folder}; install PySide6-Essentials")


def run_lupdate(target: Path = TEMPLATE) -> None:
    """The README's command: every GUI module into ``target`` (no obsolete entries kept)."""
    gui = ROOT / "pulse_desktop" / "gui"
    sources = sorted(str(p.relative_to(ROOT)) for p in [*gui.glob("*.py"), *(gui / "views").glob("*.py")])
    subprocess.run([str(lupdate_tool()), *sources, "-no-obsolete", "-ts", str(target)],
                   cwd=ROOT, check=True, capture_output=True, timeout=300)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("languages", nargs="*", default=list(LANGUAGES))
    parser.add_argument("--lupdate", action="store_true", help="regenerate the template first")
    parser.add_argument("--prune", action="store_true", help="drop table entries the template no longer has")
    parser.add_argument("--check", action="store_true", help="write nothing; fail on stale or missing")
    args = parser.parse_args(argv)
    if args.lupdate:
        run_lupdate()
    messages = all_messages()
    problems = 0
    for language in args.languages:
        table = load_table(language)
        unused = unused_entries(table, messages)
        if args.prune and unused and not args.check:
            table = prune(table, messages)
            save_table(table)
            print(f"{language}: dropped {len(unused)} unused entries")
            unused = []
        text, missing = render_ts(table)
        for m in missing:
            print(f"{language}: no translation for [{m.context}] {m.source!r}")
        for context, source in unused:
            print(f"{language}: unused table entry [{context}] {source!r} (--prune drops it)")
        problems += len(missing) + (len(unused) if args.check else 0)
        target = ts_path(language)
        if args.check:
            if not target.exists() or target.read_text(encoding="utf-8") != text:
                print(f"{language}: {target.name} is stale; run python resources/i18n/make_ts.py")
                problems += 1
        else:
            target.write_text(text, encoding="utf-8")
        print(f"{language}: {len(messages) - len(missing)}/{len(messages)} translated")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
