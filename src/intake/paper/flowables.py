"""The drawn parts of a printed question: tick boxes, scale rows, date boxes, lines, QR.

Each flowable draws the paper version and, when given field names, lays a fillable
AcroForm field exactly over it, so the fillable PDF looks like the printed one. Fields are
never marked "required": nobody has to answer anything.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import segno
from reportlab.lib.colors import white
from reportlab.lib.units import mm
from reportlab.platypus import Flowable

from intake.paper import layout
from intake.paper.fonts import REGULAR
from intake.paper.shaping import draw_string
from intake.paper.text import PlainText

_FIELD_FONT = "Helvetica"  # AcroForm appearance streams need one of the 14 standard fonts


def _memoise_appearances(form: Any) -> Any:
    """Build each check box look once per document, not once per box.

    reportlab draws the six appearance streams (on/off x normal/down/rollover) of every
    check box from scratch and only then notices they are identical to the last box's;
    with hundreds of boxes that was four fifths of a fillable pack's render time."""
    if getattr(form, "_intake_memo", None) is None:
        build = form.checkboxAP
        memo: dict[str, Any] = {}

        def cached(*args: Any, **kwargs: Any) -> Any:
            key = repr((args, sorted(kwargs.items())))
            if key not in memo:
                memo[key] = build(*args, **kwargs)
            return memo[key]

        form.checkboxAP = cached
        form._intake_memo = memo
    return form


def _checkbox(canv: Any, name: str, x: float, y: float, tooltip: str) -> None:
    _memoise_appearances(canv.acroForm).checkbox(
        name=name,
        x=x,
        y=y,
        size=layout.BOX,
        relative=True,
        buttonStyle="check",
        borderColor=layout.INK,
        fillColor=white,
        textColor=layout.INK,
        borderWidth=1,
        fieldFlags="",
        tooltip=tooltip,
    )


def _textfield(
    canv: object,
    name: str,
    x: float,
    y: float,
    width: float,
    height: float,
    *,
    maxlen: int,
    multiline: bool = False,
    tooltip: str = "",
) -> None:
    canv.acroForm.textfield(  # type: ignore[attr-defined]
        name=name,
        x=x,
        y=y,
        width=width,
        height=height,
        relative=True,
        borderColor=layout.INK,
        fillColor=white,
        textColor=layout.INK,
        borderWidth=1,
        fieldFlags="multiline" if multiline else "",
        maxlen=maxlen,
        fontName=_FIELD_FONT,
        fontSize=layout.MIN_FONT_SIZE,
        tooltip=tooltip,
    )


class TickRow(Flowable):  # type: ignore[misc]
    """One tick box with its label beside it, and a short note (a definition) below."""

    def __init__(
        self,
        label: PlainText,
        note: PlainText | None,
        field: str | None,
        rtl: bool = False,
        tip: str = "",
    ) -> None:
        super().__init__()
        self.label, self.note, self.field, self.rtl = label, note, field, rtl
        self.tip = f"{tip}: {label.getPlainText()}" if tip else label.getPlainText()
        """What a screen reader says for the fillable box: the question, then the label."""
        self.pad = 1.0 * mm

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        self.width = avail_width
        text_width = avail_width - layout.BOX - layout.BOX_GAP
        _, self.label_h = self.label.wrap(text_width, avail_height)
        self.note_h = self.note.wrap(text_width, avail_height)[1] if self.note else 0.0
        self.height = max(layout.BOX, self.label_h + self.note_h) + 2 * self.pad
        return self.width, self.height

    def draw(self) -> None:
        canv = self.canv
        top = self.height - self.pad
        box_x = self.width - layout.BOX if self.rtl else 0.0
        text_x = 0.0 if self.rtl else layout.BOX + layout.BOX_GAP
        canv.setStrokeColor(layout.INK)
        canv.setLineWidth(1.2)
        canv.rect(box_x, top - layout.BOX, layout.BOX, layout.BOX)
        offset = max(0.0, (layout.BOX - self.label.style.leading) / 2)
        self.label.drawOn(canv, text_x, top - offset - self.label_h)
        if self.note is not None:
            self.note.drawOn(canv, text_x, top - offset - self.label_h - self.note_h)
        if self.field:
            _checkbox(canv, self.field, box_x, top - layout.BOX, self.tip)


