"""The web page, Markdown and plain text give the totals the PDF gives: sessions and the event's
own participants, as the language writes numbers, never the sessions' delegates added up."""

from __future__ import annotations

from dataclasses import replace

from cmcoord_desktop.export.html_summary import summary_html
from cmcoord_desktop.export.markdown_summary import summary_markdown
from cmcoord_desktop.export.plain_text_summary import summary_plain_text
from tests.export.summaries import demo_summary


def test_no_summed_delegates_and_numbers_as_the_language_writes_them() -> None:
    demo = demo_summary()
    summed = sum(s.delegates or 0 for s in demo.sessions)
    assert summed == 294  # the demo's sessions: 92 + 100 + 102 delegates
    for language, participants in (("en", "14,900"), ("fr", "14\u00a0900")):
        summary = replace(demo, participants=14900, language=language)
        for text in (
            summary_html(summary),
            summary_markdown(summary),
            summary_plain_text(summary),
        ):
            assert "294" not in text
            assert participants in text and "14900" not in text
