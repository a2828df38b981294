"""Allows `python -m cmcoord_desktop`."""

from cmcoord_desktop.cli import main

raise SystemExit(main())
