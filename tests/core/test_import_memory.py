"""Reading a contact file needs memory in proportion to the file, whatever its shape.

Short lines cost 16-40 times the file's size (a list of every line, then a join whose
bookkeeping is 80 bytes a piece) and one property of unclosed quoted parameters about 100 times
(the regular expression's memory for every character): a 256 MB file would have needed 4-30 GB.
Measured as the peak memory of a real process, beyond what reading the bytes itself takes.
"""

from __future__ import annotations

import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from tests.helpers.file_conditions import ROOT

pytestmark = pytest.mark.skipif(sys.platform != "linux", reason="VmHWM in /proc (Linux)")

READ = textwrap.dedent(
    """
    import sys
    from pathlib import Path
    from netdesk.core.formats.vcard import read_vcards
    from tests.helpers.memory import peak_rss_bytes, reset_peak
    data = Path(sys.argv[1]).read_bytes()
    read_vcards(data[:65536], "warm-up")  # one-time costs: imports, compiled patterns
    reset_peak()
    before = peak_rss_bytes()
    if sys.argv[2] == "read":
        cards, problems = read_vcards(data, sys.argv[1])
    print(peak_rss_bytes() - before)
    """
)

SHAPES = {
    "one note folded over two million one-byte lines": (
        b"BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Folded\r\nNOTE:a\r\n"
        + b" x\r\n" * 2_000_000
        + b"END:VCARD\r\n"
    ),
    "two million lines outside any card": b"x:\n" * 2_000_000,
    "unclosed quoted parameters in one property": (
        b"BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Quoted\r\nTEL"
        + b';TYPE="a' * 500_000
        + b":1\r\nEND:VCARD\r\n"
    ),
}


def _extra_memory(path: Path, what: str) -> int:
    done = subprocess.run(
        [sys.executable, "-c", READ, str(path), what],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert done.returncode == 0, done.stderr
    return int(done.stdout.strip())


@pytest.mark.parametrize("shape", sorted(SHAPES))
def test_reading_needs_memory_in_proportion_to_the_file(tmp_path: Path, shape: str) -> None:
    path = tmp_path / "contacts.vcf"
    path.write_bytes(SHAPES[shape])
    size = path.stat().st_size
    extra = _extra_memory(path, "read")
    assert extra < 3 * size, f"{shape}: {extra / size:.0f} times the file's {size:,} bytes"
