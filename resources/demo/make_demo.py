"""Builds the demo workshop file from the published HNPW 2017 summary of UN-CMCoord events.

The facts below are copied by hand from the real summary page (see the shared reference text);
they go through the program's own repository, so the file is exactly what an export writes.
Run from the repository root:  python resources/demo/make_demo.py
"""

from __future__ import annotations

import datetime as dt
import os
import tempfile
from pathlib import Path

from cmcoord_desktop.core import repository as repo
from cmcoord_desktop.core.atomic_write import write_atomically
from cmcoord_desktop.core.models import ItemKind
from cmcoord_desktop.core.store import Store
from cmcoord_desktop.sync import shared_file

D = dt.date

LEADING_EDGE = {
    "title": "Leading Edge Programme",
    "series": "Leading Edge Programme",
    "event_kind": "Training programme",
    "host": "OCHA Civil-Military Coordination Section (CMCS)",
    "city": "Geneva",
    "country": "Switzerland",
    "platform": "Virtual OSOCC",
    "start_date": D(2023, 4, 17),
    "end_date": D(2023, 4, 28),
}

PRAGUE = {
    "title": "Revision of the UN-CMCoord Field Handbook",
    "series": "UN-CMCoord Field Handbook",
    "event_kind": "Workshop",
    "host": "General Directorate of the Czech Republic Fire Rescue Service",
    "city": "Prague",
    "country": "Czech Republic",
    "start_date": D(2017, 11, 4),
    "end_date": D(2017, 11, 5),
    "participants": 12,
    "description": (
        "The General Directorate of the Czech Republic Fire Rescue Service hosted a Workshop on "
        "4 and 5 November 2017 in Prague as a first step in the revision of the UN-CMCoord Field "
        "Handbook. 12 UN-CMCoord constituents joined the CMCS-facilitated workshop to formulate "
        "recommendations and share good practice on current UN-CMCoord challenges, adjust to "
        "contextual changes and anticipate forthcoming developments. Initial results will be "
        "shared with the multi-stakeholder UN-CMCoord Consultative Group during the HNPW in "
        "February 2018."
    ),
}

HNPW = {
    "title": "Humanitarian Network and Partnership Week (HNPW) 2017",
    "series": "Humanitarian Networks and Partnerships Week",
    "event_kind": "Networks and partnerships week",
    "host": "OCHA Civil-Military Coordination Section (CMCS)",
    "city": "Geneva",
    "country": "Switzerland",
    "start_date": D(2017, 2, 6),
    "end_date": D(2017, 2, 10),
    "description": (
        "Summary of UN-CMCoord Events. "
        "Thank you all for your active participation and valuable contributions!"
    ),
}

# The published page groups the week's own sessions under this heading.
THEMATIC = "UN-CMCoord Thematic Sessions at HNPW"

