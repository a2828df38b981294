"""English's plural where no catalogue chose one (the command line in English, the tests).

Plural sources are written as English reads them with both forms marked: "%n conflict(s)",
"%n conflicted (copy|copies)". A catalogue (any language's, English's too) replaces the whole
text with the right form; untranslated, the mark is resolved here for n. Translations never
hold these marks, so resolving them after translate() changes nothing else.
"""

from __future__ import annotations

import re

_CHOICE = re.compile(r"\(([^()|]*)\|([^()|]*)\)")


def counted(text: str, n: int) -> str:
    """`text` (what words.translate gave for n) with any English plural mark resolved for n."""
    if "(" not in text:
        return text
    one = n == 1
    text = text.replace("(s)", "" if one else "s")
    return _CHOICE.sub(lambda m: m.group(1) if one else m.group(2), text)
