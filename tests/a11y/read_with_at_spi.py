"""A child program run by the system's Python (with Debian's python3-pyatspi): reads a program's
accessible tree over AT-SPI, as the Orca screen reader does, and prints it as JSON lines.

    /usr/bin/python3 tests/a11y/read_with_at_spi.py APPLICATION_NAME
"""

import json
import sys
import time

import pyatspi

FOCUSABLE = pyatspi.STATE_FOCUSABLE
SHOWING = pyatspi.STATE_SHOWING


def find_application(name, seconds):
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        desktop = pyatspi.Registry.getDesktop(0)
        for index in range(desktop.childCount):
            application = desktop.getChildAtIndex(index)
            if application is not None and application.name == name:
                return application
        time.sleep(0.2)
    return None


def walk(root, limit=6000):
    stack = [(root, 0)]
    seen = 0
    while stack and seen < limit:
        current, level = stack.pop()
        seen += 1
        try:
            states = current.getState()
            entry = {
                "role": current.getRoleName(),
                "name": current.name or "",
                "description": current.description or "",
                "focusable": states.contains(FOCUSABLE),
                "showing": states.contains(SHOWING),
                "depth": level,
            }
            children = [current.getChildAtIndex(i) for i in range(current.childCount)]
            labels = [
                relation.getTarget(0).name
                for relation in current.getRelationSet()
                if relation.getRelationType() == pyatspi.RELATION_LABELLED_BY
                and relation.getNTargets()
            ]
            entry["labelled_by"] = labels
            yield entry
        except Exception:  # a node that went away while read: Orca skips it too
            continue
        stack.extend((c, level + 1) for c in reversed(children) if c is not None)


def main():
    application = find_application(sys.argv[1], 20)
    if application is None:
        print(json.dumps({"error": f"no application named {sys.argv[1]} on the accessibility bus"}))
        return 1
    for node in walk(application):
        print(json.dumps(node, ensure_ascii=False))
    return 0


if __name__ == "__main__":
    sys.exit(main())