HNPW_SESSIONS = [
    {
        "fields": {
            "title": "Annual Meeting of the Consultative Group on Humanitarian Civil-Military "
            "Coordination",
            "format": "Plenary",
        },
        "outcomes": [
            "Member States presented and expressed their commitment to the implementation of "
            "CMCoord related commitments made at WHS. Remarkable work done by the Regional CMCoord "
            "Consultative Group (RCG) in Asia and Pacific.",
            "Overall agreement that the Humanitarian Civil-Military Coordination Standards "
            "development process adds value to efficient civil-military coordination and use of "
            "miliary assets in humanitarian emergency operations",
            "UN-CMCoord confirmed as enabler of humanitarian action at the national and "
            "sub-national level, on real-life example from experts from Asia and Pacific, Americas "
            "and African regions.",
        ],
        "next_steps": [
            "The 2018 Annual Meeting of the UN-CMCoord Consultative Group will look at "
            "implementation of CMCoord-related commitments made at WHS, by those who presented and "
            "other CG members. The Asia Pacific Regional CMCoord Consultative Group to serve as "
            "model for other regions, e.g. in addressing regional aspects and application of "
            "global Standards.",
            "Inclusive and multi-stakeholder engaging six-month \u2018consolidation process\u2019 "
            "of the Humanitarian Civil-Military Coordination Standards; stock-taking at "
            "\u2018Standards Conference\u2019 hosted by Norway on 29 Sep. in Oslo; "
            "\u2018endorsement\u2019 of Standards at 2018 CG Annual Meeting.",
            "At the national and sub-national levels, look at and enhanced leadership, training, "
            "dialogue, multi-dimensional support.",
        ],
    },
    {
        "fields": {
            "title": "From Policy to Practice: Operationalizing Key Concepts and Principles",
            "date": D(2017, 2, 7),
            "format": "Thematic session",
            "track": THEMATIC,
        },
        "outcomes": [
            "Identified the need to be more systematic and inclusive with CMCoord policy "
            "development, i.e. how policy influences practice, and how practice/lessons learned "
            "are used to inform policy.",
            "Identified a number of challenges to the effective implementation/understanding of "
            "policy: dissemination/advocacy; interpretation and disparities between guidelines, "
            "doctrine, standard operating procedures; functional training to practitioners; and "
            "influencing key decision makers.",
            "Identified gaps in current CMCoord policy for complex emergencies on specific areas "
            "such as military security responsibilities / security sector reform.",
        ],
        "next_steps": [
            "Investigate and consider the establishment of a framework for establishing a CMCoord "
            "policy development cycle.",
            "Continue developing the Standards on Humanitarian Civil-Military Coordination, to "
            "consider the challenges to CMCoord policy implementation, and security sector "
            "disparities.",
        ],
        "presentation": True,
    },
    {
        "fields": {
            "title": "Data Revolution: Humanitarians and Militaries alike have a lot to share",
            "date": D(2017, 2, 7),
            "format": "Thematic session",
            "track": THEMATIC,
            "delegates": 92,
        },
        "outcomes": [
            "Ninety-two delegates participated in a lively discussion. The available data to "
            "strengthen information sharing between humanitarians and militaries seems to be "
            "unlimited. A steadily increasing number of information services and virtual platforms "
            "provides the communities with general and contextual analysis of a given humanitarian "
            "crisis. Despite this positive development, the communities face difficulties in "
            "finding the most reliable, credible, unbiased and acceptable information. Both "
            "communities invested a lot in establishing a common operational picture during the "
            "first hours and days of an emergency utilizing the most advanced information "
            "technologies.",
            "The discussion highlighted that many actors still don\u2019t know where to gather "
            "processed and analyzed information to make informed decisions in support of "
            "humanitarian action. Humanitarian data and information is often seen as being used "
            "for military purposes. Many actors invest in protecting personally and community "
            "identifiable information. The absence of information sharing is often related to the "
            "lack of trust and confidence in each other\u2019s ability to protect data for its "
            "intended use.",
            "As one measure to progress collectively, OCHA\u2019s Civil-Military Coordination "
            "Section is working on a proposal stemming from the World Humanitarian Summit "
            "consultation to establish a humanitarian-military gateway. The one-stop-shop for "
            "navigating the many information services should lead to faster and better "
            "situational and contextual awareness of militaries and humanitarians. It is felt that "
            "participating delegates expressed support for the initiative.",
        ],
        "next_steps": [
            "CMCS bilateral discussions with organization with the technical capacity to support "
            "the design of the Gateway",
            "Militaries and humanitarians looking into consolidated information services, e.g. "
            "Humanitarian Response and Reliefweb",
            "Status update during global and regional civil-military coordination forums",
        ],
        "presentation": True,
    },
    {
        "fields": {
            "title": "Dangerous Work: Interdependencies between CMCoord, Access, Security and "
            "Protection",
            "date": D(2017, 2, 8),
            "format": "Panel discussion and group work",
            "track": THEMATIC,
            "delegates": 100,
        },
        "outcomes": [
            "One hundred delegates participated in the thematic session on Dangerous Work, "
            "including a panel discussion providing the humanitarian and military perspective on "
            "the subject and group work.",
            "The discussion fostered a shared understanding of challenges humanitarians and "
            "military face in the current context.",
            "The discussion highlighted the need for accountability and transparency on both "
            "military and humanitarian sides in their actions, the inclusion of politicians in the "
            "dialogue as well as continued efforts in training and awareness raising and "
            "engagement in dialogue and fora such as the Leading Edge Programme.",
        ],
        "next_steps": [
            "We need to continue training together, both military and humanitarians.",
            "The dialogue on the interlinkages between CMCoord, Access, Security and Protection "
            "must continue.",
            "Active engagement in events such as the LEP and HNPW to exchange offers an excellent "
            "opportunity to progress.",
        ],
    },
    {
        "fields": {
            "title": "Learning together, Responding together: How can we ensure field "
            "effectiveness through training and learning in the Information Age?",
            "date": D(2017, 2, 8),
            "format": "Marketplace",
            "track": THEMATIC,
            "delegates": 102,
        },
        "outcomes": [
            "One hundred and two delegates participated in a marketplace-type session and "
            "generated and exchanged ideas on the following topics: simulations and exercises; "
            "participatory approaches and collaborative learning; micro-learning; partnership "
            "opportunities with the private sector in learning and training; and, computer-based "
            "learning.",
            "The discussion highlighted the need to use the different training approaches in a "
            "complementing way to ensure greater impact of learning.",
            "The session allowed to uncover opportunities for greater interlinkages between "
            "emergency responders networks in learning and training",
        ],
        "next_steps": [
            "The Preparedness and Response Effectiveness Programme (PREP) should become the "
            "flagship face-to-face training programme for the Leading Edge Programme Network",
            "Follow up discussion on Simulations and Exercises are necessary also linking with "
            "the work of the SimEx TFT",
            "The Leading Edge Programme offers a great platform to discuss good practices in "
            "learning and training to increase field effectiveness",
        ],
        "marketplace": [
            "Simulations and exercises",
            "Participatory approaches and collaborative learning",
            "Micro-learning",
            "Partnership opportunities with the private sector in learning and training",
            "Computer-based learning",
        ],
    },
]


