"""Open a connection to a team server: TLS as the address asks, the password from a safe place.

Where a password comes from, in order: `.pgpass` or `PGPASSWORD` (libpq reads them itself), the
system keyring (through `keyring`, when this machine has one; on Linux the Secret Service through
our own backend, sync/team_server/secret_service.py), else the person is asked, and on
success it goes into the keyring. A password is never written to settings, logs or messages.
What libpq says when it fails is turned into one sentence naming the server, never the password.
"""

from __future__ import annotations

import logging
import sys
from collections.abc import Callable

import psycopg

from cmcoord_desktop.core.words import translate
from cmcoord_desktop.sync.team_server.address import ServerAddress
from cmcoord_desktop.sync.team_server.errors import TeamServerError

KEYRING_SERVICE = "cmcoord-desktop team server"
AskPassword = Callable[[ServerAddress], str | None]  # None: the person gave up

log = logging.getLogger(__name__)


def connect(
    address: ServerAddress, ask_password: AskPassword | None = None, autocommit: bool = True
) -> psycopg.Connection[tuple[object, ...]]:
    """A connection, or TeamServerError saying in one sentence why there is none."""
    try:
        return psycopg.connect(address.conninfo(), autocommit=autocommit)
    except psycopg.OperationalError as exc:
        if not _needs_password(exc):
            raise TeamServerError(describe_failure(address, exc)) from None
    stored = _keyring_get(address)
    if stored is not None:
        try:
            return psycopg.connect(address.conninfo(stored), autocommit=autocommit)
        except psycopg.OperationalError as exc:
            if not _needs_password(exc):
                raise TeamServerError(describe_failure(address, exc)) from None
    typed = ask_password(address) if ask_password is not None else None
    if not typed:
        raise TeamServerError(
            translate(
                "team_server",
                "{server} asks for a password: run the sync where it can be asked for, or add it "
                "to .pgpass.",
            ).format(server=address.display)
        )
    try:
        connection = psycopg.connect(address.conninfo(typed), autocommit=autocommit)
    except psycopg.OperationalError as exc:
        raise TeamServerError(describe_failure(address, exc)) from None
    _keyring_set(address, typed)
    return connection


def _needs_password(exc: psycopg.OperationalError) -> bool:
    text = str(exc)
    return "no password supplied" in text or "password authentication failed" in text


def describe_failure(address: ServerAddress, exc: BaseException) -> str:
    """libpq's reason for a failed connection, as one sentence for a person."""
    text = str(exc)
    where = address.display
    if "certificate" in text or "SSL" in text or "ssl" in text.split(":")[0]:
        if "does not match host name" in text:
            return translate(
                "team_server",
                "The certificate of {host} is made out to another name: this may not be your team "
                "server. Nothing was changed; ask its administrator.",
            ).format(host=address.host)
        if "root certificate file" in text:
            return translate(
                "team_server",
                "The certificate of {host} cannot be checked: this laptop has no certificate of "
                "the authority that signed it (~/.postgresql/root.crt). Nothing was changed; ask "
                "the server's administrator for it.",
            ).format(host=address.host)
        if "verify failed" in text:
            return translate(
                "team_server",
                "The certificate of {host} could not be verified: it is not signed by an "
                "authority this laptop trusts, or it expired. Nothing was changed; ask its "
                "administrator.",
            ).format(host=address.host)
        if "does not support SSL" in text:
            return translate(
                "team_server",
                "{host} does not offer an encrypted connection (TLS), so this laptop will not "
                "send anything to it. Ask its administrator to turn TLS on.",
            ).format(host=address.host)
    if "password authentication failed" in text:
        return translate(
            "team_server", "The server {server} did not accept the password. Nothing was changed."
        ).format(server=where)
    if "does not exist" in text and "database" in text:
        return translate(
            "team_server", "The server has no database {database}. Nothing was changed."
        ).format(database=repr(address.database))
    if "role" in text and "does not exist" in text:
        return translate(
            "team_server", "The server has no account {account}. Nothing was changed."
        ).format(account=repr(address.user))
    if "no pg_hba.conf entry" in text:
        return translate(
            "team_server",
            "The server {server} does not let this account in from here. Nothing was changed.",
        ).format(server=where)
    first = text.strip().splitlines()[0] if text.strip() else type(exc).__name__
    return translate(
        "team_server",
        "Could not reach the team server {server} ({reason}). This laptop kept everything.",
    ).format(server=where, reason=first)


def register_secret_service() -> None:
    """Offer keyring our own Secret Service backend (sync/team_server/secret_service.py: no
    SecretStorage, no cryptography) before it picks one; keyring still honours
    PYTHON_KEYRING_BACKEND and its keyringrc.cfg first, and picks by priority otherwise."""
    if sys.platform not in ("win32", "darwin"):
        from cmcoord_desktop.sync.team_server import secret_service  # noqa: F401 - registers it


def _keyring_get(address: ServerAddress) -> str | None:
    try:
        register_secret_service()
        import keyring
        import keyring.errors

        return keyring.get_password(KEYRING_SERVICE, address.keyring_user)
    except Exception as exc:  # noqa: BLE001 - no keyring on this machine: ask instead
        log.info("no keyring: %s", type(exc).__name__)
        return None


def _keyring_set(address: ServerAddress, password: str) -> None:
    try:
        register_secret_service()
        import keyring

        keyring.set_password(KEYRING_SERVICE, address.keyring_user, password)
    except Exception as exc:  # noqa: BLE001 - asked again next time
        log.info("password not kept, no keyring: %s", type(exc).__name__)
