"""The Qt window: the only layer that imports PySide6."""
