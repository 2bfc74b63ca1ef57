"""NetDesk's translations: every text extractable by lupdate, the English plural forms up to date
with the sources, and a count read in the singular and the plural through the loaded translator."""

from __future__ import annotations

import ast
import os
import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QLocale, QSettings, QTranslator
from PySide6.QtWidgets import QApplication, QDialogButtonBox

from netdesk.ui.translations import (
    available_languages,
    chosen_locale,
    install_qt_translator,
    install_translator,
    language_name,
    qt_translations_folder,
    saved_language,
    translations_folder,
)

ROOT = Path(__file__).resolve().parents[2]
UI = ROOT / "netdesk" / "ui"
CORE = ROOT / "netdesk" / "core"
SOURCES = (UI, CORE)
"""Where lupdate looks for texts, as ``make translations`` runs it: the core's sentences for
people (``netdesk.core.wording``) are translated too."""
ENGLISH = translations_folder() / "netdesk_en.ts"
BIN = Path(sys.executable).parent


def _tool(name: str) -> Path:
    path = BIN / name
    if not path.exists():
        pytest.skip(f"{name} is not installed beside {BIN / 'python'}")
    return path


def _plurals(ts: Path) -> dict[tuple[str, str], list[str]]:
    """The plural messages of a .ts file: (context, source) -> their forms."""
    return {key: forms for key, (plural, forms) in _read_ts(ts).items() if plural}


def _compiled(tmp_path: Path) -> Path:
    """The committed .ts files compiled into ``tmp_path``, as ``make`` compiles them."""
    for ts in translations_folder().glob("netdesk_*.ts"):
        subprocess.run(
            [_tool("pyside6-lrelease"), str(ts), "-qm", str(tmp_path / f"{ts.stem}.qm")],
            check=True,
            capture_output=True,
            timeout=60,
        )
    return tmp_path


def test_the_english_plural_forms_are_up_to_date_with_the_sources(tmp_path: Path) -> None:
    """What ``make translations`` would write: run it when this fails, then give any new
    message its English singular."""
    fresh = tmp_path / "netdesk_en.ts"
    subprocess.run(
        [
            _tool("pyside6-lupdate"),
            "-extensions",
            "py",
            "-pluralonly",
            "-locations",
            "none",
            *map(str, SOURCES),
            "-ts",
            str(fresh),
        ],
        check=True,
        capture_output=True,
        timeout=120,
    )
    committed = _plurals(ENGLISH)
    assert set(_plurals(fresh)) == set(committed)
    assert ("StatusCounts", "%Ln contacts") in committed
    for (context, source), forms in committed.items():
        assert len(forms) == 2 and all(forms), f"{context}: {source!r} needs its English forms"
        assert forms[1] == source  # the source is the plural; the singular is the first form
        assert forms[0].count("%Ln") == source.count("%Ln")


SHIPPED = ("de", "fr", "es")
"""The languages NetDesk ships complete: a text without its translation in one of them fails."""


def _read_ts(ts: Path) -> dict[tuple[str, str], tuple[bool, list[str]]]:
    """Every message of a .ts file: (context, source) -> (has plural forms, its translation's
    forms: one, or the plural ones), the forms empty where it is unfinished."""
    found = {}
    for context in ET.parse(ts).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            assert translation is not None
            plural = message.get("numerus") == "yes"
            if plural:
                forms = [f.text or "" for f in translation.iter("numerusform")]
            else:
                forms = [translation.text or ""]
            unfinished = translation.get("type") in ("unfinished", "vanished", "obsolete")
            found[(name, message.findtext("source") or "")] = (plural, [] if unfinished else forms)
    return found


def _messages(ts: Path) -> dict[tuple[str, str], list[str]]:
    """Every message of a .ts file: (context, source) -> its translation's forms."""
    return {key: forms for key, (_plural, forms) in _read_ts(ts).items()}


def _fields(text: str) -> list[str]:
    return sorted(re.findall(r"\{\w*(?:[:!][^{}]*)?\}|\[\[[^\]]*\]\]", text))


