"""Why a sync or a records file was refused, in words a facilitator understands."""

from __future__ import annotations


class SharedFileError(ValueError):
    """The file cannot be used; nothing was written, neither the file nor the local store."""


class FutureStamps(SharedFileError):
    """Changes are dated more than a day ahead of this laptop's clock.

    `devices` are the ids of the laptops that made them: when one of them is this laptop's own,
    the window offers to re-date them (see sync/clock_repair.py).
    """

    def __init__(self, message: str, devices: tuple[str, ...]) -> None:
        super().__init__(message)
        self.devices = devices


class RepairRefused(Exception):
    """Re-dating was not started: the reason says what to do first. Nothing was changed."""


class OtherWorkshop(SharedFileError):
    """The shared place holds another workshop; it is merged only once a person confirms."""
