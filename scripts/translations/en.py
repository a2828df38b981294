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

# sync plurals, now marked by lupdate itself (plurals.tr)
TRANSLATIONS.update(
    {
        "Re-dated %n change(s) made while this laptop's clock was ahead. Sync with the shared file to pass them on.": [
            "Re-dated %n change made while this laptop's clock was ahead. Sync with the shared file to pass it on.",
            "Re-dated %n changes made while this laptop's clock was ahead. Sync with the shared file to pass them on.",
        ],
        "Re-dated %n change(s) made while this laptop's clock was ahead; {file} rewritten. Other laptops can sync again.": [
            "Re-dated %n change made while this laptop's clock was ahead; {file} rewritten. Other laptops can sync again.",
            "Re-dated %n changes made while this laptop's clock was ahead; {file} rewritten. Other laptops can sync again.",
        ],
        "Created {file}: this laptop {here}; the file {there}; %n conflicted (copy|copies) merged.": [
            "Created {file}: this laptop {here}; the file {there}; %n conflicted copy merged.",
            "Created {file}: this laptop {here}; the file {there}; %n conflicted copies merged.",
        ],
        "Synced with {file}: this laptop {here}; the file {there}; %n conflicted (copy|copies) merged.": [
            "Synced with {file}: this laptop {here}; the file {there}; %n conflicted copy merged.",
            "Synced with {file}: this laptop {here}; the file {there}; %n conflicted copies merged.",
        ],
        "{new} new, {updated} updated, %n conflict(s), {deleted} deleted": [
            "{new} new, {updated} updated, %n conflict, {deleted} deleted",
            "{new} new, {updated} updated, %n conflicts, {deleted} deleted",
        ],
        "This sync would delete {deleted} of %n record(s) on this laptop; it was held. Confirm to go ahead.": [
            "This sync would delete {deleted} of %n record on this laptop; it was held. Confirm to go ahead.",
            "This sync would delete {deleted} of %n records on this laptop; it was held. Confirm to go ahead.",
        ],
        "This sync would delete {deleted} of %n record(s) in the shared file; it was held. Confirm to go ahead.": [
            "This sync would delete {deleted} of %n record in the shared file; it was held. Confirm to go ahead.",
            "This sync would delete {deleted} of %n records in the shared file; it was held. Confirm to go ahead.",
        ],
        "Synced with {server}: this laptop {here}; sent %n new version(s) of {records} records.": [
            "Synced with {server}: this laptop {here}; sent %n new version of {records} records.",
            "Synced with {server}: this laptop {here}; sent %n new versions of {records} records.",
        ],
    }
)

# a team server's records in, one plural (ui/team_server_controller.py)
TRANSLATIONS.update(
    {
        "%n record(s) in": ["%n record in", "%n records in"],
    }
)
