"""Hostile input is stored as given and shown literally: names holding HTML or Qt rich text,
right-to-left overrides and NUL bytes, a 10 MB note; every view that shows them is checked for
the text it displays and for the format it displays it in, not just for surviving."""

from __future__ import annotations

from datetime import date, datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QTextDocument
from PySide6.QtWidgets import QApplication, QLabel, QLineEdit, QStyledItemDelegate, QWidget
from pytestqt.qtbot import QtBot

from netdesk.core.contacts import create_contact, load_contact
from netdesk.core.dates import Week
from netdesk.core.meetings import MeetingData, save_meeting
from netdesk.core.week_plan import build_week_plan
from netdesk.models import Lead, Status
from netdesk.models.records import ContactData, Email, ReferralInfo
from netdesk.ui.contacts.model import Column, ContactDelegate
from netdesk.ui.shell.main_window import MainWindow
from netdesk.ui.widgets import ErrorLabel, plain_tooltip

RLO = "\u202e"
HOSTILE = [
    "<b>Bold</b> Ben",
    "<img src=x onerror=alert(1)> Ivy",
    "<a href='https://evil.example'>Link</a> Lee",
    "<!DOCTYPE html><html><body><h1>Huge Hugo</h1></body></html>",
    "<qt><font color=red>Qt Rich</font></qt>",
    f"Ann {RLO}htimS{RLO} Smith",
    "Nul\x00Byte Nora",
    "&lt;escaped&gt; Ed &amp; co",
]
TODAY = date(2026, 11, 25)
BIG_NOTES = "".join(
    f"Line {n}: <b>not bold</b> {RLO}reversed? & <img src=y> \x00 end\n" for n in range(180_000)
)


def _rendered(html: str) -> str:
    """What a rich-text tooltip shows: the HTML read back to plain text."""
    doc = QTextDocument()
    doc.setHtml(html)
    return doc.toPlainText().replace("\u2029", "\n").replace("\u2028", "\n")


def _seed() -> dict[str, int]:
    ids = {}
    for name in HOSTILE:
        ids[name] = create_contact(
            ContactData(
                display_name=name,
                organization=f"{name} Inc",
                emails=[Email("x@example.org")],
                lead=Lead.WARM,
                status=Status.CONTACTED,
                next_follow_up=TODAY,
            )
        )
    return ids


def test_stored_exactly_as_given(db: Path) -> None:
    assert len(BIG_NOTES) > 10_000_000
    ids = _seed()
    big = create_contact(ContactData(display_name=HOSTILE[0], notes=BIG_NOTES))
    for name, contact_id in ids.items():
        loaded = load_contact(contact_id)
        assert loaded.display_name == name
        assert loaded.organization == f"{name} Inc"
    assert load_contact(big).notes == BIG_NOTES


def test_table_shows_names_literally(qtbot: QtBot, main_window: MainWindow) -> None:
    _seed()
    main_window.refresh()
    model = main_window.model
    qtbot.waitUntil(lambda: model.is_complete and model.rowCount() == len(HOSTILE), timeout=5000)
    shown = {model.index(r, Column.NAME).data() for r in range(model.rowCount())}
    assert shown == set(HOSTILE)
    orgs = {model.index(r, Column.ORGANIZATION).data() for r in range(model.rowCount())}
    assert orgs == {f"{n} Inc" for n in HOSTILE}
    # the view paints DisplayRole as text (no HTML delegate), and no tooltip carries a name:
    # Qt's own QStyledItemDelegate painting, or ContactDelegate, which only fills its style
    # option faster (its pixels are Qt's: tests/ui/contacts/test_model.py compares them)
    delegate = main_window.table.itemDelegate()
    assert type(delegate) in (QStyledItemDelegate, ContactDelegate)
    assert type(delegate).paint is QStyledItemDelegate.paint
    for row in range(model.rowCount()):
        for column in Column:
            tip = model.index(row, column).data(Qt.ItemDataRole.ToolTipRole)
            assert tip is None or not any(n in tip for n in HOSTILE)
    # searching for one of them finds exactly it
    main_window.search.setText("Ivy")
    qtbot.waitUntil(lambda: model.is_complete and model.rowCount() == 1, timeout=5000)
    assert model.index(0, Column.NAME).data() == HOSTILE[1]


def _labels_showing(widget: QWidget, text: str) -> list[QLabel]:
    return [label for label in widget.findChildren(QLabel) if text in label.text()]


