"""Field values between their Python form (columns) and their JSON form (versions, files)."""

from __future__ import annotations

import base64
import binascii
import datetime as dt
from typing import Any

from cmcoord_desktop.core import slide_marker
from cmcoord_desktop.core.models import FieldType
from cmcoord_desktop.core.words import translate


def to_json(kind: FieldType, value: Any) -> Any:
    if value is None:
        return None
    if kind is FieldType.DATE:
        return value.isoformat()
    if kind is FieldType.TIME:
        return value.strftime("%H:%M")
    if kind is FieldType.BYTES:
        return base64.b64encode(value).decode("ascii")
    return value


def from_json(kind: FieldType, value: Any) -> Any:
    """The Python value of a JSON value; ValueError when it is not of the field's type."""
    if value is None:
        return _EMPTY.get(kind)
    match kind:
        case FieldType.TEXT if isinstance(value, str):
            return value
        case FieldType.INT if isinstance(value, int) and not isinstance(value, bool):
            return value
        case FieldType.BOOL if isinstance(value, bool):
            return value
        case FieldType.DATE if isinstance(value, str):
            return dt.date.fromisoformat(value)
        case FieldType.TIME if isinstance(value, str):
            return dt.time.fromisoformat(value)
        case FieldType.BYTES if isinstance(value, str):
            if slide_marker.is_marker(value):
                return b""  # a deleted slide whose bytes were removed (core/slide_marker.py)
            try:
                return base64.b64decode(value, validate=True)
            except binascii.Error as exc:
                raise ValueError(
                    translate("values", "not base64: {reason}").format(reason=exc)
                ) from None
    raise ValueError(
        translate("values", "expected {expected}, got {got}").format(
            expected=kind.value, got=type(value).__name__
        )
    )


# What a cleared field holds in its column; dates, times and numbers are simply unset (None).
_EMPTY: dict[FieldType, Any] = {FieldType.TEXT: "", FieldType.BYTES: b"", FieldType.BOOL: False}
