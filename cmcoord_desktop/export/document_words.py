"""The few words the web page, Word document and e-mail print beyond the PDF's headings.

Kept apart from `headings.py` (shared with the PDF) so each format's extra words stay with the
formats that use them. Whole phrases only: no sentence is glued from translated pieces.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class DocumentWords:
    enlarge: str  # the link that opens a slide full size
    close: str  # the link that closes it again
    not_shown: str  # "{name}" cannot be shown
    attached: str  # the e-mail's line about the attached PDF
    removed: str  # "{caption}" of a slide whose image was removed from every laptop


_WORDS = {
    "en": DocumentWords(
        "Open the slide full size",
        "Close",
        "This image cannot be shown ({name}).",
        "The summary is attached as a PDF.",
        "{caption} (slide removed)",
    ),
    "fr": DocumentWords(
        "Ouvrir la diapositive en grand",
        "Fermer",
        "Cette image ne peut pas être affichée ({name}).",
        "Le résumé est joint en PDF.",
        "{caption} (diapositive supprimée)",
    ),
    "es": DocumentWords(
        "Abrir la diapositiva a tamaño completo",
        "Cerrar",
        "Esta imagen no se puede mostrar ({name}).",
        "El resumen va adjunto en PDF.",
        "{caption} (diapositiva eliminada)",
    ),
    "ru": DocumentWords(
        "Открыть слайд в полном размере",
        "Закрыть",
        "Это изображение не может быть показано ({name}).",
        "Резюме приложено в формате PDF.",
        "{caption} (слайд удалён)",
    ),
    "ar": DocumentWords(
        "فتح الشريحة بالحجم الكامل",
        "إغلاق",
        "لا يمكن عرض هذه الصورة ({name}).",
        "الملخص مرفق بصيغة PDF.",
        "{caption} (أُزيلت الشريحة)",
    ),
    "zh": DocumentWords(
        "以原尺寸打开幻灯片",
        "关闭",
        "无法显示此图片（{name}）。",
        "摘要已作为 PDF 附件发送。",
        "{caption}（幻灯片已删除）",
    ),
}


def words_for(language: str | None) -> DocumentWords:
    code = (language or "en").strip().lower().replace("_", "-").split("-")[0]
    return _WORDS.get(code, _WORDS["en"])


def slide_label(caption: str, presentation: str) -> str:
    """ "Presentation: caption", or the caption alone when it already says "Presentation"."""
    if not caption:
        return presentation
    if caption.strip().lower() == presentation.lower():
        return caption
    return f"{presentation}: {caption}"
