"""Intake's own words on paper in the pack's language: the files, the loader, the pages.

`src/intake/paper/words/<code>.yaml` holds the words printed around a pack's own text
("Why we ask:", "Tick one box.", "Prefer not to say", "Page n of N" ...). These tests
check that every shipped file has exactly the fields of `PaperWords` with the same
`{fields}`, agrees with the pack's and the screens' words, reaches the pages of a whole
pack in its language (and the English ones do not), that a broken file is refused with
a plain message naming the file, line and key, and that English is printed as before.
"""

from __future__ import annotations

import hashlib
import io
import re
import string
import subprocess
import sys
import xml.etree.ElementTree as ET
from collections import Counter
from dataclasses import fields, replace
from functools import cache
from pathlib import Path

import pytest
from pypdf import PdfReader
from ruamel.yaml import YAML

from intake.forms import LoadedPack, parse_pack
from intake.paper import (
    ENGLISH,
    ItemKind,
    PaperCode,
    PaperError,
    PaperOptions,
    PaperWords,
    printed_items,
    read_words,
    render_pack,
    render_stage,
    shipped_languages,
    words_for,
)
from intake.paper.words import KEYS
from tests.paper.support import (
    INLINE,
    POLISH,
    ROOT,
    has_word_run,
    inline_pack,
    languages_of,
    load_or_skip,
    needs_pdftotext,
    normalise,
    on_one_page,
    page_texts,
    word_boxes,
    words,
)

CORE = ROOT / "forms" / "core"
WORDS = ROOT / "src" / "intake" / "paper" / "words"
SCREENS = ROOT / "translations"
PACK_LANGUAGES = [lang for lang in languages_of(CORE) if lang != "en"]
RIGHT_TO_LEFT = set(languages_of(CORE, "rtl"))
DRAFT_NOTE = "# Machine-assisted draft: not yet reviewed by a fluent speaker."


def _fields(text: str) -> Counter[str]:
    return Counter(f for _, f, _, _ in string.Formatter().parse(text) if f is not None)


def _raw(language: str) -> dict[str, object]:
    tree = YAML(typ="safe").load((WORDS / f"{language}.yaml").read_text(encoding="utf-8"))
    assert isinstance(tree, dict)
    return tree


def _core() -> LoadedPack:
    return load_or_skip(CORE)


@cache
def _whole(language: str) -> bytes:
    return render_pack(_core(), PaperOptions(language=language))


# The files ---------------------------------------------------------------------------


def test_every_language_of_the_default_pack_has_words() -> None:
    assert PACK_LANGUAGES, "the default pack has translations"
    assert shipped_languages() == sorted(PACK_LANGUAGES)
    assert sorted(p.stem for p in WORDS.glob("*.yaml")) == shipped_languages()


@pytest.mark.parametrize("language", shipped_languages())
def test_a_words_file_has_exactly_the_fields_with_the_same_placeholders(language: str) -> None:
    strings = _raw(language)["strings"]
    assert isinstance(strings, dict)
    assert set(strings) - set(KEYS) == set(), "keys that are not PaperWords fields"
    assert set(KEYS) - set(strings) == set(), "PaperWords fields missing"
    assert list(strings) == list(KEYS), "keys in the order of the dataclass"
    for key in KEYS:
        english, text = getattr(ENGLISH, key), strings[key]
        assert isinstance(text, str), key
        assert text.strip(), key
        assert _fields(text) == _fields(english), key
    loaded = words_for(language)
    assert [getattr(loaded, k) for k in KEYS] == [strings[k] for k in KEYS]


@pytest.mark.parametrize("language", shipped_languages())
def test_a_words_file_says_what_it_is(language: str) -> None:
    text = (WORDS / f"{language}.yaml").read_text(encoding="utf-8")
    raw = _raw(language)
    assert raw["language"] == language
    assert set(raw) <= {"language", "name", "english_name", "reviewed", "strings"}
    if raw["reviewed"] is False:
        assert text.splitlines()[0] == DRAFT_NOTE
    else:
        assert raw["reviewed"] is True
        assert re.search(r"^# reviewed_by: \S", text, re.MULTILINE), "who reviewed it"


