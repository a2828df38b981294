"""The team server's tables, their migration ladder, and the check every sync makes first.

Everything lives in the schema `cmcoord` of the chosen database. `about` says whose tables these
are and which step of the ladder they are at; a sync refuses a database without it (not ours)
or at a newer step than this release knows. `server init` climbs the ladder under an advisory
lock, each step in the same transaction as its new step number, so a half-made schema is never
left behind.
"""

from __future__ import annotations

import uuid

import psycopg
from psycopg import sql

from cmcoord_desktop.core.words import translate
from cmcoord_desktop.sync.team_server.address import ServerAddress
from cmcoord_desktop.sync.team_server.errors import NotOurDatabase, TeamServerError

APP = "cmcoord-desktop"
MEMBER_ROLE = "cmcoord_member"
OBSERVER_ROLE = "cmcoord_observer"
DEVICE_CLASH = "CM001"  # SQLSTATE of a push in another laptop's name
_INIT_LOCK = 0x434D434F  # "CMCO": one `server init` at a time

# Step n turns schema version n-1 into n. Never edit a step that shipped: add one.
STEPS: tuple[str, ...] = (
    # 1: versions append-only, attachments once per content hash, devices bound to their writer.
    """
    CREATE SCHEMA cmcoord;
    CREATE TABLE cmcoord.about (key text PRIMARY KEY, value text NOT NULL);
    CREATE TABLE cmcoord.blobs (
        hash text PRIMARY KEY,
        data bytea NOT NULL,
        CONSTRAINT blob_is_its_hash CHECK (hash = encode(sha256(data), 'hex'))
    );
    CREATE TABLE cmcoord.devices (
        device text PRIMARY KEY,
        writer name NOT NULL,
        first_seen timestamptz NOT NULL DEFAULT now()
    );
    CREATE TABLE cmcoord.versions (
        record_id uuid NOT NULL,
        field text NOT NULL,
        stamp bigint NOT NULL,
        device text NOT NULL,
        kind text NOT NULL,
        fixed text NOT NULL,
        value text,
        blob text REFERENCES cmcoord.blobs (hash),
        seen text NOT NULL,
        batch uuid,
        writer name NOT NULL DEFAULT session_user,
        xid xid8 NOT NULL DEFAULT pg_current_xact_id(),
        PRIMARY KEY (record_id, field, stamp, device),
        CONSTRAINT value_or_blob CHECK ((value IS NULL) <> (blob IS NULL))
    );
    CREATE INDEX versions_by_xid ON cmcoord.versions (xid);

    -- Each laptop's id belongs to the account that first wrote versions in its name; versions
    -- of that id from any other account are refused, the whole statement with them. Statement
    -- level, over the rows really inserted (ON CONFLICT skips are not in new_rows).
    CREATE FUNCTION cmcoord.bind_devices() RETURNS trigger
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $fn$
    DECLARE
        clash record;
    BEGIN
        INSERT INTO cmcoord.devices (device, writer)
            SELECT DISTINCT n.device, n.writer FROM new_rows n
            ON CONFLICT (device) DO NOTHING;
        SELECT n.device, d.writer AS owner, n.writer INTO clash
            FROM new_rows n JOIN cmcoord.devices d ON d.device = n.device
            WHERE d.writer <> n.writer LIMIT 1;
        IF FOUND THEN
            RAISE EXCEPTION 'versions in the name of laptop % belong to the account %, not %',
                clash.device, clash.owner, clash.writer
                USING ERRCODE = 'CM001';
        END IF;
        RETURN NULL;
    END
    $fn$;
    CREATE TRIGGER bind_devices AFTER INSERT ON cmcoord.versions
        REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT
        EXECUTE FUNCTION cmcoord.bind_devices();
    """,
)
SCHEMA_VERSION = len(STEPS)

_ROLES = f"""
DO $roles$ BEGIN
    IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = '{MEMBER_ROLE}') THEN
        CREATE ROLE {MEMBER_ROLE} NOLOGIN;
    END IF;
    IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = '{OBSERVER_ROLE}') THEN
        CREATE ROLE {OBSERVER_ROLE} NOLOGIN;
    END IF;
END $roles$;
GRANT USAGE ON SCHEMA cmcoord TO {MEMBER_ROLE}, {OBSERVER_ROLE};
GRANT SELECT ON ALL TABLES IN SCHEMA cmcoord TO {MEMBER_ROLE}, {OBSERVER_ROLE};
GRANT INSERT (record_id, field, stamp, device, kind, fixed, value, blob, seen, batch)
    ON cmcoord.versions TO {MEMBER_ROLE};
GRANT INSERT ON cmcoord.blobs TO {MEMBER_ROLE};
"""


def read_about(connection: psycopg.Connection[tuple[object, ...]]) -> dict[str, str] | None:
    """The `about` rows, or None when the database has no CMCoord schema (one round trip)."""
    with connection.cursor() as cur:
        try:
            cur.execute("SELECT key, value FROM cmcoord.about")
        except (psycopg.errors.UndefinedTable, psycopg.errors.InvalidSchemaName):
            return None
        return {str(k): str(v) for k, v in cur.fetchall()}


