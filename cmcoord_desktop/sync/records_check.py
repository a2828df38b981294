"""The rules every record read from a file must meet before it may be merged.

One pass over the decoded records checks their shape (exact keys, no floats, no nested values,
integer stamps in range) and what depends on the record's kind: known kinds and fields, each
value of its field's type, sane lengths, each version carrying its own stamp, and no stamp far in
the future (a laptop whose clock is months ahead must not win every conflict forever, nor drag
every other laptop's clock along). Duplicate keys and other writers' spellings are caught before,
by shared_file's re-encoding check.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from collections.abc import Callable, Iterable, Mapping
from typing import Any

from cmcoord_desktop.core import clock, register, slide_marker, value_rules
from cmcoord_desktop.core.models import RECORD_TYPES, FieldType, ItemKind
from cmcoord_desktop.core.register import FieldVersion
from cmcoord_desktop.core.values import from_json
from cmcoord_desktop.core.words import translate
from cmcoord_desktop.sync.errors import FutureStamps, SharedFileError

# A slide's bytes kept beside the records (sync/media.py): "sha256:" and the hex of its hash.
MEDIA_REFERENCE_PATTERN = r"sha256:[0-9a-f]{64}"
UUID_PATTERN = r"^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$"
DEVICE_ID_PATTERN = r"^[A-Za-z0-9_.-]{1,64}$"

MAX_TEXT_CHARS = 1_000_000  # a long session's notes are a few thousand
MAX_ATTACHMENT_BYTES = 64 * 1024 * 1024
MAX_LIVE_VERSIONS = 64  # concurrent values of one field: one per laptop at most
MAX_SEEN_DEVICES = 1000
MAX_STRING = (MAX_ATTACHMENT_BYTES * 4) // 3 + 4
LARGEST_INT = 2**53  # what every JSON reader keeps exactly
LARGEST_STAMP = 2**63 - 1

_RECORD_KEYS = {"kind", "id", "fixed", "fields"}
_VERSION_KEYS = {"v", "t", "d", "seen"}
_ITEM_KINDS = {str(k) for k in ItemKind}
_UUID = re.compile(UUID_PATTERN)
_DEVICE_ID = re.compile(DEVICE_ID_PATTERN)
_TEXT, _TEXT_MAX = FieldType.TEXT, MAX_TEXT_CHARS
_MEDIA_REFERENCE = re.compile(MEDIA_REFERENCE_PATTERN)
# Per kind, each field's type and value rule, looked up once per field of a record.
_FIELD_RULES: dict[str, dict[str, tuple[FieldType, value_rules.Rule | None]]] = {
    kind: {
        field: (kind_of, value_rules.rule_for(kind, field)) for field, kind_of in cls.FIELDS.items()
    }
    for kind, cls in RECORD_TYPES.items()
}


def check_records(
    records: Any,
    devices: Mapping[str, str],
    name: str,
    now_ms: int | None = None,
    allow_future: bool = False,
) -> None:
    """Raise SharedFileError for the first record that breaks a rule.

    `allow_future` lets far-future stamps through, and only them: the clock repair reads the
    file its own laptop wrote while its clock was ahead (every other rule still holds).
    """

    if type(records) is not list:
        raise SharedFileError(
            translate("sync", "{name} is damaged: its records are not a list.").format(name=name)
        )
    check_each(records, lambda: records, devices, name, now_ms, allow_future)


def check_each(
    records: Iterable[Any],
    again: Callable[[], Iterable[dict[str, Any]]],
    devices: Mapping[str, str],
    name: str,
    now_ms: int | None = None,
    allow_future: bool = False,
) -> None:
    """check_records on records as they come, one at a time: a large file's records need not
    be held decoded all at once. `again` gives them once more, only for the message about
    stamps far ahead."""

    def damaged(text: str, **values: object) -> SharedFileError:
        """`text` (translated, whole: "{name} is damaged: …") with the file's name and values."""
        return SharedFileError(text.format(name=name, **values))

    seen_ids: set[str] = set()
    devices_seen: set[str] = set(devices)
    newest = 0
    for record in records:
        if type(record) is not dict or record.keys() != _RECORD_KEYS:
            raise damaged(
                translate("sync", "{name} is damaged: a record is not shaped like a record.")
            )
        record_id, fixed, fields = record["id"], record["fixed"], record["fields"]
        if type(record_id) is not str or _UUID.fullmatch(record_id) is None:
            raise damaged(
                translate("sync", "{name} is damaged: {id} is not a record id."),
                id=repr(str(record_id)[:40]),
            )
        if record_id in seen_ids:
            raise damaged(
                translate("sync", "{name} is damaged: record {id} appears twice."), id=record_id
            )
        seen_ids.add(record_id)
        kind = record["kind"]
        cls = RECORD_TYPES.get(kind) if type(kind) is str else None
        if cls is None:
            raise damaged(
                translate("sync", "{name} holds a record of unknown kind {kind}."),
                kind=_quoted(kind),
            )
        if type(fixed) is not dict or fixed.keys() != set(cls.FIXED):
            raise damaged(
                translate("sync", "{name} is damaged: {kind} {id} lacks its parent."),
                kind=cls.KIND,
                id=record_id,
            )
        for key, value in fixed.items():
            if key == "item_kind":
                if type(value) is not str or value not in _ITEM_KINDS:
                    raise damaged(
                        translate("sync", "{name} holds an item of unknown kind {kind}."),
                        kind=_quoted(value),
                    )
            elif type(value) is not str or _UUID.fullmatch(value) is None:
                raise damaged(
                    translate("sync", "{name} is damaged: a parent id is not a valid id.")
                )
        if type(fields) is not dict:
            raise damaged(
                translate("sync", "{name} is damaged: {kind} {id} has no fields."),
                kind=cls.KIND,
                id=record_id,
            )
        field_rules = _FIELD_RULES[cls.KIND]
        for field_name, versions in fields.items():
            known = field_rules.get(field_name)
            if known is None:
                raise damaged(
                    translate(
                        "sync", "{name} holds a {kind} field {field} this program does not know."
                    ),
                    kind=cls.KIND,
                    field=_quoted(field_name),
                )
            field_type, rule = known
            if type(versions) is not list or not 1 <= len(versions) <= MAX_LIVE_VERSIONS:
                raise damaged(
                    translate(
                        "sync",
                        "{name} is damaged: the versions of a {kind} {field} are not a short list.",
                    ),
                    kind=cls.KIND,
                    field=field_name,
                )
            for version in versions:
                if type(version) is not dict or version.keys() != _VERSION_KEYS:
                    raise damaged(
                        translate(
                            "sync", "{name} is damaged: a version of a {kind} {field} is malformed."
                        ),
                        kind=cls.KIND,
                        field=field_name,
                    )
                value, stamp, seen = version["v"], version["t"], version["seen"]
                # Plain text is most of a file: check it inline; parse the rest.
                if field_type is not _TEXT or type(value) is not str or len(value) > _TEXT_MAX:
                    _check_value(field_type, value, cls.KIND, field_name, name)
                if rule is not None and (problem := rule(value)) is not None:
                    raise damaged(
                        translate(
                            "sync",
                            "{name} holds a {kind} {field} no one could have typed: {problem}. "
                            "Nothing was changed.",
                        ),
                        kind=cls.KIND,
                        field=field_name,
                        problem=problem,
                    )
                if type(seen) is not dict or not 0 < len(seen) <= MAX_SEEN_DEVICES:
                    raise damaged(
                        translate(
                            "sync", "{name} is damaged: a version of a {kind} {field} is malformed."
                        ),
                        kind=cls.KIND,
                        field=field_name,
                    )
                device = version["d"]
                if type(stamp) is not int or type(device) is not str or seen.get(device) != stamp:
                    raise damaged(
                        translate(
                            "sync",
                            "{name} is damaged: a version of {kind} {field} does not carry its own stamp.",
                        ),
                        kind=cls.KIND,
                        field=field_name,
                    )
                if len(seen) == 1:
                    # Most versions have seen only themselves: their one stamp is their own.
                    if type(seen[device]) is not int or not 1 <= stamp <= LARGEST_STAMP:
                        raise damaged(
                            translate("sync", "{name} is damaged: a stamp is out of range.")
                        )
                    if stamp > newest:
                        newest = stamp
                    if device not in devices_seen:
                        devices_seen.add(device)
                    continue
                for seen_stamp in seen.values():
                    if type(seen_stamp) is not int or not 1 <= seen_stamp <= LARGEST_STAMP:
                        raise damaged(
                            translate("sync", "{name} is damaged: a stamp is out of range.")
                        )
                    if seen_stamp > newest:
                        newest = seen_stamp
                devices_seen.update(seen)
            if len(versions) > 1:
                _check_live(versions, cls.KIND, field_name, name)
    bad_device = next((d for d in devices_seen if not _DEVICE_ID.fullmatch(d)), None)
    if bad_device is not None:
        raise damaged(
            translate("sync", "{name} is damaged: {device} is not a laptop's id."),
            device=repr(bad_device[:70]),
        )
    if not allow_future:
        _check_not_future(newest, again, devices, name, now_ms)


