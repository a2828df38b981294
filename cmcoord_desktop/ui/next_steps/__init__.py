"""The Next steps view: every next step of every event in one table, filtered, edited in place."""
