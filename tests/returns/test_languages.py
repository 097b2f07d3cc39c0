"""Returns in the languages of the form pack: complete translations, the same figures in
every language, every file written and read back, and translation mistakes named with
their file, line and a fix."""

from __future__ import annotations

import csv
import io
import json
import re
import shutil
from dataclasses import replace
from datetime import date
from pathlib import Path

import jsonschema
import openpyxl
import pypdf
import pytest
from ruamel.yaml import YAML

from intake.domain import AnswerStatus
from intake.forms import Pack, load_pack
from intake.returns import (
    JourneyRecord,
    RCode,
    Return,
    ReturnTemplate,
    ReturnTemplateError,
    build_return,
    check_template,
    load_template,
)
from intake.returns.categories import choice_key
from intake.returns.labels import ENGLISH_LABELS, Labels, Source, Text
from intake.returns.synthetic import FREE_TEXT_MARKER, journeys
from intake.returns.translations import (
    COMMON,
    languages_of,
    pack_keys,
    parse_translation,
    template_keys,
    texts_of,
    word_keys,
)
from intake.returns.words import WORDS
from intake.returns.writers import (
    SCHEMA_PATH,
    csv_bytes,
    json_document,
    pdf_bytes,
    pdf_language,
    write_all,
    xlsx_bytes,
)
from intake.returns.writers.to_xlsx import notes_name, sheet_names

from .support import GENERATED, Q3, TEMPLATE, pack, texts

ROOT = Path(__file__).resolve().parents[2]
CORE = ROOT / "forms" / "core"
RETURNS = ROOT / "forms" / "returns"
TRANSLATIONS = RETURNS / "translations"
# Every language the default pack ships, and which way it is written.
SHIPPED = {
    path.stem: YAML(typ="safe").load(path.read_text("utf-8"))["direction"]
    for path in sorted((CORE / "translations").glob("*.yaml"))
}
CANARY_NAME = "Zebediah Quillfeather"
CANARY_REFERENCE = "REF-7Q4X9"


def test_the_pack_ships_the_four_languages() -> None:
    assert SHIPPED == {"ar": "rtl", "cy": "ltr", "pl": "ltr", "ur": "rtl"}


@pytest.fixture(scope="module")
def core() -> Pack:
    return load_pack(CORE).pack


@pytest.fixture(scope="module")
def pcc(core: Pack) -> ReturnTemplate:
    return load_template(RETURNS / "pcc-quarterly.yaml", core)


@pytest.fixture(scope="module")
def records(core: Pack) -> list[JourneyRecord]:
    found = list(journeys(core, 300, 400, first_day=date(2026, 5, 1), days=150, seed=3))
    # Names and references where a careless pipeline might pick them up.
    first = found[0]
    answers = dict(first.answers)
    for q in core.questions():
        if q.type in ("short_text", "long_text"):
            answers[q.id] = (AnswerStatus.ANSWERED, f"{CANARY_NAME} {CANARY_REFERENCE}")
    found[0] = replace(first, answers=answers)
    return found


@pytest.fixture(scope="module")
def english(pcc: ReturnTemplate, core: Pack, records: list[JourneyRecord]) -> Return:
    return build_return(pcc, core, records, Q3, GENERATED)


@pytest.fixture(scope="module")
def returns(pcc: ReturnTemplate, core: Pack, records: list[JourneyRecord]) -> dict[str, Return]:
    return {lang: build_return(pcc, core, records, Q3, GENERATED, lang) for lang in SHIPPED}


# --------------------------------------------------------------------------- the files


def _strings(path: Path) -> dict[str, str]:
    data = YAML(typ="safe").load(path.read_text("utf-8"))
    return {k: (v or "") for k, v in data["strings"].items()}


@pytest.mark.parametrize("lang", sorted(SHIPPED))
def test_every_template_translation_is_complete(lang: str, pcc: ReturnTemplate, core: Pack) -> None:
    keys = template_keys(pcc, core)
    strings = _strings(TRANSLATIONS / f"pcc-quarterly.{lang}.yaml")
    assert sorted(set(keys) - set(strings)) == [], "missing"
    assert sorted(set(strings) - set(keys)) == [], "extra"
    assert [k for k, v in strings.items() if not v.strip()] == [], "empty"
    assert list(strings) == list(keys), "keys in the order `intake returns keys` prints"