def check_about(about: dict[str, str] | None, address: ServerAddress) -> str:
    """The server's epoch (see docs/team-server.md), or NotOurDatabase saying why not."""
    where = translate("team_server", "{database} on {server}").format(
        database=address.database, server=address.display
    )
    if about is None:
        raise NotOurDatabase(
            translate(
                "team_server",
                "The database {where} is not set up as a team server. Its administrator sets it "
                "up with: cmcoord-desktop server init URL. Nothing was changed.",
            ).format(where=where)
        )
    if about.get("app") != APP:
        raise NotOurDatabase(
            translate(
                "team_server",
                "The database {where} holds another program's tables named cmcoord; nothing was "
                "changed. Check the address.",
            ).format(where=where)
        )
    try:
        version = int(about.get("schema_version", ""))
    except ValueError:
        raise NotOurDatabase(
            translate(
                "team_server", "The team server {where} is damaged: no schema version."
            ).format(where=where)
        ) from None
    if version > SCHEMA_VERSION:
        raise NotOurDatabase(
            translate(
                "team_server",
                "The team server {where} was set up by a newer CMCoord Desktop (schema {version}, "
                "this one knows {known}); update this program. Nothing was changed.",
            ).format(where=where, version=version, known=SCHEMA_VERSION)
        )
    if version < SCHEMA_VERSION:
        raise NotOurDatabase(
            translate(
                "team_server",
                "The team server {where} needs upgrading to this release's schema: its "
                "administrator runs cmcoord-desktop server init URL again. Nothing was changed.",
            ).format(where=where)
        )
    return about.get("epoch", "")


def init_schema(connection: psycopg.Connection[tuple[object, ...]], new_epoch: bool = False) -> int:
    """Climb the ladder to SCHEMA_VERSION and (re)grant the roles; returns the step it was at.

    `new_epoch` makes every laptop read the whole server again on its next sync: after the
    database was restored from a backup (transaction ids start over)."""
    with connection.transaction(), connection.cursor() as cur:
        cur.execute("SELECT pg_advisory_xact_lock(%s)", (_INIT_LOCK,))
        cur.execute("SELECT to_regnamespace('cmcoord') IS NOT NULL")
        row = cur.fetchone()
        exists = bool(row and row[0])
        about = read_about(connection) if exists else None
        if exists and (about is None or about.get("app") != APP):
            raise NotOurDatabase(
                translate(
                    "team_server",
                    "This database already has a schema named cmcoord that is not CMCoord "
                    "Desktop's; nothing was changed. Use another database.",
                )
            )
        was = int(about["schema_version"]) if about else 0
        if was > SCHEMA_VERSION:
            raise NotOurDatabase(
                translate(
                    "team_server",
                    "This team server was set up by a newer CMCoord Desktop (schema {version}); "
                    "update this program first. Nothing was changed.",
                ).format(version=was)
            )
        for step in range(was, SCHEMA_VERSION):
            cur.execute(STEPS[step].encode())
        if was == 0:
            cur.execute(
                "INSERT INTO cmcoord.about (key, value) VALUES ('app', %s), ('epoch', %s)",
                (APP, str(uuid.uuid4())),
            )
        elif new_epoch:
            cur.execute(
                "UPDATE cmcoord.about SET value = %s WHERE key = 'epoch'", (str(uuid.uuid4()),)
            )
        cur.execute(
            "INSERT INTO cmcoord.about (key, value) VALUES ('schema_version', %s) "
            "ON CONFLICT (key) DO UPDATE SET value = excluded.value",
            (str(SCHEMA_VERSION),),
        )
        cur.execute(_ROLES.encode())
        database = sql.Identifier(str(connection.info.dbname))
        cur.execute(sql.SQL("REVOKE ALL ON DATABASE {} FROM PUBLIC").format(database))
        cur.execute(
            sql.SQL("GRANT CONNECT, TEMPORARY ON DATABASE {} TO {}, {}").format(
                database, sql.Identifier(MEMBER_ROLE), sql.Identifier(OBSERVER_ROLE)
            )
        )
    return was


def refuse_if_not_admin(exc: psycopg.Error, address: ServerAddress) -> TeamServerError:
    """A setup step the account may not take, in one sentence."""
    reason = exc.diag.message_primary or type(exc).__name__
    if address.user:
        text = translate(
            "team_server",
            "The account {account} may not set up the team server ({reason}); use the database "
            "owner's account with the right to create roles (CREATEROLE). Nothing was changed.",
        )
    else:
        text = translate(
            "team_server",
            "The account you used may not set up the team server ({reason}); use the database "
            "owner's account with the right to create roles (CREATEROLE). Nothing was changed.",
        )
    return TeamServerError(text.format(account=address.user, reason=reason))
