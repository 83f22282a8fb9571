"""The `pulse-desktop` launcher: no arguments opens the window, subcommands run headless.

Before the window, on Linux, it checks that Qt's platform plugin can load here: when a system library is
missing Qt would abort the process (exit 134) with a generic message; instead this says which package to
install and exits with :data:`EXIT_NO_WINDOW`.
"""

from __future__ import annotations

import os
import sys

EXIT_NO_WINDOW = 3
QT_PROBE_ENV = "PULSE_QT_PROBE"  # set by selftest for the child process that loads Qt's platform plugin


def _qt_check():
    from pulse_desktop.gui.qt_probe import qt_check

    return qt_check()


def _window_problem() -> str:
    try:
        from pulse_desktop.gui.qt_libraries import startup_problem

        return startup_problem()
    except Exception:  # noqa: BLE001 - the check must never be what stops the app; Qt speaks for itself then
        return ""


def main(argv: list[str] | None = None) -> int:
    if os.environ.get(QT_PROBE_ENV) == "1":
        from pulse_desktop.gui.qt_probe import probe_child_main

        return probe_child_main()
    args = list(sys.argv[1:] if argv is None else argv)
    if not args:
        problem = _window_problem()
        if problem:
            print(problem, file=sys.stderr)
            return EXIT_NO_WINDOW
        from pulse_desktop.gui.app import run_app

        return run_app()
    from pulse_desktop.cli.main import main as cli_main

    return cli_main(args, extra_checks=[_qt_check])


if __name__ == "__main__":
    raise SystemExit(main())
