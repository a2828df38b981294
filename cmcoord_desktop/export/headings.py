"""The words the summary prints around the user's text, in the six UN languages.

An event's `language` picks them; anything else falls back to English.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from babel.numbers import format_decimal

from cmcoord_desktop.core.fields import label
from cmcoord_desktop.core.models import Attachment, Event, Item, ItemKind, MarketplaceGroup, Session
from cmcoord_desktop.core.record_names import KIND_NAMES

NO_BREAK = "\u00a0"


@dataclass(frozen=True)
class Headings:
    summary: str  # the line above the event title
    contents: str
    host: str
    place: str
    online: str
    dates: str
    participants: str
    date: str
    time: str
    format: str
    delegates: str
    panel: str
    key_outcomes: str
    next_steps: str
    owner: str
    due: str
    status: str
    statuses: dict[str, str]
    marketplace: str
    table: str
    table_host: str
    ideas: str
    presentation: str
    notes: str
    event_outcomes: str
    numbers: str
    sessions: str
    outcomes: str
    page: str  # "Page {page} of {pages}"
    months: tuple[str, ...]  # as used in a date: "7 February 2017", "7 février 2017"
    date_pattern: str = "{day} {month} {year}"
    slide_of: str = "Presentation slide of {session}"  # a slide's alternate text, no caption

    language: str = "en"

    def format_date(self, day: dt.date | None) -> str:
        """A date that never breaks across lines ("8 February 2017" stays whole)."""
        if day is None:
            return ""
        month = self.months[day.month - 1]
        text = self.date_pattern.format(day=day.day, month=month, year=day.year, m=day.month)
        return text.replace(" ", NO_BREAK)

    def format_number(self, number: int) -> str:
        """14,900 in English, 14 900 in French, 14.900 in Spanish, as the language writes it."""
        return format_decimal(number, locale=self.language).replace("\u202f", NO_BREAK)

    def format_dates(self, start: dt.date | None, end: dt.date | None) -> str:
        if start and end and start != end:
            return f"{self.format_date(start)} – {self.format_date(end)}"
        return self.format_date(start or end)


# The English names of the records are the window's (core/record_names.py): one word each.
_KEY_OUTCOMES = KIND_NAMES[ItemKind.KEY_OUTCOME]
_NEXT_STEPS = KIND_NAMES[ItemKind.NEXT_STEP]

ENGLISH = Headings(
    summary="Summary of UN-CMCoord events",
    contents="Contents",
    host=label(Event, "host"),
    place="Place",
    online=label(Event, "platform"),
    dates="Dates",
    participants=label(Event, "participants"),
    date=label(Session, "date"),
    time="Time",
    format=label(Session, "format"),
    delegates=label(Session, "delegates"),
    panel=label(Session, "panel"),
    key_outcomes=_KEY_OUTCOMES.heading,
    next_steps=_NEXT_STEPS.heading,
    owner=label(Item, "owner"),
    due=label(Item, "due_date"),
    status=label(Item, "status"),
    statuses={"open": "open", "in progress": "in progress", "done": "done"},
    marketplace=KIND_NAMES[MarketplaceGroup.KIND].heading,
    table="Table",
    table_host="Host",
    ideas=KIND_NAMES[ItemKind.IDEA].heading,
    presentation=KIND_NAMES[Attachment.KIND].alone,
    notes=label(Session, "notes"),
    event_outcomes="Event outcomes",
    numbers="Numbers",
    sessions=KIND_NAMES[Session.KIND].heading,
    outcomes=_KEY_OUTCOMES.heading,
    page="Page {page} of {pages}",
    months=(
        "January",
        "February",
        "March",
        "April",
        "May",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December",
    ),
    language="en",
)

FRENCH = Headings(
    summary="Synthèse des événements UN-CMCoord",
    contents="Sommaire",
    host="Hôte",
    place="Lieu",
    online="Plateforme en ligne",
    dates="Dates",
    participants="Participants",
    date="Date",
    time="Heure",
    format="Format",
    delegates="Délégués",
    panel="Membres du panel",
    key_outcomes="Principaux résultats",
    next_steps="Prochaines étapes",
    owner="Responsable",
    due="Échéance",
    status="État",
    statuses={"open": "ouvert", "in progress": "en cours", "done": "terminé"},
    marketplace="Tables thématiques",
    table="Table",
    table_host="Animateur",
    ideas="Idées",
    presentation="Présentation",
    notes="Notes",
    event_outcomes="Résultats de l’événement",
    numbers="En chiffres",
    sessions="Sessions",
    outcomes="Principaux résultats",
    page="Page {page} sur {pages}",
    months=(
        "janvier",
        "février",
        "mars",
        "avril",
        "mai",
        "juin",
        "juillet",
        "août",
        "septembre",
        "octobre",
        "novembre",
        "décembre",
    ),
    slide_of="Diapositive de la présentation de {session}",
    language="fr",
)

SPANISH = Headings(
    summary="Resumen de los eventos UN-CMCoord",
    contents="Índice",
    host="Anfitrión",
    place="Lugar",
    online="Plataforma en línea",
    dates="Fechas",
    participants="Participantes",
    date="Fecha",
    time="Hora",
    format="Formato",
    delegates="Delegados",
    panel="Panelistas",
    key_outcomes="Resultados principales",
    next_steps="Próximos pasos",
    owner="Responsable",
    due="Plazo",
    status="Estado",
    statuses={"open": "abierto", "in progress": "en curso", "done": "terminado"},
    marketplace="Mesas temáticas",
    table="Mesa",
    table_host="Moderador",
    ideas="Ideas",
    presentation="Presentación",
    notes="Notas",
    event_outcomes="Resultados del evento",
    numbers="En cifras",
    sessions="Sesiones",
    outcomes="Resultados principales",
    page="Página {page} de {pages}",
    months=(
        "enero",
        "febrero",
        "marzo",
        "abril",
        "mayo",
        "junio",
        "julio",
        "agosto",
        "septiembre",
        "octubre",
        "noviembre",
        "diciembre",
    ),
    date_pattern="{day} de {month} de {year}",
    slide_of="Diapositiva de la presentación de {session}",
    language="es",
)

RUSSIAN = Headings(
    summary="Итоги мероприятий UN-CMCoord",
    contents="Содержание",
    host="Организатор",
    place="Место",
    online="Онлайн-платформа",
    dates="Даты",
    participants="Участники",
    date="Дата",
    time="Время",
    format="Формат",
    delegates="Делегаты",
    panel="Участники панели",
    key_outcomes="Основные итоги",
    next_steps="Дальнейшие шаги",
    owner="Ответственный",
    due="Срок",
    status="Статус",
    statuses={"open": "открыт", "in progress": "выполняется", "done": "выполнен"},
    marketplace="Тематические столы",
    table="Стол",
    table_host="Ведущий",
    ideas="Идеи",
    presentation="Презентация",
    notes="Заметки",
    event_outcomes="Итоги мероприятия",
    numbers="В цифрах",
    sessions="Сессии",
    outcomes="Основные итоги",
    page="Страница {page} из {pages}",
    months=(
        "января",
        "февраля",
        "марта",
        "апреля",
        "мая",
        "июня",
        "июля",
        "августа",
        "сентября",
        "октября",
        "ноября",
        "декабря",
    ),
    slide_of="Слайд презентации: {session}",
    language="ru",
)

ARABIC = Headings(
    summary="ملخص فعاليات التنسيق المدني العسكري للأمم المتحدة",
    contents="المحتويات",
    host="الجهة المضيفة",
    place="المكان",
    online="المنصة الإلكترونية",
    dates="التواريخ",
    participants="المشاركون",
    date="التاريخ",
    time="الوقت",
    format="الشكل",
    delegates="المندوبون",
    panel="أعضاء الفريق",
    key_outcomes="النتائج الرئيسية",
    next_steps="الخطوات التالية",
    owner="المسؤول",
    due="الموعد",
    status="الحالة",
    statuses={"open": "مفتوحة", "in progress": "قيد التنفيذ", "done": "منجزة"},
    marketplace="طاولات النقاش",
    table="الطاولة",
    table_host="الميسّر",
    ideas="الأفكار",
    presentation="العرض التقديمي",
    notes="ملاحظات",
    event_outcomes="نتائج الفعالية",
    numbers="بالأرقام",
    sessions="الجلسات",
    outcomes="النتائج الرئيسية",
    page="الصفحة {page} من {pages}",
    months=(
        "يناير",
        "فبراير",
        "مارس",
        "أبريل",
        "مايو",
        "يونيو",
        "يوليو",
        "أغسطس",
        "سبتمبر",
        "أكتوبر",
        "نوفمبر",
        "ديسمبر",
    ),
    slide_of="شريحة عرض تقديمي لجلسة {session}",
    language="ar",
)

CHINESE = Headings(
    summary="联合国人道主义军民协调活动摘要",
    contents="目录",
    host="主办方",
    place="地点",
    online="在线平台",
    dates="日期",
    participants="参与者",
    date="日期",
    time="时间",
    format="形式",
    delegates="代表人数",
    panel="小组成员",
    key_outcomes="主要成果",
    next_steps="后续步骤",
    owner="负责人",
    due="截止日期",
    status="状态",
    statuses={"open": "待办", "in progress": "进行中", "done": "已完成"},
    marketplace="专题桌",
    table="专题桌",
    table_host="主持人",
    ideas="想法",
    presentation="演示文稿",
    notes="备注",
    event_outcomes="活动成果",
    numbers="数据一览",
    sessions="会议",
    outcomes="主要成果",
    page="第 {page} 页，共 {pages} 页",
    months=("1月", "2月", "3月", "4月", "5月", "6月", "7月", "8月", "9月", "10月", "11月", "12月"),
    date_pattern="{year}年{m}月{day}日",
    slide_of="{session}的演示文稿幻灯片",
    language="zh",
)

BY_LANGUAGE = {
    "en": ENGLISH,
    "fr": FRENCH,
    "es": SPANISH,
    "ru": RUSSIAN,
    "ar": ARABIC,
    "zh": CHINESE,
}


def headings_for(language: str | None) -> Headings:
    """The headings for an event's language code ("fr", "fr-CH", "ZH"); English otherwise."""
    code = (language or "en").strip().lower().replace("_", "-").split("-")[0]
    return BY_LANGUAGE.get(code, ENGLISH)
