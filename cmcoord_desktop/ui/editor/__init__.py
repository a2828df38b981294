"""The record editor: the forms a facilitator types into during a session."""

from cmcoord_desktop.ui.editor.record_editor import RecordEditor

__all__ = ["RecordEditor"]
