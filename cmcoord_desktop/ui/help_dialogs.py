"""Help › Keyboard shortcuts (read from the one table of actions) and Help › About.

About says what a facilitator or their IT desk needs: the version, where the data and the log
are, and the licences of the fonts and libraries that travel with the program.
"""

from __future__ import annotations

import html
import importlib.metadata
import platform
from dataclasses import dataclass
from pathlib import Path

from PySide6 import __version__ as pyside_version
from PySide6.QtCore import QCoreApplication, Qt, QUrl, qVersion
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QTextBrowser,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from cmcoord_desktop import __version__
from cmcoord_desktop.core.paths import APP_NAME, resources_dir
from cmcoord_desktop.ui.action_texts import action_words
from cmcoord_desktop.ui.actions.action_spec import shortcut_text
from cmcoord_desktop.ui.actions.action_table import ACTIONS, MENU_TITLES, MENUS
from cmcoord_desktop.ui.actions.editor_keys import EDITOR_KEYS


@dataclass(frozen=True)
class Library:
    name: str
    distribution: str  # the package name its version is read from
    licence: str


# The libraries inside the bundle, with the licence each is used under.
LIBRARIES = (
    Library("Qt", "PySide6-Essentials", "LGPL-3.0 (used unmodified, as shared libraries)"),
    Library("PySide6 and Shiboken6", "PySide6-Essentials", "LGPL-3.0"),
    Library("SQLAlchemy", "SQLAlchemy", "MIT"),
    Library("ReportLab", "reportlab", "BSD"),
    Library("uharfbuzz (HarfBuzz)", "uharfbuzz", "Apache-2.0 (HarfBuzz: MIT)"),
    Library("python-bidi", "python-bidi", "LGPL-3.0"),
    Library("Pillow", "pillow", "MIT-CMU"),
    Library("msgspec", "msgspec", "BSD-3-Clause"),
    Library("filelock", "filelock", "MIT"),
    Library("platformdirs", "platformdirs", "MIT"),
    Library("fractional-indexing", "fractional-indexing", "CC0-1.0"),
    Library("Python", "", "PSF-2.0"),
)


def _plain(text: str) -> str:
    """A menu text without its mnemonic: '&Quit' -> 'Quit'."""
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&")


class KeyboardShortcutsDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("keyboard_shortcuts")
        self.setWindowTitle(self.tr("Keyboard shortcuts — {program}").format(program=APP_NAME))
        self.table = QTreeWidget()
        self.table.setHeaderLabels([self.tr("Action"), self.tr("Keys")])
        self.table.setAccessibleName(self.tr("Keyboard shortcuts"))
        self.table.setRootIsDecorated(False)
        self.table.setAlternatingRowColors(True)
        for menu in MENUS:
            rows = [row for row in ACTIONS if row.menu == menu and row.shortcuts]
            if not rows:
                continue
            self._heading(_plain(action_words(MENU_TITLES[menu])))
            for row in rows:
                text = (
                    action_words(row.sheet_text)
                    if row.sheet_text
                    else _plain(action_words(row.text))
                )
                QTreeWidgetItem(self.table, [text, shortcut_text(row)])
        self._heading(self.tr("Typing in the editor"))
        for text, keys in EDITOR_KEYS:
            QTreeWidgetItem(self.table, [action_words(text), keys])
        self.table.setWordWrap(True)
        self.table.resizeColumnToContents(0)
        self.table.setColumnWidth(0, self.table.columnWidth(0) + 24)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)
        layout.addWidget(buttons)
        self.resize(680, 600)

    def _heading(self, text: str) -> None:
        heading = QTreeWidgetItem(self.table, [text, ""])
        font = heading.font(0)
        font.setBold(True)
        heading.setFont(0, font)
        heading.setFirstColumnSpanned(True)
        # Its empty Keys cell is still a cell a screen reader stops on: it says the heading.
        heading.setData(1, Qt.ItemDataRole.AccessibleTextRole, text)


def library_version(distribution: str) -> str:
    if not distribution:
        return platform.python_version()
    try:
        return importlib.metadata.version(distribution)
    except importlib.metadata.PackageNotFoundError:
        return "?"


def font_licences(fonts_dir: Path) -> list[Path]:
    """The licence files that travel with the bundled fonts (LICENSE-*, OFL.txt, ...)."""
    if not fonts_dir.is_dir():
        return []
    return sorted(
        p
        for p in fonts_dir.iterdir()
        if p.is_file()
        and any(k in p.name.upper() for k in ("LICENSE", "LICENCE", "OFL", "COPYING"))
    )


