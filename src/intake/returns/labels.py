"""Printed labels and the language they are printed in.

Counting does not print anything: every title, heading and category it produces is a
`Text`, which says where the label's translation is found and holds its English. There
are three places:

- `template`: the return template's own text (titles, notes, `labels:`, group names,
  headings), keyed like `table.ethnicity.by.labels.white`;
- `pack`: the form pack's text (choice labels, yes/no labels, stage titles, check-in
  labels), keyed exactly as in the pack's translation files;
- `word`: Intake's fixed words (`intake.returns.words`), such as "Prefer not to say".

A `Labels` is one language's view of the three: it turns a `Text` into the words to print,
falling back to the English wherever a translation is missing. Because a published table
keeps its `Text`s, the same figures can be printed again in another language without
counting again (the PDF writer does this when it cannot print a script yet).
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from enum import StrEnum

from intake.returns.words import WORDS

ENGLISH = "en"
PLACEHOLDER = re.compile(r"\{([a-z_]+)\}")


class Source(StrEnum):
    WORD = "word"
    TEMPLATE = "template"
    PACK = "pack"
    LITERAL = "literal"
    """Printed as it is in every language: numbers, codes."""


@dataclass(frozen=True, slots=True)
class Text:
    """A label to print: where its translation is found, and its English."""

    source: Source
    key: str
    english: str
    args: tuple[tuple[str, Text | str | int], ...] = ()
    """Values for the `{name}` fields of the text."""
    lower: bool = False
    """Printed in lower case (a label quoted inside a sentence)."""

    @classmethod
    def word(cls, key: str, **args: Text | str | int) -> Text:
        return cls(Source.WORD, key, WORDS[key], tuple(args.items()))

    @classmethod
    def template(cls, key: str, english: str) -> Text:
        return cls(Source.TEMPLATE, key, english)

    @classmethod
    def pack(cls, key: str, english: str, *, lower: bool = False) -> Text:
        return cls(Source.PACK, key, english, lower=lower)

    @classmethod
    def literal(cls, text: str) -> Text:
        return cls(Source.LITERAL, "", text)

    def under(self, prefix: str) -> Text:
        """A template text keyed relative to its table, given the table's prefix."""
        if self.source is not Source.TEMPLATE:
            return self
        return Text(self.source, f"{prefix}.{self.key}", self.english, self.args, self.lower)

    def walk(self) -> Iterator[Text]:
        """This text and every text filled into it."""
        yield self
        for _name, value in self.args:
            if isinstance(value, Text):
                yield from value.walk()

    @property
    def plain(self) -> str:
        """The English, filled in."""
        return ENGLISH_LABELS.text(self)


def placeholders(text: str) -> set[str]:
    """The `{name}` fields of a text."""
    return set(PLACEHOLDER.findall(text))


def fill(text: str, values: Mapping[str, str]) -> str:
    """Fill `{name}` fields; any other brace is left as it is."""
    if "{" not in text:
        return text
    return PLACEHOLDER.sub(lambda m: values.get(m[1], m[0]), text)


@dataclass(frozen=True)
class Labels:
    """One language's words for a return, with English wherever a text is missing."""

    language: str = ENGLISH
    name: str = "English"
    english_name: str = "English"
    direction: str = "ltr"
    reviewed: bool = True
    """True only when every translation used has been reviewed by a fluent speaker."""
    words: Mapping[str, str] = field(default_factory=dict)
    template: Mapping[str, str] = field(default_factory=dict)
    pack: Mapping[str, str] = field(default_factory=dict)

    @property
    def english(self) -> bool:
        return self.language == ENGLISH

    def translated(self, text: Text) -> str | None:
        """The translation of one text (not filled in), or None when there is none."""
        table = {
            Source.WORD: self.words,
            Source.TEMPLATE: self.template,
            Source.PACK: self.pack,
        }.get(text.source)
        if table is None:
            return None
        found = table.get(text.key)
        return found if found and found.strip() else None

    def text(self, text: Text) -> str:
        """What to print for a text in this language."""
        chosen = self.translated(text) or text.english
        if text.args:
            values = {
                name: self.text(v) if isinstance(v, Text) else str(v) for name, v in text.args
            }
            if placeholders(chosen) != placeholders(text.english):
                chosen = text.english  # a damaged translation never loses a figure
            chosen = fill(chosen, values)
        return chosen.lower() if text.lower else chosen

    def word(self, key: str, **args: Text | str | int) -> str:
        return self.text(Text.word(key, **args))


ENGLISH_LABELS = Labels()
