"""Languages: the pseudo-locales, switching while running, right to left, and the
extractor that keeps translations/*.ts current."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from intake.ui import i18n
from intake.ui.interview_screen import InterviewScreen
from intake.ui.main import MainWindow

from .conftest import extractor, sign_in_for_jordan

ROOT = Path(__file__).resolve().parent.parent.parent


@pytest.fixture(autouse=True)
def _english_afterwards(qapp: QApplication) -> Iterator[None]:
    yield
    i18n.set_language("en")


def test_pseudo_text_is_longer_and_keeps_placeholders_and_mnemonics() -> None:
    text = "Question {0} of {1}"
    out = i18n.pseudo(text)
    assert len(out) >= len(text) * 1.4
    assert "{0}" in out
    assert "{1}" in out
    assert out.format(2, 9).count("2") == 1
    assert "&" in i18n.pseudo("&Next")
    assert i18n.pseudo("Question") != "Question"


def test_switching_language_changes_the_interview_words_at_once(
    qtbot: QtBot, window: MainWindow
) -> None:
    _session, person, journey = sign_in_for_jordan(qtbot, window)
    window.start_interview(person, journey, "referral")
    screen = window.current
    assert isinstance(screen, InterviewScreen)
    assert screen.view.next_button.text() == "&Next"
    window.set_language("en-XA")
    screen = window.current
    assert isinstance(screen, InterviewScreen)  # the same place, rebuilt in the new language
    assert screen.view.next_button.text() == i18n.pseudo("&Next")
    assert QApplication.layoutDirection() == Qt.LayoutDirection.LeftToRight
    window.set_language("en")
    assert window.current.view.next_button.text() == "&Next"  # type: ignore[union-attr]


def test_a_right_to_left_language_mirrors_the_layout(qtbot: QtBot, window: MainWindow) -> None:
    window.set_language("ar-XB")
    assert QApplication.layoutDirection() == Qt.LayoutDirection.RightToLeft
    assert window.unlock_screen.layoutDirection() == Qt.LayoutDirection.RightToLeft
    assert window.unlock_screen.unlock_button.text() == i18n.pseudo("&Unlock")
    window.set_language("en")
    assert QApplication.layoutDirection() == Qt.LayoutDirection.LeftToRight


def test_the_choice_is_remembered(qtbot: QtBot, window: MainWindow, made: Path) -> None:
    from .conftest import TODAY, workspace

    window.set_language("en-XA")
    again = MainWindow(workspace(made), window.loaded, today=TODAY)
    qtbot.addWidget(again)
    assert again.language == "en-XA"
    assert again.unlock_screen.unlock_button.text() == i18n.pseudo("&Unlock")


def test_nothing_is_clipped_in_the_long_pseudo_language(qtbot: QtBot, window: MainWindow) -> None:
    from .test_accessibility import clipped, screens

    window.set_language("en-XA")
    window.resize(1280, 800)
    problems = []
    for name, root in screens(qtbot, window):
        QApplication.processEvents()
        problems += [f"{name}: {p}" for p in clipped(root)]
    assert not problems, "\n".join(problems)


def test_the_extractor_finds_strings_through_imported_helpers(tmp_path: Path) -> None:
    messages = extractor.collect()
    keys = set(messages)
    assert ("InterviewView", "&Next") in keys
    assert ("Intake", "&Unlock") in keys  # tr imported from intake.ui.widgets
    assert ("SelfCompletion", "Quick &exit") in keys
    assert ("Intake", "Anonymised reporting to funders") in keys  # marked with N_()
    assert ("SelfCompletion", "Largest") in keys


def test_ts_files_keep_translations_and_report_gaps(tmp_path: Path) -> None:
    messages = extractor.collect()
    ts = tmp_path / "intake_cy.ts"
    extractor.write_ts(ts, "cy", messages)
    entries = extractor.read_ts(ts)
    assert set(entries) == set(messages)
    assert entries[extractor.META] == ("no", "")  # filled from the file's review flag
    assert len(extractor.missing(ts, messages)) == len(messages) - 1
    # translate one string by hand, as a translator would, and update again
    text = ts.read_text(encoding="utf-8")
    text = text.replace(
        '<source>&amp;Next</source>\n      <translation type="unfinished" />',
        "<source>&amp;Next</source>\n      <translation>&amp;Nesaf</translation>",
        1,
    )
    ts.write_text(text, encoding="utf-8")
    extractor.write_ts(ts, "cy", messages)
    translated = [k for k, (text, _kind) in extractor.read_ts(ts).items() if text == "&Nesaf"]
    assert len(translated) == 1
    assert len(extractor.missing(ts, messages)) == len(messages) - 2


SHIPPED = extractor.ts_files()
PLACEHOLDER = re.compile(r"\{\d+\}")


@pytest.mark.parametrize("ts", SHIPPED, ids=lambda p: p.stem)
def test_every_shipped_language_translates_every_screen_string(ts: Path) -> None:
    gaps = extractor.missing(ts, extractor.collect())
    shown = "\n".join(f"  {ctx}: {text!r}" for ctx, text in gaps[:10])
    assert not gaps, f"{ts.name} has {len(gaps)} strings to translate, e.g.\n{shown}"


@pytest.mark.parametrize("ts", SHIPPED, ids=lambda p: p.stem)
def test_translations_keep_placeholders_and_one_shortcut_letter(ts: Path) -> None:
    wrong = []
    for (ctx, source), (text, _kind) in extractor.read_ts(ts).items():
        if not text:
            continue
        if sorted(PLACEHOLDER.findall(source)) != sorted(PLACEHOLDER.findall(text)):
            wrong.append((ctx, source, "placeholders"))
        marks = len(re.findall(r"&(?=[^&\s])", source.replace("&&", "")))
        if marks != len(re.findall(r"&(?=[^&\s])", text.replace("&&", ""))):
            wrong.append((ctx, source, "shortcut letter"))
    assert not wrong, wrong[:10]


@pytest.mark.parametrize("code", ["cy", "pl", "ar", "ur"])
def test_each_shipped_language_changes_the_interview_words(
    qtbot: QtBot, window: MainWindow, code: str
) -> None:
    words = extractor.read_ts(extractor.TRANSLATIONS / f"intake_{code}.ts")
    assert code in [lang.code for lang in i18n.available()]
    _session, person, journey = sign_in_for_jordan(qtbot, window)
    window.start_interview(person, journey, "referral")
    window.set_language(code)
    screen = window.current
    assert isinstance(screen, InterviewScreen)
    assert screen.view.next_button.text() == words[("InterviewView", "&Next")][0]
    rtl = code in ("ar", "ur")
    direction = Qt.LayoutDirection.RightToLeft if rtl else Qt.LayoutDirection.LeftToRight
    assert QApplication.layoutDirection() == direction


def test_the_lower_layers_tables_reach_the_catalogue_and_translate_with_numbers() -> None:
    from intake.app.paper_service import MATCH_WORDS
    from intake.interview.validation import MESSAGES
    from intake.paper.answers import MESSAGES as PAPER
    from intake.ui.engine_words import lower_text, validation_text

    keys = set(extractor.collect())
    for table in (MESSAGES, PAPER, MATCH_WORDS):
        for text in table.values():
            assert (extractor.ENGINE_CONTEXT, text) in keys, text
    welsh = extractor.read_ts(extractor.TRANSLATIONS / "intake_cy.ts")
    template = welsh[("EngineWords", MESSAGES["too_few"])][0]
    assert "{0}" in template
    i18n.set_language("cy")
    shown = validation_text("too_few", ("2",), "Please choose at least 2 of the options.")
    assert shown == template.format("2")
    reason = next(iter(MATCH_WORDS.values()))
    assert lower_text(reason) == welsh[("EngineWords", reason)][0] != reason
    assert validation_text("brand_new", (), "English as given") == "English as given"
