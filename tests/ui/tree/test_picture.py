"""The referral tree as a picture: a PNG, an SVG and printed pages of the rows it is given."""

from __future__ import annotations

import os
import stat
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtGui import QColor, QImage
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QApplication

from netdesk.core.tree import NodeRow
from netdesk.ui.tree.picture import PictureRow, TreePicture

SVG = "{http://www.w3.org/2000/svg}"


def _row(
    number: int,
    name: str,
    depth: int,
    *,
    organization: str = "",
    status: str = "met",
    direct: int = 0,
    below: int = 0,
    match: bool = False,
) -> PictureRow:
    record = NodeRow(number, name, organization, status, "warm", name.casefold(), direct)
    return PictureRow(record, depth, below, match)


def _family() -> list[PictureRow]:
    return [
        _row(1, "Sara Smith", 0, organization="Globex", direct=2, below=3),
        _row(2, "John Public", 1, direct=1, below=1, status="contacted"),
        _row(3, "Anna Árvai", 2, match=True, status="to_contact"),
        _row(4, "Carl Clark", 1, status="dormant"),
    ]


def _texts(path: Path) -> list[tuple[float, str, str]]:
    """(x, text, font weight) of every text the SVG draws, in drawing order."""
    found = []
    for element in ET.parse(path).getroot().iter(f"{SVG}text"):
        found.append((float(element.get("x", "0")), element.text or "", element.get("font-weight")))
    return found


def _ink(image: QImage, top: int, bottom: int) -> int:
    """The leftmost column of ``image`` with something dark (an icon or text, not the grey
    lines between generations) between ``top`` and ``bottom``."""
    for x in range(image.width()):
        if any(QColor(image.pixel(x, y)).lightness() < 0x70 for y in range(top, bottom)):
            return x
    return image.width()


def test_the_png_has_the_pictures_size_and_indents_each_generation(
    qapp: QApplication, tmp_path: Path
) -> None:
    picture = TreePicture("Referral tree", "Anna Árvai\nSelected: 1", _family(), 0)
    path = tmp_path / "tree.png"
    assert picture.save_png(path)
    image = QImage(str(path))
    assert not image.isNull()
    size = picture.size()
    assert (image.width(), image.height()) == (size.width(), size.height())
    assert size.height() == picture.header_height() + 5 * picture.ROW + 2 * picture.MARGIN
    assert image.pixel(1, 1) == QColor("white").rgb()
    top = int(picture.MARGIN + picture.header_height())
    starts = [
        _ink(image, top + i * picture.ROW + 2, top + (i + 1) * picture.ROW - 2) for i in range(4)
    ]
    sara, john, anna, carl = starts
    assert sara < john < anna  # each generation further right
    assert abs(carl - john) <= 3  # siblings line up (icons differ by a pixel or two)
    assert sara - picture.MARGIN < picture.INDENT  # the people you knew, at the margin
    for step in (john - sara, anna - john):  # one indent each
        assert abs(step - picture.INDENT) <= 3
    bottom = top + 4 * picture.ROW
    assert _ink(image, bottom, image.height()) == image.width()  # nothing below the rows


def test_the_svg_holds_the_title_names_organizations_and_counts_as_text(
    qapp: QApplication, tmp_path: Path
) -> None:
    picture = TreePicture("Referral tree", "Everyone\nas of today", _family(), 0)
    path = tmp_path / "tree.svg"
    assert picture.save_svg(path)
    root = ET.parse(path).getroot()
    size = picture.size()
    assert root.get("viewBox") == f"0 0 {size.width()} {size.height()}"
    assert root.findtext(f"{SVG}title") == "Referral tree"
    assert root.findtext(f"{SVG}desc") == "Everyone\nas of today"
    texts = _texts(path)
    shown = [t for _, t, _ in texts]
    assert shown[:3] == ["Referral tree", "Everyone", "as of today"]
    assert "Sara Smith  ·  Globex" in shown
    assert "2 referred · 3 below" in shown and "0 referred · 0 below" in shown
    x = {t: left for left, t, _ in texts}
    assert x["Sara Smith  ·  Globex"] < x["John Public"] < x["Anna Árvai"]
    assert x["John Public"] == x["Carl Clark"]
    weights = {t: w for _, t, w in texts}
    assert weights["Anna Árvai"] == "700" and weights["John Public"] != "700"  # the match
    assert "more rows" not in " ".join(shown)