@pytest.mark.parametrize("lang", sorted(SHIPPED))
def test_every_fixed_word_catalogue_is_complete(lang: str) -> None:
    strings = _strings(TRANSLATIONS / f"{COMMON}.{lang}.yaml")
    assert sorted(set(WORDS) - set(strings)) == [], "missing"
    assert sorted(set(strings) - set(WORDS)) == [], "extra"
    assert [k for k, v in strings.items() if not v.strip()] == [], "empty"


@pytest.mark.parametrize("lang", sorted(SHIPPED))
def test_the_files_load_without_a_problem(lang: str, pcc: ReturnTemplate, core: Pack) -> None:
    languages = languages_of(pcc)
    assert lang in languages.codes
    assert [str(p) for p in languages.languages[lang].problems] == []
    coverage = languages.coverage(lang, pcc, core)
    assert coverage.complete, coverage  # the pack's own labels too


@pytest.mark.parametrize(
    "stem", [f"{s}.{lang}" for lang in SHIPPED for s in ("pcc-quarterly", COMMON)]
)
def test_each_file_says_whether_it_was_reviewed(stem: str) -> None:
    lang = stem.rsplit(".", 1)[1]
    text = (TRANSLATIONS / f"{stem}.yaml").read_text("utf-8")
    data = YAML(typ="safe").load(text)
    assert data["language"] == lang
    assert data["direction"] == SHIPPED[lang]
    first = text.splitlines()[0]
    if data["reviewed"]:
        assert any(line.startswith("# reviewed_by:") for line in text.splitlines())
    else:
        assert first == "# Machine-assisted draft: not yet reviewed by a fluent speaker."


@pytest.mark.parametrize("lang", sorted(SHIPPED))
def test_fields_and_symbols_are_kept(lang: str) -> None:
    strings = _strings(TRANSLATIONS / f"{COMMON}.{lang}.yaml")
    for key, english in WORDS.items():
        fields = set(re.findall(r"\{[a-z_]+\}", english))
        assert set(re.findall(r"\{[a-z_]+\}", strings[key])) == fields, key
        assert "[c]" not in strings[key] or "[c]" in english, key


@pytest.mark.parametrize("lang", sorted(SHIPPED))
def test_prefer_not_to_say_reads_as_in_the_pack(lang: str) -> None:
    """The pack quotes its own "Prefer not to say" choice in the About you introduction;
    a return must use exactly those words."""
    pack_strings = _strings(CORE / "translations" / f"{lang}.yaml")
    intro = pack_strings["stage.about_you.intro.self"]
    quoted = re.findall(r"[\"“„«]([^\"”“»]+)[\"”»]", intro)
    assert len(quoted) == 1, intro
    words = _strings(TRANSLATIONS / f"{COMMON}.{lang}.yaml")
    assert words["category.prefer_not_to_say"] == quoted[0]


def test_pack_labels_are_keyed_as_in_the_pack(pcc: ReturnTemplate, core: Pack) -> None:
    from intake.forms import text_keys

    known = text_keys(core)
    used = pack_keys(pcc, core)
    assert used, "a return prints the pack's choices"
    assert {k: known.get(k) for k in used} == used


# --------------------------------------------------------------------------- the returns


@pytest.mark.parametrize("lang", sorted(SHIPPED))
def test_same_figures_and_pattern_in_every_language(
    lang: str, english: Return, returns: dict[str, Return]
) -> None:
    ret = returns[lang]
    assert ret.language == lang
    assert [t.id for t in ret.tables] == [t.id for t in english.tables]
    for mine, theirs in zip(ret.tables, english.tables, strict=True):
        assert mine.frame.row_keys == theirs.frame.row_keys
        assert mine.frame.column_keys == theirs.frame.column_keys
        assert [c.value for c in mine.all_cells()] == [c.value for c in theirs.all_cells()]
        assert [c.suppressed for c in mine.all_cells()] == [
            c.suppressed for c in theirs.all_cells()
        ]
    assert any(t.any_suppressed for t in ret.tables)