def test_editor_shows_and_saves_them_unchanged(qtbot: QtBot, main_window: MainWindow) -> None:
    referrer = create_contact(ContactData(display_name=HOSTILE[1]))
    contact_id = create_contact(
        ContactData(
            display_name=HOSTILE[3],
            notes=BIG_NOTES,
            tags=["<b>tag</b>"],
            referral=ReferralInfo(referrer, reason="<i>because</i>"),
        )
    )
    main_window.refresh()
    editor = main_window.open_editor(contact_id)
    assert editor is not None
    assert editor.display_name.text() == HOSTILE[3]
    assert editor.notes.toPlainText() == BIG_NOTES
    assert editor.windowTitle() == f"Edit {HOSTILE[3]}"
    assert editor.referral_reason.text() == "<i>because</i>"
    referrer_texts = [e.text() for e in editor.findChildren(QLineEdit)]
    assert HOSTILE[1] in referrer_texts
    assert _rendered(editor.tags.toolTip()) == "Tags in use: <b>tag</b>"
    for label in editor.findChildren(QLabel):
        if "<" in label.text():
            assert label.textFormat() == Qt.TextFormat.PlainText, label.text()
    # saving unchanged keeps every byte
    with qtbot.waitSignal(editor.finished, timeout=10_000):
        editor.buttons.button(editor.buttons.StandardButton.Save).click()
    saved = load_contact(contact_id)
    assert saved.display_name == HOSTILE[3] and saved.notes == BIG_NOTES


def test_an_error_quoting_markup_is_plain_text(qtbot: QtBot, main_window: MainWindow) -> None:
    editor = main_window.open_editor(None)
    assert editor is not None
    editor.display_name.setText("Someone")
    editor.emails.add_row("<b>nope</b>", "")
    editor.buttons.button(editor.buttons.StandardButton.Save).click()
    quoted = [label for label in editor.findChildren(QLabel) if "<b>nope</b>" in label.text()]
    assert quoted and all(q.textFormat() == Qt.TextFormat.PlainText for q in quoted)
    label = ErrorLabel()
    qtbot.addWidget(label)
    label.show_message("“<b>x</b>” is wrong")
    assert label.textFormat() == Qt.TextFormat.PlainText
    editor.reject()


def test_timeline_and_meeting_views(qtbot: QtBot, main_window: MainWindow) -> None:
    from netdesk.ui.meetings.form import MeetingForm
    from netdesk.ui.meetings.timeline import TimelineWidget

    name = HOSTILE[4]
    contact_id = create_contact(ContactData(display_name=name))
    meeting_id = save_meeting(
        MeetingData(
            contact_id=contact_id,
            starts_at=datetime(2026, 11, 24, 10),
            purpose="<b>Learn</b> about <img src=z>",
            agenda="1. <i>ask</i>\n2. <u>names</u>",
        ),
        now=datetime(2026, 11, 25, 12),
    ).meeting_id
    widget = TimelineWidget(now=lambda: datetime(2026, 11, 25, 17))
    qtbot.addWidget(widget)
    widget.set_contact(contact_id)
    assert widget.title.text() == f"History with {name}"
    assert widget.title.textFormat() == Qt.TextFormat.PlainText
    widget.summary.setText("<b>Called</b> " + RLO + " about <img src=q>")
    widget.call_button.click()
    qtbot.waitUntil(lambda: not widget.writer.busy)
    model = widget.model
    summaries = [model.index(r, 2).data() for r in range(model.rowCount())]
    assert "<b>Called</b> " + RLO + " about <img src=q>" in summaries
    assert "<b>Learn</b> about <img src=z>" in summaries
    tips = [_rendered(model.index(r, 2).data(Qt.ItemDataRole.ToolTipRole)) for r in range(2)]
    assert "<b>Called</b> " + RLO + " about <img src=q>" in tips

    form = MeetingForm(contact_id, meeting_id, settings=QSettings(), now=lambda: datetime.now())
    qtbot.addWidget(form)
    assert form.windowTitle() == f"Meeting with {name}"
    assert form.purpose.text() == "<b>Learn</b> about <img src=z>"
    assert form.agenda.toPlainText() == "1. <i>ask</i>\n2. <u>names</u>"
    for label in form.findChildren(QLabel):
        assert name not in label.text() or label.textFormat() == Qt.TextFormat.PlainText


