"""The demo workshop: a fresh temporary data folder holding HNPW 2017, never the user's data."""

from __future__ import annotations

import tempfile
from pathlib import Path

from cmcoord_desktop.core import sync_states
from cmcoord_desktop.core.paths import demo_workshop_file
from cmcoord_desktop.core.store import Store
from cmcoord_desktop.sync import shared_file


def load_demo_workshop(store: Store) -> None:
    document = shared_file.read(demo_workshop_file())
    sync_states.merge_states(store, document["records"])


def make_demo_data_dir() -> Path:
    """A new temporary data folder with the demo workshop in it."""
    data_dir = Path(tempfile.mkdtemp(prefix="cmcoord-demo-"))
    with Store(data_dir) as store:
        load_demo_workshop(store)
    return data_dir
