"""Loading pack folders: stage files, translations, English fallback, the example pack."""

from __future__ import annotations

from pathlib import Path

import pytest

from intake.forms import (
    Code,
    FormError,
    MultipleChoice,
    check_tree,
    find_packs,
    load_pack,
    text_keys,
)

EXAMPLE = Path(__file__).resolve().parent.parent / "packs" / "example"


def test_the_example_pack_loads_with_its_stage_file_and_translation() -> None:
    loaded = load_pack(EXAMPLE)
    assert [s.id for s in loaded.pack.stages] == ["first", "later"]
    assert loaded.languages == ["en", "cy"]
    assert loaded.translations["cy"].reviewed is False


def test_the_example_pack_uses_every_question_type() -> None:
    types = {q.type for q in load_pack(EXAMPLE).pack.questions()}
    assert types == {
        "single_choice",
        "multiple_choice",
        "yes_no",
        "short_text",
        "long_text",
        "date",
        "number",
        "scale",
    }


def test_localised_pack_uses_translation_and_falls_back_to_english() -> None:
    loaded = load_pack(EXAMPLE)
    welsh = loaded.localised("cy")
    assert welsh.title == "Pecyn enghreifftiol"
    assert welsh.question("religion").prompt == "Beth yw eich crefydd?"
    assert welsh.choices_of(welsh.question("religion"))[0].label == "Dim crefydd"
    assert welsh.question("coping").prompt == loaded.pack.question("coping").prompt
    # the original is untouched
    assert loaded.pack.title == "Example pack"
    assert loaded.localised("xx") is loaded.pack


def test_text_keys_cover_every_kind_of_text() -> None:
    keys = text_keys(load_pack(EXAMPLE).pack)
    for key in (
        "pack.title",
        "choice_list.comfort.fine.label",
        "stage.first.intro.say",
        "stage.first.intro.self",
        "stage.first.transparency.say",
        "stage.later.closing",
        "checkin.first_start.prompt",
        "section.about.intro",
        "question.religion.why",
        "question.religion.reflect.say",
        "question.religion.choice.muslim.label",
        "question.coping.low_label",
    ):
        assert key in keys, key


def _copy_example(tmp_path: Path) -> Path:
    target = tmp_path / "example"
    for f in EXAMPLE.rglob("*.yaml"):
        dest = target / f.relative_to(EXAMPLE)
        dest.parent.mkdir(parents=True, exist_ok=True)
        dest.write_text(f.read_text(encoding="utf-8"), encoding="utf-8")
    return target


def test_errors_in_a_stage_file_name_that_file_and_line(tmp_path: Path) -> None:
    pack = _copy_example(tmp_path)
    stage = pack / "stages" / "first.yaml"
    lines = stage.read_text(encoding="utf-8").splitlines()
    at = lines.index("      - id: age_band")
    lines.insert(at + 1, "        flavour: mint")
    stage.write_text("\n".join(lines) + "\n", encoding="utf-8")
    with pytest.raises(FormError) as err:
        load_pack(pack)
    [p] = err.value.problems
    assert p.code is Code.UNKNOWN_KEY
    assert p.file == stage.resolve()
    assert p.line == at + 2


def test_a_missing_stage_file_is_reported(tmp_path: Path) -> None:
    pack = _copy_example(tmp_path)
    (pack / "stages" / "first.yaml").unlink()
    problems = check_tree(pack)
    assert [p.code for p in problems] == [Code.MISSING_FILE]
    assert problems[0].file == pack / "pack.yaml"


def test_a_stage_file_outside_the_pack_is_refused(tmp_path: Path) -> None:
    pack = _copy_example(tmp_path)
    (tmp_path / "evil.yaml").write_text("id: x\ntitle: X\n", encoding="utf-8")
    text = (pack / "pack.yaml").read_text(encoding="utf-8")
    (pack / "pack.yaml").write_text(
        text.replace("- stages/first.yaml", "- ../evil.yaml"), encoding="utf-8"
    )
    codes = [p.code for p in check_tree(pack)]
    assert Code.MISSING_FILE in codes


def test_a_folder_of_packs_and_a_folder_without(tmp_path: Path) -> None:
    _copy_example(tmp_path)
    assert find_packs(tmp_path) == [tmp_path / "example"]
    assert [p.code for p in check_tree(tmp_path / "example" / "stages")] == [Code.NOT_A_PACK]


def test_not_utf8_is_a_clear_problem(tmp_path: Path) -> None:
    pack = tmp_path / "p"
    pack.mkdir()
    (pack / "pack.yaml").write_bytes(b"id: \xff\xfe\n")
    [p] = check_tree(pack)
    assert p.code is Code.MISSING_FILE
    assert "UTF-8" in p.message


def test_choice_lists_and_exclusive_choices() -> None:
    pack = load_pack(EXAMPLE).pack
    assert [c.value for c in pack.choices_of(pack.question("feeling"))] == [
        "fine",
        "unsure",
        "hard",
    ]
    needs = pack.question("needs")
    assert isinstance(needs, MultipleChoice)
    assert [c.value for c in pack.choices_of(needs) if c.exclusive] == ["none"]


def test_forms_check_cli(capsys: pytest.CaptureFixture[str]) -> None:
    from intake.cli import main

    assert main(["forms", "check", str(EXAMPLE)]) == 0
    assert "No errors" in capsys.readouterr().out
    assert main(["forms", "check", "--strict", str(EXAMPLE)]) == 1
    out = capsys.readouterr().out
    assert "T002" in out
    assert "1 error(s)" in out


def test_forms_keys_cli(capsys: pytest.CaptureFixture[str]) -> None:
    from intake.cli import main

    assert main(["forms", "keys", str(EXAMPLE)]) == 0
    assert "question.religion.prompt\tWhat is your religion?" in capsys.readouterr().out
