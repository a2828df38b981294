"""The web page and Markdown are byte for byte what main's code wrote before they were made
faster: the demo, its three events, the six-language event and an event of tricky text."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.export.format_references import references

FOLDER = Path(__file__).parent / "format_references"
CASES = dict(references())


def test_every_reference_is_made() -> None:
    assert sorted(CASES) == sorted(p.name for p in FOLDER.iterdir())


@pytest.mark.parametrize("name", sorted(CASES))
def test_output_is_unchanged(name: str) -> None:
    before = (FOLDER / name).read_bytes().decode("utf-8", "surrogatepass")
    assert CASES[name] == before
