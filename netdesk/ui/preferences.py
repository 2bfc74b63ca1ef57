"""Edit > Preferences (the application menu's Preferences on macOS; Ctrl+,): how NetDesk looks,
which language it speaks, how much a week's plan holds, and whether reminders show in the
system tray (``ui/reminders``).

Appearance applies as soon as it is picked (and is saved). The language is saved and used from
the next start, which the dialog says; NetDesk's windows are built in one language. Messages
opens the message templates (``ui/compose/templates_page``); Keeping in touch the default
rhythms (``ui/rhythms/rules_page``, written on the window's writer).

A panel like the others: :class:`Preferences` gets the window's ``PanelContext`` and registers
``preferences``, which ``ui/shell/menus`` puts in the Edit menu. The weekly plan's section is
``netdesk.ui.week.capacity``'s (applied at once, kept in the open network's database).
"""

from __future__ import annotations

from PySide6.QtCore import QObject, QSettings, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QButtonGroup,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from netdesk.ui.compose.templates_page import TemplatesDialog
from netdesk.ui.icons import icon
from netdesk.ui.reminders.section import RemindersSection
from netdesk.ui.rhythms.rules_page import RhythmRulesDialog
from netdesk.ui.shell.context import PanelContext
from netdesk.ui.shell.writes import Writer
from netdesk.ui.theme import (
    MARGIN,
    SCHEME_SETTING,
    SPACING,
    Scheme,
    Theme,
    current_theme,
    install_theme,
    secondary,
    section_header,
)
from netdesk.ui.translations import (
    LANGUAGE_SETTING,
    available_languages,
    language_in_effect,
    language_name,
    saved_language,
)
from netdesk.ui.week.capacity import CapacitySection, adopt_saved_capacity


def preferences_shortcuts() -> list[QKeySequence]:
    """Ctrl+, everywhere, and the platform's own Preferences key where it has another one."""
    keys = [QKeySequence("Ctrl+,")]
    for key in QKeySequence.keyBindings(QKeySequence.StandardKey.Preferences):
        if key not in keys:
            keys.append(key)
    return keys


