"""Command line: open the window, or export, import and sync without one.

The core and sync modules are imported only by the commands that use them: opening the window
must not wait for SQLAlchemy before its first paint (app.py imports it after that).
"""

from __future__ import annotations

import argparse
import datetime as dt
import re
import shutil
import sys
from collections.abc import Iterable
from pathlib import Path
from typing import TYPE_CHECKING, Any, NoReturn

from cmcoord_desktop import __version__, follow_up_cli
from cmcoord_desktop.core.languages import (
    ENGLISH,
    TRANSLATED,
    choose_language,
    system_locale_names,
)
from cmcoord_desktop.core.paths import default_data_dir
from cmcoord_desktop.core.words import QT_TRANSLATE_NOOP, set_translator, translate
from cmcoord_desktop.failure_report import log_failure, one_sentence

if TYPE_CHECKING:
    from cmcoord_desktop.core.store import Store


def user_path(text: str) -> Path:
    """A path as the person typed it, made absolute against the current folder once, so that a
    relative `--data-dir data` or `./backup.json` means the same file everywhere after."""
    return Path(text).expanduser().absolute()


def user_date(text: str) -> dt.date:
    """A day typed as YYYY-MM-DD; anything else is refused by argparse in one sentence."""
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(
            translate("cli", "{text} is not a day written YYYY-MM-DD").format(text=repr(text))
        ) from None


def sync_target(text: str) -> Path | str:
    """A shared file (as `user_path`), or a team server's address kept exactly as typed."""
    from cmcoord_desktop.sync.team_server import is_server_address

    return text if is_server_address(text) else user_path(text)


class TranslatedHelpFormatter(argparse.HelpFormatter):
    """argparse's "usage: " and section headings in the program's language."""

    class _Section(argparse.HelpFormatter._Section):
        """A heading ends as the language writes a colon ("options\u00a0:" in French, "选项："
        in Chinese), not with the ":" argparse glues to it."""

        def format_help(self) -> str:
            text = super().format_help()
            if not isinstance(self.heading, str) or self.heading == argparse.SUPPRESS:
                return text
            ours = translate("cli", "{heading}:").format(heading=self.heading)
            return text.replace(f"{self.heading}:\n", f"{ours}\n", 1)

    def add_usage(
        self,
        usage: str | None,
        actions: Iterable[argparse.Action],
        groups: Iterable[argparse._MutuallyExclusiveGroup],
        prefix: str | None = None,
    ) -> None:
        if prefix is None:
            prefix = translate("cli", "usage: ")
        super().add_usage(usage, actions, groups, prefix)


class Parser(argparse.ArgumentParser):
    """argparse with its own words in the program's language: the usage line, the section
    titles, -h's help and the error line (the subcommands' parsers are made of this class too).
    """

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        kwargs.setdefault("formatter_class", TranslatedHelpFormatter)
        add_help = kwargs.pop("add_help", True)
        kwargs["add_help"] = False  # -h added below, its help in the program's language
        super().__init__(*args, **kwargs)
        self._positionals.title = translate("cli", "positional arguments")
        self._optionals.title = translate("cli", "options")
        if add_help:
            self.add_argument(
                "-h",
                "--help",
                action="help",
                default=argparse.SUPPRESS,
                help=translate("cli", "show this help message and exit"),
            )

    def error(self, message: str) -> NoReturn:
        self.print_usage(sys.stderr)
        line = translate("cli", "{program}: error: {message}")
        self.exit(2, line.format(program=self.prog, message=argparse_words(message)) + "\n")


# argparse's own refusals (its English, from Python's argparse module) read back into whole
# sentences of ours; one it words otherwise (another Python version) stays as argparse said it.
_ARGPARSE_REFUSALS = (
    (
        re.compile(r"the following arguments are required: (?P<names>.+)"),
        QT_TRANSLATE_NOOP("cli", "the following arguments are required: {names}"),
    ),
    (
        re.compile(r"unrecognized arguments: (?P<names>.+)"),
        QT_TRANSLATE_NOOP("cli", "unrecognized arguments: {names}"),
    ),
    (
        re.compile(
            r"argument (?P<name>\S+): invalid choice: (?P<value>.+) \(choose from (?P<choices>.+)\)"
        ),
        QT_TRANSLATE_NOOP(
            "cli", "argument {name}: invalid choice: {value} (choose from {choices})"
        ),
    ),
    (
        re.compile(r"argument (?P<name>\S+): expected one argument"),
        QT_TRANSLATE_NOOP("cli", "argument {name}: expected one argument"),
    ),
    (
        re.compile(r"argument (?P<name>\S+): expected at least one argument"),
        QT_TRANSLATE_NOOP("cli", "argument {name}: expected at least one argument"),
    ),
    (  # our own refusal of a value (user_date), already in the person's language
        re.compile(r"argument (?P<name>\S+): (?P<message>.+)"),
        QT_TRANSLATE_NOOP("cli", "argument {name}: {message}"),
    ),
)


