"""Qt-free sync: the shared-file format (read, validate, write atomically) and the pure merge."""
