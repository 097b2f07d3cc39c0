"""The fixed words printed around a pack's own text: instructions, headings, the footer.

A pack translates its questions; these words belong to Intake itself. They are a
dataclass so the app can hand in a translated set (the app's own translations are a later
issue) and tests can check that each one reaches the page. Plain English, short
sentences, reading age about nine: the person may be upset or tired when they read them.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class PaperWords:
    """Intake's own wording on printed forms. `{n}`-style fields are filled in."""

    your_reference: str = "Your reference: {reference}"
    reference_note: str = (
        "This reference links this form to your record, so you are not asked the same "
        "thing twice. It does not show your name."
    )
    why_title: str = "Why we are asking"
    what_happens_title: str = "What happens to your answers"
    what_happens: str = (
        "Your answers are kept safely by the service that gave you this form. Only its "
        "staff can see them, and only when they need to. We use them to offer you the right "
        "support. We may count answers for reports about our service, but never with your "
        "name."
    )
    in_control_title: str = "You are in control"
    in_control: str = (
        "You do not have to answer every question. You can skip any question, or tick "
        "“Prefer not to say”. You can stop at any time. Your support will not change "
        "whatever you choose."
    )
    how_to_title: str = "How to fill it in"
    how_to_paper: str = (
        "Put a tick (✓) or a cross in a box to choose it. Write on the lines. "
        "If you make a mistake, cross it out and write or tick again next to it."
    )
    how_to_fillable: str = (
        "You can fill this form in on your computer, tablet or phone. Click a box to tick "
        "it and type in the white boxes. Save the form and give it back to the service."
    )
    caseworker_copy: str = (
        "Caseworker copy: this includes questions that are only asked in conversation."
    )
    say: str = "Say: {text}"
    why_we_ask: str = "Why we ask: {text}"
    what_this_means: str = "What this means: {text}"
    prefer_not_to_say: str = "Prefer not to say"
    tick_one: str = "Tick one box."
    tick_any: str = "Tick all that apply."
    write_answer: str = "Write your answer on the lines."
    write_date: str = "Write the date in numbers."
    day: str = "Day"
    month: str = "Month"
    year: str = "Year"
    write_number: str = "Write a number in the box."
    tick_scale: str = "Tick one number."
    only_if_equals: str = "Only answer this if you ticked “{label}” for question {number}."
    only_if_in: str = "Only answer this if you ticked one of {labels} for question {number}."
    only_if_answered: str = "Only answer this if you answered question {number}."
    only_if_general: str = "You may skip this question if it does not apply to you."
    footer: str = "{pack} {version}"
    page: str = "Page {n} of"
    thank_you: str = "Thank you."


ENGLISH = PaperWords()