@pytest.mark.parametrize("language", shipped_languages())
def test_every_word_is_translated(language: str) -> None:
    """Only the fields made of placeholders and punctuation may read as in English."""
    words_ = words_for(language)
    same = [k for k in KEYS if getattr(words_, k) == getattr(ENGLISH, k)]
    assert set(same) <= {"footer", "quoted", "list_separator"}
    assert words_ != ENGLISH


# Agreeing with the pack and the screens ----------------------------------------------


@pytest.mark.parametrize("language", shipped_languages())
def test_prefer_not_to_say_reads_as_the_pack_quotes_it(language: str) -> None:
    """The pack's "About you" introduction names the box; the box must say the same."""
    loaded = _core()
    intro = loaded.translations[language].strings["stage.about_you.intro.self"]
    quoted = re.findall(r"[\"“„«]([^\"”“»]+)[\"”»]", intro)
    assert len(quoted) == 1, intro
    assert words_for(language).prefer_not_to_say == quoted[0]
    assert quoted[0] in words_for(language).in_control


def _screen(language: str) -> dict[str, str]:
    path = SCREENS / f"intake_{language}.ts"
    if not path.exists():
        pytest.skip(f"no screen translation {path.name}")
    found: dict[str, str] = {}
    for message in ET.parse(path).iter("message"):
        source, translation = message.findtext("source"), message.findtext("translation")
        if source and translation:
            found.setdefault(source, translation)
    return found


@pytest.mark.parametrize("language", shipped_languages())
def test_the_words_the_screens_share_read_as_the_screens_say_them(language: str) -> None:
    screen = _screen(language)
    printed = words_for(language)
    pairs = {
        "Why we ask: {0}": printed.why_we_ask.replace("{text}", "{0}"),
        "Prefer not to say": printed.prefer_not_to_say,
        "Day": printed.day,
        "Month": printed.month,
        "Year": printed.year,
        "Thank you.": printed.thank_you,
    }
    differ = {
        english: (screen[english], ours)
        for english, ours in pairs.items()
        if english in screen and screen[english] != ours
    }
    assert differ == {}


# On the page -------------------------------------------------------------------------


def _why(words_: PaperWords) -> str:
    return words_.why_we_ask.split("{text}")[0].strip()


@pytest.mark.parametrize("language", PACK_LANGUAGES)
def test_a_whole_pack_prints_its_languages_words_and_not_the_english(language: str) -> None:
    own = words_for(language)
    pages = page_texts(_whole(language))
    text = " ".join(pages)
    wanted = [_why(own), own.tick_one, own.tick_any, own.prefer_not_to_say, own.write_date]
    wanted += [own.what_happens_title, own.in_control_title, own.day, own.tick_scale]
    if language in RIGHT_TO_LEFT:
        missing = [w for w in wanted if not on_one_page(w, pages)]
        have = Counter(words(text))
        declined = min(have[w] for w in words(own.prefer_not_to_say))
    else:
        missing = [w for w in wanted if normalise(w) not in text]
        declined = text.count(normalise(own.prefer_not_to_say))
    assert missing == []
    assert declined >= 50, "a 'prefer not to say' box under nearly every question"
    for english in (_why(ENGLISH), ENGLISH.tick_one, ENGLISH.prefer_not_to_say):
        assert english.rstrip(":.") not in text
    assert "Page " not in text
    assert not re.search(r"\bof \d", text)