@pytest.mark.parametrize("language", SHIPPED)
def test_every_text_has_its_translation_in_each_shipped_language(
    tmp_path: Path, language: str
) -> None:
    """Run ``make translations`` when a text is missing here, then translate what it marks
    unfinished in ``netdesk/resources/translations/netdesk_<language>.ts``."""
    fresh = tmp_path / f"netdesk_{language}.ts"
    subprocess.run(
        [
            _tool("pyside6-lupdate"),
            *("-extensions", "py", "-locations", "none", "-source-language", "en"),
            *("-target-language", language, *map(str, SOURCES), "-ts", str(fresh)),
        ],
        check=True,
        capture_output=True,
        timeout=120,
    )
    sources = set(_messages(fresh))
    committed = _messages(translations_folder() / f"netdesk_{language}.ts")
    missing = sorted(sources - set(committed))
    assert not missing, f"{language}: not in the .ts file (make translations): {missing[:10]}"
    untranslated = sorted(key for key in sources if not all(committed[key] or [""]))
    assert not untranslated, f"{language}: {len(untranslated)} untranslated: {untranslated[:10]}"
    for (context, source), forms in committed.items():
        if (context, source) not in sources:
            continue
        for form in forms:  # a placeholder lost in translation shows the raw text or nothing
            for mark in ("%Ln", "%n", "%1", "%2", "%3"):
                if mark in source:
                    assert mark in form, f"{language} {context}: {source!r} -> {form!r}"
            # Named fields ({name}) and message sections ([[if referrer_name]]) are filled in
            # after translating: one missing, renamed or added is an error at run time.
            assert _fields(form) == _fields(source), f"{language} {context}: {form!r}"


def test_a_count_reads_in_the_singular_and_the_plural(qapp: QApplication, tmp_path: Path) -> None:
    folder = _compiled(tmp_path)
    translator = QTranslator()
    assert translator.load(str(folder / "netdesk_en.qm"))
    assert translator.translate("StatusCounts", "%Ln contacts", "", 1) == "%Ln contact"
    assert translator.translate("StatusCounts", "%Ln contacts", "", 2) == "%Ln contacts"
    # The application's translator (tests/conftest.py installs it as the app does at start).
    assert QCoreApplication.translate("StatusCounts", "%Ln contacts", "", 1) == "1 contact"
    assert QCoreApplication.translate("StatusCounts", "%Ln contacts", "", 2) == "2 contacts"
    assert QCoreApplication.translate("StatusCounts", "%Ln contacts", "", 0) == "0 contacts"
    assert QCoreApplication.translate("Plural", "%Ln contacts", "", 1) == "1 contacts"  # unknown
    assert QCoreApplication.translate("Plural", "Delete %Ln contacts", "", 1) == "Delete 1 contact"
    assert QCoreApplication.translate("Plural", "... and %Ln more rows", "", 1234) == (
        "... and 1,234 more rows"
    )


@pytest.mark.parametrize(
    ("locale", "loaded"),
    [
        (QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom), "netdesk_en.qm"),
        (QLocale(QLocale.Language.Japanese, QLocale.Country.Japan), "netdesk_en.qm"),
        (QLocale(QLocale.Language.German, QLocale.Country.Austria), "netdesk_de.qm"),
        (QLocale(QLocale.Language.French, QLocale.Country.Canada), "netdesk_fr.qm"),
        (QLocale(QLocale.Language.Spanish, QLocale.Country.Mexico), "netdesk_es.qm"),
        (QLocale.c(), "netdesk_en.qm"),
    ],
)
def test_each_language_gets_its_translation_and_others_english(
    qapp: QApplication, tmp_path: Path, locale: QLocale, loaded: str
) -> None:
    translator = install_translator(qapp, locale, _compiled(tmp_path))
    assert translator is not None
    try:
        assert Path(translator.filePath()).name == loaded
    finally:
        QCoreApplication.removeTranslator(translator)


def test_a_language_with_its_translation_gets_it(qapp: QApplication, tmp_path: Path) -> None:
    ts = tmp_path / "netdesk_de.ts"
    ts.write_text(
        '<?xml version="1.0" encoding="utf-8"?><!DOCTYPE TS><TS version="2.1" language="de">'
        '<context><name>StatusCounts</name><message numerus="yes">'
        "<source>%Ln contacts</source><translation><numerusform>%Ln Kontakt</numerusform>"
        "<numerusform>%Ln Kontakte</numerusform></translation></message></context></TS>",
        "utf-8",
    )
    folder = _compiled(tmp_path)
    subprocess.run(
        [_tool("pyside6-lrelease"), str(ts), "-qm", str(folder / "netdesk_de.qm")],
        check=True,
        capture_output=True,
    )
    german = QLocale(QLocale.Language.German, QLocale.Country.Germany)
    translator = install_translator(qapp, german, folder)
    assert translator is not None
    try:
        assert Path(translator.filePath()).name == "netdesk_de.qm"
        assert QCoreApplication.translate("StatusCounts", "%Ln contacts", "", 1) == "1 Kontakt"
    finally:
        QCoreApplication.removeTranslator(translator)


