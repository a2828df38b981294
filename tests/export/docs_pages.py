"""Renders the page images in docs/: the demo workshop (alone, and its three events on one
summary) and test events in the six UN languages.

python -m tests.export.docs_pages docs
"""

from __future__ import annotations

import datetime as dt
import subprocess
import sys
import tempfile
from pathlib import Path

from cmcoord_desktop.core.store import Store
from cmcoord_desktop.demo import load_demo_workshop
from cmcoord_desktop.export.pdf_summary import export_event_summary
from cmcoord_desktop.export.summary_data import (
    EventSummary,
    MarketplaceTable,
    NextStep,
    SessionSummary,
    find_event,
    gather_event_summary,
)
from tests.export.summaries import demo_events_summary

DUE = dt.date(2017, 9, 29)

SESSIONS = {
    "en": SessionSummary(
        id="en",
        title="Data Revolution: information sharing between humanitarians and militaries",
        date=dt.date(2017, 2, 7),
        format="Panel discussion",
        delegates=92,
        outcomes=("Ninety-two delegates took part in a lively discussion on trusted data.",),
        next_steps=(
            NextStep(
                "Design the humanitarian-military gateway with technical partners.",
                "CMCS",
                DUE,
                "in progress",
            ),
        ),
    ),
    "fr": SessionSummary(
        id="fr",
        title="De la politique à la pratique : opérationnaliser les concepts clés",
        date=dt.date(2017, 2, 7),
        format="Table ronde",
        delegates=64,
        outcomes=(
            "Les participants ont souligné la nécessité d’une élaboration des politiques "
            "CMCoord plus systématique et plus inclusive.",
        ),
        next_steps=(
            NextStep(
                "Étudier la mise en place d’un cycle d’élaboration des politiques.",
                "CMCS",
                DUE,
                "open",
            ),
        ),
    ),
    "es": SessionSummary(
        id="es",
        title="Trabajo peligroso: CMCoord, acceso, seguridad y protección",
        date=dt.date(2017, 2, 8),
        format="Panel y trabajo en grupos",
        delegates=100,
        outcomes=(
            "Cien delegados participaron; el panel ofreció las perspectivas humanitaria y "
            "militar sobre la protección de civiles.",
        ),
        next_steps=(
            NextStep("Seguir formándonos juntos, militares y humanitarios.", "LEP", None, "open"),
        ),
    ),
    "ru": SessionSummary(
        id="ru",
        title="Учиться вместе, реагировать вместе",
        date=dt.date(2017, 2, 8),
        format="Тематические столы",
        delegates=102,
        outcomes=(
            "Сто два делегата обменялись идеями о моделировании и учениях, микрообучении "
            "и компьютерном обучении.",
        ),
        next_steps=(
            NextStep(
                "Продолжить обсуждение учений вместе с целевой группой SimEx.",
                "SimEx TFT",
                DUE,
                "done",
            ),
        ),
    ),
    "ar": SessionSummary(
        id="ar",
        title="الاجتماع السنوي للفريق الاستشاري المعني بالتنسيق المدني العسكري",
        date=dt.date(2017, 2, 9),
        format="جلسة عامة",
        delegates=75,
        outcomes=(
            "أكد المشاركون التزامهم بتنفيذ تعهدات القمة العالمية للعمل الإنساني لعام 2016 "
            "بالتعاون مع OCHA والشركاء الإقليميين.",
        ),
        next_steps=(
            NextStep(
                "عقد مؤتمر المعايير في أوسلو بمشاركة الدول الأعضاء والمنظمات.",
                "النرويج",
                DUE,
                "open",
            ),
        ),
    ),
    "zh": SessionSummary(
        id="zh",
        title="数据革命：人道主义者与军方的信息共享",
        date=dt.date(2017, 2, 10),
        format="专题讨论",
        delegates=88,
        outcomes=(
            "九十二名代表参加了热烈的讨论，强调有必要建立人道主义与军事信息门户（Gateway）。",
        ),
        next_steps=(
            NextStep(
                "与具备技术能力的组织进行双边讨论，共同设计该门户。", "CMCS", DUE, "in progress"
            ),
        ),
        tables=(
            MarketplaceTable(
                "模拟与演习",
                "SimEx 工作组",
                "24 名参与者",
                ("将培训与区域演习相结合", "共享情景库"),
            ),
        ),
    ),
}


def six_languages(language: str) -> EventSummary:
    """A test event with one session in each UN language; headings in `language`."""
    order = [language] + [code for code in SESSIONS if code != language]
    return EventSummary(
        id=f"six-{language}",
        title="UN-CMCoord Regional Workshop 2017",
        series="Test event",
        host="OCHA Civil-Military Coordination Section",
        city="Geneva",
        country="Switzerland",
        start_date=dt.date(2017, 2, 7),
        end_date=dt.date(2017, 2, 10),
        participants=180,
        language=language,
        sessions=tuple(SESSIONS[code] for code in order),
    )


def render(pdf: Path, docs: Path, name: str, pages: int) -> None:
    subprocess.run(
        ["pdftoppm", "-r", "80", "-png", "-f", "1", "-l", str(pages), str(pdf), str(docs / name)],
        check=True,
    )


def main(docs: Path) -> None:
    with tempfile.TemporaryDirectory() as folder:
        work = Path(folder)
        with Store(work / "data") as store:
            load_demo_workshop(store)
            event = find_event(store, "Humanitarian Network and Partnership Week (HNPW) 2017")
            demo = gather_event_summary(store, event.id)
        render(export_event_summary(demo, work / "demo.pdf"), docs, "pdf-demo-page", 3)
        # The demo's three events on one summary, as the reference page lists them.
        events = export_event_summary(demo_events_summary(), work / "events.pdf")
        render(events, docs, "pdf-events-page", 2)
        for language, name in (("en", "six-languages"), ("ar", "arabic"), ("zh", "chinese")):
            pdf = export_event_summary(six_languages(language), work / f"{language}.pdf")
            render(pdf, docs, f"pdf-{name}-page", 2 if language == "en" else 1)


if __name__ == "__main__":
    main(Path(sys.argv[1] if len(sys.argv) > 1 else "docs"))
