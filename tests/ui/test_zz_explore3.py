# ruff: noqa
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from tests.ui.test_accessibility import network, window, accessible_name, _reading_order


def walk(qtbot, dialog, n=60):
    qtbot.waitUntil(dialog.isActiveWindow)
    start = QApplication.focusWidget()
    seen = [start]
    for _ in range(n):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        w = QApplication.focusWidget()
        if w is start:
            break
        if w not in seen:
            seen.append(w)
    p = lambda w: w.mapTo(dialog, w.rect().topLeft())
    print(f"\n=== {type(dialog).__name__}")
    for w in seen:
        print(f"   {type(w).__name__:16} {accessible_name(w)[:40]!r:44} {p(w).x():5} {p(w).y():5}")
    print("   order problems:", _reading_order(seen))


def test_explore(qtbot, window, network):
    window.select_contact(network["mike"])
    e = window.open_editor(network["mike"])
    for i in range(e.tabs.count()):
        e.tabs.setCurrentIndex(i)
        walk(qtbot, e, 40)
    e.reject()
    f = window.meetings.log_meeting(network["sara"])
    f.add_referral()
    walk(qtbot, f)
    f.reject()
    qtbot.waitUntil(lambda: not f.isVisible())
    d = window.duplicates.open()
    qtbot.waitUntil(lambda: d._task is None and d.current_group() is not None)
    walk(qtbot, d)
    d.reject()
    p = window.preferences.open()
    walk(qtbot, p)
    p.reject()