@pytest.mark.parametrize("lang", sorted(SHIPPED))
def test_labels_are_in_the_language(
    lang: str, english: Return, returns: dict[str, Return], core: Pack
) -> None:
    ret = returns[lang]
    labels = ret.labels
    assert labels.language == lang
    assert labels.direction == SHIPPED[lang]
    assert not labels.reviewed  # the shipped files are drafts
    own = _strings(TRANSLATIONS / f"pcc-quarterly.{lang}.yaml")
    assert ret.title == own["template.title"] != english.title
    for table in ret.tables:
        texts = table.frame.texts
        assert texts is not None
        for text in texts.all():
            for part in text.walk():
                if part.source is not Source.LITERAL:
                    assert labels.translated(part) is not None, (table.id, part.key)
        assert table.title != next(t for t in english.tables if t.id == table.id).title
    declined = _strings(TRANSLATIONS / f"{COMMON}.{lang}.yaml")["category.prefer_not_to_say"]
    sex = next(t for t in ret.tables if t.id == "sex")
    assert sex.frame.rows[-2] == declined
    pack_strings = _strings(CORE / "translations" / f"{lang}.yaml")
    assert sex.frame.rows[0] == pack_strings[choice_key(core.question("sex"), "female")]


def test_a_template_label_overrides_the_pack_and_uses_the_template_translation(
    returns: dict[str, Return],
) -> None:
    ret = returns["cy"]
    disability = next(t for t in ret.tables if t.id == "disability")
    own = _strings(TRANSLATIONS / "pcc-quarterly.cy.yaml")
    assert disability.frame.rows[0] == own["table.disability.by.labels.disabled"]


def test_relabelling_back_to_english_gives_the_english_return(
    english: Return, returns: dict[str, Return]
) -> None:
    back = returns["pl"].relabel(ENGLISH_LABELS)
    assert back.title == english.title
    assert [t.frame for t in back.tables] == [t.frame for t in english.tables]


def test_an_unknown_language_is_refused_by_name(
    pcc: ReturnTemplate, core: Pack, records: list[JourneyRecord]
) -> None:
    with pytest.raises(ReturnTemplateError) as caught:
        build_return(pcc, core, records, Q3, GENERATED, "de")
    problem = caught.value.problems[0]
    assert problem.code is RCode.NO_LANGUAGE
    assert "'de'" in problem.message
    assert "cy" in problem.fix


# --------------------------------------------------------------------------- the files written


def test_xlsx_reads_back_in_welsh_with_the_same_numbers(
    english: Return, returns: dict[str, Return]
) -> None:
    ret = returns["cy"]
    wb = openpyxl.load_workbook(io.BytesIO(xlsx_bytes(ret)))
    assert wb.sheetnames[0] == "Nodiadau" == notes_name(ret)
    notes = "\n".join(str(c.value) for row in wb["Nodiadau"].iter_rows() for c in row if c.value)
    for words in ("Cymraeg", "trothwy 5", "[c]"):
        assert words in notes
    for table, name, theirs in zip(ret.tables, sheet_names(ret), english.tables, strict=True):
        ws = wb[name]
        assert ws["A1"].value == table.title
        header_row = 4
        assert ws.cell(header_row, 1).value == table.frame.row_header
        for i, (row, same) in enumerate(zip(table.cells, theirs.cells, strict=True)):
            assert ws.cell(header_row + 1 + i, 1).value == table.frame.rows[i]
            got = [ws.cell(header_row + 1 + i, 2 + j).value for j in range(len(row))]
            assert got == ["[c]" if c.value is None else c.value for c in same]
        if table.column_totals is not None:
            last = header_row + 1 + len(table.cells)
            assert ws.cell(last, 1).value == "Cyfanswm"


@pytest.mark.parametrize("lang", ["ar", "ur"])
def test_xlsx_sheets_run_right_to_left(lang: str, returns: dict[str, Return]) -> None:
    wb = openpyxl.load_workbook(io.BytesIO(xlsx_bytes(returns[lang])))
    assert all(ws.sheet_view.rightToLeft for ws in wb.worksheets)


@pytest.mark.parametrize("lang", ["en", *sorted(SHIPPED)])
def test_json_validates_in_every_language(
    lang: str, english: Return, returns: dict[str, Return]
) -> None:
    ret = english if lang == "en" else returns[lang]
    schema = json.loads(SCHEMA_PATH.read_text("utf-8"))
    jsonschema.Draft202012Validator.check_schema(schema)
    document = json_document(ret)
    jsonschema.Draft202012Validator(schema).validate(document)
    assert document["language"]["code"] == lang
    assert document["language"]["reviewed"] is (lang == "en")
    mine = document["tables"]
    theirs = json_document(english)["tables"]
    for a, b in zip(mine, theirs, strict=True):
        for key in ("id", "kind", "shape", "unit", "row_keys", "column_keys", "cells"):
            assert a[key] == b[key], (a["id"], key)