class ScaleRow(Flowable):  # type: ignore[misc]
    """A row of numbered boxes from minimum to maximum, with the end labels beneath.

    On a right-to-left page the row is mirrored: the minimum is on the right, where
    reading starts, and the row sits against the right margin."""

    def __init__(
        self,
        points: Sequence[int],
        low: PlainText,
        high: PlainText,
        fields: Sequence[str] | None,
        tip: str = "",
        rtl: bool = False,
    ) -> None:
        super().__init__()
        self.points, self.low, self.high, self.fields = list(points), low, high, fields
        self.tip, self.rtl = tip, rtl
        self.number_h = layout.BODY_SIZE * layout.LEADING

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        self.width = avail_width
        self.step = min(avail_width / len(self.points), 16 * mm)
        label_w = max(self.step * len(self.points) / 2 - 2 * mm, 30 * mm)
        self.low_h = self.low.wrap(label_w, avail_height)[1]
        self.high_h = self.high.wrap(label_w, avail_height)[1]
        self.label_w = label_w
        self.height = self.number_h + layout.BOX + 2 * mm + max(self.low_h, self.high_h) + 2 * mm
        return self.width, self.height

    def draw(self) -> None:
        canv = self.canv
        canv.setStrokeColor(layout.INK)
        canv.setFillColor(layout.INK)
        canv.setLineWidth(1.2)
        canv.setFont(REGULAR, layout.BODY_SIZE)
        box_y = self.height - self.number_h - layout.BOX
        row = self.step * len(self.points)
        start = self.width - row if self.rtl else 0.0
        for i, point in enumerate(self.points):
            slot = len(self.points) - 1 - i if self.rtl else i
            centre = start + slot * self.step + self.step / 2
            canv.drawCentredString(centre, self.height - layout.BODY_SIZE, str(point))
            canv.rect(centre - layout.BOX / 2, box_y, layout.BOX, layout.BOX)
            if self.fields:
                tip = f"{self.tip}: {point}" if self.tip else str(point)
                _checkbox(canv, self.fields[i], centre - layout.BOX / 2, box_y, tip)
        label_y = box_y - 2 * mm
        first, last = (self.high, self.low) if self.rtl else (self.low, self.high)
        first_h, last_h = (self.high_h, self.low_h) if self.rtl else (self.low_h, self.high_h)
        first.drawOn(canv, start, label_y - first_h)
        last.drawOn(canv, start + row - self.label_w, label_y - last_h)


class DateBoxes(Flowable):  # type: ignore[misc]
    """Day / Month / Year digit boxes, labelled, for a date written in numbers.

    A date in numbers reads left to right in Arabic and Urdu text too (the digits and
    slashes form one number), so the boxes keep their order on a right-to-left page
    and the group moves to the right margin."""

    def __init__(
        self,
        captions: tuple[str, str, str],
        fields: Sequence[str] | None,
        tip: str = "",
        rtl: bool = False,
        language: str | None = None,
    ) -> None:
        super().__init__()
        self.captions, self.fields, self.tip = captions, fields, tip
        self.rtl, self.language = rtl, language
        self.caption_h = layout.SMALL_SIZE * layout.LEADING

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        self.width = avail_width
        self.height = self.caption_h + layout.DIGIT_BOX + 2 * mm
        return self.width, self.height

    def draw(self) -> None:
        canv = self.canv
        canv.setStrokeColor(layout.INK)
        canv.setLineWidth(1.2)
        y = 1 * mm
        group = 8 * layout.DIGIT_BOX + 2 * 6 * mm
        x = self.width - group if self.rtl else 0.0
        for index, (digits, caption) in enumerate(zip((2, 2, 4), self.captions, strict=True)):
            canv.setFillColor(layout.SECONDARY)
            width = digits * layout.DIGIT_BOX
            draw_string(
                canv,
                x + width if self.rtl else x,
                y + layout.DIGIT_BOX + 1.5 * mm,
                caption,
                REGULAR,
                layout.SMALL_SIZE,
                align="right" if self.rtl else "left",
                prefer_rtl=self.rtl,
                language=self.language,
            )
            for d in range(digits):
                canv.rect(x + d * layout.DIGIT_BOX, y, layout.DIGIT_BOX, layout.DIGIT_BOX)
            if self.fields:
                _textfield(
                    canv,
                    self.fields[index],
                    x,
                    y,
                    width,
                    layout.DIGIT_BOX,
                    maxlen=digits,
                    tooltip=f"{self.tip}: {caption}" if self.tip else caption,
                )
            x += width
            if index < 2:
                canv.setFillColor(layout.INK)
                canv.setFont(REGULAR, layout.QUESTION_SIZE)
                canv.drawCentredString(x + 3 * mm, y + 2 * mm, "/")
                x += 6 * mm