def about_html(data_dir: Path, log_path: Path | None) -> str:
    def row(label: str, value: str) -> str:
        return f"<tr><td><b>{html.escape(label)}</b>&nbsp;&nbsp;</td><td>{value}</td></tr>"

    def link(path: Path) -> str:
        url = QUrl.fromLocalFile(str(path)).toString()
        return f'<a href="{html.escape(url)}">{html.escape(str(path))}</a>'

    qt = f"Qt {qVersion()}, PySide6 {pyside_version}, Python {platform.python_version()}"
    facts = "".join(
        [
            row(QCoreApplication.translate("About", "Version"), html.escape(__version__)),
            row(QCoreApplication.translate("About", "Data folder"), link(data_dir)),
            row(
                QCoreApplication.translate("About", "Log file"),
                link(log_path)
                if log_path
                else html.escape(
                    QCoreApplication.translate("About", "not written (see the terminal)")
                ),
            ),
            row(QCoreApplication.translate("About", "Built with"), html.escape(qt)),
        ]
    )
    fonts = (
        "".join(f"<li>{link(p)}</li>" for p in font_licences(resources_dir() / "fonts"))
        or f"<li>{html.escape(QCoreApplication.translate('About', 'no bundled fonts found'))}</li>"
    )
    libraries = "".join(
        f"<tr><td>{html.escape(lib.name)}&nbsp;&nbsp;</td>"
        f"<td>{html.escape(library_version(lib.distribution))}&nbsp;&nbsp;</td>"
        f"<td>{html.escape(lib.licence)}</td></tr>"
        for lib in LIBRARIES
    )
    intro = QCoreApplication.translate(
        "About",
        "Capture the outcomes of UN-CMCoord workshops live, export PDF summaries the same day, "
        "and merge notes with co-facilitators through a shared file.",
    )
    fonts_heading = QCoreApplication.translate("About", "Fonts in PDF summaries")
    fonts_text = QCoreApplication.translate(
        "About",
        "Noto Sans, Noto Sans Arabic, WenQuanYi Micro Hei and DejaVu Sans, and for emoji and "
        "symbols (in the window too, where the system has no emoji font) subsets of Noto Emoji "
        "and Noto Sans Symbols 2; their licences:",
    )
    libraries_heading = QCoreApplication.translate("About", "Libraries")
    lgpl = QCoreApplication.translate(
        "About",
        "Qt and PySide6 are used under the GNU LGPL version 3: their shared libraries sit "
        "unmodified in the program folder and can be replaced with compatible builds. "
        "Source: {link}.",
    )
    qt_link = "<a href='https://download.qt.io/'>download.qt.io</a>"
    return (
        f"<p>{html.escape(intro)}</p>"
        f"<table>{facts}</table>"
        f"<h4>{html.escape(fonts_heading)}</h4><p>{html.escape(fonts_text)}</p>"
        f"<ul>{fonts}</ul>"
        f"<h4>{html.escape(libraries_heading)}</h4><table>{libraries}</table>"
        f"<p>{html.escape(lgpl).format(link=qt_link)}</p>"
    )


class AboutDialog(QDialog):
    def __init__(
        self, data_dir: Path, log_path: Path | None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("about")
        self.setWindowTitle(self.tr("About {program}").format(program=APP_NAME))
        icon = QLabel()
        icon.setPixmap(QIcon(str(resources_dir() / "icons" / "cmcoord-desktop.png")).pixmap(64))
        title = QLabel(f"<h2>{APP_NAME} {html.escape(__version__)}</h2>")
        header = QHBoxLayout()
        header.addWidget(icon)
        header.addWidget(title, 1)
        self.text = QTextBrowser()
        self.text.setOpenExternalLinks(True)
        self.text.setHtml(about_html(data_dir, log_path))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(header)
        layout.addWidget(self.text, 1)
        layout.addWidget(buttons)
        self.resize(600, 620)


def show_keyboard_shortcuts(parent: QWidget | None) -> KeyboardShortcutsDialog:
    """Non-modal: the list can stay open beside the window while people learn the keys."""
    dialog = KeyboardShortcutsDialog(parent)
    dialog.show()
    return dialog


def show_about(parent: QWidget | None, data_dir: Path, log_path: Path | None) -> AboutDialog:
    dialog = AboutDialog(data_dir, log_path, parent)
    dialog.show()
    return dialog