def test_names_are_drawn_as_plain_text(qapp: QApplication, tmp_path: Path) -> None:
    """A name is text in the SVG, whatever it holds: never markup or script."""
    name = 'Eve <b>Bold</b> & <script>alert("x")</script>'
    picture = TreePicture("<i>Tree</i>", "", [_row(1, name, 0)], 0)
    path = tmp_path / "tree.svg"
    assert picture.save_svg(path)
    root = ET.parse(path).getroot()  # well-formed XML
    assert [e.tag for e in root.iter() if e.tag.endswith(("script", "b", "i"))] == []
    assert name in [t for _, t, _ in _texts(path)]
    assert root.findtext(f"{SVG}title") == "<i>Tree</i>"


def test_rows_left_out_are_counted_on_the_last_line(qapp: QApplication, tmp_path: Path) -> None:
    picture = TreePicture("Referral tree", "", _family(), 1234)
    path = tmp_path / "tree.svg"
    assert picture.save_svg(path)
    assert _texts(path)[-1][1] == "... and 1,234 more rows"


def test_very_deep_rows_say_their_level_and_stay_on_the_page(
    qapp: QApplication, tmp_path: Path
) -> None:
    rows = [_row(n, f"Person {n}", n) for n in range(41)]
    picture = TreePicture("Deep", "", rows, 0)
    path = tmp_path / "tree.svg"
    assert picture.save_svg(path)
    x = {t: left for left, t, _ in _texts(path)}
    assert "Person 24" in x and "(level 26) Person 25" in x and "(level 41) Person 40" in x
    assert x["(level 41) Person 40"] == x["(level 26) Person 25"] == x["Person 24"]
    assert x["Person 23"] < x["Person 24"]


def test_a_very_long_name_widens_the_picture_only_so_far(qapp: QApplication) -> None:
    short = TreePicture("Tree", "", [_row(1, "Bo", 0)], 0).size().width()
    long = TreePicture("Tree", "", [_row(1, "Bo " * 3000, 0)], 0).size().width()
    assert short == 760 + 2 * TreePicture.MARGIN
    assert long == 6000 + 2 * TreePicture.MARGIN


@pytest.mark.parametrize("count", [3, 150])
def test_printed_pages_repeat_the_title_and_hold_every_row_once(
    qapp: QApplication, tmp_path: Path, count: int
) -> None:
    rows = [_row(n, f"Person{n:03d}", n % 3) for n in range(count)]
    picture = TreePicture("Referral tree", "Printed for you", rows, 0)
    pdf = tmp_path / "tree.pdf"
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(pdf))
    assert picture.print(printer)
    pages = [" ".join(p.extract_text().split()) for p in PdfReader(str(pdf)).pages]
    assert (len(pages) > 1) == (count > 30)
    for text in pages:
        assert "Referral tree" in text and "Printed for you" in text
    everything = " ".join(pages)
    for n in range(count):
        assert everything.count(f"Person{n:03d}") == 1
    first = pages[0]
    assert first.index("Person000") < first.index("Person001") < first.index("Person002")


@pytest.mark.skipif(os.name != "posix", reason="POSIX permissions and symlinks")
@pytest.mark.parametrize("suffix", [".png", ".svg"])
def test_the_picture_is_private_whole_and_never_written_through_a_symlink(
    qapp: QApplication, tmp_path: Path, suffix: str
) -> None:
    """Names and referral chains: 0600 like every export, and a symlink planted at the chosen
    name (or the file's own symlink) is refused, its target untouched."""
    picture = TreePicture("Referral tree", "", _family(), 0)
    save = picture.save_svg if suffix == ".svg" else picture.save_png
    old = os.umask(0o022)
    try:
        path = tmp_path / f"tree{suffix}"
        assert save(path)
        assert stat.S_IMODE(path.stat().st_mode) == 0o600
        victim = tmp_path / "victim.txt"
        victim.write_text("keep me")
        link = tmp_path / f"planted{suffix}"
        link.symlink_to(victim)
        with pytest.raises(OSError, match="symbolic link"):
            save(link)
        assert victim.read_text() == "keep me" and link.is_symlink()
        fifo = tmp_path / f"pipe{suffix}"
        os.mkfifo(fifo)
        with pytest.raises(OSError, match="a pipe"):
            save(fifo)
        assert stat.S_ISFIFO(fifo.lstat().st_mode)
        assert sorted(p.name for p in tmp_path.iterdir()) == sorted(
            [path.name, victim.name, link.name, fifo.name]
        )
    finally:
        os.umask(old)
