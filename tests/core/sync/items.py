"""vCards and iCalendar objects for the sync tests, written the way phones and calendars do."""

from __future__ import annotations


def vcard(uid: str, name: str, extra: str = "") -> str:
    """A vCard 4.0 as a phone would write it (CRLF line ends)."""
    lines = ["BEGIN:VCARD", "VERSION:4.0", f"UID:{uid}", f"FN:{name}", f"N:{name};;;;"]
    lines += [line for line in extra.splitlines() if line]
    return "\r\n".join([*lines, "END:VCARD"]) + "\r\n"


def vcalendar(component: str, uid: str, summary: str, extra: str = "") -> str:
    """A VCALENDAR holding one VTODO or VEVENT."""
    lines = [
        "BEGIN:VCALENDAR",
        "VERSION:2.0",
        "PRODID:-//NetDesk//tests//EN",
        f"BEGIN:{component}",
        f"UID:{uid}",
        "DTSTAMP:20261201T090000Z",
        f"SUMMARY:{summary}",
    ]
    lines += [line for line in extra.splitlines() if line]
    lines += [f"END:{component}", "END:VCALENDAR"]
    return "\r\n".join(lines) + "\r\n"
