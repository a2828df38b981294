"""English: only the plural forms (Qt's numerus: one, other); every other string is its source."""

TRANSLATIONS: dict[str, str | list[str]] = {
    "%n deleted record(s)": ["%n deleted record", "%n deleted records"],
    "%n delegate(s)": ["%n delegate", "%n delegates"],
    "Session running {duration} (since {time}) · %n min left": [
        "Session running {duration} (since {time}) · %n min left",
        "Session running {duration} (since {time}) · %n min left",
    ],
    "Session running {duration} (since {time}) · over by %n min": [
        "Session running {duration} (since {time}) · over by %n min",
        "Session running {duration} (since {time}) · over by %n min",
    ],
}

TRANSLATIONS.update(
    {  # Needs review
        "%n record(s) where laptops disagreed": [
            "%n record where laptops disagreed",
            "%n records where laptops disagreed",
        ],
    }
)

TRANSLATIONS.update(
    {  # sync messages in the window (ui/sync_controller.py)
        "Merged %n conflicted copies.": [
            "Merged %n conflicted copy.",
            "Merged %n conflicted copies.",
        ],
    }
)

# export window: several events
TRANSLATIONS.update(
    {
        "Export summary — %n event(s)": ["Export summary — %n event", "Export summary — %n events"],
    }
)

TRANSLATIONS.update(
    {  # core, export and command-line messages (tr-core)
        "Searched the first %n words.": [
            "Searched the first word.",
            "Searched the first %n words.",
        ],
        "{date} is more than %n years ahead: leave the field again to keep it, or correct it": [
            "{date} is more than %n year ahead: leave the field again to keep it, or correct it",
            "{date} is more than %n years ahead: leave the field again to keep it, or correct it",
        ],
        "First %n matches shown; add words or raise --limit.": [
            "First match shown; add words or raise --limit.",
            "First %n matches shown; add words or raise --limit.",
        ],
        "Wrote %n next steps to {file}": [
            "Wrote %n next step to {file}",
            "Wrote %n next steps to {file}",
        ],
    }
)