def test_the_chosen_language_overrides_the_system_s(
    qapp: QApplication, tmp_path: Path, qsettings: QSettings
) -> None:
    assert saved_language(qsettings) == ""
    assert chosen_locale("").name() == QLocale.system().name()
    qsettings.setValue("language/code", "de")
    assert saved_language(qsettings) == "de"
    locale = chosen_locale(saved_language(qsettings))
    assert locale.language() == QLocale.Language.German
    translator = install_translator(qapp, locale, _compiled(tmp_path))
    assert translator is not None
    try:
        assert Path(translator.filePath()).name == "netdesk_de.qm"
        assert translator.language() == "de"
    finally:
        QCoreApplication.removeTranslator(translator)


_START_IN = """
import sys
from pathlib import Path
from PySide6.QtCore import QCoreApplication, QLocale, QSettings
from PySide6.QtWidgets import QApplication
from netdesk.ui.translations import install_app_translator, language_in_effect, saved_language
settings = QSettings(sys.argv[2], QSettings.Format.IniFormat)
app = QApplication([])
install_app_translator(app, Path(sys.argv[1]), saved_language(settings))
print(QCoreApplication.translate("PreferencesDialog", "Language"))
print(QCoreApplication.translate("QPlatformTheme", "Cancel"))
print(QLocale().language().name, language_in_effect())
"""


def test_the_app_starts_in_the_chosen_language_with_qt_s_own(tmp_path: Path) -> None:
    """The setting beats the system's English: NetDesk's texts, Qt's buttons and the locale of
    dates and numbers (a fresh process: the translators are installed once at start)."""
    folder = _compiled(tmp_path)
    ini = tmp_path / "settings.ini"
    settings = QSettings(str(ini), QSettings.Format.IniFormat)
    settings.setValue("language/code", "fr")
    settings.sync()
    env = {**os.environ, "LANG": "en_GB.UTF-8", "LC_ALL": "en_GB.UTF-8", "LANGUAGE": "en"}
    env["QT_QPA_PLATFORM"] = "offscreen"

    def start() -> list[str]:
        """The texts a fresh NetDesk shows with these settings."""
        done = subprocess.run(
            [sys.executable, "-c", _START_IN, str(folder), str(ini)],
            capture_output=True,
            text=True,
            env=env,
            timeout=60,
            check=True,
        )
        return done.stdout.splitlines()

    out = start()
    assert out == ["Langue", "Annuler", "French fr"]
    settings.setValue("language/code", "")
    settings.sync()
    out = start()
    assert out == ["Language", "Cancel", "English "]


def test_the_shipped_languages_are_offered_by_their_own_names(tmp_path: Path) -> None:
    assert available_languages() == ["en", "de", "es", "fr"]
    assert [language_name(code) for code in available_languages()] == [
        "English",
        "Deutsch",
        "Español",
        "Français",
    ]
    compiled = _compiled(tmp_path)  # the bundle holds only the .qm files
    assert available_languages(compiled) == ["en", "de", "es", "fr"]
    assert available_languages(tmp_path / "nothing") == ["en"]


@pytest.mark.parametrize(
    ("language", "cancel", "save"),
    [
        ("de", "Abbrechen", "Speichern"),
        ("fr", "Annuler", "Enregistrer"),
        ("es", "Cancelar", "Guardar"),
    ],
)
def test_qt_s_own_buttons_speak_the_language(
    qapp: QApplication, language: str, cancel: str, save: str
) -> None:
    """The standard buttons (QDialogButtonBox, QMessageBox) come from Qt's own qtbase_*.qm."""
    translator = install_qt_translator(qapp, language)
    assert translator is not None, f"no qtbase_{language}.qm in {qt_translations_folder()}"
    try:
        assert Path(translator.filePath()).name == f"qtbase_{language}.qm"
        box = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        texts = {b.text().replace("&", "") for b in box.buttons()}
        assert texts == {cancel, save}
    finally:
        QCoreApplication.removeTranslator(translator)
    assert install_qt_translator(qapp, "en") is None  # Qt's texts are English already
    assert install_qt_translator(qapp, "") is None


