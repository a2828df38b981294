"""Take docs/screenshot-main-window.png: the main window on the demo workshop, offscreen.

    python scripts/screenshot.py [--out docs/screenshot-main-window.png] [--size 1540x900]
    python scripts/screenshot.py --all      # also the welcome page, Needs review, Export
                                            # (of one event, and of the demo's three), a
                                            # 1366 x 768 laptop on a long event title, and
                                            # the Next steps view and Find's results
    python scripts/screenshot.py --follow-up   # only the Next steps and Find screenshots
    python scripts/screenshot.py --languages  # docs/window-<code>.png, review-<code>.png and
                                              # export-<code>.png in each of the six languages

Opens a temporary copy of the demo workshop (never your data), selects the HNPW 2017 event and
its marketplace session, and grabs the window as a person would see it. With --all it also
grabs the first start on an empty data folder, the Needs review list after a co-facilitator's
laptop typed the same outcome differently, the Export summary dialog, and a laptop's 1366 x 768
on an event with a long title.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from PySide6.QtCore import QDate, QSettings, Qt  # noqa: E402
from PySide6.QtWidgets import QApplication, QDialog, QGroupBox  # noqa: E402

from cmcoord_desktop.app import application, build_window  # noqa: E402
from cmcoord_desktop.core import repository, sync_states  # noqa: E402
from cmcoord_desktop.core.languages import BY_CODE  # noqa: E402
from cmcoord_desktop.core.models import Event, Item, ItemKind, MarketplaceGroup, Session  # noqa: E402
from cmcoord_desktop.core.store import Store  # noqa: E402
from cmcoord_desktop.demo import load_demo_workshop  # noqa: E402
from cmcoord_desktop.ui.language import WindowLanguage  # noqa: E402


def pick_event_and_session(store: Store) -> tuple[Event, Session | None]:
    """The event with the most sessions, and its first marketplace session (else its first)."""
    events = repository.events(store)
    event = max(events, key=lambda e: len(repository.children(store, Session, e.id)))
    sessions = repository.children(store, Session, event.id)
    with_tables = [s for s in sessions if repository.children(store, MarketplaceGroup, s.id)]
    return event, (with_tables or sessions or [None])[0]


def settle(app: QApplication, rounds: int = 5) -> None:
    for _ in range(rounds):
        app.processEvents()


def take(app: QApplication, temp: Path, out: Path, size: tuple[int, int], show_trash: bool) -> bool:
    with Store(temp / "data") as store:
        load_demo_workshop(store)
        settings = QSettings(str(temp / "settings.ini"), QSettings.Format.IniFormat)
        window = build_window(store, settings, demo=True)
        window.resize(*size)
        window.show()
        event, session = pick_event_and_session(store)
        window.events_panel.select_id(event.id)
        if session is not None:
            window.sessions_panel.select_id(session.id)
            window.sessions_panel.focus_list()
        window.actions_by_id["show_trash"].setChecked(show_trash)
        settle(app)
        out.parent.mkdir(parents=True, exist_ok=True)
        saved = window.grab().save(str(out))
        window.close()
        return saved


def take_welcome(app: QApplication, temp: Path, out: Path) -> bool:
    from cmcoord_desktop.ui.welcome import show_first_window

    with Store(temp / "empty") as store:
        settings = QSettings(str(temp / "welcome.ini"), QSettings.Format.IniFormat)
        window = build_window(store, settings)
        page = show_first_window(window, lambda: window)
        settle(app)
        saved = page.grab().save(str(out))
        page.close()
        window.close()
        return saved


LONG_TITLE = (
    "Regional Consultative Group on Humanitarian Civil-Military Coordination for Asia and the "
    "Pacific, 2026"
)
ARABIC_OUTCOME = "تعزيز التنسيق المدني العسكري في الاستجابة للكوارث في منطقة آسيا والمحيط الهادئ"


def take_laptop_long_title(app: QApplication, temp: Path, out: Path) -> bool:
    """A laptop's 1366 x 768 on an event with a long title, a session with an Arabic outcome and
    next steps: the editor fits its pane (the title shortened, every delete button there)."""
    with Store(temp / "laptop") as store:
        load_demo_workshop(store)
        event, _ = pick_event_and_session(store)
        repository.update(store, Event, event.id, title=LONG_TITLE)
        session = repository.children(store, Session, event.id)[0]
        repository.add_item(store, session.id, ItemKind.KEY_OUTCOME, ARABIC_OUTCOME)
        settings = QSettings(str(temp / "laptop.ini"), QSettings.Format.IniFormat)
        window = build_window(store, settings, demo=True)
        window.resize(1366, 768)
        window.show()
        window.events_panel.select_id(event.id)
        window.sessions_panel.select_id(session.id)
        window.sessions_panel.focus_list()
        settle(app)
        saved = window.grab().save(str(out))
        window.close()
        return saved


def take_review_and_export(
    app: QApplication,
    temp: Path,
    review_png: Path,
    export_png: Path,
    language: WindowLanguage | None = None,
    events_png: Path | None = None,
) -> bool:
    """A co-facilitator typed the first outcome of the session differently, at the same time:
    after the sync both versions wait in Needs review. Then File › Export summary… and, for
    `events_png`, the same window with all the demo's events ticked, as of 1 January 2023
    (the Leading Edge Programme still upcoming, as on the reference page)."""
    with Store(temp / "review") as store, Store(temp / "colleague") as colleague:
        load_demo_workshop(store)
        sync_states.merge_states(colleague, sync_states.record_states(store))
        event, session = pick_event_and_session(store)
        assert session is not None
        outcome = repository.children(store, Item, session.id, ItemKind.KEY_OUTCOME)[1]
        repository.update(
            store, Item, outcome.id, text=outcome.text.replace("different training", "blended")
        )
        repository.update(colleague, Item, outcome.id, text=outcome.text + " (in the field)")
        sync_states.merge_states(store, sync_states.record_states(colleague))
        settings = QSettings(str(temp / "review.ini"), QSettings.Format.IniFormat)
        window = build_window(store, settings, demo=True, language=language)
        window.resize(1540, 900)
        window.show()
        window.events_panel.select_id(event.id)
        window.sessions_panel.select_id(session.id)
        window.actions_by_id["show_review"].setChecked(True)
        settle(app)
        saved = window.grab().save(str(review_png))
        window.actions_by_id["export_summary"].trigger()
        settle(app)
        dialog = window.findChild(QDialog, "export_dialog")
        saved = saved and dialog is not None and dialog.grab().save(str(export_png))
        if dialog is not None and events_png is not None:
            picker = dialog.findChild(QGroupBox, "export_event_picker")
            picker.tick_all(True)
            picker.as_of.setDate(QDate(2023, 1, 1))
            settle(app)
            saved = saved and dialog.grab().save(str(events_png))
        if dialog is not None:
            dialog.close()
        window.close()
        return saved


FOLLOW_UP_OWNERS = ("CMCS", "Norwegian Red Cross", "OCHA ROAP", "WFP Logistics Cluster")


def take_follow_up(app: QApplication, temp: Path, docs: Path) -> bool:
    """View › Next steps with owners and due dates given to the demo's next steps (a few
    overdue, one done), then Edit › Find "coordination" with its results by event."""
    import datetime as dt

    from cmcoord_desktop.core.next_steps import next_steps

    with Store(temp / "follow-up") as store:
        load_demo_workshop(store)
        today = dt.date.today()
        for number, step in enumerate(next_steps(store)[:9]):
            repository.update(
                store,
                Item,
                step.id,
                owner=FOLLOW_UP_OWNERS[number % len(FOLLOW_UP_OWNERS)],
                due_date=today + dt.timedelta(days=9 * (number - 3)),
                status="done" if number == 1 else "in progress" if number == 4 else "open",
            )
        settings = QSettings(str(temp / "follow-up.ini"), QSettings.Format.IniFormat)
        window = build_window(store, settings, demo=True)
        window.resize(1540, 900)
        window.show()
        event, session = pick_event_and_session(store)
        window.events_panel.select_id(event.id)
        window.actions_by_id["show_next_steps"].setChecked(True)
        view = window.next_steps.view
        view.table.setCurrentIndex(view.model.index(2, 0))
        settle(app)
        saved = window.grab().save(str(docs / "screenshot-next-steps.png"))
        window.actions_by_id["show_next_steps"].setChecked(False)
        window.actions_by_id["find"].trigger()
        window.search.panel.box.setText("coordination")
        window.search.panel.run()
        settle(app)
        saved = saved and window.grab().save(str(docs / "screenshot-search.png"))
        window.close()
        return saved


def take_languages(app: QApplication, temp: Path, docs: Path) -> bool:
    """The main window (1366 x 768, a laptop's), Needs review and the export dialog in each of
    the six languages: docs/window-fr.png, docs/review-fr.png, docs/export-fr.png..."""
    language = WindowLanguage(QSettings(str(temp / "language.ini"), QSettings.Format.IniFormat))
    saved = True
    for code in sorted(BY_CODE):
        # start() mirrors for Arabic and, for a left-to-right language, leaves the direction as
        # it found it (Qt's -reverse): after Arabic, French would come out mirrored.
        app.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        language.start(code)
        settle(app)
        folder = temp / f"language-{code}"
        folder.mkdir()
        with Store(folder / "data") as store:
            load_demo_workshop(store)
            settings = QSettings(str(folder / "window.ini"), QSettings.Format.IniFormat)
            window = build_window(store, settings, demo=True, language=language)
            window.resize(1366, 768)
            window.show()
            event, session = pick_event_and_session(store)
            window.events_panel.select_id(event.id)
            if session is not None:
                window.sessions_panel.select_id(session.id)
                window.sessions_panel.focus_list()
            settle(app)
            saved = saved and window.grab().save(str(docs / f"window-{code}.png"))
            window.close()
        saved = saved and take_review_and_export(
            app, folder, docs / f"review-{code}.png", docs / f"export-{code}.png", language
        )
    language.start("en")
    return saved


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=REPO / "docs" / "screenshot-main-window.png")
    parser.add_argument("--size", default="1540x900", help="window size, WIDTHxHEIGHT")
    parser.add_argument("--trash", action="store_true", help="show the Trash dock too")
    parser.add_argument("--all", action="store_true", help="also welcome, review and export")
    parser.add_argument(
        "--follow-up", action="store_true", help="only the Next steps and Find screenshots"
    )
    parser.add_argument(
        "--languages", action="store_true", help="window, review and export in six languages"
    )
    args = parser.parse_args(argv)
    width, height = (int(n) for n in args.size.lower().split("x"))

    app = application(["screenshot"])
    if args.follow_up:
        with tempfile.TemporaryDirectory(prefix="cmcoord-screenshot-") as temp:
            if take_follow_up(app, Path(temp), args.out.parent):
                print(f"Wrote the Next steps and Find screenshots into {args.out.parent}")
                return 0
        print(f"could not write the screenshots into {args.out.parent}", file=sys.stderr)
        return 1
    with tempfile.TemporaryDirectory(prefix="cmcoord-screenshot-") as temp:
        saved = take(app, Path(temp), args.out, (width, height), args.trash)
        if args.all:
            docs = args.out.parent
            saved = saved and take_welcome(app, Path(temp), docs / "screenshot-welcome.png")
            saved = saved and take_review_and_export(
                app,
                Path(temp),
                docs / "screenshot-needs-review.png",
                docs / "screenshot-export.png",
                events_png=docs / "screenshot-export-events.png",
            )
            laptop = docs / "screenshot-laptop-long-title.png"
            saved = saved and take_laptop_long_title(app, Path(temp), laptop)
            saved = saved and take_follow_up(app, Path(temp), docs)
        if args.languages:
            saved = saved and take_languages(app, Path(temp), args.out.parent)
    if not saved:
        print(f"could not write the screenshots into {args.out.parent}", file=sys.stderr)
        return 1
    print(
        f"Wrote {args.out}"
        + (" and the welcome, review, export and laptop screenshots" if args.all else "")
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