def test_csv_in_welsh(returns: dict[str, Return], english: Return) -> None:
    data = csv_bytes(returns["cy"])
    assert data.startswith(b"\xef\xbb\xbf")
    rows = list(csv.reader(io.StringIO(data.decode("utf-8-sig"))))
    assert rows[0] == ["templed", "fersiwn", "cyfnod", "tabl", "teitl_y_tabl", "uned", "rhes",
                       "colofn", "gwerth"]  # fmt: skip
    theirs = list(csv.reader(io.StringIO(csv_bytes(english).decode("utf-8-sig"))))
    assert len(rows) == len(theirs)
    # The same figures in the same places; ids and the period unchanged.
    assert [(r[0], r[1], r[2], r[3], r[8]) for r in rows[1:]] == [
        (r[0], r[1], r[2], r[3], r[8]) for r in theirs[1:]
    ]
    assert ("Cyfanswm", "Cyfanswm") in {(r[6], r[7]) for r in rows}


def test_pdf_in_welsh_and_polish_prints_their_letters(returns: dict[str, Return]) -> None:
    for lang, letters in (("cy", "Grŵp ethnig"), ("pl", "Płeć")):
        ret = returns[lang]
        assert pdf_language(ret) == lang
        data = pdf_bytes(ret)
        assert data == pdf_bytes(ret)  # the same return gives the same bytes
        text = "\n".join(p.extract_text() for p in pypdf.PdfReader(io.BytesIO(data)).pages)
        assert letters in text
        assert ret.title.split()[0] in text
        assert b"DejaVuSans" in data  # a Unicode font, so no letter is lost


@pytest.mark.parametrize("lang", ["ar", "ur"])
def test_pdf_in_arabic_script_falls_back_to_english_and_says_so(
    lang: str, returns: dict[str, Return], english: Return
) -> None:
    ret = returns[lang]
    assert pdf_language(ret) == "en"
    text = "\n".join(p.extract_text() for p in pypdf.PdfReader(io.BytesIO(pdf_bytes(ret))).pages)
    assert "This summary is in English" in text
    assert ret.labels.english_name in text
    assert english.tables[0].title in text
    wb = openpyxl.load_workbook(io.BytesIO(xlsx_bytes(ret)))
    notes = "\n".join(str(c.value) for row in wb.worksheets[0].iter_rows() for c in row if c.value)
    assert _strings(TRANSLATIONS / f"{COMMON}.{lang}.yaml")["notes.pdf_in_english"] in notes


def _exact_dates(records: list[JourneyRecord]) -> set[str]:
    days: set[date] = set()
    for r in records:
        days |= {d for d in (r.referral_date, r.first_contact_date, r.closed_date) if d}
        for _status, value in r.answers.values():
            if isinstance(value, str) and re.fullmatch(r"\d{4}-\d{2}-\d{2}", value):
                days.add(date.fromisoformat(value))
    found = set()
    for d in days:
        found |= {d.isoformat(), d.strftime("%d/%m/%Y"), d.strftime("%-d %B %Y")}
    return found - {GENERATED.isoformat()}


@pytest.mark.parametrize("lang", sorted(SHIPPED))
def test_no_name_reference_free_text_or_exact_date_leaves_in_any_language(
    lang: str, returns: dict[str, Return], records: list[JourneyRecord], tmp_path: Path
) -> None:
    paths = write_all(returns[lang], tmp_path)
    assert sorted(p.name for p in paths) == sorted(
        f"pcc-quarterly_2026-Q3_{lang}.{x}" for x in ("csv", "json", "pdf", "xlsx")
    )
    canaries = {CANARY_NAME, "Quillfeather", CANARY_REFERENCE, FREE_TEXT_MARKER}
    canaries |= _exact_dates(records)
    for suffix, text in texts(tmp_path).items():
        assert "2026-Q3" in text, suffix  # the scan can read the file
        for canary in canaries:
            assert canary not in text, f"{canary!r} in the {lang} {suffix}"


