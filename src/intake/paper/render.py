"""Render a stage, or a whole pack, to printable (optionally fillable) PDF bytes.

Pure: a loaded pack and options in, PDF bytes out. The first page explains, in the
person's language where the pack has it, why we ask, what happens to the answers and
that every question may be skipped; then each question follows with its why-line, its
boxes and a "prefer not to say" box. A personalised pack leaves out what is already known
and carries the person's reference and a QR code of the form label, nothing else personal.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, PageBreak, Table

from intake.forms import LoadedPack, Pack, QuestionT, Stage
from intake.paper import fieldnames, layout
from intake.paper.document import PageFrame, build, content_width
from intake.paper.errors import PaperCode, PaperError
from intake.paper.flowables import HiddenLabel, QrCode
from intake.paper.header import FormHeader, check_reference, format_header
from intake.paper.questions import PrintedItem, QuestionWriter, number_items
from intake.paper.words import PaperWords, words_for


@dataclass(frozen=True)
class PaperOptions:
    """How to print: language, audience, fillable fields and personalisation."""

    language: str | None = None
    """None prints in the pack's own language."""
    for_caseworker: bool = False
    """Include questions marked `self_completion: false`, with the caseworker's words."""
    fillable: bool = False
    reference: str | None = None
    """The person's reference (e.g. V-7KQ2-MX4P): printed with a QR code of the label."""
    known: frozenset[str] = field(default_factory=frozenset)
    """Question ids already answered: left out of a personalised pack."""
    words: PaperWords | None = None
    """None prints Intake's own words in the printed language (`words_for`)."""


def render_stage(loaded: LoadedPack, stage_id: str, options: PaperOptions | None = None) -> bytes:
    """One stage of a pack as PDF bytes."""
    opts = options or PaperOptions()
    pack = _localised(loaded, opts)
    return _render(loaded, pack, [_stage(pack, stage_id)], stage_id, opts)


def render_pack(loaded: LoadedPack, options: PaperOptions | None = None) -> bytes:
    """Every stage of a pack, each starting on a new page, as PDF bytes."""
    opts = options or PaperOptions()
    pack = _localised(loaded, opts)
    return _render(loaded, pack, list(pack.stages), None, opts)


def render_personalised(
    loaded: LoadedPack,
    stage_id: str,
    *,
    reference: str,
    known: frozenset[str] | set[str],
    language: str | None = None,
    fillable: bool = False,
) -> bytes:
    """A stage for one person: known questions left out, reference and QR code printed."""
    options = PaperOptions(
        language=language,
        fillable=fillable,
        reference=check_reference(reference),
        known=frozenset(known),
    )
    return render_stage(loaded, stage_id, options)


def printed_questions(pack: Pack, stage: Stage, options: PaperOptions) -> list[QuestionT]:
    """The questions of `stage` that go on this paper, in order."""
    return [
        q
        for q in stage.questions()
        if q.id not in options.known and (q.self_completion or options.for_caseworker)
    ]


def printed_items(
    pack: Pack, stage_id: str | None, options: PaperOptions | None = None
) -> list[PrintedItem]:
    """The numbered questions and check-ins of a stage (or, with None, the whole pack) as
    printed with these options, so a transcription screen can follow the paper."""
    opts = options or PaperOptions()
    stages = [_stage(pack, stage_id)] if stage_id else list(pack.stages)
    return number_items([(s, printed_questions(pack, s, opts)) for s in stages])


def _localised(loaded: LoadedPack, options: PaperOptions) -> Pack:
    language = options.language or loaded.pack.language
    if language not in loaded.languages:
        raise PaperError(
            PaperCode.UNKNOWN_LANGUAGE, language=language, choices=", ".join(loaded.languages)
        )
    if options.reference is not None:
        check_reference(options.reference)
    return loaded.localised(language)


def _stage(pack: Pack, stage_id: str) -> Stage:
    try:
        return pack.stage(stage_id)
    except KeyError:
        choices = ", ".join(s.id for s in pack.stages)
        raise PaperError(PaperCode.UNKNOWN_STAGE, stage=stage_id, choices=choices) from None