def argparse_words(message: str) -> str:
    """An argparse refusal in the program's language, where we know how argparse words it."""
    for pattern, template in _ARGPARSE_REFUSALS:
        found = pattern.fullmatch(message)
        if found:
            return translate("cli", template).format(**found.groupdict())
    return message


def build_parser() -> argparse.ArgumentParser:
    parser = Parser(
        prog="cmcoord-desktop",
        description=translate(
            "cli",
            "Capture UN-CMCoord workshop outcomes live, export PDF summaries, "
            "and sync with co-facilitators through a shared file.",
        ),
    )
    parser.add_argument(
        "--version",
        action="version",
        version=f"%(prog)s {__version__}",
        help=translate("cli", "show the program's version number and exit"),
    )
    parser.add_argument(
        "--language",
        metavar="CODE",
        help=translate(
            "cli", "the window's and these messages' language: ar, zh, en, fr, ru or es"
        ),
    )
    parser.add_argument(
        "--data-dir",
        type=user_path,
        help=translate("cli", "data folder (default: the user's data folder)"),
    )
    parser.add_argument(
        "--demo",
        action="store_true",
        help=translate("cli", "work on a fresh copy of the demo workshop, not your data"),
    )
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")

    export = commands.add_parser(
        "export",
        help=translate(
            "cli", "export an event summary (pdf, html, docx, email, md) or all records (json)"
        ),
    )
    export.add_argument(
        "event",
        nargs="*",
        help=translate(
            "cli", "the event's id or exact title; several events make one summary of them all"
        ),
    )
    export.add_argument(
        "--all",
        action="store_true",
        help=translate("cli", "every record, tombstones included (json)"),
    )
    export.add_argument(
        "--format",
        choices=["pdf", "html", "docx", "email", "md", "txt", "json"],
        required=True,
        help=translate("cli", "the file format to write"),
    )
    export.add_argument(
        "--out", type=user_path, required=True, help=translate("cli", "file to write")
    )
    export.add_argument(
        "--sessions",
        nargs="+",
        metavar="SESSION",
        help=translate("cli", "only these sessions (id or title)"),
    )
    export.add_argument(
        "--paper",
        choices=["a4", "letter"],
        default="a4",
        help=translate("cli", "pdf: the paper size (default: a4)"),
    )
    export.add_argument(
        "--notes",
        action="store_true",
        help=translate("cli", "print the sessions' internal notes too"),
    )
    export.add_argument(
        "--as-of",
        type=user_date,
        metavar="YYYY-MM-DD",
        help=translate(
            "cli", "several events: which are upcoming is decided as of this day (default: today)"
        ),
    )
    export.add_argument(
        "--title",
        default="",
        help=translate("cli", "several events: the summary's title (default: UN-CMCoord events)"),
    )
    export.add_argument(
        "--body-only",
        action="store_true",
        help=translate("cli", "html: the summary alone, without page or style"),
    )
    export.add_argument(
        "--images-folder",
        action="store_true",
        help=translate(
            "cli", "html: slides as files in a folder beside the page instead of inside it"
        ),
    )
    export.add_argument(
        "--attach-pdf",
        action="store_true",
        help=translate("cli", "email: attach the summary as a PDF too"),
    )

    imp = commands.add_parser(
        "import", help=translate("cli", "merge a records file (a json export) into the data folder")
    )
    imp.add_argument(
        "file",
        type=user_path,
        help=translate("cli", "a records file (json export) or a summary PDF"),
    )

    sync = commands.add_parser(
        "sync",
        help=translate(
            "cli", "merge with a shared file or a team server (postgresql://…), both ways"
        ),
    )
    sync.add_argument(
        "file",
        type=sync_target,
        help=translate("cli", "the shared file, or postgresql://USER@HOST/DATABASE"),
    )
    sync.add_argument(
        "--allow-deletes",
        action="store_true",
        help=translate("cli", "go ahead even if more than half of the records would be deleted"),
    )
    sync.add_argument(
        "--merge-other-workshop",
        action="store_true",
        help=translate("cli", "merge even if the file holds another workshop (no event in common)"),
    )

    repair = commands.add_parser(
        "repair-clock",
        help=translate(
            "cli", "re-date changes made while this laptop's clock was far ahead, and rewrite FILE"
        ),
    )
    repair.add_argument(
        "file", type=user_path, nargs="?", help=translate("cli", "the shared file to rewrite")
    )

    server = commands.add_parser(
        "server", help=translate("cli", "set up a team server (PostgreSQL) and its members")
    )
    actions = server.add_subparsers(dest="action", metavar="ACTION", required=True)
    init = actions.add_parser(
        "init", help=translate("cli", "create or upgrade the schema and the two roles")
    )
    init.add_argument("url", help=translate("cli", "the server: postgresql://ADMIN@HOST/DATABASE"))
    init.add_argument(
        "--new-epoch",
        action="store_true",
        help=translate(
            "cli", "after restoring a backup: every laptop reads the whole server again"
        ),
    )
    compact = actions.add_parser(
        "compact",
        help=translate("cli", "remove superseded versions (every laptop's records stay the same)"),
    )
    compact.add_argument(
        "url", help=translate("cli", "the server: postgresql://ADMIN@HOST/DATABASE")
    )
    member = actions.add_parser(
        "add-member", help=translate("cli", "create a login account for a member")
    )
    member.add_argument("name", help=translate("cli", "the member's login name"))
    member.add_argument(
        "--url",
        required=True,
        help=translate("cli", "the server: postgresql://ADMIN@HOST/DATABASE"),
    )
    member.add_argument("--observer", action="store_true", help=translate("cli", "may only read"))
    follow_up_cli.add_parsers(commands)  # search, next-steps
    return parser