# --------------------------------------------------------------------------- mistakes


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    """A templates folder holding the shared test template and a Welsh translation."""
    returns = tmp_path / "forms" / "returns"
    (returns / "translations").mkdir(parents=True)
    (returns / "mini.yaml").write_text(TEMPLATE, "utf-8")
    return returns


def _mini_keys() -> dict[str, str]:
    template, problems = check_template_text()
    assert template is not None, problems
    return template_keys(template, pack())


def check_template_text() -> tuple[ReturnTemplate | None, list[object]]:
    from intake.returns import parse_template

    template, problems = parse_template(TEMPLATE, pack())
    return template, list(problems)


def _welsh(keys: dict[str, str], extra: str = "", language: str = "cy") -> str:
    lines = [
        "# Machine-assisted draft: not yet reviewed by a fluent speaker.",
        f"language: {language}",
        "name: Cymraeg",
        "english_name: Welsh",
        "direction: ltr",
        "reviewed: false",
        "strings:",
    ]
    lines += [f"  {k}: {json.dumps('CY ' + v, ensure_ascii=False)}" for k, v in keys.items()]
    return "\n".join(lines) + "\n" + extra


def _load(folder: Path) -> ReturnTemplate:
    template, problems = check_template(folder / "mini.yaml", pack())
    assert template is not None, problems
    return template


def test_a_translated_test_template_works(folder: Path) -> None:
    keys = _mini_keys()
    (folder / "translations" / "mini-quarterly.cy.yaml").write_text(_welsh(keys), "utf-8")
    template = _load(folder)
    languages = languages_of(template)
    assert languages.codes == ["en", "cy"]
    ret = build_return(template, pack(), [], Q3, GENERATED, "cy")
    assert ret.title == "CY Mini quarterly return"
    # No fixed-word catalogue: Intake's own words fall back to English, and that is said.
    assert ret.tables[0].frame.row_header == "Measure"
    problems = languages.languages["cy"].problems
    assert [p.code for p in problems] == [RCode.TR_MISSING]
    assert problems[0].warning
    assert "common.cy.yaml" in problems[0].message + problems[0].fix
    coverage = languages.coverage("cy", template, pack())
    assert set(coverage.words) == set(WORDS)
    assert coverage.template == ()


def test_an_unknown_key_is_named_with_its_file_line_and_a_fix(folder: Path) -> None:
    keys = _mini_keys()
    path = folder / "translations" / "mini-quarterly.cy.yaml"
    path.write_text(_welsh(keys, "  table.volumes.titel: Pobl\n"), "utf-8")
    template = _load(folder)  # the template itself is fine
    languages = languages_of(template)
    assert languages.codes == ["en"]
    (problem,) = [p for p in languages.problems() if not p.warning]
    assert problem.code is RCode.TR_UNKNOWN_KEY
    assert problem.file == path
    assert problem.line == 8 + len(keys)
    assert "table.volumes.titel" in problem.message
    assert "intake returns keys --template mini-quarterly" in problem.fix
    assert f"{path}:{problem.line}: error R016" in str(problem)
    with pytest.raises(ReturnTemplateError) as caught:
        build_return(template, pack(), [], Q3, GENERATED, "cy")
    assert caught.value.problems == [problem]
    # English is not affected.
    assert build_return(template, pack(), [], Q3, GENERATED).title == "Mini quarterly return"


def test_a_lost_field_is_named(folder: Path) -> None:
    path = folder / "translations" / "mini-quarterly.cy.yaml"
    path.write_text(_welsh(_mini_keys()), "utf-8")
    common = folder / "translations" / "common.cy.yaml"
    words = {k: v for k, v in WORDS.items()}
    words["pdf.page"] = "Tudalen"
    body = "\n".join(f"  {k}: {json.dumps(v, ensure_ascii=False)}" for k, v in words.items())
    common.write_text(
        "language: cy\nname: Cymraeg\nreviewed: false\nstrings:\n" + body + "\n", "utf-8"
    )
    problems = languages_of(_load(folder)).problems()
    (problem,) = [p for p in problems if not p.warning]
    assert problem.code is RCode.TR_PLACEHOLDERS
    assert problem.file == common
    assert problem.line == 5 + list(WORDS).index("pdf.page")
    assert "{page}" in problem.message


