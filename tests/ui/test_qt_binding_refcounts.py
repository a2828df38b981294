"""PySide6 6.12.0 on Python 3.11 drops a reference to None each time Qt hands Python an empty
value (an index's data for a role not given, a combo box item without data, a style option
without a widget): every paint of a view does that, and the program aborts ("deallocating
None") after some tens of thousands of them. 6.11 does not; Python 3.12 makes None immortal."""

from __future__ import annotations

import sys

from PySide6.QtCore import QStringListModel, Qt
from PySide6.QtWidgets import QComboBox


def test_empty_values_from_qt_keep_pythons_none_alive(qapp) -> None:  # noqa: ANN001
    model = QStringListModel(["Key outcomes"])
    index = model.index(0)
    combo = QComboBox()
    combo.addItem("Any owner")  # no data: currentData() is None
    before = sys.getrefcount(None)
    for _ in range(20):
        assert index.data(Qt.ItemDataRole.ToolTipRole) is None
        assert combo.currentData() is None
    lost = before - sys.getrefcount(None)
    assert lost < 10, f"{lost} references to None lost in 40 calls: use PySide6 != 6.12.0"
