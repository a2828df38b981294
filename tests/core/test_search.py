"""Search every word: six languages, prefixes and phrases, the Trash, hostile queries, and an
index that stays in step with the records through edits, deletes, restores and syncs."""

from __future__ import annotations

import sqlite3
import uuid
from pathlib import Path

import pytest
from sqlalchemy import text

from cmcoord_desktop.core import repository as repo
from cmcoord_desktop.core import search_index, slide_store, sync_states
from cmcoord_desktop.core.models import Event, Item, ItemKind, Session
from cmcoord_desktop.core.paths import DATABASE_NAME
from cmcoord_desktop.core.search import parse_query, search
from cmcoord_desktop.core.store import Store
from cmcoord_desktop.demo import load_demo_workshop
from cmcoord_desktop.sync.shared_sync import sync_with_shared_file


def found(store: Store, query: str, **options: bool) -> list[str]:
    return [m.record_id for m in search(store, query, **options)]


def drift(store: Store) -> list[str]:
    with store.unit_of_work() as db:
        return search_index.drift(db.connection())


@pytest.fixture
def workshop(store: Store) -> dict[str, str]:
    event = repo.create_event(store, title="Atelier de révision", city="Genève")
    session = repo.create_session(store, event.id, title="Séance plénière", panel="Ana Núñez")
    texts = {
        "fr": "Les délégués ont adopté la feuille de route",
        "es": "Reunión con la Organización Panamericana de la Salud en Panamá",
        "ar": "مُنَسِّقُ الشُّؤُونِ الإِنْسَانِيَّةِ يَجْتَمِعُ مَعَ أَحْمَد",
        "zh": "联合国人道主义事务协调厅召开会议",
        "ja": "国連人道問題調整事務所が会議を開催した",
        "ru": "Совещание по вопросам ёмкости складов",
    }
    ids = {"event": event.id, "session": session.id}
    for language, words in texts.items():
        ids[language] = repo.add_item(store, session.id, ItemKind.KEY_OUTCOME, words).id
    ids["step"] = repo.add_item(
        store, event.id, ItemKind.NEXT_STEP, "Share the roadmap", owner="Kateřina Dvořák"
    ).id
    return ids


@pytest.mark.parametrize(
    ("query", "language"),
    [
        ("delegues", "fr"),
        ("DÉLÉGUÉS", "fr"),
        ("reunion panama", "es"),
        ("organizacion", "es"),
        ("منسق", "ar"),  # without the diacritics typed in the record
        ("الانسانية", "ar"),  # bare alef for the record's hamza-under alef
        ("احمد", "ar"),
        ("أحمد", "ar"),
        ("人道", "zh"),  # two characters inside a sentence written without spaces
        ("协调厅", "zh"),
        ("調整", "ja"),
        ("会議", "ja"),
        ("емкости", "ru"),  # е for ё
        ("ЁМКОСТИ", "ru"),
        ("совещ", "ru"),  # a prefix, as one types
    ],
)
def test_each_language_is_found_as_people_type_it(
    store: Store, workshop: dict[str, str], query: str, language: str
) -> None:
    assert workshop[language] in found(store, query)


def test_words_that_are_not_there_find_nothing(store: Store, workshop: dict[str, str]) -> None:
    assert found(store, "gateway") == []
    assert found(store, "人权") == []  # 人 is there, 权 is not
    assert workshop["ru"] not in found(store, "мои")  # й is a letter of its own


def test_prefix_only_for_the_word_being_typed(store: Store, workshop: dict[str, str]) -> None:
    assert found(store, "feuil") == [workshop["fr"]]
    assert found(store, "feuil ") == [], "a finished word is a whole word"
    assert found(store, "feuil route") == [], "only the last word is a prefix"


def test_quoted_phrases_keep_their_order(store: Store, workshop: dict[str, str]) -> None:
    assert found(store, '"feuille de route"') == [workshop["fr"]]
    assert found(store, '"route de feuille"') == []


def test_owners_panel_members_places_and_events_are_found(
    store: Store, workshop: dict[str, str]
) -> None:
    [owner] = search(store, "dvorak")
    assert (owner.record_id, owner.kind) == (workshop["step"], "next step owner")
    assert owner.context.match == "Dvořák"
    [panel] = search(store, "nunez")
    assert (panel.record_id, panel.kind) == (workshop["session"], "panel member")
    [event] = search(store, "geneve")
    assert (event.record_id, event.kind, event.place) == (workshop["event"], "event", "")


