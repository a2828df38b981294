"""Every control a person can reach has a name a screen reader says, read from Qt's
accessibility tree as Orca or NVDA receive it: the main window, the export dialog, Needs review,
the Trash, the shortcut sheet and the welcome page."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import QApplication, QComboBox, QDialog, QLabel, QWidget

from cmcoord_desktop.app import build_window
from cmcoord_desktop.core import repository
from cmcoord_desktop.core.models import ItemKind, MarketplaceGroup
from cmcoord_desktop.core.store import Store
from cmcoord_desktop.ui.editor.item_row import NextStepDetails
from cmcoord_desktop.ui.help_dialogs import KeyboardShortcutsDialog
from cmcoord_desktop.ui.item_models.roles import Role
from cmcoord_desktop.ui.main_window import MainWindow
from cmcoord_desktop.ui.welcome import show_first_window
from tests.a11y.accessible_tree import description_of, name_of, shown, unnamed_controls
from tests.a11y.conftest import act, marketplace_session, show
from tests.ui.dialogs_fake import ScriptedDialogs


def test_every_control_of_the_main_window_has_a_name(demo_window: MainWindow) -> None:
    nodes = shown(demo_window)
    assert sum(n.focusable for n in nodes) > 30  # the whole form is in the tree, not a stub
    assert unnamed_controls(demo_window) == []


def test_every_control_of_a_marketplace_tables_form_has_a_name(demo_window: MainWindow) -> None:
    session = marketplace_session(demo_window.store)
    group = repository.children(demo_window.store, MarketplaceGroup, session.id)[0]
    demo_window.groups_panel.select_id(group.id)
    QApplication.processEvents()
    assert (
        demo_window.editor.form is not None and demo_window.editor.form.RECORD is MarketplaceGroup
    )
    assert unnamed_controls(demo_window) == []


def test_every_control_of_an_events_form_has_a_name(demo_window: MainWindow) -> None:
    act(demo_window, "focus_events")
    demo_window.chain.choose_from(demo_window.events_panel)
    QApplication.processEvents()
    assert unnamed_controls(demo_window) == []


def test_the_export_dialog_names_every_control(demo_window: MainWindow) -> None:
    act(demo_window, "export_summary")
    dialog = demo_window.findChild(QDialog, "export_dialog")
    assert dialog is not None and dialog.isVisible()
    assert sum(n.focusable for n in shown(dialog)) >= 5
    assert unnamed_controls(dialog) == []
    dialog.close()


def test_needs_review_and_the_trash_name_every_control(demo_window: MainWindow) -> None:
    session = marketplace_session(demo_window.store)
    group = repository.children(demo_window.store, MarketplaceGroup, session.id)[0]
    repository.delete(demo_window.store, MarketplaceGroup, group.id)
    show(demo_window, "show_review")
    show(demo_window, "show_trash")
    QApplication.processEvents()
    for dock in (demo_window.review, demo_window.trash):
        assert dock.list.model().rowCount() >= 1
        dock.list.setCurrentIndex(dock.list.model().index(0, 0))
        QApplication.processEvents()
        assert unnamed_controls(dock) == [], dock.windowTitle()


def test_the_shortcut_sheet_names_every_control(demo_window: MainWindow) -> None:
    act(demo_window, "keyboard_shortcuts")
    sheet = demo_window.findChild(KeyboardShortcutsDialog)
    assert sheet is not None and sheet.isVisible()
    assert unnamed_controls(sheet) == []
    sheet.close()


def test_the_welcome_page_names_every_choice_and_says_what_it_does(
    qtbot,  # noqa: ANN001
    tmp_path: Path,
) -> None:
    with Store(tmp_path / "empty") as store:
        settings = QSettings(str(tmp_path / "w.ini"), QSettings.Format.IniFormat)
        window = build_window(store, settings, ScriptedDialogs())
        qtbot.addWidget(window)
        page = show_first_window(window, lambda: window)
        qtbot.addWidget(page)
        assert page is not window
        assert unnamed_controls(page) == []
        demo = page.findChild(QWidget, "demo_choice")
        assert name_of(demo) == "Try the demo workshop"
        assert "temporary copy" in description_of(demo)
        page.close()
        window.close()


def test_each_list_row_says_what_it_shows(demo_window: MainWindow) -> None:
    """A row is read out as the words on it (event, date, title), not as "item 3"."""
    for panel in demo_window.panels:
        model = panel.view.model()
        view_iface = QAccessible.queryAccessibleInterface(panel.view)
        names = {
            view_iface.child(i).text(QAccessible.Text.Name) for i in range(view_iface.childCount())
        }
        assert model.rowCount() >= 1, panel.heading
        for row in range(model.rowCount()):
            index = model.index(row, 0)
            lines = [t for t in (index.data(), index.data(Role.DETAIL)) if t]
            if lines and not index.data(Role.IS_HEADER):
                # Both lines of the row: "Data Revolution…, Tue 7 Feb · Thematic session"
                assert any(all(t in name for t in lines) for name in names), lines


def test_each_delete_button_says_what_it_deletes(demo_window: MainWindow) -> None:
    form = demo_window.editor.form
    assert form is not None
    outcomes = form.lists[ItemKind.KEY_OUTCOME]
    row = outcomes.rows[1]
    text = row.text.toPlainText()
    assert name_of(row.delete_button).startswith(f"Delete key outcome: {text[:100]}")
    next_step = form.lists[ItemKind.NEXT_STEP].rows[0]
    assert name_of(next_step.delete_button).startswith("Delete next step: ")
    # The name follows the text as it is typed.
    row.text.setPlainText("Shorter courses")
    assert name_of(row.delete_button) == "Delete key outcome: Shorter courses"
    for card_button in form.strip.findChildren(QWidget, "deleteAttachment") if form.strip else []:
        assert name_of(card_button).startswith("Delete presentation: ")


def test_labels_are_tied_to_their_fields(demo_window: MainWindow) -> None:
    """Each label of the form is the buddy of a field (Alt+letter and screen readers reach the
    field from it), and the field has a name of its own; a field alone on its line is named by
    its label."""
    form = demo_window.editor.form
    assert form is not None
    labels = [label for label in form.findChildren(QLabel) if label.isVisible() and label.text()]
    field_labels = [
        label
        for label in labels
        if label.objectName() == "fieldLabel" or isinstance(label.parent(), NextStepDetails)
    ]
    assert len(field_labels) >= 8
    for label in field_labels:
        buddy = label.buddy()
        assert buddy is not None, f"the label {label.text()!r} is tied to no field"
        field = buddy.focusProxy() or buddy
        assert field.focusPolicy() != Qt.FocusPolicy.NoFocus
        assert name_of(field).strip(), f"the field of {label.text()!r} has no name"
    by_label = {
        label.text(): name_of(label.buddy().focusProxy() or label.buddy()) for label in field_labels
    }
    assert by_label["Delegates"] == "Delegates"
    assert by_label["Notes"] == "Notes"
    assert by_label["from"] == "Start time" and by_label["to"] == "End time"
    assert by_label["Owner"].startswith("Owner")


def test_each_choice_is_labelled_for_screen_readers_on_linux(demo_window: MainWindow) -> None:
    """Qt on Linux names a combo box by its value; its label reaches AT-SPI as a relation."""
    form = demo_window.editor.form
    assert form is not None
    combos = [c for c in form.findChildren(QComboBox) if c.isVisible()]
    assert len(combos) >= 4
    for combo in combos:
        iface = QAccessible.queryAccessibleInterface(combo)
        labels = [
            other.text(QAccessible.Text.Name)
            for other, _relation in iface.relations(QAccessible.RelationFlag.Label)
        ]
        assert labels, f"the choice showing {combo.currentText()!r} has no label"
