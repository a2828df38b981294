"""Sync with a team server: a PostgreSQL database holding every field version, append-only."""


def is_server_address(text: str) -> bool:
    """Does a sync target name a team server rather than a shared file?"""
    return text.startswith(("postgresql://", "postgres://"))
