"""Where a record sorts among its siblings: position keys that two laptops can pick at once.

Positions are fractional-index strings: a new one always fits between two others, so inserting
or moving an entry never renumbers its neighbours (which would conflict with another laptop's).
"""

from __future__ import annotations

from collections.abc import Sequence

from fractional_indexing import generate_key_between  # type: ignore[import-untyped]


def position_between(before: str | None, after: str | None) -> str:
    """A position that sorts between two others, so two laptops can insert without renumbering."""
    key: str = generate_key_between(before, after)
    return key


def position_after(sorted_positions: Sequence[str], after: str | None) -> str:
    """A position right after `after` among these (at the end when None)."""
    if after is None:
        return position_between(sorted_positions[-1] if sorted_positions else None, None)
    following = [p for p in sorted_positions if p > after]
    return position_between(after, following[0] if following else None)


def positions_for_move(positions: Sequence[str], moved: int, target: int) -> dict[int, str]:
    """New positions (by index into `positions`) that put entry `moved` at index `target`.

    Usually only the moved entry changes. Entries that would no longer sort in the new order
    are placed too: ones with no position yet ("", made before their kind had one) and equal
    positions two laptops happened to pick.
    """
    order = list(range(len(positions)))
    order.insert(target, order.pop(moved))
    changes: dict[int, str] = {}
    previous: str | None = None
    for place, entry in enumerate(order):
        position = positions[entry]
        if entry != moved and position and (previous is None or position > previous):
            previous = position
            continue
        following = (
            positions[later]
            for later in order[place + 1 :]
            if later != moved
            and positions[later]
            and (previous is None or positions[later] > previous)
        )
        previous = changes[entry] = position_between(previous, next(following, None))
    return changes