def test_results_are_grouped_by_event_with_the_words_in_context(
    store: Store, workshop: dict[str, str]
) -> None:
    other = repo.create_event(store, title="Retraite des délégués")
    results = search(store, "délégués")
    assert [(g.event_title, len(g.matches)) for g in results.events] == [
        ("Atelier de révision", 1),
        ("Retraite des délégués", 1),
    ]
    match = results.events[0].matches[0]
    assert (match.kind, match.place, match.event_id) == (
        "key outcome",
        "Séance plénière",
        workshop["event"],
    )
    assert match.context.marked() == "Les [délégués] ont adopté la feuille de route"
    assert results.events[1].event_id == other.id


def test_the_trash_is_left_out_unless_asked(store: Store, workshop: dict[str, str]) -> None:
    repo.delete(store, Item, workshop["fr"])
    assert found(store, "delegues") == []
    [match] = search(store, "delegues", include_deleted=True)
    assert match.deleted
    repo.restore(store, Item, workshop["fr"])
    assert found(store, "delegues") == [workshop["fr"]]
    repo.delete(store, Session, workshop["session"])  # its outcomes go with it
    assert found(store, "协调厅") == []
    assert found(store, "协调厅", include_deleted=True) == [workshop["zh"]]


@pytest.mark.parametrize(
    "query",
    [
        "NEAR(roadmap share, 2)",
        "roadmap AND OR NOT",
        '"unbalanced quote',
        '""',
        "share*",
        "^share",
        "body:share",
        "(share",
        "share)",
        "- + * : ^ { }",
        "😀🇫🇷👩‍👩‍👧",
        "\ud83d broken clipboard \udc00",
        "\x00null",
        "share " * 5000,
        "ش" * 10000,
        "'; DROP TABLE items; --",
    ],
)
def test_any_query_is_searched_as_words_and_never_raises(
    store: Store, workshop: dict[str, str], query: str
) -> None:
    results = search(store, query)
    assert all(m.record_id in workshop.values() for m in results)


def test_fts_syntax_is_searched_as_words(store: Store, workshop: dict[str, str]) -> None:
    repo.update(store, Item, workshop["fr"], text="Move NEAR the border AND the river")
    assert found(store, "near AND") == [workshop["fr"]]
    assert found(store, "NEAR(border river)") == [workshop["fr"]]


def test_a_query_without_letters_says_why(store: Store, workshop: dict[str, str]) -> None:
    assert "letters or numbers" in search(store, "!!! ???").notice
    assert "first 32 words" in search(store, " ".join(["share"] * 40)).notice
    assert "1,000 characters" in search(store, "x" * 10_000).notice
    assert parse_query("").expression is None and search(store, "").notice == ""


def test_emoji_in_a_record_are_found(store: Store, workshop: dict[str, str]) -> None:
    repo.update(store, Item, workshop["es"], text="Acuerdo firmado 🤝 en Panamá")
    assert found(store, "🤝") == [workshop["es"]]


def test_the_demo_outcomes_are_found(store: Store) -> None:
    load_demo_workshop(store)
    gateway = search(store, "gateway")
    assert {m.kind for m in gateway} >= {"key outcome", "next step"}
    assert all("gateway" in m.context.match.lower() for m in gateway)
    [oslo] = search(store, "Oslo")
    assert oslo.kind == "next step" and oslo.context.match == "Oslo"
    assert oslo.event_title.startswith("Humanitarian Network and Partnership Week")
    assert drift(store) == []


def test_the_index_never_drifts_from_the_records(
    tmp_path: Path, store: Store, workshop: dict[str, str]
) -> None:
    repo.update(store, Item, workshop["fr"], text="Nouvelle rédaction")
    repo.update(store, Session, workshop["session"], notes="Notes du rapporteur", panel="")
    repo.delete(store, Item, workshop["es"])
    repo.restore(store, Item, workshop["es"])
    repo.delete(store, Event, workshop["event"])
    assert drift(store) == []
    assert found(store, "redaction", include_deleted=True) == [workshop["fr"]]
    assert found(store, "delegues", include_deleted=True) == []

    # A second laptop edits and adds through a shared file; the first merges it in.
    shared = tmp_path / "share" / "workshop.cmcoord"
    shared.parent.mkdir()
    sync_with_shared_file(store, shared)
    with Store(tmp_path / "laptop2") as other:
        sync_with_shared_file(other, shared)
        repo.update(other, Item, workshop["fr"], text="Rédaction finale à Oslo")
        repo.add_item(other, workshop["session"], ItemKind.IDEA, "Passerelle humanitaire")
        repo.restore(other, Event, workshop["event"])
        sync_with_shared_file(other, shared)
        assert drift(other) == []
    sync_with_shared_file(store, shared)
    assert drift(store) == []
    assert found(store, "oslo") == [workshop["fr"]]
    assert found(store, "redaction finale") == [workshop["fr"]]
    assert len(found(store, "passerelle")) == 1