class CommandError(Exception):
    """A refusal with a one-line reason for the user."""


# What each command does, for "Could not ...": the sentence an unexpected error becomes.
DOING = {
    None: "open the window",
    "export": "export",
    "import": "import",
    "sync": "sync",
    "repair-clock": "repair the clock",
}


def requested_language(argv: list[str]) -> str | None:
    """--language CODE (or --language=CODE), read before the parser is built: its --help is
    already in that language."""
    for index, arg in enumerate(argv):
        if arg == "--language" and index + 1 < len(argv):
            return argv[index + 1]
        if arg.startswith("--language="):
            return arg.split("=", 1)[1]
    return None


def use_language(requested: str | None) -> str | None:
    """The command line's messages in the requested or the system's language (read from our
    compiled catalogue, without Qt); the sentence to print when that cannot be, else None."""
    from cmcoord_desktop.core.ts_catalogue import CatalogueError, QmCatalogue

    choice = choose_language(requested, system_locale_names())
    if choice.language.code not in TRANSLATED:
        # English's own catalogue holds only its plural forms ("Wrote 1 next step"), as the
        # window's does; without it the English words are the sources themselves.
        try:
            set_translator(QmCatalogue(ENGLISH))
        except CatalogueError:
            set_translator(None)
        return choice.message if requested else None  # an untranslated system: plain English
    try:
        set_translator(QmCatalogue(choice.language.code))
    except CatalogueError as exc:
        set_translator(None)
        return f"The {choice.language.name} translation cannot be read: English instead ({exc})."
    return None


def main(argv: list[str] | None = None) -> int:
    """The program's entry point: whatever fails reaches the person as one sentence on stderr,
    its traceback in the log (the data folder's, else the user's log folder)."""
    argv = sys.argv[1:] if argv is None else argv
    problem = use_language(requested_language(argv))
    args = build_parser().parse_args(argv)
    if problem and args.command is not None:  # the window says it in its status bar
        print(f"cmcoord-desktop: {problem}", file=sys.stderr)
    try:
        return run(args)
    except KeyboardInterrupt:
        print(translate("cli", "cmcoord-desktop: stopped."), file=sys.stderr)
        return 130
    except Exception as exc:
        data_dir = None if args.demo else args.data_dir or default_data_dir()
        doing = DOING.get(args.command, args.command)
        log_path = log_failure(exc, data_dir, doing)
        print(f"cmcoord-desktop: {one_sentence(exc, doing, log_path, data_dir)}", file=sys.stderr)
        return 1


