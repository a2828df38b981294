"""Search as one types, on a store grown to 100,000 items in the six UN languages, and what the
search index's triggers add to an edit.

Figures:
- `search_first_results`: median time of the app's `search(store, typed, limit=50)` (parse,
  MATCH, records with their event and session, words in context, grouped by event) over
  queries typed letter by letter in six languages; floor: a raw FTS5 `MATCH` of the same
  expression on the same table through a bare sqlite3 connection, fetching the first 50 rows.
- `search_first_results_frame`: the same median against one frame (16 ms), the issue's budget.
- `edit_with_index`: median `repository.update(store, Item, id, text=...)` (the edit_durable
  work) with the index triggers; floor: the same edits on a copy whose triggers are dropped,
  i.e. today's edit without an index. Interleaved, so disk hiccups hit both sides alike.
"""

from __future__ import annotations

import random
import sqlite3
import statistics
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import large_store
from fractional_indexing import generate_n_keys_between

from cmcoord_desktop.core import repository, search_index, sync_states
from cmcoord_desktop.core.models import Item, ItemKind
from cmcoord_desktop.core.paths import DATABASE_NAME
from cmcoord_desktop.core.search import parse_query, search
from cmcoord_desktop.core.store import Store

BENCHMARKS = ("search_first_results", "search_first_results_frame", "edit_with_index")
FRAME_MS = 16.0

# A few dozen words per language, as outcomes are written: Latin with accents, Arabic with
# and without diacritics, Chinese and Japanese without spaces, Russian with ё.
WORDS = {
    "en": [
        "coordination",
        "civil",
        "military",
        "humanitarian",
        "access",
        "logistics",
        "gateway",
        "convoy",
        "escort",
        "airspace",
        "liaison",
        "training",
        "simulation",
        "exercise",
        "partners",
        "deconfliction",
        "notification",
    ],
    "fr": [
        "coordination",
        "délégués",
        "réunion",
        "sécurité",
        "accès",
        "logistique",
        "passerelle",
        "convoi",
        "escorte",
        "espace",
        "aérien",
        "formation",
        "exercice",
        "partenaires",
        "notification",
        "handbook",
        "révision",
    ],
    "es": [
        "coordinación",
        "delegados",
        "reunión",
        "seguridad",
        "acceso",
        "logística",
        "pasarela",
        "convoy",
        "escolta",
        "espacio",
        "aéreo",
        "formación",
        "ejercicio",
        "socios",
        "notificación",
        "manual",
        "revisión",
    ],
    "ar": [
        "تنسيق",
        "مَدَني",
        "عَسكري",
        "إنساني",
        "الوصول",
        "اللوجستيات",
        "بوابة",
        "قافلة",
        "مرافقة",
        "المجال",
        "الجوي",
        "تدريب",
        "مُحاكاة",
        "تمرين",
        "الشركاء",
        "إخطار",
        "أحمد",
        "الإنسانية",
    ],
    "ru": [
        "координация",
        "гражданский",
        "военный",
        "гуманитарный",
        "доступ",
        "логистика",
        "шлюз",
        "конвой",
        "сопровождение",
        "воздушное",
        "пространство",
        "учёба",
        "учения",
        "партнёры",
        "уведомление",
        "ёмкость",
    ],
    "zh": [
        "人道主义",
        "协调",
        "军民",
        "后勤",
        "准入",
        "车队",
        "护送",
        "空域",
        "联络",
        "培训",
        "模拟",
        "演习",
        "伙伴",
        "通知",
    ],
    "ja": [
        "人道",
        "調整",
        "民軍",
        "兵站",
        "アクセス",
        "車列",
        "護衛",
        "空域",
        "連絡",
        "訓練",
        "演習",
        "パートナー",
        "通知",
    ],
}
LANGUAGES = tuple(WORDS)
# Typed letter by letter, as the box would send them.
TYPED = ("gateway", "délégués", "ёмкость", "الانسانية", "人道主义", "訓練", "convoy escort")


def _sentence(rng: random.Random, language: str, words: int) -> str:
    glue = "" if language in ("zh", "ja") else " "
    return glue.join(rng.choice(WORDS[language]) for _ in range(words))


