"""Why a team server could not be used, in words a facilitator (or their IT) understands."""

from __future__ import annotations


class TeamServerError(Exception):
    """The server could not be used; this laptop kept everything it had (and what it merged)."""


class NotOurDatabase(TeamServerError):
    """The database holds no CMCoord schema, or one made by a newer release: nothing touched."""


class PushRefused(TeamServerError):
    """The server refused this laptop's changes; nothing was written there."""