def _render(
    loaded: LoadedPack,
    pack: Pack,
    stages: list[Stage],
    stage_id: str | None,
    opts: PaperOptions,
) -> bytes:
    language = opts.language or pack.language
    rtl = loaded.direction(language) == "rtl"
    styles = layout.styles(rtl, language)
    label = format_header(FormHeader(pack.id, pack.version, stage_id, opts.reference))
    words = opts.words if opts.words is not None else words_for(language)
    story: list[Flowable] = []
    if opts.fillable:
        story.append(HiddenLabel(fieldnames.HEADER_FIELD, label))
    story += _consent_page(pack, stages, opts, words, styles, label)
    chosen = [(stage, printed_questions(pack, stage, opts)) for stage in stages]
    writer = QuestionWriter(pack, styles, words, opts.for_caseworker, opts.fillable, rtl)
    writer.numbered(number_items(chosen))
    for index, (stage, questions) in enumerate(chosen):
        if index:
            story.append(PageBreak())
        story += writer.stage(stage, questions)
    if not stages[-1].closing:
        story.append(styles.text(words.thank_you, styles.body))
    parts = [words.footer.format(pack=pack.id, version=pack.version)]
    if stage_id:
        parts.append(stage_id)
    if opts.reference:
        parts.append(opts.reference)
    title = pack.title if stage_id is None else f"{pack.title}: {stages[0].title}"
    frame = PageFrame(
        footer_left=" · ".join(parts),
        words=words,
        title=title,
        subject=label,
        keywords=label,
        banner=words.caseworker_copy if opts.for_caseworker else None,
        language=language,
        rtl=rtl,
    )
    return build(story, frame)


def _consent_page(
    pack: Pack,
    stages: list[Stage],
    opts: PaperOptions,
    words: PaperWords,
    styles: layout.Styles,
    label: str,
) -> list[Flowable]:
    _p = styles.text
    title: list[Flowable] = [_p(pack.title, styles.heading)]
    if len(stages) == 1:
        title.append(_p(stages[0].title, styles.subheading))
    story: list[Flowable] = []
    if opts.reference:
        title.append(_p(words.your_reference.format(reference=opts.reference), styles.question))
        qr_width = layout.QR_SIZE + 4 * mm
        # The QR code sits at the end of the title's line: on the left of a right-to-left page.
        row: list[object] = [title, QrCode(label)]
        widths = [content_width() - qr_width, qr_width]
        qr_column = 1
        if styles.rtl:
            row, widths, qr_column = row[::-1], widths[::-1], 0
        table = Table(
            [row],
            colWidths=widths,
            style=[
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("ALIGN", (qr_column, 0), (qr_column, 0), "LEFT" if styles.rtl else "RIGHT"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                ("TOPPADDING", (0, 0), (-1, -1), 0),
            ],
        )
        story += [table, _p(words.reference_note, styles.secondary)]
    else:
        story += title
    why = _transparency(pack, stages, opts.for_caseworker)
    if why:
        story.append(_p(words.why_title, styles.subheading))
        story += [_p(text, styles.body) for text in why]
    story.append(_p(words.what_happens_title, styles.subheading))
    story.append(_p(words.what_happens, styles.body))
    story.append(_p(words.in_control_title, styles.subheading))
    story.append(_p(words.in_control, styles.body))
    story.append(_p(words.how_to_title, styles.subheading))
    story.append(_p(words.how_to_fillable if opts.fillable else words.how_to_paper, styles.body))
    story.append(PageBreak())
    return story


def _transparency(pack: Pack, stages: list[Stage], for_caseworker: bool) -> list[str]:
    """The stages' transparency words for the reader, each text once, in stage order."""
    texts: list[str] = []
    for stage in stages:
        script = stage.transparency
        if script is None:
            continue
        text = script.say if for_caseworker else (script.self_text or script.say)
        if text.strip() and text not in texts:
            texts.append(text)
    if not texts and pack.description:
        texts.append(pack.description)
    return texts
