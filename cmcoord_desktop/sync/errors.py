"""Why a sync or a records file was refused, in words a facilitator understands."""

from __future__ import annotations


class SharedFileError(ValueError):
    """The file cannot be used; nothing was written, neither the file nor the local store."""


class SyncHeld(Exception):
    """The sync would delete more than half of the records; it waits for a person to confirm."""