def test_the_bundle_keeps_qt_s_translations_of_the_shipped_languages_only() -> None:
    """build_spec/netdesk.spec's filter: qtbase_de/fr/es.qm stay, every other Qt .qm goes."""
    spec = (ROOT / "build_spec" / "netdesk.spec").read_text("utf-8")
    start = spec.index("def _parts(")
    namespace: dict[str, object] = {"sys": sys, "ROOT": ROOT, "Path": Path}
    exec(spec[spec.index("SHIPPED_LANGUAGES = ") : start], namespace)
    exec(spec[start : spec.index("def _compile_translations")], namespace)
    keep = namespace["_keep"]
    assert callable(keep)
    qt = "PySide6/Qt/translations"
    assert keep((f"{qt}/qtbase_de.qm", "", "DATA"))
    assert keep((f"{qt}/qtbase_fr.qm", "", "DATA"))
    assert keep((f"{qt}/qtbase_es.qm", "", "DATA"))
    for dropped in ("qtbase_ja.qm", "qt_de.qm", "qtdeclarative_de.qm", "designer_fr.qm"):
        assert not keep((f"{qt}/{dropped}", "", "DATA")), dropped
    assert keep(("netdesk/resources/translations/netdesk_de.qm", "", "DATA"))


def test_nothing_is_there_to_load_without_the_compiled_files(
    qapp: QApplication, tmp_path: Path
) -> None:
    assert install_translator(qapp, QLocale.c(), tmp_path) is None


# Every text is extractable ----------------------------------------------------------------------


def _marked_tables(tree: ast.Module) -> set[str]:
    """Names of tables whose every text is marked with QT_TRANSLATE_NOOP (dicts or tuples)."""

    def marked(node: ast.expr) -> bool:
        return (
            isinstance(node, ast.Call)
            and getattr(node.func, "id", "") == "QT_TRANSLATE_NOOP"
            and all(isinstance(a, ast.Constant) and isinstance(a.value, str) for a in node.args)
        )

    names = set()
    for node in ast.walk(tree):
        target, value = None, None
        if isinstance(node, ast.Assign) and len(node.targets) == 1:
            target, value = node.targets[0], node.value
        elif isinstance(node, ast.AnnAssign):
            target, value = node.target, node.value
        items: list[ast.expr] = []
        if isinstance(value, ast.Dict):
            items = list(value.values)
        elif isinstance(value, ast.Tuple):
            items = list(value.elts)
        if items and all(marked(v) for v in items):
            names.add(getattr(target, "id", "") or getattr(target, "attr", ""))
    return names


def _unextractable(path: Path) -> list[int]:
    """Lines translating a text lupdate cannot see: not a literal, nor looked up in a table
    marked for translation (``str(TABLE[key])``)."""
    tree = ast.parse(path.read_text("utf-8"))
    tables = _marked_tables(tree)

    def visible(node: ast.expr) -> bool:
        if isinstance(node, ast.Constant) and isinstance(node.value, str):
            return True
        if (
            isinstance(node, ast.Call)
            and getattr(node.func, "id", "") == "str"
            and len(node.args) == 1
            and isinstance(node.args[0], ast.Subscript)
        ):
            table = node.args[0].value
            return (getattr(table, "id", "") or getattr(table, "attr", "")) in tables
        return False

    lines = []
    for node in ast.walk(tree):
        if not isinstance(node, ast.Call):
            continue
        if isinstance(node.func, ast.Attribute):
            called = node.func.attr
        elif isinstance(node.func, ast.Name):
            called = node.func.id  # the core's wording.translate, or tr imported alone
        else:
            continue
        if called == "tr" and node.args:
            text = node.args[0]
        elif called == "translate" and len(node.args) >= 2:
            text = node.args[1]
        else:
            continue
        if not visible(text):
            lines.append(node.lineno)
    return lines


def test_every_translated_text_is_extractable() -> None:
    found = {
        str(p.relative_to(ROOT)): lines
        for folder in SOURCES
        for p in sorted(folder.rglob("*.py"))
        if p.name != "labels.py"  # its own tests: tests/ui/test_labels.py
        if p != CORE / "wording.py"  # translate() itself
        # The outreach messages take their translate function as a parameter; their texts are
        # marked with QT_TRANSLATE_NOOP where they are defined.
        if p.parent != CORE / "messages"
        if (lines := _unextractable(p))
    }
    assert found == {}


@pytest.mark.parametrize(
    "source",
    [
        "x = self.tr(name)\n",
        'x = QCoreApplication.translate("Ctx", HINTS[kind])\n',
        'x = self.tr(f"{n} contacts")\n',
        'x = translate("Referrals", reason)\n',
        'HEADERS = ("File", "Line")\nx = self.tr(str(HEADERS[0]))\n',
    ],
)
def test_a_text_lupdate_cannot_see_is_found(tmp_path: Path, source: str) -> None:
    path = tmp_path / "panel.py"
    path.write_text(source)
    assert _unextractable(path) == [source.count("\n")]
