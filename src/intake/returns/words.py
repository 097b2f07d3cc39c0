"""Intake's own words in a return: the English of every fixed label the pipeline and the
writers print, keyed by a stable id.

A template translates its own titles and labels, and the form pack its questions' choices;
everything else a return prints comes from here: "Prefer not to say", "Not asked", the
Victims' Code rights, "Total", the headings, the notes sheet, the PDF's headings and the
disclosure rule. Translations live beside the templates, one catalogue per language
(`forms/returns/translations/common.<language>.yaml`, see docs/translations.md); a word
missing there is printed in English.

`{name}` fields are filled in when printed and must be kept, as written, in a
translation. Write whole sentences; never build one from pieces.
"""

from __future__ import annotations

WORDS: dict[str, str] = {
    # Categories every table can have. "Prefer not to say" must read exactly as the form
    # pack's own translation of the choice, so a person sees the same words in both.
    "category.prefer_not_to_say": "Prefer not to say",
    "category.not_asked": "Not asked",
    "category.not_yet_contacted": "Not yet contacted",
    "category.not_recorded": "Not recorded",
    "category.scale_end": "{number} ({label})",
    # Row and column headings.
    "heading.count": "Count",
    "heading.category": "Category",
    "heading.measure": "Measure",
    "heading.journeys": "Journeys",
    "heading.days_to_first_contact": "Days to first contact",
    "heading.point_support_stopped": "Point support stopped",
    "heading.right": "Right",
    "heading.outcome": "Outcome",
    "heading.collection_point": "Collection point",
    "heading.explained": "Explained",
    "heading.delivered": "Delivered",
    "total": "Total",
    # People and journeys.
    "volumes.people_supported": "People supported",
    "volumes.journeys_open": "Journeys open in the period",
    "volumes.journeys_referred": "Journeys referred in the period",
    "volumes.journeys_closed": "Journeys closed in the period",
    "volumes.journeys_ended_early": "Journeys ended early in the period",
    # Repeat victims.
    "repeat.journeys_ever": "Journeys ever",
    "repeat.journeys_in_period": "Journeys in this period",
    "repeat.one_journey": "One journey",
    "repeat.more_than_one_journey": "More than one journey",
    # Days from referral to first contact (the default bands).
    "band.days_0_2": "0 to 2 days",
    "band.days_3_7": "3 to 7 days",
    "band.days_8_14": "8 to 14 days",
    "band.days_15_28": "15 to 28 days",
    "band.over_28": "Over 28 days",
    # Change in an outcome measure, first reading to last.
    "change.improved": "Improved",
    "change.same": "Same",
    "change.worse": "Worse",
    "change.incomplete": "Incomplete",
    # The 12 rights of the Code of Practice for Victims of Crime in England and Wales
    # (2021), shortened for table rows.
    "right.1": "1. To understand and be understood",
    "right.2": "2. Crime recorded without unjustified delay",
    "right.3": "3. Information when reporting the crime",
    "right.4": "4. Referral to support services",
    "right.5": "5. Information about compensation",
    "right.6": "6. Information about the investigation and prosecution",
    "right.7": "7. To make a Victim Personal Statement",
    "right.8": "8. Information about the trial and being a witness",
    "right.9": "9. Information about the outcome and any appeals",
    "right.10": "10. Expenses paid and property returned",
    "right.11": "11. Information about the offender after conviction",
    "right.12": "12. To make a complaint about rights not being met",
    # Comfort at each collection point. The labels are the pack's check-in labels.
    "comfort.note": "Scores run from {low} ({low_label}) to {high} ({high_label}).",
    # What a table counts.
    "unit.people": "people",
    "unit.journeys": "journeys",
    "unit.people_and_journeys": "people and journeys",
    "caption.people": "Counts of people.",
    "caption.journeys": "Counts of journeys.",
    "caption.people_and_journeys": "Counts of people and journeys.",
    "caption.more_than_one_row": "One person can be counted in more than one row.",
    # The disclosure rule, in one plain sentence or two.
    "rule.suppress": (
        "Counts from 1 to {largest} are shown as {symbol}, and so are some other figures, "
        "so that no hidden count can be worked out from the totals. Zeros are true zeros."
    ),
    "rule.round5": (
        "Every figure, including totals, is rounded to the nearest 5 on its own, so totals "
        "may differ from the sum of their parts. 0 can stand for 0, 1 or 2."
    ),
    "rule.none": "These figures are not protected: they must not leave the service.",
    "method.suppress": "suppress, threshold {threshold}",
    "method.round5": "round5",
    "method.none": "none",
    # A custom period, e.g. "2026-07-01 to 2026-09-30".
    "period.custom": "{start} to {end}",
    # The CSV file's column headings.
    "csv.template": "template",
    "csv.version": "version",
    "csv.period": "period",
    "csv.table": "table",
    "csv.table_title": "table_title",
    "csv.unit": "unit",
    "csv.row": "row",
    "csv.column": "column",
    "csv.value": "value",
    # The XLSX notes sheet.
    "notes.sheet": "Notes",
    "notes.about": "About this return",
    "notes.period": "Period",
    "notes.made_on": "Made on",
    "notes.template": "Template",
    "notes.template_version": "{id} version {version}",
    "notes.pack": "Form pack",
    "notes.disclosure": "Disclosure control",
    "notes.rule": "Rule",
    "notes.withheld": "Withheld to protect the people counted (suppressed).",
    "notes.prefer_not_to_say": "The person was asked and chose not to answer.",
    "notes.not_asked": "The question was not put (or was left to ask later).",
    "notes.more_than_one": "More than one can apply",
    "notes.more_than_one_text": (
        "Where a table says so, one person can be counted in several rows, so the rows add "
        "up to more than the total."
    ),
    "notes.language": "Language",
    "notes.draft": (
        "The labels are a draft translation that no fluent speaker has reviewed yet. The "
        "figures are the same in every language."
    ),
    "notes.pdf_in_english": (
        "The PDF summary is in English, because it cannot print this language's script yet."
    ),
    "notes.sheet_heading": "Sheet",
    "notes.table_heading": "Table",
    "notes.table_entry": "{title} ({unit})",
    # The PDF summary.
    "pdf.period": "Period:",
    "pdf.made_on": "Made on:",
    "pdf.footer": "{title}, {period}",
    "pdf.page": "Page {page}",
    "pdf.withheld": "{symbol} Withheld so that no one can be identified.",
    "pdf.chart.delivered": "Chart: Delivered",
    "pdf.chart.improved": "Chart: Improved",
    "pdf.chart.more_than_one_journey": "Chart: More than one journey",
    "pdf.chart.row_totals": "Chart: row totals",
}
