# The CLI loads its subcommand modules by name (pulse_desktop.cli.main.COMMAND_MODULES) and the launcher
# imports the GUI lazily: name them so the frozen app has them all.
from PyInstaller.utils.hooks import collect_submodules

hiddenimports = collect_submodules("pulse_desktop")
