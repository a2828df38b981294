"""Three co-facilitators, three laptops, one shared file, synced through the command line.

Anna took the panel, Bilal the marketplace tables, and Anna and Chen both typed notes into the
same session while offline. In any order, after everyone synced and synced once more, the three
laptops and the file hold the same records; the concurrent notes are kept and flagged.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest

from cmcoord_desktop.core import repository as repo
from cmcoord_desktop.core import sync_states
from cmcoord_desktop.core.models import Item, ItemKind, MarketplaceGroup, Session
from cmcoord_desktop.core.store import Store
from cmcoord_desktop.sync import shared_file
from cmcoord_desktop.sync.shared_sync import sync_with_shared_file

LAPTOPS = ("anna", "bilal", "chen")
ORDERS = (("anna", "bilal", "chen"), ("chen", "bilal", "anna"), ("bilal", "anna", "chen", "anna"))


def cli_sync(data_dir: Path, shared: Path) -> str:
    result = subprocess.run(
        [sys.executable, "-m", "cmcoord_desktop", "--data-dir", str(data_dir), "sync", str(shared)],
        capture_output=True,
        text=True,
    )
    assert result.returncode == 0, result.stderr
    return result.stdout


def workshop_captured_offline(root: Path) -> dict[str, str]:
    """The session was shared before the workshop; then each laptop captured its part offline."""
    shared = root / "share" / "hnpw.cmcsync"
    shared.parent.mkdir(parents=True)
    with Store(root / "anna") as anna:
        event = repo.create_event(anna, title="HNPW 2017")
        session = repo.create_session(anna, event.id, title="Simulations and exercises")
        sync_with_shared_file(anna, shared)
    for name in ("bilal", "chen"):
        with Store(root / name) as store:
            sync_with_shared_file(store, shared)
    with Store(root / "anna") as anna:
        repo.update(anna, Session, session.id, panel="OCHA, WFP, IFRC", notes="Anna's notes")
        repo.add_item(anna, session.id, ItemKind.KEY_OUTCOME, "Joint exercises build trust")
    with Store(root / "bilal") as bilal:
        table = repo.create_group(bilal, session.id, topic="Micro-learning", host="UNITAR")
        repo.add_item(bilal, table.id, ItemKind.IDEA, "Five-minute modules on the phone")
    with Store(root / "chen") as chen:
        repo.update(chen, Session, session.id, notes="Chen's notes")
        repo.add_item(chen, session.id, ItemKind.KEY_OUTCOME, "Share the SimEx calendar")
    return {"session": session.id}


def everything(data_dir: Path) -> list[dict]:
    with Store(data_dir) as store:
        return sorted(sync_states.record_states(store), key=lambda s: s["id"])


def run_order(root: Path, order: tuple[str, ...]) -> list[str]:
    shared = root / "share" / "hnpw.cmcsync"
    return [cli_sync(root / name, shared) for name in (*order, *LAPTOPS)]


@pytest.mark.slow
def test_three_laptops_in_several_orders_end_equal(tmp_path: Path) -> None:
    base = tmp_path / "base"
    ids = workshop_captured_offline(base)
    roots = []
    for n, _ in enumerate(ORDERS):
        root = tmp_path / f"order{n}"
        shutil.copytree(base, root, ignore=shutil.ignore_patterns(".cmcoord.lock"))
        roots.append(root)
    with ThreadPoolExecutor(len(ORDERS)) as pool:
        outputs = list(pool.map(run_order, roots, ORDERS))

    for root, printed in zip(roots, outputs, strict=True):
        assert "1 conflict" in "".join(printed)  # somebody was told about the concurrent notes
        laptops = [everything(root / name) for name in LAPTOPS]
        in_file = sorted(
            shared_file.read(root / "share" / "hnpw.cmcsync")["records"], key=lambda s: s["id"]
        )
        assert laptops[0] == laptops[1] == laptops[2] == in_file
        for name in LAPTOPS:
            with Store(root / name) as store:
                session = repo.get(store, Session, ids["session"])
                assert session.needs_review and session.panel == "OCHA, WFP, IFRC"
                assert {v["v"] for v in session.versions["notes"]} == {
                    "Anna's notes",
                    "Chen's notes",
                }
                outcomes = {
                    i.text for i in repo.children(store, Item, session.id, ItemKind.KEY_OUTCOME)
                }
                assert outcomes == {"Joint exercises build trust", "Share the SimEx calendar"}
                (table,) = repo.children(store, MarketplaceGroup, session.id)
                assert [i.text for i in repo.children(store, Item, table.id, ItemKind.IDEA)] == [
                    "Five-minute modules on the phone"
                ]
    # Every laptop shows the same one of the two notes: the choice does not depend on the order.
    shown = set()
    for root in roots:
        with Store(root / "anna") as store:
            shown.add(repo.get(store, Session, ids["session"]).notes)
    assert len(shown) == 1
