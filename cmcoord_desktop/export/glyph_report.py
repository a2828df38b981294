"""Which characters of which record no bundled font can print: said aloud, never lost silently.

The PDF keeps such characters in its text layer (copied, searched and read aloud as typed) and
shows the font's missing-glyph box on the page; this report tells the person which records to
check, one line per record.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

from cmcoord_desktop.export.fonts import missing_characters, register_fonts
from cmcoord_desktop.export.summary_data import EventSummary
from cmcoord_desktop.export.summary_options import SummaryOptions
from cmcoord_desktop.export.text_safety import clean_line, clean_text


@dataclass(frozen=True)
class MissingGlyphs:
    record: str  # in the person's words: 'session 2 "Data Revolution", key outcome 3'
    characters: str

    def __str__(self) -> str:
        codes = " ".join(f"U+{ord(c):04X}" for c in self.characters)
        return f"{self.record}: no font has {self.characters} ({codes})"


def _named(title: str) -> str:
    title = clean_line(title)
    return f'"{title[:60]}…"' if len(title) > 60 else f'"{title}"'


def _texts(summary: EventSummary, options: SummaryOptions) -> Iterator[tuple[str, str]]:
    event = f"event {_named(summary.title)}"
    for label, value in [
        ("title", summary.title),
        ("series", summary.series),
        ("kind", summary.kind),
        ("host", summary.host),
        ("city", summary.city),
        ("country", summary.country),
        ("online platform", summary.platform),
        ("description", summary.description),
    ]:
        yield f"{event}, {label}", value
    for number, outcome in enumerate(summary.outcomes, 1):
        yield f"{event}, key outcome {number}", outcome
    for number, step in enumerate(summary.next_steps, 1):
        yield f"{event}, next step {number}", f"{step.text} {step.owner}"
    for index, session in enumerate(summary.sessions, 1):
        where = f"session {index} {_named(session.title)}"
        for label, value in [
            ("title", session.title),
            ("format", session.format),
            ("panel", session.panel),
        ]:
            yield f"{where}, {label}", value
        if options.notes:
            yield f"{where}, notes", session.notes
        for number, outcome in enumerate(session.outcomes, 1):
            yield f"{where}, key outcome {number}", outcome
        for number, step in enumerate(session.next_steps, 1):
            yield f"{where}, next step {number}", f"{step.text} {step.owner}"
        if options.marketplace:
            for number, table in enumerate(session.tables, 1):
                ideas = " ".join(table.ideas)
                text = f"{table.topic} {table.host} {table.participants} {ideas}"
                yield f"{where}, marketplace table {number}", text
        if options.images:
            for number, slide in enumerate(session.slides, 1):
                yield f"{where}, slide {number} caption", slide.caption


def missing_glyphs(
    summary: EventSummary, options: SummaryOptions | None = None
) -> list[MissingGlyphs]:
    """Each record of the summary holding characters no bundled font has, with those characters."""
    register_fonts()
    found: dict[str, str] = {}
    for record, text in _texts(summary, options or SummaryOptions()):
        missing = missing_characters(clean_text(text))
        if missing:
            previous = found.get(record, "")
            found[record] = previous + "".join(c for c in missing if c not in previous)
    return [MissingGlyphs(record, characters) for record, characters in found.items()]
