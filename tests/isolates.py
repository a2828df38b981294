"""The window puts a person's text inside its sentences in first-strong isolates (U+2068 …
U+2069, ui/record_sentences.isolated) so it keeps its own direction; tests about the words,
not the direction, compare without them."""

from __future__ import annotations

ISOLATES = str.maketrans("", "", "\u2068\u2069")


def plain(text: str) -> str:
    """The text without its isolates."""
    return text.translate(ISOLATES)