def _check_value(field_type: FieldType, value: Any, kind: str, field: str, name: str) -> None:
    if field_type is FieldType.BYTES and type(value) is str and _MEDIA_REFERENCE.fullmatch(value):
        return  # resolved, and checked against its hash, by sync/media.py
    if field_type is FieldType.BYTES and slide_marker.is_marker(value):
        return  # a deleted slide whose bytes were removed (core/slide_marker.py)
    if type(value) is str and len(value) > MAX_STRING:
        raise SharedFileError(
            translate("sync", "{name} holds a {kind} {field} that is too large.").format(
                name=name, kind=kind, field=field
            )
        )
    try:
        from_json(field_type, value)
    except ValueError as exc:
        raise SharedFileError(
            translate(
                "sync", "{name} is damaged: {kind} field {field} holds a bad value ({reason})."
            ).format(name=name, kind=kind, field=field, reason=exc)
        ) from None
    if field_type is FieldType.TEXT and value is not None and len(value) > MAX_TEXT_CHARS:
        raise SharedFileError(
            translate("sync", "{name} holds a {kind} {field} longer than {limit}.").format(
                name=name, kind=kind, field=field, limit=f"{MAX_TEXT_CHARS:,}"
            )
        )
    if field_type is FieldType.INT and value is not None and abs(value) > LARGEST_INT:
        raise SharedFileError(
            translate("sync", "{name} holds a {kind} {field} number out of range.").format(
                name=name, kind=kind, field=field
            )
        )


