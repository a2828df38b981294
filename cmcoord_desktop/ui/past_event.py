"""A new event from a copy of a past one's agenda, chosen from this data folder or a records file.

The Welcome page of an empty data folder and the window's File › New event from a past event…
both ask here: pick the past event (one of this folder's, or from last year's export or shared
file), and get the new event, its sessions and marketplace tables copied without content.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from cmcoord_desktop.core import repository
from cmcoord_desktop.core.event_copy import copy_event_agenda, records_file_store
from cmcoord_desktop.core.models import Event
from cmcoord_desktop.core.store import Store
from cmcoord_desktop.core.words import QT_TRANSLATE_NOOP
from cmcoord_desktop.sync import shared_file
from cmcoord_desktop.sync.errors import SharedFileError
from cmcoord_desktop.ui.dialogs import Dialogs
from cmcoord_desktop.ui.local_format import day_month_year

CONTEXT = "PastEvent"
RECORDS_FILES = QT_TRANSLATE_NOOP("PastEvent", "CMCoord records (*.cmcsync *.json);;All files (*)")
FROM_A_FILE = QT_TRANSLATE_NOOP("PastEvent", "From a records file (an export or a shared file)…")
WHICH_EVENT = QT_TRANSLATE_NOOP(
    "PastEvent", "Which event's sessions and marketplace tables should the new event get?"
)
TITLE = QT_TRANSLATE_NOOP("PastEvent", "New event from a past event")
UNTITLED = QT_TRANSLATE_NOOP("PastEvent", "(untitled)")


def _tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


# Makes the copy in the target store: (the store holding the past event, its id) -> the new
# event, or None when it could not be stored.
Copy = Callable[[Store, str], Event | None]


def event_label(event: Event) -> str:
    dates = f" ({day_month_year(event.start_date)})" if event.start_date else ""
    return f"{event.title or _tr(UNTITLED)}{dates}"


def copy_past_event(
    parent: QWidget | None, target: Store, dialogs: Dialogs, copy: Copy | None = None
) -> Event | None:
    """Ask which past event (this folder's, or a file's) and copy its agenda into `target`;
    None when the person cancelled or the file could not be read (they were told why).

    `copy` makes the copy (the window passes one that is an undo step)."""
    make = copy or (lambda source, event_id: copy_event_agenda(source, event_id, target))
    own = repository.events(target)
    if own:
        picked = dialogs.choose(
            parent,
            _tr(TITLE),
            _tr(WHICH_EVENT),
            [*(event_label(e) for e in own), _tr(FROM_A_FILE)],
        )
        if picked is None:
            return None
        if picked < len(own):
            return make(target, own[picked].id)
    return _copy_from_file(parent, dialogs, make)


def _copy_from_file(parent: QWidget | None, dialogs: Dialogs, make: Copy) -> Event | None:
    path = dialogs.ask_open_path(
        parent,
        QCoreApplication.translate(CONTEXT, "Copy a past event from a records file"),
        Path.home(),
        _tr(RECORDS_FILES),
    )
    if path is None:
        return None
    try:
        document = shared_file.read(path)
    except (SharedFileError, OSError) as exc:
        dialogs.warn(parent, QCoreApplication.translate(CONTEXT, "Cannot read that file"), str(exc))
        return None
    with records_file_store(document["records"]) as past:
        events = repository.events(past)
        if not events:
            dialogs.inform(
                parent,
                QCoreApplication.translate(CONTEXT, "No event in that file"),
                QCoreApplication.translate(CONTEXT, "{file} holds no event.").format(
                    file=path.name
                ),
            )
            return None
        index = 0
        if len(events) > 1:
            picked = dialogs.choose(
                parent, _tr(TITLE), _tr(WHICH_EVENT), [event_label(e) for e in events]
            )
            if picked is None:
                return None
            index = picked
        return make(past, events[index].id)