@pytest.mark.parametrize("language", PACK_LANGUAGES)
def test_choices_in_a_routing_line_are_quoted_the_languages_way(language: str) -> None:
    """A routing line ("Only answer this if you ticked one of “A”, “B” ...") takes its
    quotation marks and commas from the words file too (« » and ، in Arabic)."""
    own = words_for(language)
    pack = _core().localised(language)
    numbers = {i.id: i.number for i in printed_items(pack, None) if i.kind is ItemKind.QUESTION}
    question = next(
        q
        for stage in pack.stages
        for q in stage.questions()
        if q.self_completion
        and q.when is not None
        and q.when.question in numbers
        and q.when.test()[0] == "in"
        and len(q.when.test()[1]) >= 2
    )
    assert question.when is not None
    assert question.when.question is not None
    asked = pack.question(question.when.question)
    values = question.when.test()[1]
    labels = [c.label for c in pack.choices_of(asked) if c.value in values]
    expected = own.only_if_in.format(
        labels=own.list_separator.join(own.quoted.format(label=label) for label in labels),
        number=numbers[asked.id],
    )
    pages = page_texts(_whole(language))
    if language in RIGHT_TO_LEFT:
        assert on_one_page(expected, pages), expected
    else:
        assert normalise(expected) in " ".join(pages), expected
    text = " ".join(pages)
    opening, closing = own.quoted.split("{label}")
    for mark in {opening, closing, own.list_separator.strip()}:
        assert mark in text
    if "“" not in own.quoted:
        assert "“" not in text, "no English opening quotation mark"


@pytest.mark.parametrize("language", PACK_LANGUAGES)
def test_every_page_says_page_n_of_n_in_the_language(language: str) -> None:
    pdf = _whole(language)
    pages = page_texts(pdf)
    total = len(pages)
    label = words_for(language).page
    for n, text in enumerate(pages, start=1):
        expected = label.format(n=n, total=total)
        if language in RIGHT_TO_LEFT:
            assert has_word_run(expected, text), (n, expected)
            assert str(total) in text
        else:
            assert normalise(expected) in text, (n, expected)


def _reading_order(expected: str) -> list[str]:
    """The tokens of a short line, digits as they are and words as `words` gives them."""
    return [t if t.isdigit() else "".join(words(t)) for t in expected.split()]


@needs_pdftotext
@pytest.mark.parametrize("language", sorted(RIGHT_TO_LEFT))
def test_the_page_number_reads_right_to_left(language: str, tmp_path: Path) -> None:
    """Read from the right, the footer's left end says the words in their order with
    the total where the language puts it: "صفحة 3 من 51", Urdu "56 میں سے صفحہ 3"."""
    pdf = _whole(language)
    reader = PdfReader(io.BytesIO(pdf))
    total = len(reader.pages)
    width = float(reader.pages[2].mediabox.width)
    boxes = word_boxes(pdf, tmp_path, 3)
    bottom = max(b.y_min for b in boxes)
    footer = [b for b in boxes if b.y_min > bottom - 10 and b.x_min < width / 2]
    read = sorted(footer, key=lambda b: -b.x_min)
    got = [b.text if b.text.isdigit() else "".join(words(b.text)) for b in read]
    assert got == _reading_order(words_for(language).page.format(n=3, total=total))
    assert min(b.x_min for b in footer) < 70, "at the left margin"


@needs_pdftotext
def test_the_english_page_number_reads_left_to_right(tmp_path: Path) -> None:
    pdf = _whole("en")
    total = len(PdfReader(io.BytesIO(pdf)).pages)
    boxes = word_boxes(pdf, tmp_path, 3)
    bottom = max(b.y_min for b in boxes)
    footer = sorted((b for b in boxes if b.y_min > bottom - 10), key=lambda b: b.x_min)
    assert [b.text for b in footer][-4:] == ["Page", "3", "of", str(total)]


def test_a_language_intake_has_no_words_for_prints_intakes_english() -> None:
    """A service's pack may add a language (Romanian here) before Intake has its words."""
    romanian = "language: ro\nname: Română\nstrings:\n  question.ok.prompt: Este în regulă?\n"
    loaded, problems = parse_pack(INLINE, translations={"ro": romanian, "pl": POLISH})
    assert loaded is not None, problems
    text = " ".join(page_texts(render_stage(loaded, "one", PaperOptions(language="ro"))))
    assert "Este în regulă?" in text
    assert ENGLISH.tick_one in text
    assert _why(ENGLISH) in text
    polish = " ".join(page_texts(render_stage(loaded, "one", PaperOptions(language="pl"))))
    assert words_for("pl").tick_one in polish
    assert ENGLISH.tick_one not in polish


