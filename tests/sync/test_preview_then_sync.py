"""A sync after its preview writes the preview's merge, unless the share or the store changed
in between: then it reads and merges again, and says why."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import event

from cmcoord_desktop.core import repository as repo
from cmcoord_desktop.core.models import ItemKind
from cmcoord_desktop.core.store import Store
from cmcoord_desktop.sync import shared_file
from cmcoord_desktop.sync.shared_sync import preview_sync, sync_with_shared_file


@pytest.fixture
def shared(tmp_path: Path, store: Store) -> Path:
    """A shared file that another laptop (Bilal) made, with one outcome of his."""
    path = tmp_path / "share" / "workshop.cmcsync"
    path.parent.mkdir()
    with Store(tmp_path / "bilal") as bilal:
        made = repo.create_event(bilal, title="HNPW 2017")
        repo.add_item(bilal, made.id, ItemKind.KEY_OUTCOME, "Bilal's outcome")
        sync_with_shared_file(bilal, path)
    return path


def texts_in(path: Path) -> set[str]:
    return {
        r["fields"]["text"][0]["v"]
        for r in shared_file.read(path)["records"]
        if r["kind"] == "item"
    }


def whole_reads(store: Store, action) -> list[str]:  # noqa: ANN001
    """The statements that read every record of a table (as a sync's merge does)."""
    seen: list[str] = []

    def statement(_conn, _cursor, text, *_args) -> None:  # noqa: ANN001
        if text.startswith("SELECT") and "FROM events" in text and "WHERE" not in text:
            seen.append(text)

    event.listen(store.engine, "before_cursor_execute", statement)
    try:
        action()
    finally:
        event.remove(store.engine, "before_cursor_execute", statement)
    return seen


def test_the_previewed_merge_is_written_without_reading_and_merging_again(
    store: Store, shared: Path
) -> None:
    preview = preview_sync(store, shared)
    assert preview.here.new == 2 and preview.prepared is not None
    results = []
    reads = whole_reads(
        store,
        lambda: results.append(sync_with_shared_file(store, shared, prepared=preview.prepared)),
    )
    [result] = results
    assert reads == [] and result.done and result.merged_again == ""
    assert result.summary() == preview.summary()
    assert {e.title for e in repo.events(store)} == {"HNPW 2017"}


def test_an_edit_since_the_preview_is_merged_again_and_said(store: Store, shared: Path) -> None:
    mine = repo.create_event(store, title="Prague workshop")
    preview = preview_sync(store, shared)
    repo.add_item(store, mine.id, ItemKind.KEY_OUTCOME, "Typed after the preview")
    result = sync_with_shared_file(store, shared, prepared=preview.prepared)
    assert result.merged_again == "the records on this laptop changed since the preview"
    assert texts_in(shared) == {"Bilal's outcome", "Typed after the preview"}


def test_a_file_changed_since_the_preview_is_merged_again_and_said(
    store: Store, shared: Path, tmp_path: Path
) -> None:
    preview = preview_sync(store, shared)
    with Store(tmp_path / "bilal") as bilal:
        [made] = repo.events(bilal)
        repo.add_item(bilal, made.id, ItemKind.KEY_OUTCOME, "Bilal, after the preview")
        sync_with_shared_file(bilal, shared)
    result = sync_with_shared_file(store, shared, prepared=preview.prepared)
    assert "changed since the preview" in result.merged_again
    assert texts_in(shared) == {"Bilal's outcome", "Bilal, after the preview"}
    assert result.here.new == 3
