"""One key for the many ways an employer's name is written, to match companies.

"Globex Corp.", "Globex Corporation" and "GLOBEX" are one company; "Globex Bank" is another.
:func:`company_key` folds case, accents, punctuation and spacing, writes "&" as "and", and drops
a leading "The" and the legal form at the end (Inc, GmbH & Co. KG, S.A. de C.V., Sp. z o.o.,
Pty Ltd...), in the forms used across Europe, the Americas, Asia and Australia. It never drops
the whole name: a company called "Corporation" keeps it. Two names that fold alike are only a
strong hint; the issue's aliases and merges settle the rest.
"""

from __future__ import annotations

import re
import unicodedata

_LEGAL_FORMS = """
Inc | Incorporated | Corp | Corporation | Co | Company | Ltd | Limited | LLC | L.L.C. | LLP
L.L.P. | LP | L.P. | LLLP | PLC | PLLC | PC | P.C. | N.A. | Pty | Pty Ltd | Pty. Ltd.
(Pty) Ltd | Pty Limited | Pvt Ltd | Pvt. Ltd. | Private Limited | Pte Ltd | Co., Ltd.
Co Limited | Company Limited | Unlimited Company | ULC | DAC | CIC
GmbH | gGmbH | mbH | AG | KG | KGaA | OHG | GbR | eG | e.V. | UG | UG (haftungsbeschränkt)
SE | e.K. | Aktiengesellschaft | Gesellschaft mit beschränkter Haftung | Kommanditgesellschaft
SA | S.A. | S/A | SAS | S.A.S. | SASU | SARL | S.A.R.L. | S.à r.l. | EURL | SNC | SCS | SCA
SCOP | S.L. | S.L.U. | S.A.U. | S.Coop. | S.A. de C.V. | S.A.B. de C.V. | S. de R.L.
S. de R.L. de C.V. | Ltda | EIRELI | S.p.A. | S.r.l. | S.r.l.s. | S.a.s. | S.n.c. | SCRL
SPRL | BVBA | CVBA | ASBL | Société anonyme | Sociedad Anónima | Sociedad Limitada
Società per azioni
B.V. | N.V. | V.O.F. | C.V. | AB | AB (publ) | Aktiebolag | HB | KB | Oy | Oyj | Ky | ASA
AS | A/S | ApS | I/S | K/S | P/S | IVS | hf | ehf | OÜ | SIA | UAB | Aktieselskab | Osakeyhtiö
Sp. z o.o. | Sp. z o. o. | sp.k. | S.K.A. | s.r.o. | spol. s r.o. | a.s. | k.s. | v.o.s.
d.o.o. | d.d. | Kft. | Zrt. | Nyrt. | Bt. | A.Ş. | Ltd. Şti. | A.E. | E.P.E. | OOD | EOOD
AD | EAD | TOV
K.K. | Kabushiki Kaisha | G.K. | Sdn Bhd | Bhd | Berhad | Tbk | W.L.L. | FZE | FZ-LLC
FZCO | DMCC | JSC | PJSC | OJSC | CJSC | PSC
"""
"""Legal forms written after a name, by region: English-speaking; German-speaking; French,
Spanish, Portuguese, Italian, Belgian; Dutch, Nordic, Baltic; Central and Eastern Europe,
Turkey, Greece; Asia and the Middle East. Each is folded like a name and matched word by word,
so "S.A." also covers "SA" and "s.a.", and "GmbH & Co. KG" is "KG", "Co", "&" and "GmbH"."""
_LEADING_FORMS = "PT | CV | ООО | ОАО | ЗАО | ПАО | АО | OOO | OAO | ZAO | PAO"
"""Forms written before the name: "PT Bank Central Asia", "ООО «Яндекс»"."""
_WEB_SUFFIX = re.compile(
    r"(?<=[^\W\d_])\.(?:co\.uk|com|net|org|io|ai|co|de|fr|es|it|nl|eu)\b", re.I
)
"""A web address's ending after a name: "Booking.com" is Booking, "Amazon.com, Inc." Amazon."""
_QUIET = re.compile(r"['’`´.]")  # left out without a gap: "McDonald's", "I.B.M.", "S.A."


def _tokens(name: str) -> list[str]:
    """``name`` folded into words: case, accents, "&", punctuation and spacing made uniform."""
    text = unicodedata.normalize("NFKC", name)
    text = _WEB_SUFFIX.sub("", text)
    for _ in range(3):  # casefold can bring back marks decomposition takes out ("ǰ")
        folded = "".join(
            ch
            for ch in unicodedata.normalize("NFKD", text.casefold())
            if not unicodedata.combining(ch)
        )
        if folded == text:
            break
        text = folded
    text = _QUIET.sub("", text.replace("&", " and "))
    return "".join(ch if ch.isalnum() else " " for ch in text).split()


def _forms(table: str) -> set[tuple[str, ...]]:
    return {tuple(_tokens(f)) for line in table.splitlines() for f in line.split("|")} - {()}


_TRAILING = sorted(_forms(_LEGAL_FORMS), key=len, reverse=True)
_LEADING = _forms(_LEADING_FORMS)


def company_key(name: str) -> str:
    """The folded name that spellings of one employer share ("Globex Corp." -> "globex").

    Idempotent, and never empty for a name with a letter or a digit in it.
    """
    words = _tokens(name)
    changed = True
    while changed and len(words) > 1:
        changed = False
        if words[0] == "the" or (words[0],) in _LEADING:
            words, changed = words[1:], True
        elif words[-1] in ("and", "the"):  # "Smith & Co." once "Co" is gone; "Disney Company, The"
            words, changed = words[:-1], True
        else:
            for form in _TRAILING:
                if len(form) < len(words) and tuple(words[-len(form) :]) == form:
                    words, changed = words[: -len(form)], True
                    break
    if words:
        return " ".join(words)
    return " ".join(name.casefold().split())


def same_company(a: str, b: str) -> bool:
    """Whether two names fold alike (and are not both empty)."""
    key = company_key(a)
    return bool(key) and key == company_key(b)