class PreferencesDialog(QDialog):
    """Appearance (System, Light, Dark), Language (the system's or a shipped one), the
    weekly plan's capacity and the reminders (``reminders``: their action, when the window has
    one)."""

    def __init__(
        self,
        settings: QSettings,
        theme: Theme,
        parent: QWidget | None = None,
        reminders: QAction | None = None,
        writer: Writer | None = None,
    ) -> None:
        super().__init__(parent)
        self.settings = settings
        self.writer = writer if writer is not None else Writer(self)
        self.theme = theme
        self.setWindowTitle(self.tr("Preferences"))
        self.setWindowIcon(icon("preferences"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(MARGIN, MARGIN, MARGIN, MARGIN)
        layout.setSpacing(SPACING)

        layout.addWidget(section_header(self.tr("Appearance")))
        self.scheme_buttons = QButtonGroup(self)
        self.scheme_radios: dict[Scheme, QRadioButton] = {}
        texts = {
            Scheme.SYSTEM: (
                self.tr("&Same as the system"),
                self.tr("Light or dark as the desktop is set, and changes with it"),
            ),
            Scheme.LIGHT: (self.tr("&Light"), self.tr("Dark text on light backgrounds")),
            Scheme.DARK: (self.tr("&Dark"), self.tr("Light text on dark backgrounds")),
        }
        for scheme, (text, description) in texts.items():
            radio = QRadioButton(text)
            radio.setAccessibleName(text.replace("&", ""))
            radio.setAccessibleDescription(description)
            radio.setToolTip(description)
            self.scheme_buttons.addButton(radio)
            self.scheme_radios[scheme] = radio
            layout.addWidget(radio)
        self.scheme_radios[theme.choice].setChecked(True)
        self.scheme_buttons.buttonToggled.connect(self._scheme_toggled)

        layout.addSpacing(SPACING)
        language_header = section_header(self.tr("Language"))
        layout.addWidget(language_header)
        self.language = QComboBox()
        self.language.setAccessibleName(self.tr("Language"))
        self.language.setAccessibleDescription(
            self.tr("The language of NetDesk's menus, pages and messages, and of its dates")
        )
        self.language.addItem(self.tr("Same as the system"), "")
        for code in available_languages():
            self.language.addItem(language_name(code), code)
        chosen = self.language.findData(saved_language(settings))
        self.language.setCurrentIndex(max(chosen, 0))
        self.language.currentIndexChanged.connect(self._language_changed)
        language_header.setBuddy(self.language)
        layout.addWidget(self.language)
        self.language_note = secondary(
            QLabel(self.tr("NetDesk speaks the new language the next time it starts."))
        )
        self.language_note.setWordWrap(True)
        self.language_note.setAccessibleName(self.language_note.text())
        layout.addWidget(self.language_note)
        self._update_note()

        layout.addSpacing(SPACING)
        layout.addWidget(section_header(self.tr("Messages")))
        self.templates_button = QPushButton(icon("template"), self.tr("Message &templates..."))
        self.templates_button.setAccessibleName(self.tr("Message templates"))
        self.templates_button.setAccessibleDescription(
            self.tr("Edit, reset or add the templates Compose writes from, and your signature")
        )
        self.templates_button.clicked.connect(self.open_templates)
        layout.addWidget(self.templates_button, 0, Qt.AlignmentFlag.AlignLeft)

        layout.addSpacing(SPACING)
        layout.addWidget(section_header(self.tr("Keeping in touch")))
        self.rhythms_button = QPushButton(self.tr("&Keep-in-touch rhythms..."))
        self.rhythms_button.setAccessibleName(self.tr("Keep-in-touch rhythms"))
        self.rhythms_button.setAccessibleDescription(
            self.tr("How often to keep in touch, by relationship, status, tag or warm or cold")
        )
        self.rhythms_button.clicked.connect(self.open_rhythms)
        layout.addWidget(self.rhythms_button, 0, Qt.AlignmentFlag.AlignLeft)

        layout.addSpacing(SPACING)
        self.capacity = CapacitySection()
        layout.addWidget(self.capacity)

        layout.addSpacing(SPACING)
        self.reminders = RemindersSection(settings, reminders)
        layout.addWidget(self.reminders)

        layout.addStretch(1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        close = buttons.button(QDialogButtonBox.StandardButton.Close)
        close.setAccessibleName(close.text().replace("&", ""))
        close.setAccessibleDescription(self.tr("Close the preferences; the choices are kept"))
        layout.addWidget(buttons)
        self.setMinimumWidth(420)

    def open_templates(self) -> TemplatesDialog:
        """Settings > Message templates (ui/compose/templates_page)."""
        dialog = TemplatesDialog(self.settings, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def open_rhythms(self) -> RhythmRulesDialog:
        """Settings > Keep-in-touch rhythms (ui/rhythms/rules_page)."""
        dialog = RhythmRulesDialog(self.writer, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def chosen_scheme(self) -> Scheme:
        for scheme, radio in self.scheme_radios.items():
            if radio.isChecked():
                return scheme
        return Scheme.SYSTEM

    def chosen_language(self) -> str:
        return str(self.language.currentData() or "")

    def _scheme_toggled(self, _button: object, checked: bool) -> None:
        if not checked:
            return
        scheme = self.chosen_scheme()
        self.settings.setValue(SCHEME_SETTING, scheme.value)
        self.theme.set_choice(scheme)

    def _language_changed(self) -> None:
        self.settings.setValue(LANGUAGE_SETTING, self.chosen_language())
        self._update_note()

    def _update_note(self) -> None:
        self.language_note.setVisible(self.chosen_language() != language_in_effect())


class Preferences(QObject):
    """Registers ``preferences`` and opens the dialog (one at a time)."""

    def __init__(self, context: PanelContext) -> None:
        super().__init__(context.dialog_parent)
        self.context = context
        self.dialog: PreferencesDialog | None = None
        adopt_saved_capacity(context.settings)
        self.action = context.actions.add(
            "preferences", QAction(icon("preferences"), self.tr("&Preferences..."), self)
        )
        self.action.setMenuRole(QAction.MenuRole.PreferencesRole)
        self.action.setShortcuts(preferences_shortcuts())
        self.action.setStatusTip(self.tr("Appearance, language, the weekly plan and reminders"))
        self.action.triggered.connect(self.open)

    def open(self) -> PreferencesDialog:
        """Show the dialog (or bring the open one forward)."""
        if self.dialog is None:
            app = QApplication.instance()
            assert isinstance(app, QApplication)
            settings = self.context.settings
            theme = current_theme() or install_theme(app, settings)
            self.dialog = PreferencesDialog(
                settings,
                theme,
                self.context.dialog_parent,
                self.context.actions.get("show-reminders"),
                self.context.writer,
            )
            self.dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            self.dialog.destroyed.connect(self._closed)
            self.dialog.open()
        else:
            self.dialog.raise_()
            self.dialog.activateWindow()
        return self.dialog

    def _closed(self) -> None:
        self.dialog = None