def _check_live(versions: list[dict[str, Any]], kind: str, field: str, name: str) -> None:
    """Concurrent versions must be listed as the merge lists them, so equal means equal."""
    parsed = [FieldVersion.from_json(v) for v in versions]
    if [v.to_json() for v in register.live(parsed)] != versions:
        raise SharedFileError(
            translate(
                "sync", "{name} is damaged: the versions of a {kind} {field} contradict each other."
            ).format(name=name, kind=kind, field=field)
        )


def _check_not_future(
    newest: int,
    records: Callable[[], Iterable[dict[str, Any]]],
    devices: Mapping[str, str],
    name: str,
    now_ms: int | None,
) -> None:
    if not clock.is_far_future(newest, now_ms):
        return
    ahead = future_devices(records(), now_ms)
    when = dt.datetime.fromtimestamp(clock.stamp_ms(newest) / 1000, dt.UTC)
    laptops = translate("sync", " and ").join(devices.get(d, d) for d in ahead) or translate(
        "sync", "another laptop"
    )
    raise FutureStamps(
        translate(
            "sync",
            "{name} holds changes from {laptops} dated up to {when} UTC, more than {minutes} "
            "minutes ahead of this laptop's clock: that laptop's clock was ahead when it made "
            "them. On that laptop, once its clock is right, File › Sync with shared file… offers "
            "to re-date them (or run: cmcoord-desktop repair-clock {name}); then sync here again.",
        ).format(
            name=name,
            laptops=laptops,
            when=f"{when:%Y-%m-%d %H:%M}",
            minutes=clock.MAX_FUTURE_MS // 60_000,
        ),
        ahead,
    )


def future_devices(records: Iterable[Mapping[str, Any]], now_ms: int | None) -> tuple[str, ...]:
    """The laptops with a stamp far in the future anywhere in these records (a version's own,
    or one it had seen), sorted."""
    now = clock.wall_ms() if now_ms is None else now_ms
    found: set[str] = set()
    for record in records:
        for versions in record["fields"].values():
            for version in versions:
                for device, stamp in version["seen"].items():
                    if clock.is_far_future(stamp, now):
                        found.add(device)
    return tuple(sorted(found))


def _quoted(text: Any) -> str:
    """A name taken from the file, in quotes, short, and on one line whatever it holds."""
    return json.dumps(str(text)[:40], ensure_ascii=False)


def _is_uuid(value: str) -> bool:
    return _UUID.fullmatch(value) is not None
