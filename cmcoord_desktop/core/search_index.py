"""The full-text index of every record's words, kept in step by SQLite triggers.

One FTS5 table (`search_text`) holds, per record, its searchable fields folded by `fold`;
`search_rows` maps each FTS row to its record (kind, id) and keeps the record's rowid in its own
table (`record_row`), so a search finds a matched record in one B-tree search instead of two
(the id's index, then the table). The id stays the truth: a search joins on both and looks a
record up by its id where they disagree, and `renumber_statements` puts the rowids back in step
after a VACUUM (which may renumber the rowids of tables without an INTEGER PRIMARY KEY).
Triggers on the record tables write the index in the same statement, hence the same
transaction, as every edit, merge and clock repair: no write path has to remember it.
The triggers call `cmcoord_fold`, which core/store.py registers on every connection.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Sequence

from sqlalchemy import Connection, text

FOLD_FUNCTION = "cmcoord_fold"

# Searchable fields of each record table, and the kind stored in search_rows.
SEARCHED: dict[str, tuple[str, tuple[str, ...]]] = {
    "events": (
        "event",
        ("title", "series", "event_kind", "host", "city", "country", "platform", "description"),
    ),
    "sessions": ("session", ("title", "format", "panel", "notes")),
    "marketplace_groups": ("group", ("topic", "host", "participants")),
    "items": ("item", ("text", "owner")),
    "attachments": ("attachment", ("caption", "filename")),
}

# unicode61 splits on everything but these categories; marks (M*) are kept inside words so a
# mark `fold` leaves (a kana voicing mark) never cuts a word, and symbols (So) make emoji
# searchable. Folding is done by `fold`, so the tokenizer's own diacritic removal is off.
TOKENIZER = "unicode61 remove_diacritics 0 categories 'L* N* Co M* So'"

# Lucene's ArabicNormalizer: hamza forms of alef, alef wasla -> alef; alef maksura -> yeh;
# teh marbuta -> heh. NFKD below already splits أ إ آ into alef and a mark it then drops.
_ARABIC = {"\u0671": "\u0627", "\u0649": "\u064a", "\u0629": "\u0647"}
_KEEP = {"й": "й", "Й": "й"}  # a Russian letter of its own, not и with a mark
_DROP = {"\u0640"}  # Arabic tatweel (kashida): stretches a word, is not part of it


def is_cjk(char: str) -> bool:
    code = ord(char)
    return (
        0x3040 <= code <= 0x30FF  # hiragana, katakana
        or 0x3400 <= code <= 0x4DBF
        or 0x4E00 <= code <= 0x9FFF
        or 0xF900 <= code <= 0xFAFF
        or 0xAC00 <= code <= 0xD7A3  # hangul syllables
        or 0x20000 <= code <= 0x3134F
    )


def fold_char(char: str) -> str:
    """One character as the index holds it: lower case, no accents or Arabic diacritics,
    either alef form the same, Arabic-Indic digits as 0-9; a Chinese or Japanese character is a
    word of its own (they are written without spaces)."""
    if char in _KEEP:
        return _KEEP[char]
    if char in _DROP:
        return ""
    if is_cjk(char):
        # NFKC, not NFKD: a kana keeps its voicing mark (が is not か); half-width kana widen.
        return f" {unicodedata.normalize('NFKC', char)} "
    if unicodedata.category(char) == "Nd":
        return str(unicodedata.digit(char))
    out = []
    for part in unicodedata.normalize("NFKD", char):
        if unicodedata.category(part) in ("Mn", "Me"):
            continue
        out.append(_ARABIC.get(part, part))
    folded = "".join(out).casefold()
    if len(folded) == 1 and is_cjk(folded):  # half-width katakana decompose to full width
        return f" {folded} "
    return folded


class _FoldTable(dict[int, str]):
    """str.translate's table, filled on first sight of each character."""

    def __missing__(self, code: int) -> str:
        folded = fold_char(chr(code))
        self[code] = folded
        return folded


class _ContextTable(dict[int, str]):
    """Like _FoldTable without the spaces around Chinese and Japanese characters: for finding
    the matched words in the original text (core/search.py), where lengths should agree."""

    def __missing__(self, code: int) -> str:
        char = chr(code)
        folded = " " if char.isspace() else fold_char(char).strip()
        self[code] = folded
        return folded


_TABLE = _FoldTable()
CONTEXT_TABLE = _ContextTable()


def fold(*texts: str | None) -> str:
    """Texts as the index holds them (see fold_char), one line each."""
    return "\n".join((t or "").translate(_TABLE) for t in texts)


def _table_ddl(table: str) -> list[str]:
    kind, fields = SEARCHED[table]
    new_body = f"{FOLD_FUNCTION}({', '.join(f'new.{f}' for f in fields)})"
    changed = " OR ".join(f"old.{f} IS NOT new.{f}" for f in fields)
    row = f"(SELECT n FROM search_rows WHERE kind = '{kind}' AND record_id = {{}}.id)"
    return [
        f"""CREATE TRIGGER search_{table}_insert AFTER INSERT ON {table} BEGIN
            INSERT INTO search_rows (kind, record_id, record_row)
            VALUES ('{kind}', new.id, new.rowid);
            INSERT INTO search_text (rowid, body) VALUES ({row.format("new")}, {new_body});
        END""",
        f"""CREATE TRIGGER search_{table}_update AFTER UPDATE OF {", ".join(fields)} ON {table}
        WHEN {changed} BEGIN
            UPDATE search_text SET body = {new_body} WHERE rowid = {row.format("new")};
        END""",
        f"""CREATE TRIGGER search_{table}_delete AFTER DELETE ON {table} BEGIN
            DELETE FROM search_text WHERE rowid = {row.format("old")};
            DELETE FROM search_rows WHERE kind = '{kind}' AND record_id = old.id;
        END""",
    ]


