"""The words of a several-events summary (its title and its two sections), in the six UN languages.

Kept apart from `headings.py`, whose words are those of one event's summary.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class EventsWords:
    title: str  # the summary's title, as the reference page's "UN-CMCoord Events"
    upcoming: str
    past: str

    def section(self, kind: str) -> str:
        """The heading of an `EventsSummary.sections()` kind."""
        return self.upcoming if kind == "upcoming" else self.past


_WORDS = {
    "en": EventsWords("UN-CMCoord events", "Upcoming events", "Past events"),
    "fr": EventsWords("Événements UN-CMCoord", "Événements à venir", "Événements passés"),
    "es": EventsWords("Eventos UN-CMCoord", "Próximos eventos", "Eventos anteriores"),
    "ru": EventsWords("Мероприятия UN-CMCoord", "Предстоящие мероприятия", "Прошедшие мероприятия"),
    "ar": EventsWords("فعاليات UN-CMCoord", "الفعاليات القادمة", "الفعاليات السابقة"),
    "zh": EventsWords("UN-CMCoord 活动", "即将举行的活动", "以往活动"),
}


def events_words_for(language: str | None) -> EventsWords:
    code = (language or "en").strip().lower().replace("_", "-").split("-")[0]
    return _WORDS.get(code, _WORDS["en"])
