"""What a person chooses for a summary, and how a cancelled export ends (no ReportLab here, so
the window can import it without loading ReportLab at start-up)."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class SummaryOptions:
    paper: str = "a4"  # or "letter"
    marketplace: bool = True
    images: bool = True
    notes: bool = False  # internal notes print only when asked for
    author: str = ""


class ExportCancelled(Exception):
    """The person cancelled the export; no file is left behind."""
