"""The one set of rules a stored value meets, whoever made it: the editor, an import or a sync.

The editor turns what a person types into a value (core/validation.py) and then holds it to
these rules; a records file is held to the very same ones (sync/records_check.py), so a file
cannot carry what a person could not have typed: a count below zero, a status not on the list,
a time that is not HH:MM, a date that is not YYYY-MM-DD, a title that flips the text direction
of everything after it. Values are in their JSON form (see core/values.py); None (not known
yet) always passes.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from typing import Any

from cmcoord_desktop.core.models import RECORD_TYPES, FieldType, NextStepStatus
from cmcoord_desktop.core.words import translate

LARGEST_COUNT = 10_000_000  # a larger count is a typing slip, not a workshop
STATUSES = frozenset({"", *(str(s) for s in NextStepStatus)})
# Embeddings, overrides and isolates: inside a title they reorder the text around it (a
# "Trojan Source" trick); the summaries' own right-to-left handling needs none of them.
BIDI_CONTROLS = frozenset("\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069")
TITLE_FIELDS = frozenset({"title", "topic", "caption", "filename"})

_TIME = re.compile(r"(?:[01]\d|2[0-3]):[0-5]\d", re.ASCII)
_DATE = re.compile(r"\d{4}-\d{2}-\d{2}", re.ASCII)

Rule = Callable[[Any], str | None]


def count_problem(value: Any) -> str | None:
    if value is None:
        return None
    if type(value) is not int:
        return translate("value rules", "not a whole number")
    if value < 0:
        return translate("value rules", "a count below zero ({value})").format(value=value)
    if value > LARGEST_COUNT:
        return translate("value rules", "a count too large ({value})").format(value=value)
    return None


def status_problem(value: Any) -> str | None:
    if value is None or value in STATUSES:
        return None
    return translate(
        "value rules", "a status not on the list ({value}; the list: open, in progress, done)"
    ).format(value=_short(value))


def time_problem(value: Any) -> str | None:
    if value is None or (type(value) is str and _TIME.fullmatch(value)):
        return None
    return translate("value rules", "a time that is not HH:MM ({value})").format(
        value=_short(value)
    )


def date_problem(value: Any) -> str | None:
    if value is None:
        return None
    if type(value) is str and _DATE.fullmatch(value):
        try:
            dt.date.fromisoformat(value)
            return None
        except ValueError:
            pass
    return translate("value rules", "a date that is not YYYY-MM-DD ({value})").format(
        value=_short(value)
    )


def title_problem(value: Any) -> str | None:
    if type(value) is str and not BIDI_CONTROLS.isdisjoint(value):
        return translate(
            "value rules",
            "a direction-override character, which would reorder the text around it",
        )
    return None


def rule_for(kind: str, field: str) -> Rule | None:
    """The rule a field of a record kind is held to, or None if any value of its type goes."""
    return _RULES.get((kind, field))


def problem(kind: str, field: str, value: Any) -> str | None:
    """Why this value cannot be stored in this field, in words; None when it can."""
    rule = rule_for(kind, field)
    return None if rule is None else rule(value)


def _short(value: Any) -> str:
    text = repr(value)
    return text if len(text) <= 40 else text[:39] + "…"


def _rules() -> dict[tuple[str, str], Rule]:
    by_type: dict[FieldType, Rule] = {
        FieldType.INT: count_problem,
        FieldType.TIME: time_problem,
        FieldType.DATE: date_problem,
    }
    rules: dict[tuple[str, str], Rule] = {}
    for kind, cls in RECORD_TYPES.items():
        for field, field_type in cls.FIELDS.items():
            if field_type in by_type:
                rules[(kind, field)] = by_type[field_type]
            elif field in TITLE_FIELDS:
                rules[(kind, field)] = title_problem
    rules[("item", "status")] = status_problem
    return rules


_RULES = _rules()