def test_week_view_shows_names_literally(qtbot: QtBot, db: Path) -> None:
    from netdesk.ui.week.view import Section, WeekView

    _seed()
    view = WeekView(today=lambda: TODAY)
    qtbot.addWidget(view)
    qtbot.waitUntil(lambda: not view.is_loading())
    rows = view.section_texts(Section.FOLLOW_UPS)
    assert sorted(rows) == sorted(f"{n} ({n} Inc)" for n in HOSTILE)
    for name in HOSTILE:
        item = view.section_item(Section.FOLLOW_UPS, f"{name} ({name} Inc)")
        assert _rendered(item.toolTip(0)).startswith("x@example.org")
    # a meeting whose purpose and agenda hold markup: the tooltip shows them as typed
    contact_id = create_contact(ContactData(display_name=HOSTILE[0]))
    save_meeting(
        MeetingData(
            contact_id=contact_id,
            starts_at=datetime.combine(TODAY + timedelta(days=1), datetime.min.time()).replace(
                hour=9
            ),
            purpose="<b>purpose</b>",
            agenda="<img src=a>\n<h1>agenda</h1>",
        ),
        now=datetime(2026, 11, 25, 8),
    )
    view.refresh()
    qtbot.waitUntil(lambda: not view.is_loading())
    item = view.section_item(Section.MEETINGS, HOSTILE[0])
    assert "<b>purpose</b>" in item.text(2)
    assert _rendered(item.toolTip(0)).splitlines()[-2:] == ["<img src=a>", "<h1>agenda</h1>"]


def test_weekly_sheet_prints_names_literally(qapp: QApplication, db: Path) -> None:
    from netdesk.ui.sheet.layout import layout_sheet

    _seed()
    sheet = layout_sheet(build_week_plan(Week.containing(TODAY), TODAY))
    text = " ".join(sheet.text().split())
    for name in HOSTILE:
        printable = " ".join(name.replace("\x00", " ").split())  # NUL prints as a space
        assert printable in text, name


def test_plain_tooltip_cuts_a_10_mb_text() -> None:
    tip = plain_tooltip(BIG_NOTES)
    assert len(tip) < 10_000
    assert _rendered(tip).startswith("Line 0: <b>not bold</b> " + RLO)
    assert _rendered(tip).endswith("…")


@pytest.mark.parametrize("name", HOSTILE)
def test_cli_list_prints_names_without_control_characters(
    db: Path, name: str, capsys: pytest.CaptureFixture[str]
) -> None:
    from netdesk.cli import run_cli

    create_contact(ContactData(display_name=name))
    assert run_cli(["--db", str(db), "list"]) == 0
    out = capsys.readouterr().out
    assert "\x00" not in out and RLO not in out
    assert name.replace("\x00", "\ufffd").replace(RLO, "\ufffd") in out


# Hostile files -----------------------------------------------------------------------------------


def _vcard(name: str, *, note: str = "", n: int = 0) -> str:
    lines = ["BEGIN:VCARD", "VERSION:4.0", f"FN:{name}", f"EMAIL:person{n}@example.org"]
    if note:
        lines.append(f"NOTE:{note}")
    return "\r\n".join([*lines, "END:VCARD"]) + "\r\n"


def test_import_keeps_markup_and_a_10_mb_note_exactly(db: Path, tmp_path: Path) -> None:
    from netdesk.core.formats.cards import MAX_FIELD_BYTES
    from netdesk.core.importing import import_files
    from netdesk.models import Contact

    note = ("word <b>bold</b> <img src=x> " * 360_000).strip()
    assert 10_000_000 < len(note) <= MAX_FIELD_BYTES - len("NOTE:")  # larger ones are refused
    names = [n for n in HOSTILE if "\x00" not in n]
    cards = tmp_path / "hostile.vcf"
    cards.write_text(
        "".join(_vcard(name, n=i) for i, name in enumerate(names))
        + _vcard("Nora Notes", note=note, n=99),
        "utf-8",
    )
    summary = import_files([cards])
    assert summary.imported == len(names) + 1
    stored = {c.display_name for c in Contact.select(Contact.display_name)}
    assert stored == {*names, "Nora Notes"}
    big = Contact.get(Contact.display_name == "Nora Notes")
    assert big.notes == note


@pytest.mark.slow
def test_a_100000_card_file_imports_whole(db: Path, tmp_path: Path) -> None:
    from netdesk.core.importing import import_files
    from netdesk.models import Contact, ContactEmail

    cards = tmp_path / "many.vcf"
    with cards.open("w", encoding="utf-8", newline="") as f:
        for i in range(100_000):
            f.write(_vcard(f"Person {i:06d} <b>{i}</b>", n=i))
    summary = import_files([cards])
    assert summary.imported == 100_000 and not summary.skipped
    assert Contact.select().count() == 100_000
    assert ContactEmail.select().count() == 100_000
    last = Contact.select().order_by(Contact.id.desc()).get()
    assert last.display_name == "Person 099999 <b>99999</b>"


