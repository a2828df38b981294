"""Every field a person can meet has one label, and its type is the model's."""

from __future__ import annotations

import pytest

from cmcoord_desktop.core import fields
from cmcoord_desktop.core.models import RECORD_TYPES, Event, FieldType, Item, Session


def test_every_field_of_every_record_has_a_label() -> None:
    for record in RECORD_TYPES.values():
        missing = set(record.FIELDS) - set(fields.FIELDS[record])
        assert not missing, f"{record.__name__}: no label for {sorted(missing)}"
        unknown = set(fields.FIELDS[record]) - set(record.FIELDS)
        assert not unknown, f"{record.__name__}: labels for fields it lacks: {sorted(unknown)}"


def test_labels_are_written_out_for_a_sentence_too() -> None:
    for by_name in fields.FIELDS.values():
        for field in by_name.values():
            assert field.label and field.in_sentence, field
            assert "_" not in field.label + field.in_sentence, field  # never a column name


def test_the_event_kind_is_called_kind_as_the_form_says() -> None:
    assert fields.label(Event, "event_kind") == "Kind"
    assert fields.in_sentence(Session, "start_time") == "start time"


def test_a_fields_type_is_the_one_the_model_stores() -> None:
    assert fields.field(Session, "start_time").type is FieldType.TIME
    assert fields.field(Item, "due_date").type is FieldType.DATE


def test_an_unknown_field_is_a_key_error() -> None:
    with pytest.raises(KeyError):
        fields.field(Event, "no_such_field")
