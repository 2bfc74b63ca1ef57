"""Answering a confirmation prompt (``netdesk.ui.widgets.confirm``) the way a user does: by
reading its buttons and clicking the one named for what they want."""

from __future__ import annotations

from dataclasses import dataclass, field

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox


@dataclass
class Prompt:
    """What the prompt showed, once it has been answered."""

    title: str = ""
    text: str = ""
    buttons: list[str] = field(default_factory=list)
    """The answers' button texts, without the ``&`` of their shortcuts."""
    default: str = ""


def plain(text: str) -> str:
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&")


def answer_next_prompt(choose: str, *, key: str = "") -> Prompt:
    """Click the button reading ``choose`` on the next modal message box (or, with ``key``
    "escape" or "return", press that key instead); returns what the box showed."""
    seen = Prompt()

    def look(tries: int = 0) -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            if tries < 500:
                QTimer.singleShot(10, lambda: look(tries + 1))
            return
        seen.title, seen.text = box.windowTitle(), box.text()
        answers = [  # not "Show Details...", which answers nothing
            b for b in box.buttons() if box.buttonRole(b) != QMessageBox.ButtonRole.ActionRole
        ]
        seen.buttons = [plain(b.text()) for b in answers]
        default = box.defaultButton()
        seen.default = plain(default.text()) if default is not None else ""
        if key:
            from PySide6.QtCore import Qt
            from PySide6.QtTest import QTest

            QTest.keyClick(box, Qt.Key.Key_Escape if key == "escape" else Qt.Key.Key_Return)
            return
        for button in box.buttons():
            if plain(button.text()) == choose:
                button.click()
                return
        box.reject()  # no such button: the test fails on what it saw

    QTimer.singleShot(0, look)
    return seen
