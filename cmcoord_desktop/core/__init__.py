"""Qt-free data layer: records, per-field versions, the SQLite store and its repository functions."""
