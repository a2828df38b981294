"""A team server's address: parsed, checked for a password, and made safe to show and store.

`postgresql://USER@HOST/DB` as libpq reads it. For any host that is not this machine the
connection asks for TLS with the server's certificate checked against its name
(`sslmode=verify-full`), unless the address says otherwise. A password in the address is
refused: the address is remembered in settings and shown in the window, and passwords belong
in the system keyring or `.pgpass`.
"""

from __future__ import annotations

from dataclasses import dataclass

import psycopg
from psycopg.conninfo import conninfo_to_dict, make_conninfo

from cmcoord_desktop.core.words import translate
from cmcoord_desktop.sync.team_server.errors import TeamServerError

_LOCAL_HOSTS = {"", "localhost", "127.0.0.1", "::1"}


@dataclass(frozen=True)
class ServerAddress:
    """Connection settings without a password, and the name to show for them."""

    params: dict[str, str]

    @property
    def user(self) -> str:
        return self.params.get("user", "")

    @property
    def host(self) -> str:
        return self.params.get("host", "")

    @property
    def database(self) -> str:
        return self.params.get("dbname", "") or self.user

    @property
    def is_local(self) -> bool:
        return all(h in _LOCAL_HOSTS or h.startswith("/") for h in self.host.split(","))

    @property
    def display(self) -> str:
        """user@host/db: what messages, logs and the status bar say (never a password)."""
        host = "this computer" if self.is_local else self.host
        port = self.params.get("port", "")
        where = f"{host}:{port}" if port and not self.is_local else host
        who = f"{self.user}@" if self.user else ""
        return f"{who}{where}/{self.database}"

    @property
    def keyring_user(self) -> str:
        """The keyring entry of this account on this server."""
        return f"{self.user}@{self.host}:{self.params.get('port', '5432')}/{self.database}"

    def conninfo(self, password: str | None = None) -> str:
        # Always UTF-8 on the wire, whatever the database's encoding or PGCLIENTENCODING: the
        # server converts, and psycopg never needs Python's CJK codecs (the bundle has none).
        params = {**self.params, "client_encoding": "UTF8"}
        if password is not None:
            params["password"] = password
        return make_conninfo(**params)


def parse_address(url: str) -> ServerAddress:
    """Raises TeamServerError for an address libpq cannot read or one holding a password."""
    try:
        params = {k: str(v) for k, v in conninfo_to_dict(url).items()}
    except psycopg.ProgrammingError:
        raise TeamServerError(
            translate(
                "team_server",
                "That is not a server address; it looks like postgresql://USER@HOST/DATABASE.",
            )
        ) from None
    if "password" in params:
        raise TeamServerError(
            translate(
                "team_server",
                "Leave the password out of the server address: the address is remembered and "
                "shown. You will be asked for it (and it is kept in the system keyring), or put it "
                "in .pgpass.",
            )
        )
    address = ServerAddress(params)
    if not address.is_local and "sslmode" not in params:
        params["sslmode"] = "verify-full"
    params.setdefault("connect_timeout", "10")
    params.setdefault("application_name", "cmcoord-desktop")
    return ServerAddress(params)
