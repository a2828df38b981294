"""Key outcomes and next steps (with owner, due date, status) as tagged numbered lists."""

from __future__ import annotations

from reportlab.platypus import Flowable

from cmcoord_desktop.export.pdf_story_text import StoryText
from cmcoord_desktop.export.pdf_styles import (
    LIST_ITEM,
    META,
)
from cmcoord_desktop.export.pdf_tags import (
    StructElement,
    text_language,
)
from cmcoord_desktop.export.summary_data import (
    NextStep,
)
from cmcoord_desktop.export.text_safety import clean_text


class ItemLists(StoryText):
    def _outcomes(self, parent: StructElement, outcomes: tuple[str, ...]) -> list[Flowable]:
        if not outcomes:
            return []
        items = parent.add("L")
        story: list[Flowable] = []
        for n, outcome in enumerate(outcomes, 1):
            item = items.add("LI")
            label = item.add("Lbl")
            body = item.add("LBody", lang=text_language(clean_text(outcome), self.language))
            story += self._tagged(self.maker.texts(outcome, LIST_ITEM, marker=f"{n}."), body, label)
        return story

    def _next_steps(self, parent: StructElement, steps: tuple[NextStep, ...]) -> list[Flowable]:
        if not steps:
            return []
        h = self.h
        items = parent.add("L")
        story: list[Flowable] = []
        for number, step in enumerate(steps, 1):
            meta = self.maker.join(
                [
                    self._label(h.owner, step.owner) if step.owner else "",
                    self._label(h.due, h.format_date(step.due)) if step.due else "",
                    self._label(h.status, h.statuses.get(step.status, step.status))
                    if step.status
                    else "",
                ]
            )
            item = items.add("LI")
            label = item.add("Lbl")
            body = item.add("LBody", lang=text_language(clean_text(step.text), self.language))
            flowables = self.maker.texts(
                step.text,
                LIST_ITEM,
                marker=f"{number}.",
                note=(meta, META) if meta else None,
            )
            story += self._tagged(flowables, body, label)
        return story
