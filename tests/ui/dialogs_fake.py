"""The one scripted stand-in for the window's dialogs seam (ui/dialogs.py) in every test.

It answers file pickers, questions and choices the way the test says a person would, and keeps
every message the window showed, so a test can assert what the person was told. Nothing opens
on screen and no other program is launched.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

import pytest
from PySide6.QtCore import QUrl
from PySide6.QtWidgets import QWidget

from cmcoord_desktop.ui.dialogs import Dialogs


@dataclass(frozen=True)
class Said:
    """A message the window showed: "warning", "information" or "error"."""

    kind: str
    title: str
    text: str
    details: str = ""


@dataclass(frozen=True)
class Question:
    """A yes-or-no question; `yes` is the label of the button that goes ahead."""

    title: str
    text: str
    yes: str


@dataclass(eq=False)  # Dialogs.report_error keeps its open boxes in the instance's __dict__
class ScriptedDialogs(Dialogs):
    """The person's answers, scripted.

    save_to / sync_to: the file picked in every save / shared-file picker (None: cancelled);
    open_paths: the files picked in the open pickers, in turn (then cancelled);
    confirms: the answers to the questions, in turn; then `agree` for any other;
    choices: for each choice asked, the start of the option picked (no match: cancelled);
    opens: whether a program takes the files handed to the system;
    warnings_fail: a warning fails the test at once (a flow that must warn of nothing);
    show_reports: error reports are also shown, as the real seam shows them.
    """

    save_to: Path | None = None
    sync_to: Path | None = None
    open_paths: list[Path | None] = field(default_factory=list)
    confirms: list[bool] = field(default_factory=list)
    agree: bool = True
    choices: list[str] = field(default_factory=list)
    opens: bool = True
    warnings_fail: bool = False
    # The real error report does not block (the window goes on under it): shown as it is when
    # asked, for a test to read it and close it as a person would.
    show_reports: bool = False
    password: str | None = None  # typed whenever a team server asks for one (None: cancelled)
    # What the window did with the person:
    said: list[Said] = field(default_factory=list)
    questions: list[Question] = field(default_factory=list)
    saves: list[tuple[Path, str]] = field(default_factory=list)  # (suggested file, filters)
    offered: list[list[str]] = field(default_factory=list)  # the options of each choice
    opened: list[QUrl] = field(default_factory=list)
    password_asked: list[str] = field(default_factory=list)  # the server each time

    # --- answers -------------------------------------------------------------------------

    def ask_save_path(
        self, parent: QWidget | None, title: str, suggested: Path, filters: str
    ) -> Path | None:
        self.saves.append((suggested, filters))
        return self.save_to

    def ask_open_path(
        self, parent: QWidget | None, title: str, start: Path, filters: str
    ) -> Path | None:
        return self.open_paths.pop(0) if self.open_paths else None

    def ask_sync_path(
        self, parent: QWidget | None, title: str, start: Path, filters: str
    ) -> Path | None:
        return self.sync_to

    def confirm(self, parent: QWidget | None, title: str, text: str, yes: str = "Continue") -> bool:
        self.questions.append(Question(title, text, yes))
        return self.confirms.pop(0) if self.confirms else self.agree

    def choose(
        self, parent: QWidget | None, title: str, label: str, options: list[str]
    ) -> int | None:
        self.offered.append(options)
        wanted = self.choices.pop(0) if self.choices else None
        if wanted is None:
            return None
        return next((i for i, option in enumerate(options) if option.startswith(wanted)), None)

    def open_url(self, url: QUrl) -> bool:
        self.opened.append(url)
        return self.opens

    def ask_team_server_password(self, parent: QWidget | None, server: str) -> str | None:
        self.password_asked.append(server)
        return self.password

    # --- messages ------------------------------------------------------------------------

    def inform(self, parent: QWidget | None, title: str, text: str) -> None:
        self.said.append(Said("information", title, text))

    def warn(self, parent: QWidget | None, title: str, text: str, details: str = "") -> None:
        if self.warnings_fail:
            pytest.fail(f"unexpected warning: {title}: {text}")
        self.said.append(Said("warning", title, text, details))

    def report_error(
        self, parent: QWidget | None, title: str, text: str, details: str = ""
    ) -> None:
        self.said.append(Said("error", title, text, details))
        if self.show_reports:
            super().report_error(parent, title, text, details)

    def told(self, kind: str) -> list[Said]:
        """The messages of one kind, in order."""
        return [said for said in self.said if said.kind == kind]