def test_words_passed_in_are_printed_instead() -> None:
    loaded = inline_pack()
    mine = replace(ENGLISH, tick_one="Pick one.", page="Sheet {n} of {total} sheets")
    pdf = render_stage(loaded, "one", PaperOptions(language="pl", words=mine))
    pages = page_texts(pdf)
    text = " ".join(pages)
    assert "Pick one." in text
    assert words_for("pl").tick_one not in text
    for n, page in enumerate(pages, start=1):
        assert f"Sheet {n} of {len(pages)} sheets" in page


def test_english_words_on_a_right_to_left_page_keep_their_order() -> None:
    """A service may print Intake's English around an Arabic pack."""
    pdf = render_stage(inline_pack(), "one", PaperOptions(language="ar", words=ENGLISH))
    pages = page_texts(pdf)
    for n, page in enumerate(pages, start=1):
        assert f"Page {n} of {len(pages)}" in page
    assert ENGLISH.tick_one in " ".join(pages)


# The loader --------------------------------------------------------------------------


def test_english_is_the_dataclass_and_unknown_languages_fall_back_to_it() -> None:
    assert words_for("en") is ENGLISH
    assert words_for(None) is ENGLISH
    assert words_for("") is ENGLISH
    assert words_for("zz") is ENGLISH
    assert words_for("../cy") is ENGLISH, "a language code is never a path"
    assert words_for("cy-GB") == words_for("cy") != ENGLISH
    assert words_for("cy") is words_for("cy"), "each file is read once"


def _file(**changes: object) -> str:
    """A valid Welsh words file as text, with some keys changed or (None) removed."""
    strings = {k: getattr(words_for("cy"), k) for k in KEYS}
    top: dict[str, object] = {"language": "cy", "reviewed": False}
    for key, value in changes.items():
        target = top if key in top else strings
        if value is None:
            target.pop(key, None)
        else:
            target[key] = value
    lines = [f"{k}: {str(v).lower() if isinstance(v, bool) else v}" for k, v in top.items()]
    lines.append("strings:")
    lines += [f"  {k}: {_quote(v)}" for k, v in strings.items()]
    return "\n".join(lines) + "\n"


def _quote(value: object) -> str:
    text = str(value).replace("\\", "\\\\").replace('"', '\\"')
    return f'"{text}"'


def test_a_well_formed_file_reads_back() -> None:
    assert read_words(_file(), "cy") == words_for("cy")


def _problem(text: str, language: str = "cy") -> str:
    with pytest.raises(PaperError) as caught:
        read_words(text, language, f"{language}.yaml")
    assert caught.value.code is PaperCode.BAD_WORDS
    message = caught.value.message
    assert message.startswith(f"The paper words file '{language}.yaml' has a problem: ")
    return message


def test_an_unknown_key_is_named_with_its_line_and_a_suggestion() -> None:
    text = _file().replace("  tick_one:", "  tick_once:")
    message = _problem(text)
    line = text.splitlines().index(next(s for s in text.splitlines() if "tick_once" in s)) + 1
    assert f"line {line}: 'tick_once' is not one of Intake's words" in message
    assert "did you mean 'tick_one'?" in message
    assert "missing: tick_one" in message


def test_a_missing_key_is_named() -> None:
    message = _problem(_file(thank_you=None, day=None))
    assert "missing: day, thank_you" in message