@pytest.mark.parametrize(
    ("text", "code", "line"),
    [
        ("language: cy\nname: Cymraeg\nstrings:\n  a: [\n", RCode.YAML_SYNTAX, None),
        ("language: cy\nname: Cymraeg\ncolour: blue\nstrings: {}\n", RCode.TR_BAD_FILE, 3),
        ("language: cy\nstrings: {}\n", RCode.TR_BAD_FILE, None),
        ("language: pl\nname: Polski\nstrings: {}\n", RCode.TR_BAD_FILE, 1),
        ("language: cy\nname: Cymraeg\ndirection: up\nstrings: {}\n", RCode.TR_BAD_FILE, 3),
        ("- just\n- a list\n", RCode.TR_BAD_FILE, 1),
    ],
)
def test_a_malformed_file_is_named(text: str, code: RCode, line: int | None) -> None:
    found, problems = parse_translation(
        text, _mini_keys(), name="translations/mini-quarterly.cy.yaml", language="cy"
    )
    assert found is None
    errors = [p for p in problems if not p.warning]
    assert errors, problems
    assert errors[0].code is code, problems
    if line is not None:
        assert errors[0].line == line
    assert str(errors[0]).startswith("translations/mini-quarterly.cy.yaml")
    assert errors[0].fix


def test_a_missing_label_falls_back_to_english_and_is_reported(folder: Path) -> None:
    keys = _mini_keys()
    del keys["table.ethnicity.by.labels.white"]
    (folder / "translations" / "mini-quarterly.cy.yaml").write_text(_welsh(keys), "utf-8")
    template = _load(folder)
    ret = build_return(template, pack(), [], Q3, GENERATED, "cy")
    ethnicity = next(t for t in ret.tables if t.id == "ethnicity")
    assert ethnicity.frame.rows[0] == "White"
    assert ethnicity.title == "CY Ethnic group"
    languages = languages_of(template)
    missing = [p for p in languages.problems() if p.code is RCode.TR_MISSING]
    assert any("table.ethnicity.by.labels.white" in p.message for p in missing)
    coverage = languages.coverage("cy", template, pack())
    assert coverage.template == ("table.ethnicity.by.labels.white",)


def test_the_common_name_is_kept_for_the_fixed_words() -> None:
    from intake.returns import parse_template

    template, problems = parse_template(TEMPLATE.replace("mini-quarterly", "common"), pack())
    assert template is None
    assert problems[0].code is RCode.WRONG_VALUE
    assert "common" in problems[0].message


def test_every_key_is_listed_once_in_print_order(pcc: ReturnTemplate, core: Pack) -> None:
    texts = list(texts_of(pcc, core))
    keys = template_keys(pcc, core)
    assert list(keys)[:2] == ["template.title", "template.description"]
    assert len(keys) == len({t.key for t in texts if t.source is Source.TEMPLATE})
    assert word_keys() == WORDS


# --------------------------------------------------------------------------- labels


def test_labels_fall_back_to_english() -> None:
    welsh = Labels("cy", "Cymraeg", words={"total": "Cyfanswm", "pdf.page": "Tudalen"})
    assert welsh.word("total") == "Cyfanswm"
    assert welsh.word("heading.count") == "Count"  # missing: English
    # A translation that lost its field is not used: the page number must not vanish.
    assert welsh.word("pdf.page", page=3) == "Page 3"
    text = Text.pack("stage.referral.title", "Referral", lower=True)
    assert Labels("cy", pack={"stage.referral.title": "Atgyfeirio"}).text(text) == "atgyfeirio"
    assert Text.word("category.scale_end", number=1, label=text).plain == "1 (referral)"


def test_copying_the_shipped_files_is_enough_for_another_template(
    tmp_path: Path, core: Pack
) -> None:
    """A service copying the default template gets its languages by copying its files."""
    returns = tmp_path / "returns"
    shutil.copytree(RETURNS, returns)
    src = returns / "pcc-quarterly.yaml"
    (returns / "pcc-annual.yaml").write_text(
        src.read_text("utf-8").replace("id: pcc-quarterly", "id: pcc-annual"), "utf-8"
    )
    for lang in SHIPPED:
        shutil.copy(
            returns / "translations" / f"pcc-quarterly.{lang}.yaml",
            returns / "translations" / f"pcc-annual.{lang}.yaml",
        )
    template, _ = check_template(returns / "pcc-annual.yaml", core)
    assert template is not None
    assert languages_of(template).codes == ["en", *sorted(SHIPPED)]
    assert languages_of(template).pack_folder == CORE