def test_many_records_arriving_at_once_are_all_stored_and_found(tmp_path: Path) -> None:
    # A sync writes new records many to a statement: several statements' worth, and a last,
    # shorter one, must all be stored and indexed.
    with Store(tmp_path / "one") as one:
        session = repo.create_session(
            one, repo.create_event(one, title="Atelier").id, title="Séance plénière"
        )
        stamp = one.clock.last
        items = []
        for n in range(1_050):
            stamp += 1
            fields = {"text": f"Résultat numéro{n} adopté", "position": f"a{n:05d}"}
            versions = {
                name: [
                    {"v": value, "t": stamp, "d": "laptopbilal2", "seen": {"laptopbilal2": stamp}}
                ]
                for name, value in fields.items()
            }
            items.append(
                {
                    "kind": "item",
                    "id": str(uuid.uuid4()),
                    "fixed": {"parent": session.id, "item_kind": "key_outcome"},
                    "fields": versions,
                }
            )
        assert sync_states.merge_states(one, items).new == 1_050
        states = sync_states.record_states(one)
    with Store(tmp_path / "two") as two:
        assert sync_states.merge_states(two, states).new == 1_052
        assert sorted(sync_states.record_states(two), key=lambda s: s["id"]) == sorted(
            states, key=lambda s: s["id"]
        )
        assert drift(two) == []
        for n in (0, 499, 500, 1_000, 1_049):  # the first, at statements' ends, the last
            assert found(two, f"numero{n}") == [items[n]["id"]]


def test_an_upgraded_database_is_indexed(data_dir: Path) -> None:
    sql = (Path(__file__).parent / "data" / "schema_v1.sql").read_text(encoding="utf-8")
    with sqlite3.connect(data_dir / DATABASE_NAME) as conn:
        conn.executescript(sql)
    with Store(data_dir) as store:
        assert found(store, "consultative") != []
        assert drift(store) == []


def test_a_stale_index_is_caught_by_the_drift_check(store: Store, workshop: dict[str, str]) -> None:
    with store.unit_of_work() as db:  # what a missing trigger would leave behind
        db.execute(text("DROP TRIGGER search_items_update"))
        db.execute(
            text("UPDATE items SET text = 'changed behind the index' WHERE id = :id"),
            {"id": workshop["fr"]},
        )
        assert any(workshop["fr"] in p for p in search_index.drift(db.connection()))


def test_marketplace_tables_their_ideas_and_slide_captions_are_found(
    store: Store, workshop: dict[str, str]
) -> None:
    table = repo.create_group(store, workshop["session"], topic="Micro-learning", host="Zoé")
    idea = repo.add_item(store, table.id, ItemKind.IDEA, "Short videos for convoy drivers")
    slide = repo.add_attachment(
        store, workshop["session"], b"\x89PNG", "map.png", "image/png", "Carte des itinéraires"
    )
    [found_idea] = search(store, "videos")
    assert (found_idea.record_id, found_idea.kind, found_idea.place) == (
        idea.id,
        "idea",
        "Séance plénière / Micro-learning",
    )
    assert found_idea.event_id == workshop["event"]
    [found_table] = search(store, "micro learning")
    assert (found_table.record_id, found_table.kind) == (table.id, "marketplace table")
    assert [(m.record_id, m.kind) for m in search(store, "zoe")] == [(table.id, "table host")]
    [caption] = search(store, "itineraires")
    assert (caption.record_id, caption.kind, caption.place) == (
        slide.id,
        "slide caption",
        "Séance plénière",
    )
    repo.delete(store, Session, workshop["session"])  # a table's ideas go with its session
    assert found(store, "videos") == []
    assert drift(store) == []


def test_chinese_words_in_context_are_only_what_was_typed(
    store: Store, workshop: dict[str, str]
) -> None:
    [match] = search(store, "协调厅")
    assert match.context.marked() == "联合国人道主义事务[协调厅]召开会议"
    [prefix] = search(store, "feui")
    assert prefix.context.match == "feuille", "a prefix shows its whole word"


