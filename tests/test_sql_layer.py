"""All SQL lives in ``netdesk/models/``: ``core/``, ``ui/`` and the CLI write no query, touch no
connection and build no peewee query (what counts is in ``tests/helpers/sql_scan.py``).

Issue 13 moves what is still outside; :data:`STILL_MOVING` lists those files, and the test
fails when one of them is clean, so that the list only shrinks.
"""

from __future__ import annotations

import shutil
import textwrap
from pathlib import Path

import pytest

from tests.helpers.sql_scan import entity_names, scan, scan_tree, sql_in

ROOT = Path(__file__).resolve().parents[1]

STILL_MOVING: dict[str, str] = {}
"""Files outside ``models/`` that still hold SQL, and the part of issue 13 that moves it."""


def test_no_sql_outside_models_beyond_the_files_still_moving() -> None:
    found = scan_tree(ROOT)
    new = {path: [str(f) for f in fs] for path, fs in found.items() if path not in STILL_MOVING}
    assert new == {}, "SQL belongs in netdesk/models/"
    clean = sorted(set(STILL_MOVING) - set(found))
    assert clean == [], f"these hold no SQL any more: remove them from STILL_MOVING: {clean}"


def test_the_scan_sees_the_whole_package_but_models(tmp_path: Path) -> None:
    """It reads core/, ui/ and the top-level modules (a scan of nothing would pass): a query
    planted in a copy of the package is found everywhere but in models/."""
    shutil.copytree(ROOT / "netdesk", tmp_path / "netdesk", ignore=shutil.ignore_patterns("*.pyc"))
    planted = ["netdesk/core/text.py", "netdesk/ui/shell/menus.py", "netdesk/running.py"]
    for name in [*planted, "netdesk/models/contacts.py"]:
        with (tmp_path / name).open("a", encoding="utf-8") as file:
            file.write(
                '\n\ndef _planted(conn):\n    return conn.execute("SELECT id FROM contact")\n'
            )
    found = scan_tree(tmp_path)
    assert set(planted) <= set(found)
    assert all(not p.startswith("netdesk/models/") for p in found)
    assert {"Contact", "Tag", "Meeting", "ContactEmail"} <= entity_names(ROOT)


# The scanner, on small pieces of code ----------------------------------------------------------

ENTITIES = frozenset({"Contact", "Tag", "ContactEmail"})


def _found(source: str, module: str = "netdesk.core.rules") -> list[str]:
    return [f.what for f in scan(textwrap.dedent(source), module, ENTITIES)]


@pytest.mark.parametrize(
    ("source", "what"),
    [
        ('rows = conn.execute(f"SELECT {columns} FROM contact WHERE id = ?")\n', "SQL"),
        ('q = f"select id from {table} where sort_name = ?"\n', "SQL"),
        ('sql = f"DELETE FROM {table}"\n', "SQL"),
        (
            'SQL = """\n    SELECT c.id,\n           c.display_name\n    FROM contact c\n"""\n',
            "'SELECT c.id, c.display_name FROM contact'",
        ),
        ('SQL = ("SELECT id "\n       "FROM contact")\n', "'SELECT id FROM contact'"),
        ('SQL = "SELECT id " + "FROM contact"\n', "'SELECT id FROM contact'"),
        ('where = "c.status = ? AND c.lead = ?"\n', "AND c.lead ="),
        ('order = " ORDER BY c.sort_name"\n', "ORDER BY"),
        ('x = "INSERT OR IGNORE INTO tag (name) VALUES (?)"\n', "INSERT OR IGNORE INTO tag"),
        ('x = "UPDATE contact SET status = ?"\n', "UPDATE contact SET status ="),
        ('x = "PRAGMA foreign_keys"\n', "PRAGMA foreign_keys"),
        ('x = "WITH RECURSIVE up(id) AS (SELECT 1)"\n', "WITH RECURSIVE"),
        ('x = "pragma user_version"\n', "pragma user_version"),
        ("from netdesk.models import Contact\nn = Contact.select().count()\n", "Contact.select"),
        ("from netdesk.models import Tag\nTag.get_or_none(Tag.name == 'x')\n", "Tag.get_or_none"),
        ("from netdesk.models.entities import Contact as C\nC.insert_many([])\n", "C.insert_many"),
        ("from netdesk.models import entities\nentities.Tag.delete()\n", "entities.Tag.delete"),
        ("from ..models import Contact\n", "peewee model netdesk.models.Contact"),
        ("from netdesk.models import database\nwith database.atomic():\n    pass\n", "atomic"),
        ("from netdesk.models import db\nwith db.database.atomic():\n    pass\n", ".database"),
        ("def f(conn):\n    conn.execute(query, params)\n", "calls .execute()"),
        ("def f(conn):\n    conn.executemany(query, rows)\n", "calls .executemany()"),
        ("def f(db):\n    db.execute_sql(query)\n", "calls .execute_sql()"),
        ("import sqlite3\n", "imports sqlite3"),
        ("from peewee import fn\n", "imports from peewee"),
        ("from playhouse.sqlite_ext import FTS5Model\n", "imports from playhouse"),
    ],
)
def test_the_scan_finds(source: str, what: str) -> None:
    found = _found(source)
    assert any(what in f for f in found), found


@pytest.mark.parametrize(
    "text",
    [
        "Select a contact",
        "Delete 3 contacts",
        "Delete {name}?",
        "Delete from the history?",
        "Delete this {what} of {when}?",
        "Select someone to see how you came to know them.",
        "Select the people to import from the file",
        "Update the status of {name}",
        "Create a table of your contacts",
        "Who do I know at {company}?",
        "Order by name, then by company",
        "With recursive enthusiasm",
        "Insert the names into the list",
        "Commit to a follow-up date",
    ],
)
def test_prose_is_not_sql(text: str) -> None:
    assert sql_in(text) is None
    assert _found(f"self.tr({text!r})\n", "netdesk.ui.panel") == []


def test_docstrings_and_comments_are_not_sql() -> None:
    source = '''
        """The one recursive query: WITH RECURSIVE up AS (SELECT ...) walks the chain."""

        def f() -> None:
            """Runs ``SELECT id FROM contact`` in the models layer, not here."""
            # conn.execute("DELETE FROM contact")
    '''
    assert _found(source) == []


def test_names_that_only_look_like_models_are_not_flagged() -> None:
    """An attribute call on something that is not an imported peewee model is ordinary code."""
    source = """
        from netdesk.models import Status
        from netdesk.core.contacts import Contact
        Status.TO_CONTACT.upper()
        Contact.from_card(card)
        self.update(1)
    """
    assert _found(source) == []
