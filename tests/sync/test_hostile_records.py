"""Any JSON put anywhere in a record, with a valid checksum, is refused with a reason, never a
crash: what a hostile or badly generated file can do is get a clear error and change nothing."""

from __future__ import annotations

import msgspec
from hypothesis import given, settings
from hypothesis import strategies as st

from cmcoord_desktop.sync import shared_file
from cmcoord_desktop.sync.errors import SharedFileError
from tests.sync.workshop import parts, seal

STAMP = 117673671653720068
DEVICE = "17eb13d5b332"
EVENT = "044eda90-1b53-4389-bc2d-a832338ec218"


def version(value: object) -> dict:
    return {"v": value, "t": STAMP, "d": DEVICE, "seen": {DEVICE: STAMP}}


RECORDS = [
    {"kind": "event", "id": EVENT, "fixed": {}, "fields": {"title": [version("HNPW")]}},
    {
        "kind": "item",
        "id": "8f0e1c55-3f2b-4c55-9f59-0d3c2d0e6a11",
        "fixed": {"item_kind": "next_step", "parent": EVENT},
        "fields": {"text": [version("Follow up")], "due_date": [version("2017-03-01")]},
    },
]
GOOD = shared_file.encode(RECORDS, {DEVICE: "Demo"})

json_values = st.recursive(
    st.none()
    | st.booleans()
    | st.integers(min_value=-(2**64), max_value=2**64)
    | st.floats()
    | st.text(max_size=10),
    lambda inner: (
        st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=5), inner, max_size=3)
    ),
    max_leaves=8,
)
# Where to put it: a path of keys and indexes into the records list.
PATHS = [
    (0,),
    (0, "kind"),
    (0, "id"),
    (0, "fixed"),
    (1, "fixed", "item_kind"),
    (1, "fixed", "parent"),
    (0, "fields"),
    (0, "fields", "title"),
    (0, "fields", "title", 0),
    (0, "fields", "title", 0, "v"),
    (0, "fields", "title", 0, "t"),
    (0, "fields", "title", 0, "d"),
    (0, "fields", "title", 0, "seen"),
    (1, "fields", "due_date", 0, "v"),
    (1, "fields", "text", 0, "seen", DEVICE),
]


@settings(max_examples=300, deadline=None)
@given(st.sampled_from(PATHS), json_values)
def test_any_value_anywhere_is_refused_or_accepted_never_a_crash(path, value) -> None:
    records = msgspec.json.decode(msgspec.json.encode(RECORDS))
    target = records
    for step in path[:-1]:
        target = target[step]
    target[path[-1]] = value
    try:
        encoded = msgspec.json.encode(records)
    except (TypeError, ValueError, OverflowError):
        encoded = repr(value).encode()  # not even JSON: still must be refused cleanly
    data = seal({**parts(GOOD), "records": encoded})
    try:
        shared_file.decode(data)
    except SharedFileError as refusal:
        assert "\n" not in str(refusal)
