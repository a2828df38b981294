"""The Linux bundle's run-time hook for Qt, in place of PyInstaller's own (build.spec).

PyInstaller's hook for PySide6 imports PySide6.QtCore at every start, to register a qt.conf
that PySide6's wheel registers by itself when the window imports it. That made the command
line (`export`, `sync`, `--version`), which never imports Qt, load Qt Core, ICU and GLib at
start: 10 MB more mapped, and GLib needed from the system. Only the plug-in folder, which Qt
reads from the environment when it starts, is set here.
"""

import os
import sys

os.environ["QT_PLUGIN_PATH"] = os.path.join(sys._MEIPASS, "PySide6", "Qt", "plugins")