class WriteIn(Flowable):  # type: ignore[misc]
    """Handwriting lines, or a bordered text field when fillable.

    A fixed-width box (for a number) sits on the reading side, its unit after it: on
    the right with the unit to its left on a right-to-left page."""

    def __init__(
        self,
        lines: int,
        field: str | None,
        *,
        maxlen: int,
        width: float | None = None,
        unit: str | None = None,
        tip: str = "",
        rtl: bool = False,
        language: str | None = None,
    ) -> None:
        super().__init__()
        self.lines, self.field, self.maxlen = lines, field, maxlen
        self.fixed_width, self.unit, self.tip = width, unit, tip
        self.rtl, self.language = rtl, language

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        self.width = avail_width
        self.height = self.lines * layout.LINE_GAP + 2 * mm
        return self.width, self.height

    def draw(self) -> None:
        canv = self.canv
        width = self.fixed_width or self.width
        left = self.width - width if self.rtl else 0.0
        canv.setStrokeColor(layout.INK)
        canv.setLineWidth(1.0)
        if self.fixed_width:
            canv.rect(left, 1 * mm, width, self.height - 2 * mm)
        elif not self.field:
            for i in range(self.lines):
                y = self.height - (i + 1) * layout.LINE_GAP
                canv.line(0, y, width, y)
        if self.unit:
            canv.setFillColor(layout.INK)
            draw_string(
                canv,
                left - 3 * mm if self.rtl else width + 3 * mm,
                self.height / 2 - layout.BODY_SIZE / 3,
                self.unit,
                REGULAR,
                layout.BODY_SIZE,
                align="right" if self.rtl else "left",
                prefer_rtl=self.rtl,
                language=self.language,
            )
        if self.field:
            _textfield(
                canv,
                self.field,
                left,
                1 * mm,
                width,
                self.height - 2 * mm,
                maxlen=self.maxlen,
                multiline=self.lines > 1,
                tooltip=self.tip,
            )


class QrCode(Flowable):  # type: ignore[misc]
    """A QR code drawn as vector squares (crisp at any print resolution), quiet zone included."""

    def __init__(self, text: str, size: float = layout.QR_SIZE) -> None:
        super().__init__()
        self.matrix = segno.make(text, error="m").matrix
        self.width = self.height = size

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        return self.width, self.height

    def draw(self) -> None:
        canv = self.canv
        count = len(self.matrix) + 8  # four modules of quiet zone each side
        module = self.width / count
        canv.setFillColor(layout.INK)
        for row_index, row in enumerate(self.matrix):
            y = self.height - (row_index + 5) * module
            run_start: int | None = None
            for col, dark in enumerate([*row, 0]):
                if dark and run_start is None:
                    run_start = col
                elif not dark and run_start is not None:
                    x = (run_start + 4) * module
                    canv.rect(x, y, (col - run_start) * module, module, stroke=0, fill=1)
                    run_start = None


class HiddenLabel(Flowable):  # type: ignore[misc]
    """A hidden, read-only text field holding the form label, for reading a filled PDF back."""

    def __init__(self, name: str, value: str) -> None:
        super().__init__()
        self.name, self.value = name, value
        self.width = self.height = 0

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        return 0, 0

    def draw(self) -> None:
        self.canv.acroForm.textfield(
            name=self.name,
            value=self.value,
            x=0,
            y=0,
            width=1,
            height=1,
            relative=True,
            borderWidth=0,
            fieldFlags="readOnly",
            annotationFlags="hidden",
            maxlen=len(self.value) + 1,
            fontName=_FIELD_FONT,
            fontSize=layout.MIN_FONT_SIZE,
        )
