"""Anonymised returns: templates, counting, disclosure control and writers.

The app layer builds one `JourneyRecord` per journey from the store (`journey_record`
does it from stored answers and check-ins) and calls
`build_return(template, pack, records, period, generated_on)`; the `Return` it gets back
holds only published figures and goes to `write_all` (CSV, XLSX, JSON and PDF).
`build_return(..., language="cy")` labels it in another language, from the translation
files beside the template (`languages_of(template).codes` lists them); the figures are the
same in every language. `completeness` gives the internal case-review report. See
docs/returns.md and docs/translations.md.
"""

from intake.returns.assemble import journey_record
from intake.returns.errors import PeriodError, RCode, ReturnProblem, ReturnTemplateError
from intake.returns.labels import Labels
from intake.returns.loading import check_template, find_templates, load_template, parse_template
from intake.returns.period import Period, PeriodKind
from intake.returns.pipeline import Counted, build_return, count_return, publish
from intake.returns.records import CODE_RIGHTS, JourneyRecord, RightStatus
from intake.returns.tables import SUPPRESSED, Cell, CountTable, PublishedTable, Return
from intake.returns.template import Disclosure, Method, ReturnTemplate
from intake.returns.translations import TemplateLanguages, languages_of

__all__ = [
    "CODE_RIGHTS",
    "SUPPRESSED",
    "Cell",
    "CountTable",
    "Counted",
    "Disclosure",
    "JourneyRecord",
    "Labels",
    "Method",
    "Period",
    "PeriodError",
    "PeriodKind",
    "PublishedTable",
    "RCode",
    "Return",
    "ReturnProblem",
    "ReturnTemplate",
    "ReturnTemplateError",
    "RightStatus",
    "TemplateLanguages",
    "build_return",
    "check_template",
    "count_return",
    "find_templates",
    "journey_record",
    "languages_of",
    "load_template",
    "parse_template",
    "publish",
]
