"""The core's messages in the language the seam is filled with (here by our real catalogues,
as the command line fills it), English when it is not; plurals with every language's forms."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import pytest

from cmcoord_desktop.core import repository as repo
from cmcoord_desktop.core import search, validation, value_rules, words
from cmcoord_desktop.core.data_folder_checks import check_data_folder
from cmcoord_desktop.core.models import Event
from cmcoord_desktop.core.store import Store
from cmcoord_desktop.core.store_errors import DataFolderError
from cmcoord_desktop.core.ts_catalogue import TsCatalogue
from tests.disk_filling import full_disk


@pytest.fixture
def speaking() -> Iterator[object]:
    """Fill the seam with a language's catalogue; English again afterwards."""

    def use(code: str) -> None:
        words.set_translator(TsCatalogue(code))

    yield use
    words.set_translator(None)


def test_the_field_refusals_read_in_french(speaking) -> None:  # noqa: ANN001
    speaking("fr")
    assert validation.parse_count("-5").error == "Un nombre ne peut pas être inférieur à zéro"
    assert validation.parse_count("about 90").error == (
        "Saisissez un nombre entier, par exemple 35"
    )
    assert validation.parse_time("25:00").error == "Saisissez une heure comme 09:30 ou 14h30"
    end = validation.end_time_message(dt.time(10), dt.time(9))
    assert end == "La séance se termine avant de commencer"
    assert validation.title_message(" ") == "Un titre est nécessaire"
    assert validation.title_message("", validation.TOPIC_NEEDED) == "Un thème est nécessaire"
    # The constants stay English: a caller names them, the person reads them translated.
    assert validation.NOT_NEGATIVE == "A count cannot be below zero"


def test_the_rules_a_records_file_is_held_to_read_in_spanish(speaking) -> None:  # noqa: ANN001
    speaking("es")
    assert value_rules.problem("session", "delegates", -5) == "un número inferior a cero (-5)"
    assert value_rules.problem("session", "start_time", "9h") == (
        "una hora que no tiene el formato HH:MM ('9h')"
    )


def test_english_when_the_seam_is_not_filled() -> None:
    assert validation.parse_count("-5").error == "A count cannot be below zero"
    assert value_rules.problem("session", "delegates", -5) == "a count below zero (-5)"


@pytest.mark.parametrize(
    "code, expected",
    [
        ("fr", "Recherche limitée aux 32 premiers mots."),
        ("ru", "Поиск выполнен только по первым словам: 32."),
        ("zh", "仅搜索了前 32 个词。"),
    ],
)
def test_a_plural_of_the_core_in_each_language(speaking, code: str, expected: str) -> None:  # noqa: ANN001
    speaking(code)
    query = search.parse_query(" ".join(f"word{n}" for n in range(40)))
    assert query.notice == expected


def test_a_date_far_ahead_is_doubted_with_the_plural_of_years(speaking) -> None:  # noqa: ANN001
    speaking("ru")
    doubt = validation.date_doubt(dt.date(2090, 1, 12), dt.date(2026, 1, 12))
    assert doubt is not None and doubt.startswith("12 января 2090 г. — более чем через 10 лет:")


def test_a_date_read_one_of_two_ways_is_spelled_in_the_language(speaking) -> None:  # noqa: ANN001
    assert validation.parse_date("6/2/2017").note == "Read as 6 February 2017"
    speaking("fr")
    assert validation.parse_date("6/2/2017").note == "Lu comme 6 février 2017"
    speaking("zh")
    assert validation.parse_date("6/2/2017").note == "识别为 2017年2月6日"


def test_a_full_disk_is_told_in_arabic(speaking, store: Store) -> None:  # noqa: ANN001
    speaking("ar")
    event = repo.create_event(store, title="HNPW 2017")
    with full_disk(store), pytest.raises(DataFolderError) as raised:
        repo.update(store, Event, event.id, description="ملاحظات الجلسة العامة. " * 8000)
    assert str(raised.value) == (
        f"لم يُحفظ: تعذر على CMCoord Desktop الكتابة في مجلد بياناتك {store.data_dir}: "
        "القرص الذي يحتويه ممتلئ. حرّر بعض المساحة."
    )


def test_a_data_folder_problem_reads_in_chinese(speaking, tmp_path: Path) -> None:  # noqa: ANN001
    speaking("zh")
    [problem] = check_data_folder(tmp_path, minimum_free_bytes=2**62)  # more than any disk
    assert problem.title == "磁盘即将写满"
    assert problem.message.startswith(f"数据文件夹 {tmp_path} 所在磁盘仅剩 ")
    assert " MB 可用空间" in problem.message
