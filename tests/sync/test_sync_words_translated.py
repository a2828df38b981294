"""Sync's words in the person's language: the command line in French (chosen by --language or
by LANG, in a real process between two data folders), plural forms as each language counts,
and English as it was where no catalogue is loaded."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from cmcoord_desktop.core import repository as repo
from cmcoord_desktop.core.models import ItemKind
from cmcoord_desktop.core.store import Store
from cmcoord_desktop.core.ts_catalogue import TsCatalogue
from cmcoord_desktop.core.words import set_translator
from cmcoord_desktop.sync.commands import describe
from cmcoord_desktop.sync.merge import SideChanges
from cmcoord_desktop.sync.shared_sync import SyncResult

LOCALE_VARIABLES = ("LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG")


def cli(data_dir: Path, *args: str, lang: str = "C.UTF-8") -> subprocess.CompletedProcess[str]:
    """The program in its own process, in a system whose language is `lang`."""
    env = {k: v for k, v in os.environ.items() if k not in LOCALE_VARIABLES}
    env["LANG"] = lang
    return subprocess.run(
        [sys.executable, "-m", "cmcoord_desktop", "--data-dir", str(data_dir), *args],
        capture_output=True,
        text=True,
        env=env,
    )


@pytest.fixture
def shared(tmp_path: Path) -> Path:
    (tmp_path / "share").mkdir()
    with Store(tmp_path / "anna") as anna:
        event = repo.create_event(anna, title="HNPW 2017")
        repo.add_item(anna, event.id, ItemKind.KEY_OUTCOME, "Joint exercises build trust")
    return tmp_path / "share" / "workshop.cmcsync"


@pytest.fixture
def catalogue() -> Iterator[None]:
    """Each test sets the language it needs; English again afterwards."""
    yield
    set_translator(None)


def test_a_sync_between_two_data_folders_speaks_french(tmp_path: Path, shared: Path) -> None:
    created = cli(tmp_path / "anna", "--language", "fr", "sync", str(shared))
    assert created.returncode == 0, created.stderr
    assert created.stdout.strip() == (
        "workshop.cmcsync créé — cet ordinateur\u00a0: nouvelles\u00a0: 0, mises à jour\u00a0: 0, 0 conflit, "
        "supprimées\u00a0: 0\u202f; le fichier\u00a0: nouvelles\u00a0: 2, mises à jour\u00a0: 0, supprimées\u00a0: 0\u202f; "
        "0 copie en conflit fusionnée."
    )
    synced = cli(tmp_path / "bilal", "--language", "fr", "sync", str(shared))
    assert synced.returncode == 0, synced.stderr
    assert synced.stdout.strip() == (
        "Synchronisé avec workshop.cmcsync — cet ordinateur\u00a0: nouvelles\u00a0: 2, mises à jour\u00a0: 0, "
        "0 conflit, supprimées\u00a0: 0\u202f; le fichier\u00a0: nouvelles\u00a0: 0, mises à jour\u00a0: 0, "
        "supprimées\u00a0: 0\u202f; 0 copie en conflit fusionnée."
    )
    with Store(tmp_path / "bilal") as bilal:  # the sync itself happened, not only its words
        assert [e.title for e in repo.events(bilal)] == ["HNPW 2017"]


def test_a_damaged_shared_file_is_refused_in_the_systems_french(
    tmp_path: Path, shared: Path
) -> None:
    assert cli(tmp_path / "anna", "sync", str(shared)).returncode == 0
    damaged = shared.read_bytes().replace(b"Joint exercises", b"Joint exercices")
    shared.write_bytes(damaged)
    refused = cli(tmp_path / "bilal", "sync", str(shared), lang="fr_FR.UTF-8")
    assert refused.returncode == 2
    assert refused.stderr.strip() == (
        'cmcoord-desktop\u00a0: non synchronisé\u00a0: "workshop.cmcsync" est endommagé\u00a0: sa somme de '
        "contrôle ne correspond pas à son contenu."
    )
    assert shared.read_bytes() == damaged  # a file that cannot be read is never written over
    in_english = cli(tmp_path / "bilal", "sync", str(shared))
    assert in_english.stderr.strip() == (
        'cmcoord-desktop: not synced: "workshop.cmcsync" is damaged: its checksum does not '
        "match its contents."
    )


def summary(conflicts: int) -> str:
    return SyncResult(
        Path("workshop.cmcsync"), SideChanges(1, 2, conflicts, 0), SideChanges()
    ).summary()


@pytest.mark.usefixtures("catalogue")
def test_counts_take_each_languages_plural_forms() -> None:
    set_translator(TsCatalogue("ru"))
    assert [summary(n).split(", ")[2] for n in (1, 3, 5, 21, 112)] == [
        "1 конфликт",
        "3 конфликта",
        "5 конфликтов",
        "21 конфликт",
        "112 конфликтов",
    ]
    set_translator(TsCatalogue("ar"))
    forms = [summary(n).split("، ")[2] for n in (0, 1, 2, 3, 11, 100)]
    assert forms == [
        "لا تعارضات (0)",
        "تعارض واحد (1)",
        "تعارضان (2)",
        "3 تعارضات",
        "11 تعارضًا",
        "100 تعارض",
    ]
    held = SyncResult(Path("w"), SideChanges(deleted=7, live_before=10), SideChanges())
    set_translator(TsCatalogue("fr"))
    assert held.held_reason().startswith("Cette synchronisation supprimerait 7 des 10 fiches sur")


@pytest.mark.usefixtures("catalogue")
def test_english_without_a_catalogue_reads_as_before() -> None:
    set_translator(None)
    assert summary(1) == "1 new, 2 updated, 1 conflict, 0 deleted"
    assert summary(2) == "1 new, 2 updated, 2 conflicts, 0 deleted"
    one_copy = SyncResult(
        Path("workshop.cmcsync"), SideChanges(), SideChanges(), siblings_merged=("a",)
    )
    assert describe(one_copy).endswith("; 1 conflicted copy merged.")
    assert describe(SyncResult(Path("w"), SideChanges(), SideChanges())).endswith(
        "; 0 conflicted copies merged."
    )