def title_slide(title: str) -> bytes:
    """A plain title slide standing in for the session's presentation (the real ones are not
    public); PySide6 draws it so the demo needs nothing beyond the program's own dependencies."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QBuffer, QRect, Qt
    from PySide6.QtGui import QColor, QFont, QGuiApplication, QImage, QPainter

    _app = QGuiApplication.instance() or QGuiApplication([])
    image = QImage(1280, 720, QImage.Format.Format_RGB32)
    image.fill(QColor("#ffffff"))
    painter = QPainter(image)
    painter.fillRect(QRect(0, 0, 1280, 110), QColor("#1f5fa8"))
    painter.setPen(QColor("#ffffff"))
    painter.setFont(QFont("DejaVu Sans", 30, QFont.Weight.Bold))
    painter.drawText(
        QRect(60, 0, 1160, 110), Qt.AlignmentFlag.AlignVCenter, "UN-CMCoord at HNPW 2017"
    )
    painter.setPen(QColor("#1b2a3a"))
    painter.setFont(QFont("DejaVu Sans", 40, QFont.Weight.Bold))
    painter.drawText(QRect(60, 170, 1160, 420), Qt.TextFlag.TextWordWrap, title)
    painter.setFont(QFont("DejaVu Sans", 20))
    painter.setPen(QColor("#5a6b7d"))
    painter.drawText(QRect(60, 620, 1160, 60), 0, "Geneva, February 2017 \u2014 demo slide")
    painter.end()
    buffer = QBuffer()
    buffer.open(QBuffer.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    return bytes(buffer.data())


def build(store: Store) -> None:
    repo.create_event(store, **LEADING_EDGE)
    repo.create_event(store, **PRAGUE)
    hnpw = repo.create_event(store, **HNPW)
    for spec in HNPW_SESSIONS:
        session = repo.create_session(store, hnpw.id, **spec["fields"])
        for text in spec["outcomes"]:
            repo.add_item(store, session.id, ItemKind.KEY_OUTCOME, text)
        for text in spec["next_steps"]:
            repo.add_item(store, session.id, ItemKind.NEXT_STEP, text)
        for topic in spec.get("marketplace", []):
            repo.create_group(store, session.id, topic=topic)
        if spec.get("presentation"):
            repo.add_attachment(
                store,
                session.id,
                title_slide(spec["fields"]["title"]),
                "presentation.png",
                "image/png",
                caption="Presentation",
            )


def main() -> None:
    with tempfile.TemporaryDirectory() as tmp, Store(Path(tmp)) as store:
        build(store)
        data = shared_file.encode(repo.record_states(store), {store.device_id: "Demo workshop"})
    # Beside this script, in the repository: an installed program's copy is never rewritten.
    out = Path(__file__).resolve().with_name("hnpw-2017.json")
    write_atomically(out, data)
    print(f"Wrote {out} ({len(data):,} bytes)")


if __name__ == "__main__":
    main()