def run(args: argparse.Namespace) -> int:
    if args.command is None:
        from cmcoord_desktop.app import run_window

        # The demo's copy is made by the window after its first paint, and removed at the end.
        return run_window(
            None if args.demo else args.data_dir or default_data_dir(), args.demo, args.language
        )

    if args.command == "server":  # the server's own set-up: no data folder
        from cmcoord_desktop.sync.team_server.commands import server_command

        return server_command(args)
    if not args.demo:
        return run_command(args.data_dir or default_data_dir(), args)
    from cmcoord_desktop.demo import make_demo_data_dir

    data_dir = make_demo_data_dir()
    try:
        return run_command(data_dir, args)
    finally:
        shutil.rmtree(data_dir, ignore_errors=True)


def run_command(data_dir: Path, args: argparse.Namespace) -> int:
    """A headless command on a data folder: 0 when done, else one line on stderr saying why."""
    from cmcoord_desktop.core.data_folder_checks import check_data_folder
    from cmcoord_desktop.core.migrations import NewerSchemaError
    from cmcoord_desktop.core.store import DataFolderInUse, Store
    from cmcoord_desktop.core.store_errors import DataFolderError
    from cmcoord_desktop.core.store_reading import NothingToRead, OlderSchemaError
    from cmcoord_desktop.sync import shared_file

    # An export only reads: beside the window that holds the folder (WAL lets readers in), and
    # without the checks that the folder can be written (a write-protected stick is fine).
    reading = args.command in READING_COMMANDS
    problems = [] if reading else check_data_folder(data_dir)
    if problems:  # the same refusals as the window's, in one line: the first paragraph
        print(f"cmcoord-desktop: {problems[0].message.split(chr(10))[0]}", file=sys.stderr)
        return 2
    refusals = (
        CommandError,
        DataFolderInUse,
        NewerSchemaError,
        NothingToRead,
        OlderSchemaError,
        shared_file.SharedFileError,
    )
    try:
        with Store(data_dir, read_only=reading) as store:
            return COMMANDS[args.command](store, args)
    except refusals as exc:
        print(f"cmcoord-desktop: {exc}", file=sys.stderr)
        return 2
    except OSError as exc:
        print(
            f"cmcoord-desktop: {exc.strerror or exc} ({exc.filename or data_dir})", file=sys.stderr
        )
        return 1
    except DataFolderError as exc:  # the disk under the data folder: full, gone, read-only
        print(f"cmcoord-desktop: {exc}", file=sys.stderr)
        return 1


def run_export(store: Store, args: argparse.Namespace) -> int:
    from cmcoord_desktop.core import meta, sync_states
    from cmcoord_desktop.sync import shared_file

    if args.out.is_dir():
        raise CommandError(
            translate("cli", "{folder} is a folder: name the file to write in it").format(
                folder=args.out
            )
        )
    if args.format == "json":
        if not args.all:
            raise CommandError(translate("cli", "json exports every record: add --all"))
        from cmcoord_desktop.sync.backup import write_backup

        write_backup(store, args.out)
        print(translate("cli", "Wrote {file}").format(file=args.out))
        return 0
    from cmcoord_desktop.export.commands import export_summary_command
    from cmcoord_desktop.export.pdf_records import event_records

    def records_for(event_ids: list[str]) -> bytes:  # a PDF summary carries its events' records
        chosen = event_records(sync_states.record_states(store), event_ids)
        return shared_file.encode(chosen, meta.device_names(store))

    return export_summary_command(store, args, records_for)


def run_import(store: Store, args: argparse.Namespace) -> int:
    from cmcoord_desktop.export.pdf_records import embedded_records
    from cmcoord_desktop.sync.commands import import_command

    return import_command(store, args, embedded_records)


def run_sync(store: Store, args: argparse.Namespace) -> int:
    from cmcoord_desktop.sync.commands import sync_command

    if isinstance(args.file, str):  # a team server's address (see sync_target)
        from cmcoord_desktop.sync.team_server.commands import server_sync_command

        return server_sync_command(store, args)

    return sync_command(store, args)


def run_repair_clock(store: Store, args: argparse.Namespace) -> int:
    from cmcoord_desktop.sync.commands import repair_clock_command

    return repair_clock_command(store, args)


READING_COMMANDS = frozenset({"export", "search", "next-steps"})
COMMANDS = {
    "export": run_export,
    "import": run_import,
    "sync": run_sync,
    "repair-clock": run_repair_clock,
    **follow_up_cli.COMMANDS,
}
