"""CMCoord Desktop: capture workshop outcomes live, export PDF summaries, sync through a shared file."""

from importlib.metadata import PackageNotFoundError, version

try:
    __version__ = version("cmcoord-desktop")
except PackageNotFoundError:  # running from a source tree or a frozen bundle without metadata
    __version__ = "0.1.0"
