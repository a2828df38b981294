"""Child process of test_outside_changes: another program syncs the data folder the window has
open, writing the same SQLite file (the folder lock is set aside for it: this stands for any
other writer, such as a command-line sync run while the window is open).

    python sync_elsewhere_child.py DATA_DIR SHARED_FILE
"""

from __future__ import annotations

import sys
from pathlib import Path

import filelock

# The window holds the folder's lock; this process writes anyway, as another program would.
filelock.FileLock.acquire = lambda self, *args, **kwargs: self  # type: ignore[method-assign]
filelock.FileLock.release = lambda self, *args, **kwargs: None  # type: ignore[method-assign]

from cmcoord_desktop.core.store import Store  # noqa: E402
from cmcoord_desktop.sync.shared_sync import sync_with_shared_file  # noqa: E402

store = Store(Path(sys.argv[1]))
sync_with_shared_file(store, Path(sys.argv[2]))
store.engine.dispose()
