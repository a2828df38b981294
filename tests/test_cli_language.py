"""The command line speaks the person's language: --help, argparse's own lines, and the
refusals of core and export, in French when asked (--language fr) or when the system is French
(LANG), in a real process on real files."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

from cmcoord_desktop.core import repository
from cmcoord_desktop.core.models import ItemKind
from cmcoord_desktop.core.paths import DATABASE_NAME
from cmcoord_desktop.core.store import Store
from cmcoord_desktop.export.pdf_summary import export_event_summary
from cmcoord_desktop.export.summary_data import gather_event_summary

ROOT = Path(__file__).resolve().parents[1]


def cli(*args: str | Path, cwd: Path, **environ: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PYTHONPATH": str(ROOT), **environ}
    for variable in ("LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG"):  # only what the test says
        if variable not in environ:
            env.pop(variable, None)
    return subprocess.run(
        [sys.executable, "-m", "cmcoord_desktop", *map(str, args)],
        capture_output=True,
        text=True,
        cwd=cwd,
        env=env,
        timeout=300,
    )


def flat(text: str) -> str:
    return re.sub(r"[ \n]+", " ", text).strip()  # argparse wraps the lines (not at no-break spaces)


def one_line(done: subprocess.CompletedProcess[str]) -> str:
    lines = done.stderr.strip().splitlines()
    assert len(lines) == 1 and "Traceback" not in done.stderr, done.stderr[-3000:]
    return lines[0]


def test_help_is_french_with_language_fr(tmp_path: Path) -> None:
    done = cli("--language", "fr", "--help", cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    shown = flat(done.stdout)
    assert shown.startswith("utilisation\u00a0: cmcoord-desktop"), shown[:80]
    for french in (
        "arguments positionnels\u00a0:",
        "options\u00a0:",
        "afficher ce message d'aide et quitter",
        "afficher le numéro de version du programme et quitter",
        "travailler sur une copie neuve de l'atelier de démonstration",
    ):
        assert french in shown, french
    for english in ("usage:", "positional arguments", "show this help message"):
        assert english not in shown, english


# French puts a no-break space before : ; ! ? (never a line break before them); a colon of a
# web address ("postgresql://") is not punctuation.
FRENCH_PUNCTUATION = re.compile(r"(?<![\u00a0\u202f])[;!?]|(?<![\u00a0\u202f]):(?!//)")


def test_every_french_help_spaces_its_punctuation(tmp_path: Path) -> None:
    """Each command's and subcommand's --help, as the real command line writes it in French:
    headings ("arguments positionnels :") and help texts alike keep a no-break space before
    their colons and semicolons, so no line starts with one."""
    commands: list[list[str]] = [[]]
    shown = 0
    while commands:
        command = commands.pop()
        done = cli("--language", "fr", *command, "--help", cwd=tmp_path)
        assert done.returncode == 0 and not done.stderr, (command, done.stderr)
        for line in done.stdout.splitlines():
            assert not FRENCH_PUNCTUATION.search(line), (command, line)
        headings = [line for line in done.stdout.splitlines() if line.endswith(":")]
        assert "options\u00a0:" in headings, (command, headings)
        # The subcommands listed under COMMAND / ACTION, each asked for its own help.
        if len(command) < 2:
            subcommands = re.findall(r"^    ([a-z][a-z-]+)(?: |$)", done.stdout, re.MULTILINE)
            commands += [[*command, name] for name in subcommands]
        shown += 1
    assert shown >= 11  # the program, 7 commands, the server's 3 actions


def test_a_commands_help_follows_a_french_system(tmp_path: Path) -> None:
    done = cli("export", "--help", cwd=tmp_path, LANG="fr_FR.UTF-8")
    assert done.returncode == 0, done.stderr
    shown = flat(done.stdout)
    assert shown.startswith("utilisation\u00a0: cmcoord-desktop export")
    assert "le format du fichier à écrire" in shown
    assert "pdf\u00a0: le format du papier (par défaut\u00a0: a4)" in shown
    assert "the file format to write" not in shown
    # The same command without a French system stays English.
    english = flat(cli("export", "--help", cwd=tmp_path).stdout)
    assert english.startswith("usage: cmcoord-desktop export")
    assert "the file format to write" in english


def last_line(done: subprocess.CompletedProcess[str]) -> str:
    assert "Traceback" not in done.stderr, done.stderr[-3000:]
    return done.stderr.strip().splitlines()[-1]


def test_a_mistyped_command_line_is_refused_in_french(tmp_path: Path) -> None:
    done = cli("--language", "fr", "export", "--as-of", "6 Feb", cwd=tmp_path)
    assert done.returncode == 2
    assert last_line(done) == (
        "cmcoord-desktop export\u00a0: erreur\u00a0: argument --as-of\u00a0: "
        "'6 Feb' n'est pas une date au format AAAA-MM-JJ"
    )
    done = cli("--language", "fr", "export", "Oslo", cwd=tmp_path)
    assert last_line(done) == (
        "cmcoord-desktop export\u00a0: erreur\u00a0: "
        "les arguments suivants sont obligatoires\u00a0: --format, --out"
    )
    done = cli("export", "Oslo", "--format", "odt", "--out", "x", cwd=tmp_path, LANG="ru_RU.UTF-8")
    assert last_line(done).startswith(
        "cmcoord-desktop export: ошибка: аргумент --format: недопустимое значение: 'odt' "
        "(выберите из 'pdf',"
    )
    # In English, argparse's own words, as before.
    done = cli("export", "Oslo", cwd=tmp_path)
    assert last_line(done) == (
        "cmcoord-desktop export: error: the following arguments are required: --format, --out"
    )


def summary_pdf(tmp_path: Path) -> Path:
    """A real summary PDF, exported by the command line from a real data folder."""
    data = tmp_path / "source"
    with Store(data) as store:
        event = repository.create_event(store, title="Atelier de Genève")
        session = repository.create_session(store, event.id, title="Ouverture")
        repository.add_item(store, session.id, ItemKind.KEY_OUTCOME, "Officiers de liaison")
    out = tmp_path / "synthese.pdf"
    done = cli(
        "--data-dir",
        data,
        "export",
        "Atelier de Genève",
        "--format",
        "pdf",
        "--out",
        out,
        cwd=tmp_path,
    )
    assert done.returncode == 0, done.stderr
    return out


def test_importing_a_damaged_pdf_is_refused_in_french(tmp_path: Path) -> None:
    whole = summary_pdf(tmp_path)
    damaged = tmp_path / "abime.pdf"
    damaged.write_bytes(whole.read_bytes()[:4000])  # cut off, as by a failed download
    data = tmp_path / "data"
    done = cli("--language", "fr", "--data-dir", data, "import", damaged, cwd=tmp_path)
    assert done.returncode == 2, done.stdout
    line = one_line(done)
    assert (
        "abime.pdf est un PDF endommagé\u00a0: ses enregistrements ne peuvent pas être lus" in line
    )
    assert "damaged PDF" not in line
    with Store(data) as store:
        assert repository.events(store) == []  # nothing imported

    # The same file, on a French system without --language.
    done = cli("--data-dir", data, "import", damaged, cwd=tmp_path, LANG="fr_FR.UTF-8")
    assert "est un PDF endommagé" in one_line(done)


def test_importing_a_pdf_without_records_is_refused_in_spanish(tmp_path: Path) -> None:
    with Store(tmp_path / "source") as store:
        summary = gather_event_summary(store, repository.create_event(store, title="Oslo").id)
    plain = export_event_summary(summary, tmp_path / "otro.pdf")  # a summary without records
    done = cli("--language", "es", "--data-dir", tmp_path / "data", "import", plain, cwd=tmp_path)
    assert done.returncode == 2, done.stdout
    assert "otro.pdf es un PDF sin registros de CMCoord Desktop" in one_line(done)


def test_an_export_from_a_folder_without_data_says_so_in_french(tmp_path: Path) -> None:
    empty = tmp_path / "vide"
    empty.mkdir()
    done = cli(
        "--language",
        "fr",
        "--data-dir",
        empty,
        "export",
        "x",
        "--format",
        "pdf",
        "--out",
        tmp_path / "s.pdf",
        cwd=tmp_path,
    )
    assert done.returncode == 2
    line = one_line(done)
    assert (
        f"Il n'y a pas de données CMCoord Desktop dans {empty}\u00a0: vérifiez le dossier" in line
    )


def test_a_damaged_database_is_one_sentence_in_french(tmp_path: Path) -> None:
    data = tmp_path / "data"
    data.mkdir()
    (data / DATABASE_NAME).write_bytes(b"not a database at all " * 200)
    done = cli(
        "--language",
        "fr",
        "--data-dir",
        data,
        "export",
        "--all",
        "--format",
        "json",
        "--out",
        tmp_path / "b.json",
        cwd=tmp_path,
    )
    assert done.returncode == 1
    line = one_line(done)
    assert line.startswith(
        f"cmcoord-desktop: Impossible d'exporter\u00a0: le fichier de base de données dans {data} est endommagé"
    ), line
    assert "(détails dans " in line and line.endswith(").")


def test_an_unknown_event_is_refused_in_russian(tmp_path: Path) -> None:
    data = tmp_path / "data"
    with Store(data) as store:
        repository.create_event(store, title="Осло")
    done = cli(
        "--language",
        "ru",
        "--data-dir",
        data,
        "export",
        "Прага",
        "--format",
        "pdf",
        "--out",
        tmp_path / "s.pdf",
        cwd=tmp_path,
    )
    assert done.returncode == 2
    assert (
        one_line(done) == "cmcoord-desktop: нет мероприятия с идентификатором или названием 'Прага'"
    )


def test_next_steps_written_in_russian_use_the_right_plural(tmp_path: Path) -> None:
    data = tmp_path / "data"
    with Store(data) as store:
        event = repository.create_event(store, title="Осло")
        session = repository.create_session(store, event.id, title="Открытие")
        for text in ("Назначить офицеров связи", "Разослать итоги"):
            repository.add_item(store, session.id, ItemKind.NEXT_STEP, text)
    out = tmp_path / "шаги.csv"
    done = cli("--language", "ru", "--data-dir", data, "next-steps", "--out", out, cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == f"Записано 2 дальнейших шага в {out}"


def test_one_next_step_written_in_english_is_singular(tmp_path: Path) -> None:
    # English reads its plural forms from its own catalogue, as the window does.
    data = tmp_path / "data"
    with Store(data) as store:
        event = repository.create_event(store, title="Oslo")
        session = repository.create_session(store, event.id, title="Opening")
        repository.add_item(store, session.id, ItemKind.NEXT_STEP, "Name liaison officers")
    out = tmp_path / "steps.csv"
    done = cli("--language", "en", "--data-dir", data, "next-steps", "--out", out, cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == f"Wrote 1 next step to {out}"
