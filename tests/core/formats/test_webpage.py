"""The page-level readers: JSON-LD as real pages break it, and markup made plain text."""

from __future__ import annotations

import pytest

from netdesk.core.formats.webpage import decode_page, load_json_ld, plain_text, scan_page

# One case per kind of breakage in extruct's collection of invalid JSON-LD from real sites
# (scrapinghub/extruct tests/samples/custom.invalid), reduced to the part that breaks.
BROKEN = [
    (
        '// <![CDATA[\n{"name": "Lubelska", "url": "http:\\/\\/x.example\\/"}\n// ]]>',
        {"name": "Lubelska", "url": "http://x.example/"},
    ),
    ('<!--\n{"name": "x"}\n-->', {"name": "x"}),
    ('{"section": "news", // category\n //"count": ""\n}', {"section": "news"}),
    ('{"a": [1, 2,], "b": {"c": 3,},}', {"a": [1, 2], "b": {"c": 3}}),
    ('{"data": "line 1\n        line 2\tend"}', {"data": "line 1\n        line 2\tend"}),
    (
        '{"author": "Bob\\\'s", "d": "R\\x26B caf\\u00e9", "p": "C:\\videos\\clip"}',
        {"author": "Bob's", "d": "R&B café", "p": "C:\\videos\\clip"},
    ),
    ('{"steps": ["two "buttons".5 done"]}', {"steps": ['two "buttons".5 done']}),
    (
        '{"d": "<p style="text-align: left;">Open.</p>"}',
        {"d": '<p style="text-align: left;">Open.</p>'},
    ),
    ('{"name": "Tom Ford"}}', {"name": "Tom Ford"}),
    ("{&quot;name&quot;: &quot;Escaped&quot;}", {"name": "Escaped"}),
]


@pytest.mark.parametrize(("block", "value"), BROKEN)
def test_json_ld_broken_as_on_real_sites_is_still_read(block: str, value: object) -> None:
    assert load_json_ld(block) == ([value], "")


def test_concatenated_values_are_all_read() -> None:
    assert load_json_ld('{"a": 1}\n{"b": 2};') == ([{"a": 1}, {"b": 2}], "")


@pytest.mark.parametrize("block", ["", "   ", "<!-- -->"])
def test_an_empty_block_is_no_problem(block: str) -> None:
    assert load_json_ld(block) == ([], "")


def test_an_unreadable_block_says_where() -> None:
    assert load_json_ld('{"title": "cut') == (
        [],
        "unterminated string starting (line 1 of the block, column 11)",
    )


@pytest.mark.parametrize(
    ("markup", "text"),
    [
        ("&lt;p&gt;R&amp;amp;D&lt;/p&gt;", "R&D"),
        ("Tom &amp;amp; Jerry", "Tom &amp; Jerry"),
        ("Sales &copywriting &amp; more", "Sales &copywriting & more"),
        ("salary < 50k, 2 > 1", "salary < 50k, 2 > 1"),
        ("x<y and z>w", "xw"),  # what a browser makes of it: a tag
        ("<script>alert(1)</script><style>p{}</style>Hi <b>there</b>", "Hi there"),
        ("<p>One\ntwo</p><p>Three</p>", "One two Three"),
        ("a\u00a0b\u2028c\x00d\x1b", "a b cd"),
        ("<\u212a>x", "x"),
        ("&lt;&#8;a&gt;x", "x"),
    ],
)
def test_plain_text(markup: str, text: str) -> None:
    assert plain_text(markup) == text


def test_plain_text_keeps_paragraphs_and_lists_when_asked() -> None:
    markup = "<h2>Role</h2><p>Build.</p>\n<ul>\n<li>Go</li>\n<li>SQL</li></ul><p>Apply<br>now</p>"
    assert plain_text(markup, multiline=True) == "Role\n\nBuild.\n\n• Go\n• SQL\n\nApply\nnow"


def test_the_scan_reads_head_tags_in_any_case_and_skips_comments() -> None:
    head = scan_page(
        "<!-- saved from url=(0022)https://a.example/1 -->\n<TITLE>A &amp; B</TITLE>"
        '<!-- <link rel="canonical" href="https://wrong.example/"> -->'
        "<LINK REL='Canonical alternate' HREF='https://a.example/job?x=1&amp;y=2'>"
        '<Meta Property="og:url" content="https://a.example/og">'
        '<script type="application/ld+json; charset=utf-8">{}</script>'
        '<SCRIPT TYPE="APPLICATION/LD+JSON">[]</SCRIPT>'
        '<script type="text/javascript">var x = "<script type=application/ld+json>";</script>'
    )
    assert head.saved_from == "https://a.example/1"
    assert head.title == "A &amp; B"
    assert head.canonical == "https://a.example/job?x=1&y=2"
    assert head.meta == {"og:url": "https://a.example/og"}
    assert head.json_ld == [(2, "{}"), (2, "[]")]


def test_utf16_without_a_bom_and_an_unknown_label_are_read() -> None:
    assert decode_page("<p>Grün</p>".encode("utf-16-be")) == "<p>Grün</p>"
    assert decode_page('<meta charset="x-unknown"><p>Grün</p>'.encode()) == (
        '<meta charset="x-unknown"><p>Grün</p>'
    )
