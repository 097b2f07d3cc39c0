"""Use cases the UI and the CLI call: plain Python, no Qt and no SQL text.

    ws = Workspace(folder)
    new = ws.create("Safe Harbour", "admin", "Alex Admin", password)  # .recovery_secret
    session = ws.unlock("admin", password)
    person = session.people.create("Ann", "Example", date(1980, 1, 2))
    journey = session.people.open_journey(person.id)
    session.interviews.record_answer(journey.id, answer, pack)
    session.lock()

Errors are `StoreError`s: each has a stable `code`, `what_is_wrong` and `what_to_do`.
"""

from intake.app.backups import BackupResult, Backups
from intake.app.consent import ConsentService
from intake.app.interviews import Interviews
from intake.app.people import PeopleService, PossibleDuplicate, parse_date
from intake.app.retention import Retention, RetentionResult
from intake.app.session import Session
from intake.app.subject_access import SubjectAccessExport
from intake.app.summary import CaseSummary, StageSummary, SummaryLine
from intake.app.users import UserAdmin
from intake.app.workspace import IntegrityLevel, NewWorkspace, RestoreResult, Workspace
from intake.store import (
    AuditVerdict,
    CheckInRecord,
    ConsentEvent,
    ConsentPurpose,
    ErrorCode,
    JourneyRecord,
    JourneyStatus,
    KdfParams,
    NoteRecord,
    PersonRecord,
    RightRecord,
    RightState,
    Settings,
    StoredAnswer,
    StoreError,
    UserRecord,
)

__all__ = [
    "AuditVerdict",
    "BackupResult",
    "Backups",
    "CaseSummary",
    "CheckInRecord",
    "ConsentEvent",
    "ConsentPurpose",
    "ConsentService",
    "ErrorCode",
    "IntegrityLevel",
    "Interviews",
    "JourneyRecord",
    "JourneyStatus",
    "KdfParams",
    "NewWorkspace",
    "NoteRecord",
    "PeopleService",
    "PersonRecord",
    "PossibleDuplicate",
    "RestoreResult",
    "Retention",
    "RetentionResult",
    "RightRecord",
    "RightState",
    "Session",
    "Settings",
    "StageSummary",
    "StoreError",
    "StoredAnswer",
    "SubjectAccessExport",
    "SummaryLine",
    "UserAdmin",
    "UserRecord",
    "Workspace",
    "parse_date",
]
