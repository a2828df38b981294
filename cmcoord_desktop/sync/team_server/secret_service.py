"""Team-server passwords in the desktop's keyring on Linux: a keyring backend of our own that
speaks the freedesktop Secret Service API over jeepney (pure Python).

keyring's own Secret Service backend goes through SecretStorage, which needs `cryptography`
(11 MB in the bundle) only to encrypt the secret on its way over D-Bus. This one opens the
"plain" session the specification allows: the session bus is private to the user (only the
user's own processes can connect to it), so the secret crosses nothing another user can read.
Items are stored and searched by the attributes keyring uses (`service`, `username`), so
passwords kept by keyring's backend before are found, and it can find ours.

Importing this module registers the backend with keyring (every subclass of KeyringBackend is a
candidate); it is chosen by priority when a Secret Service runs or can be started on the
session bus, and keyring falls back as before when none does.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from jeepney import DBusAddress, MatchRule, Message, new_method_call
from jeepney.bus_messages import message_bus
from jeepney.io.blocking import DBusConnection, open_dbus_connection
from jeepney.wrappers import DBusErrorResponse, unwrap_msg
from keyring.backend import KeyringBackend
from keyring.compat import properties
from keyring.errors import KeyringLocked, PasswordDeleteError, PasswordSetError

SECRETS = "org.freedesktop.secrets"
SERVICE_PATH = "/org/freedesktop/secrets"
SERVICE = "org.freedesktop.Secret.Service"
COLLECTION = "org.freedesktop.Secret.Collection"
ITEM = "org.freedesktop.Secret.Item"
PROMPT = "org.freedesktop.Secret.Prompt"
NO_OBJECT = "/"  # the specification's "no prompt needed" / "no such alias"
APPLICATION = "Python keyring library"  # what keyring's backend writes: both find each other
CALL_TIMEOUT = 10.0  # seconds for one call; a daemon that takes longer is not answering
PROMPT_TIMEOUT = 300.0  # seconds for a person to type the keyring's password


class SecretServiceError(RuntimeError):
    """The Secret Service answered with an error, or not at all."""


class SecretService:
    """One connection to the session bus's Secret Service, with a plain session open."""

    def __init__(self, connection: DBusConnection) -> None:
        self._connection = connection
        self._service = DBusAddress(SERVICE_PATH, bus_name=SECRETS, interface=SERVICE)
        _output, self._session = self._call(
            self._service, "OpenSession", "sv", ("plain", ("s", ""))
        )

    def _call(
        self, address: DBusAddress, method: str, signature: str = "", body: tuple[Any, ...] = ()
    ) -> Any:
        message = new_method_call(address, method, signature or None, body)
        try:
            reply = self._connection.send_and_get_reply(message, timeout=CALL_TIMEOUT)
            return unwrap_msg(reply)
        except (DBusErrorResponse, TimeoutError, OSError) as exc:
            raise SecretServiceError(f"{method}: {exc}") from exc

    def _object(self, path: str, interface: str) -> DBusAddress:
        return DBusAddress(path, bus_name=SECRETS, interface=interface)

    def _property(self, path: str, interface: str, name: str) -> Any:
        properties_of = DBusAddress(
            path, bus_name=SECRETS, interface="org.freedesktop.DBus.Properties"
        )
        ((_signature, value),) = self._call(properties_of, "Get", "ss", (interface, name))
        return value

    def _prompt(self, prompt: str) -> tuple[bool, Any]:
        """Run a prompt (the desktop asks the person for the keyring's password) and wait for its
        Completed signal: (dismissed, result)."""
        rule = MatchRule(type="signal", interface=PROMPT, member="Completed", path=prompt)
        self._call(message_bus, "AddMatch", "s", (rule.serialise(),))
        with self._connection.filter(rule) as signals:
            self._call(self._object(prompt, PROMPT), "Prompt", "s", ("",))
            try:
                signal: Message = self._connection.recv_until_filtered(
                    signals, timeout=PROMPT_TIMEOUT
                )
            except TimeoutError:
                return True, None
        dismissed, (_signature, result) = signal.body
        return bool(dismissed), result

    def unlock(self, paths: list[str]) -> None:
        """Unlock a locked collection or item, through a prompt when the service wants one;
        KeyringLocked if it stays locked (the person dismissed the prompt)."""
        unlocked, prompt = self._call(self._service, "Unlock", "ao", (paths,))
        if prompt != NO_OBJECT:
            dismissed, result = self._prompt(prompt)
            unlocked = [] if dismissed else list(result or [])
        if set(paths) - set(unlocked):
            raise KeyringLocked("The keyring stayed locked.")

    def search(self, attributes: dict[str, str]) -> list[str]:
        """The items with these attributes, unlocked (the locked ones after a prompt)."""
        unlocked, locked = self._call(self._service, "SearchItems", "a{ss}", (attributes,))
        if locked:
            self.unlock(list(locked))
        return [*unlocked, *locked]

    def secret(self, item: str) -> bytes:
        (_session, _parameters, value, _content_type) = self._call(
            self._object(item, ITEM), "GetSecret", "o", (self._session,)
        )[0]
        return bytes(value)

    def default_collection(self) -> str:
        """The collection aliased "default", made (through a prompt) if there is none, and
        unlocked."""
        (collection,) = self._call(self._service, "ReadAlias", "s", ("default",))
        if collection == NO_OBJECT:
            label = {f"{COLLECTION}.Label": ("s", "Default keyring")}
            collection, prompt = self._call(
                self._service, "CreateCollection", "a{sv}s", (label, "default")
            )
            if prompt != NO_OBJECT:
                dismissed, result = self._prompt(prompt)
                collection = NO_OBJECT if dismissed else str(result)
            if collection == NO_OBJECT:
                raise KeyringLocked("No keyring to keep the password in.")
        if self._property(collection, COLLECTION, "Locked"):
            self.unlock([collection])
        return str(collection)

    def store(self, label: str, attributes: dict[str, str], secret: bytes) -> None:
        """Create the item in the default collection, replacing one with the same attributes."""
        collection = self.default_collection()
        item_properties = {
            f"{ITEM}.Label": ("s", label),
            f"{ITEM}.Attributes": ("a{ss}", attributes),
        }
        value = (self._session, b"", secret, "text/plain; charset=utf8")
        item, prompt = self._call(
            self._object(collection, COLLECTION),
            "CreateItem",
            "a{sv}(oayays)b",
            (item_properties, value, True),
        )
        if item == NO_OBJECT and prompt != NO_OBJECT:
            dismissed, _result = self._prompt(prompt)
            if dismissed:
                raise PasswordSetError("The keyring did not take the password.")

    def delete(self, item: str) -> None:
        (prompt,) = self._call(self._object(item, ITEM), "Delete")
        if prompt != NO_OBJECT:
            dismissed, _result = self._prompt(prompt)
            if dismissed:
                raise PasswordDeleteError("The keyring kept the password.")

    def close(self) -> None:
        try:
            self._call(self._object(self._session, "org.freedesktop.Secret.Session"), "Close")
        finally:
            self._connection.close()


