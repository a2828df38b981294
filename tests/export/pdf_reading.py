"""Reading exported PDFs back the way a reader's tools do (pdfplumber, pypdf)."""

from __future__ import annotations

import unicodedata
from pathlib import Path

import pdfplumber


def normalised(text: str) -> str:
    """NFKC (Arabic presentation forms back to letters) with all whitespace removed."""
    return "".join(unicodedata.normalize("NFKC", text).split())


def pdf_text(path: Path) -> str:
    with pdfplumber.open(path) as pdf:
        return "\n".join(page.extract_text() or "" for page in pdf.pages)


def is_arabic(text: str) -> bool:
    return any(unicodedata.bidirectional(c) in ("R", "AL") for c in text)


def right_to_left_lines(path: Path) -> list[list[tuple[float, str]]]:
    """Each line's words as (x0, logical text), in the order they stand right to left."""
    lines: dict[int, list[tuple[float, str]]] = {}
    with pdfplumber.open(path) as pdf:
        for page_number, page in enumerate(pdf.pages):
            for word in page.extract_words(keep_blank_chars=False, x_tolerance=1.5):
                text = word["text"]
                # Glyphs of an Arabic word stand right to left: read them backwards.
                logical = unicodedata.normalize("NFKC", text[::-1] if is_arabic(text) else text)
                key = page_number * 10_000 + round(word["top"])
                lines.setdefault(key, []).append((word["x0"], logical))
    return [sorted(words, key=lambda w: -w[0]) for _, words in sorted(lines.items())]
