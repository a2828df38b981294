"""Web addresses in user text, found once for every writer: printed whole and clickable.

Only http(s) and www. addresses become links; `javascript:`, `file:` and the like stay text.
"""

from __future__ import annotations

import re
from functools import lru_cache

_URL = re.compile(r"(?:https?://|www\.)[^\s<>\"'\u2066-\u2069\u202a-\u202e]+", re.IGNORECASE)
# Punctuation that ends a sentence rather than the address ("see www.un.org.").
_TRAILING = ".,;:!?…’”»"
_CLOSING = {")": "(", "]": "[", "}": "{"}


def _trimmed(url: str) -> str:
    while url:
        last = url[-1]
        if last in _TRAILING or last in _CLOSING and url.count(last) > url.count(_CLOSING[last]):
            url = url[:-1]
        else:
            break
    return url


@lru_cache(maxsize=4096)
def find_links(text: str) -> tuple[tuple[int, int, str], ...]:
    """(start, end, target) of each web address in the text; the target has its scheme."""
    if "http" not in text.lower() and "www." not in text.lower():
        return ()
    found = []
    for match in _URL.finditer(text):
        url = _trimmed(match.group())
        if len(url) <= len("www.") or url.lower() in ("http://", "https://"):
            continue
        target = url if url.lower().startswith("http") else "https://" + url
        found.append((match.start(), match.start() + len(url), target))
    return tuple(found)


def has_link(text: str) -> bool:
    return bool(find_links(text))