def test_random_edits_and_merges_never_leave_the_index_behind(tmp_path: Path) -> None:
    import random

    rng = random.Random(11)
    words = ["délégués", "أحمد", "人道主义", "ёмкость", "gateway", "Oslo", "", "x" * 300]
    with Store(tmp_path / "a") as one, Store(tmp_path / "b") as two:
        event = repo.create_event(one, title="Atelier")
        session = repo.create_session(one, event.id, title="Séance")
        sync_states.merge_states(two, sync_states.record_states(one))
        ids: list[tuple[type, str]] = [(Event, event.id), (Session, session.id)]
        for _ in range(120):
            laptop = rng.choice([one, two])
            action = rng.random()
            if action < 0.3:
                item = repo.add_item(laptop, session.id, ItemKind.NEXT_STEP, rng.choice(words))
                ids.append((Item, item.id))
                sync_states.merge_states(
                    one if laptop is two else two, sync_states.record_states(laptop)
                )
                continue
            cls, record_id = rng.choice(ids)
            field = {Event: "title", Session: "panel", Item: "owner"}[cls]
            if action < 0.7:
                repo.update(laptop, cls, record_id, **{field: rng.choice(words)})
            elif action < 0.85:
                repo.delete(laptop, cls, record_id)
            elif action < 0.95:
                repo.restore(laptop, cls, record_id)
            else:  # both laptops merge everything
                sync_states.merge_states(one, sync_states.record_states(two))
                sync_states.merge_states(two, sync_states.record_states(one))
        sync_states.merge_states(one, sync_states.record_states(two))
        sync_states.merge_states(two, sync_states.record_states(one))
        assert drift(one) == [] and drift(two) == []
        assert sorted(found(one, "delegues", include_deleted=True)) == sorted(
            found(two, "delegues", include_deleted=True)
        )


def test_a_search_never_waits_for_a_write_in_progress(
    store: Store, workshop: dict[str, str]
) -> None:
    # Another writer (a sync committing) holds the write lock with a change not yet committed:
    # the search reads the last committed snapshot at once, as the box must at every keystroke.
    writer = sqlite3.connect(store.path, isolation_level=None)
    writer.create_function(
        search_index.FOLD_FUNCTION, -1, search_index.fold_arguments, deterministic=True
    )
    writer.execute("BEGIN IMMEDIATE")
    writer.execute(
        "UPDATE sessions SET title = 'Roadmap plenary' WHERE id = ?", (workshop["session"],)
    )
    try:
        assert found(store, "delegues") == [workshop["fr"]]
        assert found(store, "roadmap plenary") == []  # not committed yet
    finally:
        writer.execute("COMMIT")
        writer.close()
    assert found(store, "roadmap plenary") == [workshop["session"]]


def test_a_deleted_event_hides_its_sessions_and_their_outcomes(
    store: Store, workshop: dict[str, str]
) -> None:
    repo.delete(store, Event, workshop["event"])
    assert found(store, "pleniere") == []
    assert found(store, "delegues") == []
    everything = search(store, "pleniere delegues", include_deleted=True)
    assert [m.record_id for m in everything] == []  # no record has both words
    [session] = search(store, "pleniere", include_deleted=True)
    assert (session.record_id, session.deleted, session.place) == (workshop["session"], True, "")
    [outcome] = search(store, "delegues", include_deleted=True)
    assert (outcome.deleted, outcome.place, outcome.event_title) == (
        True,
        "Séance plénière",
        "Atelier de révision",
    )


def test_a_record_whose_rowid_the_index_lost_is_still_found_by_its_id(
    store: Store, workshop: dict[str, str]
) -> None:
    # What a VACUUM that renumbered rows would leave: two outcomes' rowids crossed, one gone.
    with store.unit_of_work() as db:
        rows = {
            record_id: row
            for record_id, row in db.execute(text("SELECT record_id, record_row FROM search_rows"))
        }
        crossed = {workshop["fr"]: rows[workshop["es"]], workshop["es"]: rows[workshop["fr"]]}
        for record_id, row in [*crossed.items(), (workshop["ru"], 999_999)]:
            db.execute(
                text("UPDATE search_rows SET record_row = :row WHERE record_id = :id"),
                {"row": row, "id": record_id},
            )
        stale = search_index.drift(db.connection())
        assert len(stale) == 3 and all("indexed at row" in p for p in stale)
    for query, language in (("delegues", "fr"), ("panama", "es"), ("емкости", "ru")):
        [match] = search(store, query)
        assert match.record_id == workshop[language]
        assert (match.kind, match.place) == ("key outcome", "Séance plénière")
        assert match.event_title == "Atelier de révision"
    [spanish] = search(store, "panama")
    assert spanish.context.match.lower() == "panamá"
    with store.unit_of_work() as db:
        for statement in search_index.renumber_statements():
            db.execute(text(statement))
    assert drift(store) == []


def test_compacting_the_database_keeps_the_index_in_step(
    store: Store, workshop: dict[str, str], monkeypatch: pytest.MonkeyPatch
) -> None:
    with store.unit_of_work() as db:  # a rowid out of step, as a renumbering VACUUM leaves it
        db.execute(
            text("UPDATE search_rows SET record_row = 999999 WHERE record_id = :id"),
            {"id": workshop["zh"]},
        )
    monkeypatch.setattr(slide_store, "COMPACT_FROM_BYTES", 0)  # compact however little is free
    slide_store.compact(store)
    assert drift(store) == []
    assert found(store, "协调厅") == [workshop["zh"]]