def test_a_1_gb_file_is_refused_before_it_is_read(
    db: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    from netdesk.cli import run_cli
    from netdesk.core.importing import ImportFileError, import_files
    from netdesk.models import Contact

    huge = tmp_path / "huge.vcf"
    with huge.open("wb") as f:
        f.write(_vcard("First Card").encode())
        f.truncate(1 << 30)  # sparse: 1 GB long, next to nothing on disk
    assert huge.stat().st_size == 1 << 30
    opened: list[Path] = []
    real_read_bytes = Path.read_bytes
    real_open = Path.open

    def read_bytes(self: Path) -> bytes:
        opened.append(self)
        return real_read_bytes(self)

    def open_(self: Path, *args: object, **kwargs: object) -> object:
        opened.append(self)
        return real_open(self, *args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(Path, "read_bytes", read_bytes)
    monkeypatch.setattr(Path, "open", open_)
    with pytest.raises(ImportFileError, match=r"1,024 MB.*up to 256 MB"):
        import_files([huge])
    assert huge not in opened
    assert run_cli(["--db", str(db), "import", str(huge)]) == 2
    err = capsys.readouterr().err
    assert "huge.vcf is 1,024 MB" in err and "Traceback" not in err
    assert huge not in opened
    assert Contact.select().count() == 0


def test_referral_tree_shows_names_literally(qtbot: QtBot, main_window: MainWindow) -> None:
    from netdesk.core.contacts import set_referrer
    from netdesk.ui.tree.panel import Column as TreeColumn

    ids = _seed()
    root = ids[HOSTILE[0]]
    for name in HOSTILE[1:]:
        set_referrer(ids[name], root)
    main_window.refresh()
    main_window.navigation.show_page("tree")
    panel = main_window.referral_tree.panel
    panel.refresh()
    model = panel.model
    top = model.index_of(root)
    assert top.data() == HOSTILE[0]
    model.fetchMore(top)
    shown = {model.index(r, TreeColumn.NAME, top).data() for r in range(model.rowCount(top))}
    assert shown == set(HOSTILE[1:])
    for r in range(model.rowCount(top)):
        index = model.index(r, TreeColumn.NAME, top)
        tip = index.data(Qt.ItemDataRole.ToolTipRole)
        assert _rendered(tip) == f"{index.data()}: Contacted"  # escaped, so shown as typed
    # the path to me and the opening line are plain-text labels quoting the names as typed
    deepest = ids[HOSTILE[-1]]
    main_window.select_contact(deepest)
    qtbot.waitUntil(lambda: HOSTILE[0] in panel.path_label.text(), timeout=5000)
    assert panel.path_label.textFormat() == Qt.TextFormat.PlainText
    assert panel.opening_label.textFormat() == Qt.TextFormat.PlainText
    assert HOSTILE[0] in panel.opening_label.text()


def test_a_right_to_left_override_in_a_name_stays_inside_the_name(qtbot: QtBot, db: Path) -> None:
    """An RLO name quoted in a sentence is isolated: the words after it keep their order."""
    from netdesk.core.contacts import set_referrer
    from netdesk.core.referrals import describe_path, opening_line, path_to_me
    from netdesk.core.text import isolate_bidi
    from netdesk.ui.meetings.timeline import TimelineWidget

    rlo_name = HOSTILE[5]
    isolated = "\u2068" + rlo_name + "\u2069"
    assert isolate_bidi(rlo_name) == isolated
    assert isolate_bidi("Sara Smith") == "Sara Smith"  # ordinary names are left alone
    sara = create_contact(ContactData(display_name=rlo_name))
    john = create_contact(ContactData(display_name="John Public"))
    set_referrer(john, sara)
    assert opening_line(john) == f"{isolated} suggested I give you a call."
    assert describe_path(path_to_me(john)).startswith(f"You know {isolated} -> ")
    widget = TimelineWidget(now=lambda: datetime(2026, 11, 25, 17))
    qtbot.addWidget(widget)
    widget.set_contact(sara)
    assert widget.title.text() == f"History with {isolated}"
    assert load_contact(sara).display_name == rlo_name  # stored exactly as given
