"""A subject access export as a PDF a person can read: everything held about them.

Pure: plain data in, PDF bytes out. The app gathers the record (every journey, the full
answer history, consent, check-ins, rights and notes) and words each line; this module
only lays it out in the same clear print as the forms (A4, nothing under 12 pt, black
and one dark grey). It knows nothing of the database or the pack.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Spacer

from intake.paper import layout
from intake.paper.document import PageFrame, build
from intake.paper.text import PlainText
from intake.paper.words import ENGLISH


@dataclass(frozen=True)
class SubjectAccessLine:
    """One thing held: what it is about, what it says, and where it came from."""

    label: str
    value: str
    detail: str = ""
    """For example "Answered on paper · recorded 3/11/2026"."""


@dataclass(frozen=True)
class SubjectAccessSection:
    title: str
    lines: list[SubjectAccessLine] = field(default_factory=list)
    intro: str = ""
    empty: str = "Nothing is held here."


@dataclass(frozen=True)
class SubjectAccessDocument:
    """Everything to print. Its repr leaves out the contents, which are personal."""

    organisation: str = field(repr=False)
    reference: str
    exported_on: str
    person: list[SubjectAccessLine] = field(repr=False)
    sections: list[SubjectAccessSection] = field(repr=False)


@dataclass(frozen=True)
class SubjectAccessWords:
    title: str = "Information we hold about you"
    intro: str = (
        "This is a copy of everything {organisation} holds about you in Intake, made on "
        "{date}. It includes earlier answers that have since been changed, and how and "
        "when each thing was recorded. If anything is wrong, tell us and we will put it "
        "right."
    )
    about_you: str = "About you"
    footer: str = "Subject access · {reference}"


def render_subject_access(
    document: SubjectAccessDocument, words: SubjectAccessWords | None = None
) -> bytes:
    """The export as PDF bytes (deterministic for the same document)."""
    w = words or SubjectAccessWords()
    s = layout.styles()
    story: list[Flowable] = [
        PlainText(w.title, s.heading),
        PlainText(
            w.intro.format(organisation=document.organisation, date=document.exported_on), s.body
        ),
    ]
    sections = [SubjectAccessSection(w.about_you, document.person), *document.sections]
    for section in sections:
        # The heading travels with the section's first line, never alone at a page foot.
        lead: list[Flowable] = [PlainText(section.title, s.subheading)]
        if section.intro:
            lead.append(PlainText(section.intro, s.body))
        if not section.lines:
            story.append(KeepTogether([*lead, PlainText(section.empty, s.secondary)]))
        for index, line in enumerate(section.lines):
            parts: list[Flowable] = list(lead) if index == 0 else []
            parts.append(PlainText(line.label, s.question))
            if line.value:
                parts.append(PlainText(line.value, s.body))
            if line.detail:
                parts.append(PlainText(line.detail, s.secondary))
            parts.append(Spacer(1, 3 * mm))
            story.append(KeepTogether(parts))
    frame = PageFrame(
        footer_left=w.footer.format(reference=document.reference),
        words=ENGLISH,
        title=w.title,
        subject=w.footer.format(reference=document.reference),
    )
    return build(story, frame)
