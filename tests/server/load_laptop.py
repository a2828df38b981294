"""One laptop of the load test, as its own process: add an outcome, sync, fifty times over;
then wait for the word to sync once more and write a digest of its records.

    python -m tests.server.load_laptop DATA_DIR URL SESSION_ID SYNCS SIGNAL_DIR
"""

from __future__ import annotations

import hashlib
import sys
import time
from pathlib import Path

from cmcoord_desktop.core import repository as repo
from cmcoord_desktop.core.models import ItemKind
from cmcoord_desktop.core.store import Store
from cmcoord_desktop.sync.team_server.server_sync import sync_with_team_server
from tests.sync.workshop import snapshot


def main(data_dir: str, url: str, session_id: str, syncs: str, signals: str) -> int:
    signal_dir = Path(signals)
    name = Path(data_dir).name
    with Store(Path(data_dir)) as store:
        sync_with_team_server(store, url)
        for n in range(int(syncs)):
            repo.add_item(store, session_id, ItemKind.KEY_OUTCOME, f"{name} outcome {n}")
            sync_with_team_server(store, url)
        (signal_dir / f"{name}.synced").touch()
        while not (signal_dir / "final").exists():
            time.sleep(0.05)
        sync_with_team_server(store, url)
        digest = hashlib.sha256(snapshot(store)[0]).hexdigest()
    (signal_dir / f"{name}.digest").write_text(digest)
    return 0


if __name__ == "__main__":
    sys.exit(main(*sys.argv[1:]))
