"""`export --all --format json`: a backup that always imports, slides kept beside it as media.

The records go into one records file (the format of the shared place's files); each slide goes,
once, into `NAME.d/media/<hash>` beside it, so a workshop with large slides still makes a records
file every reader accepts. Copy the file and its `.d` folder together.
"""

from __future__ import annotations

from pathlib import Path

from cmcoord_desktop.core import meta, sync_states
from cmcoord_desktop.core.atomic_write import write_atomically
from cmcoord_desktop.core.store import Store
from cmcoord_desktop.core.words import translate
from cmcoord_desktop.sync import shared_file
from cmcoord_desktop.sync.errors import SharedFileError
from cmcoord_desktop.sync.media import resolve_media, store_media
from cmcoord_desktop.sync.shared_place import place_of


def write_backup(store: Store, out: Path) -> None:
    """Write every record of the store to `out` (and its slides beside it)."""
    place = place_of(Path(out))
    states = store_media(sync_states.record_states(store), place.folder)
    data = shared_file.encode(states, meta.device_names(store))
    if len(data) > shared_file.MAX_FILE_BYTES:
        raise SharedFileError(
            translate(
                "sync",
                "Not written: {file} would be {size} MiB, more than the {limit} MiB an import reads.",
            ).format(
                file=place.name,
                size=f"{len(data) / 2**20:,.0f}",
                limit=f"{shared_file.MAX_FILE_BYTES / 2**20:,.0f}",
            )
        )
    write_atomically(place.target, data)


def read_backup(path: Path) -> dict[str, object]:
    """A records file (a backup, or any file of a shared place) with its slides resolved."""
    place = place_of(Path(path))
    document = shared_file.read(place.target)
    document["records"] = resolve_media(document["records"], place.folder, f'"{place.name}"')
    return document
