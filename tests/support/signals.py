"""Child processes that receive Ctrl-C as they would from a terminal.

A shell starts background jobs with SIGINT ignored, and children inherit that: Python then installs no
KeyboardInterrupt handler and a test's SIGINT does nothing. Pass ``preexec_fn=sigint_as_in_a_terminal``.
"""

from __future__ import annotations

import signal


def sigint_as_in_a_terminal() -> None:
    signal.signal(signal.SIGINT, signal.SIG_DFL)
