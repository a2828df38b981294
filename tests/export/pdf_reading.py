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
    """Each line's words as (x0, logical text), in the order they stand right to left.

    Words share a line when their bottoms are within 6 points (Latin and Arabic fonts differ in
    height, so their tops do not match)."""
    lines: list[list[tuple[float, str]]] = []
    with pdfplumber.open(path) as pdf:
        for page in pdf.pages:
            words = sorted(page.extract_words(x_tolerance=1.5), key=lambda w: w["bottom"])
            baseline = None
            for word in words:
                text = word["text"]
                # Glyphs of an Arabic word stand right to left: read them backwards.
                logical = unicodedata.normalize("NFKC", text[::-1] if is_arabic(text) else text)
                if baseline is None or word["bottom"] - baseline > 6:
                    lines.append([])
                    baseline = word["bottom"]
                lines[-1].append((word["x0"], logical))
    return [sorted(line, key=lambda w: -w[0]) for line in lines]
