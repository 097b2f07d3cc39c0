"""A small pack, a template and hand-built journeys shared by the returns tests.

The pack is written inline so the tests do not move when the default pack changes."""

from __future__ import annotations

import zipfile
from datetime import date
from pathlib import Path
from typing import Any

import pypdf

from intake.domain import AnswerStatus
from intake.forms import Pack, parse_pack
from intake.returns import (
    JourneyRecord,
    Period,
    ReturnTemplate,
    parse_template,
)
from intake.returns.records import Answered

PACK = """\
id: mini
version: "1.0"
title: Mini pack
stages:
  - id: referral
    title: Referral
    check_ins:
      - id: checkin_referral
        prompt: How are you feeling?
    sections:
      - id: s1
        title: About
        questions:
          - id: consent_reporting
            type: yes_no
            consent: reporting
            prompt: May we count you?
          - id: date_of_birth
            type: date
            scope: person
            prompt: Date of birth?
            returns: {dimension: age_band}
          - id: age_band
            type: single_choice
            scope: person
            prompt: Age group?
            choices:
              - {value: under_18, label: Under 18}
              - {value: adult, label: 18 to 64}
              - {value: older, label: 65 or over}
            returns: {dimension: age_band}
          - id: ethnicity
            type: single_choice
            scope: person
            prompt: Ethnic group?
            choices:
              - {value: white_british, label: White British}
              - {value: white_other, label: Any other White background}
              - {value: asian, label: Asian}
              - {value: black, label: Black}
            returns:
              dimension: ethnicity
              groups:
                white: [white_british, white_other]
          - id: sex
            type: single_choice
            scope: person
            prompt: Sex?
            choices:
              - {value: female, label: Female}
              - {value: male, label: Male}
            returns: {dimension: sex}
          - id: needs
            type: multiple_choice
            prompt: What would help?
            choices:
              - {value: safety, label: Safety}
              - {value: money, label: Money}
              - {value: housing, label: Housing}
            returns: {dimension: needs}
          - id: notes
            type: long_text
            prompt: Anything else?
          - id: referrer
            type: short_text
            prompt: Who referred you?
          - id: coping_start
            type: scale
            prompt: How are you coping?
            returns: {dimension: outcome_coping}
  - id: exit
    title: Exit
    check_ins:
      - id: checkin_exit
        prompt: How was that?
    sections:
      - id: s2
        title: End
        questions:
          - id: withdrawal_stage
            type: single_choice
            prompt: When did support stop?
            choices:
              - {value: early, label: Before support began}
              - {value: during, label: During support}
            returns: {dimension: withdrawal_stage}
          - id: coping_exit
            type: scale
            prompt: How are you coping now?
            returns: {dimension: outcome_coping}
"""

TEMPLATE = """\
id: mini-quarterly
version: "1.0"
title: Mini quarterly return
period: quarter
pack: mini
tables:
  - id: volumes
    kind: volumes
    title: People and journeys
  - id: repeat
    kind: repeat
    title: Repeat
  - id: ethnicity
    kind: count
    title: Ethnic group
    unit: people
    by: {dimension: ethnicity, labels: {white: White}}
  - id: ethnicity_journeys
    kind: count
    title: Ethnic group (journeys)
    by: {dimension: ethnicity, labels: {white: White}}
  - id: ethnicity_detail
    kind: count
    title: Ethnic group, detail
    by: {question: ethnicity, grouped: false}
  - id: age
    kind: count
    title: Age
    by:
      dimension: age_band
      age_bands: {under_18: [0, 17], adult: [18, 64], older: [65, 130]}
  - id: needs
    kind: count
    title: Needs
    by: {dimension: needs}
  - id: ethnicity_by_sex
    kind: crosstab
    title: Ethnic group by sex
    rows: {dimension: ethnicity, labels: {white: White}}
    columns: {dimension: sex}
  - id: first_contact
    kind: first_contact
    title: Days to first contact
  - id: withdrawal_stage
    kind: withdrawal_stage
    title: When support stopped
  - id: rights
    kind: rights
    title: Rights
  - id: outcomes
    kind: outcome_change
    title: Outcomes
  - id: comfort
    kind: comfort
    title: Comfort
"""

Q3 = Period.parse("2026-Q3")
GENERATED = date(2026, 10, 5)


def pack() -> Pack:
    loaded, problems = parse_pack(PACK)
    assert loaded is not None, "\n".join(map(str, problems))
    return loaded.pack


def template(text: str = TEMPLATE) -> ReturnTemplate:
    found, problems = parse_template(text, pack(), name="mini.yaml")
    assert found is not None, "\n".join(map(str, problems))
    return found


def ans(value: Any) -> Answered:
    return (AnswerStatus.ANSWERED, value)


DECLINED: Answered = (AnswerStatus.PREFER_NOT_TO_SAY, None)
LATER: Answered = (AnswerStatus.ASK_LATER, None)


def journey(
    person: int,
    key: int | None = None,
    *,
    referred: date = date(2026, 7, 10),
    consent: bool = True,
    **fields: Any,
) -> JourneyRecord:
    answers = fields.pop("answers", {})
    return JourneyRecord(
        person_key=person,
        journey_key=person * 100 if key is None else key,
        referral_date=referred,
        answers=answers,
        consent_reporting=consent,
        **fields,
    )


def table_values(table: Any) -> dict[str, int | None]:
    """{row label: the first column's figure} for one-way and list tables."""
    return {
        label: row[0].value if hasattr(row[0], "value") else row[0]
        for label, row in zip(table.frame.rows, table.cells, strict=True)
    }


def texts(folder: Path) -> dict[str, str]:
    """The readable text of each written file (XLSX unzipped, PDF text extracted)."""
    found = {}
    for path in folder.iterdir():
        data = path.read_bytes()
        if path.suffix == ".xlsx":
            with zipfile.ZipFile(path) as z:
                text = "\n".join(z.read(n).decode("utf-8", "replace") for n in z.namelist())
        elif path.suffix == ".pdf":
            reader = pypdf.PdfReader(path)
            text = "\n".join(p.extract_text() for p in reader.pages)
            text += data.decode("latin-1")
        else:
            text = data.decode("utf-8-sig")
        found[path.suffix] = text
    return found
