"""Company names fold to one key per employer, so postings and contacts meet at one company."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from netdesk.core.company_key import company_key, same_company


@pytest.mark.parametrize(
    "names",
    [
        (
            "Globex Corp.",
            "Globex Corporation",
            "GLOBEX",
            "Globex",
            "globex, corp",
            "The Globex Co.",
        ),
        ("Ernst & Young", "Ernst and Young", "ERNST &YOUNG LLP"),
        ("Müller & Söhne GmbH & Co. KG", "Muller & Sohne", "MÜLLER & SÖHNE"),
        ("Nestlé S.A.", "Nestle SA", "NESTLÉ"),
        ("Grupo Bimbo, S.A.B. de C.V.", "Grupo Bimbo SAB de CV", "grupo bimbo"),
        ("Allegro Sp. z o.o.", "Allegro sp. z o. o.", "Allegro"),
        ("Volvo AB (publ)", "Volvo AB", "Volvo"),
        ("Nokia Oyj", "Nokia Corporation", "Nokia"),
        ("BHP Group Pty Ltd", "BHP Group Pty. Ltd.", "BHP Group Limited"),
        ("Toyota Motor Co., Ltd.", "Toyota Motor Corporation", "TOYOTA MOTOR"),
        ("PT Bank Central Asia Tbk", "Bank Central Asia"),
        ("The Walt Disney Company", "Walt Disney Company, The", "Walt Disney"),
        ("McDonald’s Corporation", "McDonald's", "McDonalds"),
        ("Amazon.com, Inc.", "Amazon"),
        ("Siemens Aktiengesellschaft", "Siemens AG"),
        ("Banco Santander, S.A.", "Banco Santander"),
        ("Initech SE", "Initech S.E.", "initech"),
        ("Hooli, LLC", "Hooli L.L.C.", "Hooli Inc."),
        ("A.P. Møller - Mærsk A/S", "A.P. Møller-Mærsk"),
    ],
)
def test_spellings_of_one_employer_fold_alike(names: tuple[str, ...]) -> None:
    keys = {company_key(name) for name in names}
    assert len(keys) == 1, keys
    assert all(same_company(names[0], name) for name in names)


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("Globex Bank", "Globex"),
        ("Globex Holdings", "Globex"),
        ("Globex Deutschland GmbH", "Globex GmbH"),
        ("Initech", "Initrode"),
        ("Sony Group Corporation", "Sony"),
        ("Procter & Gamble", "Procter"),
    ],
)
def test_different_employers_stay_apart(a: str, b: str) -> None:
    assert company_key(a) != company_key(b)
    assert not same_company(a, b)


@pytest.mark.parametrize(
    ("name", "key"),
    [
        ("Corporation", "corporation"),
        ("The Corporation", "corporation"),
        ("Inc.", "inc"),
        ("The", "the"),
        ("Co", "co"),
        ("&", "and"),
        ("3M Company", "3m"),
        ("???", "???"),
    ],
)
def test_a_name_is_never_folded_away(name: str, key: str) -> None:
    assert company_key(name) == key


def test_empty_names_match_nothing() -> None:
    assert company_key("") == ""
    assert company_key("  ") == ""
    assert not same_company("", "")


names = st.text(
    alphabet=st.characters(codec="utf-8", exclude_categories=("Cs",)), max_size=40
) | st.lists(
    st.sampled_from(
        [
            "The",
            "Globex",
            "&",
            "and",
            "Co.",
            "GmbH",
            "KG",
            "S.A.",
            "de",
            "C.V.",
            "Inc",
            ",",
            "A/S",
            "Corp",
            "Ltd",
            "Pty",
            "ООО",
            "PT",
            "Ünïcödé",
            "ǰ",
            "ß",
            "İ",
            "ﬁ",
            ".com",
            "'s",
            "(publ)",
        ]
    ),
    max_size=8,
).map(" ".join)


@given(names)
def test_folding_is_idempotent(name: str) -> None:
    key = company_key(name)
    assert company_key(key) == key


@given(names)
def test_a_name_with_letters_or_digits_keeps_a_key(name: str) -> None:
    if any(ch.isalnum() for ch in name):
        assert company_key(name).strip()


@given(names, names)
def test_matching_is_symmetric(a: str, b: str) -> None:
    assert same_company(a, b) == same_company(b, a)
