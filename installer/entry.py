"""Entry point of the frozen app.

`pulse-desktop ...` runs the app. The converter (quantize/, which the app itself never imports) is frozen
into the same folder and reached as `pulse-desktop __convert__ ...`, so that `models convert` works from
an installed app without Python.
"""

import multiprocessing
import sys

CONVERTER_VERB = "__convert__"

if __name__ == "__main__":
    multiprocessing.freeze_support()
    if len(sys.argv) > 1 and sys.argv[1] == CONVERTER_VERB:
        from quantize.cli import main as converter_main

        sys.exit(converter_main(sys.argv[2:]))
    from pulse_desktop.main import main

    sys.exit(main())
