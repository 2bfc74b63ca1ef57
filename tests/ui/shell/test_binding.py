"""The Qt binding itself must not corrupt the interpreter (PySide6 6.12.0 did)."""

from __future__ import annotations

import sys

import pytest
from PySide6.QtCore import QObject


@pytest.mark.skipif(sys.version_info >= (3, 12), reason="None is immortal from Python 3.12")
def test_calling_void_methods_keeps_references_to_none() -> None:
    obj = QObject()
    before = sys.getrefcount(None)
    for _ in range(2000):
        obj.setObjectName("x")
    # Each call of PySide6 6.12.0 lost one reference: after a few thousand, Python aborts.
    assert sys.getrefcount(None) - before > -100