TRIGGER_NAMES: tuple[str, ...] = tuple(
    f"search_{table}_{when}" for table in SEARCHED for when in ("insert", "update", "delete")
)


_ROWS_TABLE = (
    "CREATE TABLE {name} (n INTEGER PRIMARY KEY, kind VARCHAR(16) NOT NULL, "
    "record_id VARCHAR(36) NOT NULL, record_row INTEGER NOT NULL, UNIQUE (kind, record_id))"
)


def create_statements() -> list[str]:
    """The index, its triggers, and a rebuild from the records already there."""
    statements = [
        _ROWS_TABLE.format(name="search_rows"),
        f'CREATE VIRTUAL TABLE search_text USING fts5(body, tokenize = "{TOKENIZER}")',
    ]
    for table in SEARCHED:
        statements.extend(_table_ddl(table))
    return [*statements, *rebuild_statements()]


def rebuild_statements() -> list[str]:
    statements = ["DELETE FROM search_text", "DELETE FROM search_rows"]
    for table, (kind, fields) in SEARCHED.items():
        statements.append(
            f"INSERT INTO search_rows (kind, record_id, record_row) "
            f"SELECT '{kind}', id, rowid FROM {table}"
        )
        statements.append(
            f"INSERT INTO search_text (rowid, body) SELECT r.n, "
            f"{FOLD_FUNCTION}({', '.join(f't.{f}' for f in fields)}) FROM {table} t "
            f"JOIN search_rows r ON r.kind = '{kind}' AND r.record_id = t.id"
        )
    return statements


def record_rows_statements() -> list[str]:
    """An index made by an older version (without `record_row`) given each record's rowid,
    keeping its numbering and its words (nothing is folded again): search_rows copied with the
    rowids, and the triggers made anew."""
    statements = [f"DROP TRIGGER IF EXISTS {name}" for name in TRIGGER_NAMES]
    statements.append(_ROWS_TABLE.format(name="search_rows_new"))
    for table, (kind, _fields) in SEARCHED.items():
        statements.append(
            "INSERT INTO search_rows_new (n, kind, record_id, record_row) "
            f"SELECT r.n, r.kind, r.record_id, t.rowid FROM search_rows r "
            f"JOIN {table} t ON t.id = r.record_id WHERE r.kind = '{kind}'"
        )
    statements += [
        "DELETE FROM search_text WHERE rowid NOT IN (SELECT n FROM search_rows_new)",
        "DROP TABLE search_rows",
        "ALTER TABLE search_rows_new RENAME TO search_rows",
    ]
    for table in SEARCHED:
        statements.extend(_table_ddl(table))
    return statements


def renumber_statements() -> list[str]:
    """Each record's rowid put back where a VACUUM renumbered it (usually none is)."""
    statements = []
    for table, (kind, _fields) in SEARCHED.items():
        rowid = f"(SELECT t.rowid FROM {table} t WHERE t.id = search_rows.record_id)"
        statements.append(
            f"UPDATE search_rows SET record_row = {rowid} "
            f"WHERE kind = '{kind}' AND record_row IS NOT {rowid}"
        )
    return statements


def create(conn: Connection) -> None:
    for statement in create_statements():
        conn.execute(text(statement))


def drift(conn: Connection) -> list[str]:
    """Records whose index entry is missing, stale or left over: empty when in step."""
    problems: list[str] = []
    indexed: dict[tuple[str, str], tuple[int | None, str | None]] = {
        (kind, record_id): (rowid, body)
        for kind, record_id, rowid, body in conn.execute(
            text(
                "SELECT r.kind, r.record_id, r.record_row, s.body FROM search_rows r "
                "LEFT JOIN search_text s ON s.rowid = r.n"
            )
        )
    }
    for table, (kind, fields) in SEARCHED.items():
        for row in conn.execute(text(f"SELECT rowid, id, {', '.join(fields)} FROM {table}")):
            rowid, body = indexed.pop((kind, row[1]), (None, None))
            expected = fold(*row[2:])
            if body != expected:
                problems.append(f"{kind} {row[1]}: indexed {body!r}, holds {expected!r}")
            elif rowid != row[0]:
                problems.append(f"{kind} {row[1]}: indexed at row {rowid}, stored at {row[0]}")
    problems.extend(f"{kind} {record_id}: indexed but not stored" for kind, record_id in indexed)
    return problems


def fold_arguments(*values: object) -> str:
    """The SQL function: any number of column values (NULL as empty)."""
    return fold(*(v if isinstance(v, str) else "" for v in values))


def columns_of(kind: str) -> Sequence[str]:
    for searched_kind, fields in SEARCHED.values():
        if searched_kind == kind:
            return fields
    raise KeyError(kind)