def test_a_changed_placeholder_is_named() -> None:
    message = _problem(_file(why_we_ask="Pam rydyn ni'n gofyn: {testun}"))
    assert "'why_we_ask' must keep exactly {text} (it has {testun})" in message
    message = _problem(_file(page="Tudalen {n}"))
    assert "'page' must keep exactly {n}, {total} (it has {n})" in message
    message = _problem(_file(prefer_not_to_say="Dim {diolch}"))
    assert "'prefer_not_to_say' must keep exactly no {fields} (it has {diolch})" in message
    message = _problem(_file(say="Dywedwch: {text} {text}"))
    assert "'say' must keep exactly {text}" in message


def test_a_stray_brace_is_named() -> None:
    message = _problem(_file(say="Dywedwch: {text"))
    assert "'say' has a '{' or '}' that is not part of a {field}" in message


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("language: cy\nreviewed: false\nstrings: [oops\n", "it is not valid YAML"),
        ("- just\n- a list\n", "it must be a mapping with language, reviewed and strings"),
        ("", "it must be a mapping"),
        ("language: cy\nreviewed: false\n", "it needs 'strings:', one line per key"),
        ("language: cy\nreviewed: false\nstrings: hello\n", "it needs 'strings:'"),
    ],
)
def test_a_file_that_is_not_a_words_file_is_refused(text: str, expected: str) -> None:
    assert expected in _problem(text)


def test_the_file_must_be_for_its_language_and_say_whether_it_was_reviewed() -> None:
    assert "line 1: it must say language: cy (the file's name)" in _problem(_file(language="pl"))
    assert "it must say reviewed: true or false" in _problem(_file(reviewed=None))
    assert "it must say reviewed: true or false" in _problem(_file(reviewed="no"))
    assert "'direction' is not a field of a words file" in _problem(
        _file().replace("reviewed:", "direction: ltr\nreviewed:")
    )


def test_a_duplicate_or_empty_key_is_refused() -> None:
    text = _file().replace("strings:\n", 'strings:\n  day: "Dydd"\n')
    message = _problem(text)
    assert "line" in message
    assert "duplicate" in message
    assert "'day' must be text" in _problem(_file(day=""))
    assert "'year' must be text" in _problem(_file().replace('  year: "Blwyddyn"', "  year: 2026"))


def test_every_problem_is_reported_at_once() -> None:
    text = _file(day=None, say="{words}").replace("  tick_one:", "  tick_on:")
    message = _problem(text)
    assert message.count(";") >= 2
    for named in ("'say'", "'tick_on'", "day"):
        assert named in message


# Repeatable, and English as before ---------------------------------------------------


_DIGEST = """
import hashlib, sys
from intake.forms import load_pack
from intake.paper import PaperOptions, render_pack
pdf = render_pack(load_pack(sys.argv[1]), PaperOptions(language=sys.argv[2]))
print(hashlib.sha256(pdf).hexdigest())
"""


@pytest.mark.parametrize("language", PACK_LANGUAGES)
def test_a_translated_pack_is_the_same_bytes_every_time(language: str) -> None:
    """In this process (words read and cached) and in a fresh one (words read anew)."""
    out = subprocess.run(
        [sys.executable, "-c", _DIGEST, str(CORE), language],
        check=True,
        capture_output=True,
        text=True,
    )
    here = _whole(language)
    assert render_pack(_core(), PaperOptions(language=language)) == here
    assert out.stdout.strip() == hashlib.sha256(here).hexdigest()


def test_the_english_pack_is_printed_with_the_english_words_as_before() -> None:
    """No file is read for English: the words are the dataclass's own, so the English
    pack is exactly what it was before the languages had words."""
    loaded = _core()
    english = _whole("en")
    assert render_pack(loaded, PaperOptions(words=ENGLISH)) == english
    assert render_pack(loaded, PaperOptions(language="en", words=PaperWords())) == english
    assert [f.name for f in fields(PaperWords)] == list(KEYS)
    assert ENGLISH.page == "Page {n} of {total}"
    text = " ".join(page_texts(english))
    assert ENGLISH.tick_one in text
    assert _why(ENGLISH) in text