def states(items: int, seed: int = 11) -> Iterator[dict[str, Any]]:
    """Events of 40 sessions, 50 items each, every session in one of the languages."""
    rng = random.Random(seed)
    make = large_store._States(rng)
    per_session = 50
    positions = generate_n_keys_between(None, None, per_session)
    sessions_needed = max(1, items // per_session)
    event: dict[str, Any] | None = None
    for s in range(sessions_needed):
        language = LANGUAGES[s % len(LANGUAGES)]
        if s % 40 == 0:
            event = make.state(
                "event", {}, {"title": f"Workshop {s // 40}: " + _sentence(rng, "en", 3)}
            )
            yield event
        assert event is not None
        session = make.state(
            "session",
            {"event_id": event["id"]},
            {"title": _sentence(rng, language, 4), "panel": _sentence(rng, language, 3)},
        )
        yield session
        for i in range(per_session):
            kind = ItemKind.KEY_OUTCOME if i % 2 == 0 else ItemKind.NEXT_STEP
            values: dict[str, Any] = {
                "text": _sentence(rng, language, 20),
                "position": positions[i],
            }
            if kind is ItemKind.NEXT_STEP:
                values |= {"owner": _sentence(rng, language, 1), "status": "open"}
            yield make.state("item", {"parent": session["id"], "item_kind": str(kind)}, values)


def build(data_dir: Path, items: int) -> Path:
    with Store(data_dir) as store:
        batch: list[dict[str, Any]] = []
        for state in states(items):
            batch.append(state)
            if len(batch) >= 5000:
                sync_states.merge_states(store, batch)
                batch = []
        if batch:
            sync_states.merge_states(store, batch)
    return data_dir


def _prefixes(word: str) -> list[str]:
    return [word[:n] for n in range(2, len(word) + 1)]


def measure_search(data_dir: Path, rounds: int) -> tuple[float, float]:
    """Median seconds of the app's search and of the raw MATCH, over every prefix typed."""
    typed = [p for word in TYPED for p in _prefixes(word)]
    raw = sqlite3.connect(data_dir / DATABASE_NAME)
    app_times: list[float] = []
    raw_times: list[float] = []
    with Store(data_dir) as store:
        for query in typed[:3]:  # warm both: statements compiled, pages cached
            search(store, query)
        for _ in range(rounds):
            for query in typed:
                expression = parse_query(query).expression
                if expression is None:
                    continue
                start = time.perf_counter()
                raw.execute(
                    "SELECT rowid, body FROM search_text WHERE search_text MATCH ? LIMIT 50",
                    (expression,),
                ).fetchall()
                raw_times.append(time.perf_counter() - start)
                start = time.perf_counter()
                search(store, query, limit=50)
                app_times.append(time.perf_counter() - start)
    raw.close()
    return statistics.median(app_times), statistics.median(raw_times)


def measure_edit(data_dir: Path, edits: int) -> tuple[float, float]:
    """Median seconds of one durable text edit with the index triggers, and without them."""
    with tempfile.TemporaryDirectory(prefix="cmcoord-bench-search-edit-") as tmp:
        with_index = Path(tmp) / "with"
        without = Path(tmp) / "without"
        for target in (with_index, without):
            src = sqlite3.connect(data_dir / DATABASE_NAME)
            target.mkdir()
            dst = sqlite3.connect(target / DATABASE_NAME)
            src.backup(dst)
            src.close()
            dst.close()
        bare = sqlite3.connect(without / DATABASE_NAME)
        for name in search_index.TRIGGER_NAMES:
            bare.execute(f"DROP TRIGGER {name}")
        bare.commit()
        ids = [r[0] for r in bare.execute("SELECT id FROM items ORDER BY id LIMIT ?", (edits,))]
        bare.close()
        times: dict[Path, list[float]] = {with_index: [], without: []}
        with Store(with_index) as indexed, Store(without) as plain:
            stores = {with_index: indexed, without: plain}
            for store in stores.values():
                repository.update(store, Item, ids[0], text="warm-up")
            for n, item_id in enumerate(ids):
                text = f"Agreed on a common notification form, revision {n}"
                for folder, store in stores.items():
                    start = time.perf_counter()
                    repository.update(store, Item, item_id, text=text)
                    times[folder].append(time.perf_counter() - start)
        return statistics.median(times[with_index]), statistics.median(times[without])


def run(report) -> None:  # noqa: ANN001 - the runner's Report
    items = 2_000 if report.quick else 100_000
    with tempfile.TemporaryDirectory(prefix="cmcoord-bench-search-") as tmp:
        data_dir = build(Path(tmp) / "six-languages", items)
        if report.wants("search_first_results"):
            app, raw = measure_search(data_dir, rounds=1 if report.quick else 3)
            report("search_first_results", app * 1000, "ms", raw * 1000, target=2.0)
            report("search_first_results_frame", app * 1000, "ms", FRAME_MS, target=1.0)
        if report.wants("edit_with_index"):
            with_index, without = measure_edit(data_dir, edits=20 if report.quick else 200)
            report("edit_with_index", with_index * 1000, "ms", without * 1000, target=1.2)
