"""The Qt binding itself: a broken PySide6 release must fail here, not crash a user's printout."""

from __future__ import annotations

import sys

import pytest
from PySide6.QtGui import QFont, QTextOption


@pytest.mark.skipif(sys.version_info >= (3, 12), reason="None is immortal from Python 3.12")
def test_methods_returning_nothing_keep_none_alive() -> None:
    """PySide6 6.12.0 returned None without a reference: Python 3.11 aborted ("deallocating
    None") after a few thousand calls, e.g. in the middle of laying out a long weekly sheet."""
    font, option = QFont(), QTextOption()
    before = sys.getrefcount(None)
    for _ in range(2000):
        font.setBold(True)
        option.setWrapMode(QTextOption.WrapMode.WordWrap)
    assert sys.getrefcount(None) - before > -100
