"""Field checks: dates, personnummer, e-mail and phone, each failing with a Swedish message."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from star_desktop.validation import (
    Collector,
    FieldErrors,
    format_personnummer,
    mask_personnummer,
    normalise_email,
    normalise_personnummer,
    normalise_phone,
    parse_date,
)


def luhn_digit(nine: str) -> str:
    """The Swedish personnummer check digit over YYMMDDNNN (Luhn, weights 2,1,2,...)."""
    total = 0
    for i, ch in enumerate(nine):
        d = int(ch) * (2 if i % 2 == 0 else 1)
        total += d - 9 if d > 9 else d
    return str((10 - total % 10) % 10)


def pnr12(day: dt.date, serial: int) -> str:
    nine = f"{day:%y%m%d}{serial:03d}"
    return f"{day:%Y%m%d}{serial:03d}{luhn_digit(nine)}"


def test_luhn_helper_matches_known_numbers():
    # Skatteverket's and python-stdnum's published examples
    assert pnr12(dt.date(1988, 3, 20), 1) == "198803200016"
    assert pnr12(dt.date(1981, 12, 28), 984) == "198112289841"
    assert pnr12(dt.date(1989, 1, 2), 328) == "198901023286"


# --- dates -------------------------------------------------------------------------------------


def test_parse_date_good():
    assert parse_date("2025-03-14") == dt.date(2025, 3, 14)
    assert parse_date("  2024-02-29 ") == dt.date(2024, 2, 29)  # leap day, spaces trimmed
    assert parse_date(dt.date(2025, 1, 2)) == dt.date(2025, 1, 2)


@pytest.mark.parametrize("empty", ["", "   ", None])
def test_parse_date_empty(empty):
    assert parse_date(empty) is None
    with pytest.raises(ValueError, match="Ange ett datum"):
        parse_date(empty, required=True)


@pytest.mark.parametrize(
    "text",
    ["2025-2-3", "14/3/2025", "14.3.2025", "2025/03/14", "20250314", "2025-03-14T10:00",
     "25-03-14", "den 14 mars"],
)
def test_parse_date_wrong_format(text):
    with pytest.raises(ValueError, match="ÅÅÅÅ-MM-DD"):
        parse_date(text)
    with pytest.raises(ValueError, match="ÅÅÅÅ-MM-DD"):
        parse_date(text, required=True)


@pytest.mark.parametrize("text", ["2025-02-30", "2025-02-29", "2025-13-01", "2025-00-10",
                                  "2025-04-31", "2025-03-1x", "0000-01-01"])
def test_parse_date_impossible_dates(text):
    with pytest.raises(ValueError, match="inget giltigt datum"):
        parse_date(text)


# --- personnummer ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    ["198112189876", "19811218-9876", "811218-9876", "8112189876", " 19811218 9876 ",
     "19811218+9876"],
)
def test_personnummer_forms_give_twelve_digits(text):
    assert normalise_personnummer(text) == "198112189876"


def test_personnummer_plus_means_a_hundred_years_or_more():
    assert normalise_personnummer("811218+9876") == "188112189876"


@pytest.mark.parametrize("empty", ["", "  ", None])
def test_personnummer_is_optional(empty):
    assert normalise_personnummer(empty) is None


@pytest.mark.parametrize(
    "text",
    ["19811218-9877",   # wrong check digit
     "19811218-987",    # too short
     "1981121898760",   # too long
     "19811318-9876",   # month 13
     "19810230-9876",   # 30 February
     "19811218/9876",
     "ABCDEFGH-1234",
     "19811218-98x6"],
)
def test_personnummer_bad(text):
    with pytest.raises(ValueError, match="inte giltigt"):
        normalise_personnummer(text)


def test_personnummer_in_the_future():
    number = pnr12(dt.date(2025, 6, 1), 123)
    with pytest.raises(ValueError, match="framtiden"):
        normalise_personnummer(number, today=dt.date(2025, 5, 31))
    assert normalise_personnummer(number, today=dt.date(2025, 6, 1)) == number
    far = pnr12(dt.date.today() + dt.timedelta(days=400), 5)
    with pytest.raises(ValueError, match="framtiden"):
        normalise_personnummer(far)


def test_mask_and_format():
    assert mask_personnummer("198112189876") == "19811218-XXXX"
    assert "9876" not in mask_personnummer("198112189876")
    assert mask_personnummer(None) == "" and mask_personnummer("") == ""
    assert format_personnummer("198112189876") == "19811218-9876"
    assert format_personnummer(None) == "" and format_personnummer("") == ""


DAYS = st.dates(min_value=dt.date(1900, 1, 1), max_value=dt.date.today())
SERIALS = st.integers(min_value=0, max_value=999)


@given(day=DAYS, serial=SERIALS)
def test_any_valid_personnummer_normalises_to_itself(day, serial):
    number = pnr12(day, serial)
    assert normalise_personnummer(number) == number
    assert normalise_personnummer(format_personnummer(number)) == number
    # the ten-digit form, with '+' from the year the person turns 100
    sign = "+" if day.year <= dt.date.today().year - 100 else "-"
    assert normalise_personnummer(f"{number[2:8]}{sign}{number[8:]}") == number
    assert mask_personnummer(number) == f"{number[:8]}-XXXX"


@given(day=DAYS, serial=SERIALS, off=st.integers(min_value=1, max_value=9))
def test_any_wrong_check_digit_is_refused(day, serial, off):
    number = pnr12(day, serial)
    wrong = number[:-1] + str((int(number[-1]) + off) % 10)
    with pytest.raises(ValueError, match="inte giltigt"):
        normalise_personnummer(wrong)


# --- e-mail and phone --------------------------------------------------------------------------


def test_email_good():
    assert normalise_email("anna.svensson@brakke.se") == "anna.svensson@brakke.se"
    assert normalise_email("  Anna.Svensson@Kommun.SE ") == "Anna.Svensson@kommun.se"
    assert normalise_email("åsa@bräcke.se") == "åsa@bräcke.se"
    assert normalise_email("") == "" and normalise_email(None) == "" and normalise_email(" ") == ""


@pytest.mark.parametrize("text", ["anna", "anna@", "@kommun.se", "anna@@kommun.se",
                                  "anna svensson@kommun.se", "anna@kommun", "anna@kommun..se"])
def test_email_bad(text):
    with pytest.raises(ValueError, match="E-postadressen är inte giltig"):
        normalise_email(text)


@pytest.mark.parametrize("text", ["070-123 45 67", "+46 (0)70-123 45 67", "0691 123 45",
                                  "12345"])
def test_phone_good(text):
    assert normalise_phone(f"  {text} ") == text


def test_phone_empty():
    assert normalise_phone("") == "" and normalise_phone(None) == ""


@pytest.mark.parametrize(("text", "words"), [
    ("070-ABC", "bara innehålla siffror"),
    ("070.123.45", "bara innehålla siffror"),
    ("ring mig", "bara innehålla siffror"),
    ("1234", "för kort"),
    ("+46 (0)", "för kort"),
])
def test_phone_bad(text, words):
    with pytest.raises(ValueError, match=words):
        normalise_phone(text)


# --- collecting a form's errors ----------------------------------------------------------------


def test_collector_keeps_the_first_message_per_field_and_raises_all():
    c = Collector()
    c.raise_if_any()  # nothing yet
    c.add("name", "Ange namn.")
    c.add("name", "Högst 200 tecken.")
    c.add("email", "E-postadressen är inte giltig.")
    with pytest.raises(FieldErrors) as ei:
        c.raise_if_any()
    assert ei.value.errors == {"name": "Ange namn.", "email": "E-postadressen är inte giltig."}
    assert isinstance(ei.value, ValueError)
    assert "name: Ange namn." in str(ei.value)


def test_parse_date_turns_a_datetime_into_its_date():
    import datetime as _dt

    from star_desktop.validation import parse_date as _parse

    assert _parse(_dt.datetime(2025, 3, 14, 9, 30)) == _dt.date(2025, 3, 14)