@contextmanager
def secret_service() -> Iterator[SecretService]:
    """The session bus's Secret Service; SecretServiceError when there is none."""
    try:
        connection = open_dbus_connection(bus="SESSION")
    except (OSError, KeyError, ValueError, RuntimeError) as exc:
        # No session bus (DBUS_SESSION_BUS_ADDRESS unset, a console login): no keyring.
        raise SecretServiceError(f"no session bus: {exc}") from exc
    try:
        service = SecretService(connection)
    except BaseException:
        connection.close()
        raise
    try:
        yield service
    finally:
        service.close()


def service_available() -> bool:
    """True when a Secret Service runs on the session bus, or D-Bus can start one."""
    try:
        connection = open_dbus_connection(bus="SESSION")
    except (OSError, KeyError, ValueError, RuntimeError):
        return False
    try:

        def ask(method: str, signature: str = "", body: tuple[Any, ...] = ()) -> Any:
            message = new_method_call(message_bus, method, signature or None, body)
            return unwrap_msg(connection.send_and_get_reply(message, timeout=CALL_TIMEOUT))

        (owned,) = ask("NameHasOwner", "s", (SECRETS,))
        if owned:
            return True
        (activatable,) = ask("ListActivatableNames")
        return SECRETS in activatable
    except (DBusErrorResponse, TimeoutError, OSError):
        return False
    finally:
        connection.close()


class Keyring(KeyringBackend):
    """Secret Service keyring over jeepney, with the plain session (no cryptography)."""

    @properties.classproperty
    def priority(cls) -> float:
        if not service_available():
            raise RuntimeError("The Secret Service is neither running nor activatable")
        return 6  # above keyring's SecretStorage backend (5): this one is ours, and lighter

    @staticmethod
    def _attributes(service: str, username: str) -> dict[str, str]:
        return {"service": service, "username": username}

    def get_password(self, service: str, username: str) -> str | None:
        with secret_service() as secrets:
            for item in secrets.search(self._attributes(service, username)):
                return secrets.secret(item).decode("utf-8")
        return None

    def set_password(self, service: str, username: str, password: str) -> None:
        attributes = {**self._attributes(service, username), "application": APPLICATION}
        label = f"Password for '{username}' on '{service}'"
        with secret_service() as secrets:
            secrets.store(label, attributes, password.encode("utf-8"))

    def delete_password(self, service: str, username: str) -> None:
        with secret_service() as secrets:
            for item in secrets.search(self._attributes(service, username)):
                secrets.delete(item)
                return
        raise PasswordDeleteError("No such password!")
