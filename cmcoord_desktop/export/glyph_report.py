"""Which characters of which record no bundled font can print: said aloud, never lost silently.

The PDF keeps such characters in its text layer (copied, searched and read aloud as typed) and
shows the font's missing-glyph box on the page; this report tells the person which records to
check, one line per record.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

from cmcoord_desktop.core.words import QT_TRANSLATE_NOOP, translate
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
        return translate("glyph report", "{record}: no font has {characters} ({codes})").format(
            record=self.record, characters=self.characters, codes=codes
        )


def _named(title: str) -> str:
    title = clean_line(title)
    return f'"{title[:60]}…"' if len(title) > 60 else f'"{title}"'


# Each record named in one whole phrase per field, so a language orders its words its own way.
_EVENT_FIELDS = (
    (QT_TRANSLATE_NOOP("glyph report", "event {event}, title"), "title"),
    (QT_TRANSLATE_NOOP("glyph report", "event {event}, series"), "series"),
    (QT_TRANSLATE_NOOP("glyph report", "event {event}, kind"), "kind"),
    (QT_TRANSLATE_NOOP("glyph report", "event {event}, host"), "host"),
    (QT_TRANSLATE_NOOP("glyph report", "event {event}, city"), "city"),
    (QT_TRANSLATE_NOOP("glyph report", "event {event}, country"), "country"),
    (QT_TRANSLATE_NOOP("glyph report", "event {event}, online platform"), "platform"),
    (QT_TRANSLATE_NOOP("glyph report", "event {event}, description"), "description"),
)
_SESSION_FIELDS = (
    (QT_TRANSLATE_NOOP("glyph report", "session {number} {session}, title"), "title"),
    (QT_TRANSLATE_NOOP("glyph report", "session {number} {session}, format"), "format"),
    (QT_TRANSLATE_NOOP("glyph report", "session {number} {session}, panel"), "panel"),
)


def _words(template: str, **values: object) -> str:
    return translate("glyph report", template).format(**values)


def _texts(summary: EventSummary, options: SummaryOptions) -> Iterator[tuple[str, str]]:
    event = _named(summary.title)
    for template, name in _EVENT_FIELDS:
        yield _words(template, event=event), getattr(summary, name)
    for number, outcome in enumerate(summary.outcomes, 1):
        yield (
            translate("glyph report", "event {event}, key outcome {number}").format(
                event=event, number=number
            ),
            outcome,
        )
    for number, step in enumerate(summary.next_steps, 1):
        yield (
            translate("glyph report", "event {event}, next step {number}").format(
                event=event, number=number
            ),
            f"{step.text} {step.owner}",
        )
    for index, session in enumerate(summary.sessions, 1):
        where = {"number": index, "session": _named(session.title)}
        for template, name in _SESSION_FIELDS:
            yield _words(template, **where), getattr(session, name)
        if options.notes:
            yield (
                translate("glyph report", "session {number} {session}, notes").format(**where),
                session.notes,
            )
        for number, outcome in enumerate(session.outcomes, 1):
            yield (
                translate("glyph report", "session {number} {session}, key outcome {item}").format(
                    item=number, **where
                ),
                outcome,
            )
        for number, step in enumerate(session.next_steps, 1):
            yield (
                translate("glyph report", "session {number} {session}, next step {item}").format(
                    item=number, **where
                ),
                f"{step.text} {step.owner}",
            )
        if options.marketplace:
            for number, table in enumerate(session.tables, 1):
                ideas = " ".join(table.ideas)
                text = f"{table.topic} {table.host} {table.participants} {ideas}"
                yield (
                    translate(
                        "glyph report", "session {number} {session}, marketplace table {item}"
                    ).format(item=number, **where),
                    text,
                )
        if options.images:
            for number, slide in enumerate(session.slides, 1):
                yield (
                    translate(
                        "glyph report", "session {number} {session}, slide {item} caption"
                    ).format(item=number, **where),
                    slide.caption,
                )


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
