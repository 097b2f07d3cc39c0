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

from typing import TYPE_CHECKING

from intake.lazy import lazy_attributes

# Names are loaded on first use (PEP 562), so the unlock screen appears without first
# importing the form language, every service and the store (`Layout` says whether a
# folder holds a workspace without SQLCipher or the key-wrapping libraries).
_WHERE = {
    "AuditVerdict": "intake.store",
    "BackupResult": "intake.app.backups",
    "Backups": "intake.app.backups",
    "CaseSummary": "intake.app.summary",
    "CheckInRecord": "intake.store",
    "ConsentEvent": "intake.store",
    "ConsentPurpose": "intake.store",
    "ConsentService": "intake.app.consent",
    "ErrorCode": "intake.store",
    "IntegrityLevel": "intake.app.workspace",
    "Interviews": "intake.app.interviews",
    "JourneyRecord": "intake.store",
    "JourneyStatus": "intake.store",
    "KdfParams": "intake.store",
    "Layout": "intake.store.files",
    "NewWorkspace": "intake.app.workspace",
    "NoteRecord": "intake.store",
    "PeopleService": "intake.app.people",
    "PersonRecord": "intake.store",
    "PossibleDuplicate": "intake.app.people",
    "RestoreResult": "intake.app.workspace",
    "Retention": "intake.app.retention",
    "RetentionResult": "intake.app.retention",
    "RightRecord": "intake.store",
    "RightState": "intake.store",
    "Session": "intake.app.session",
    "Settings": "intake.store",
    "StageSummary": "intake.app.summary",
    "StoreError": "intake.store",
    "StoredAnswer": "intake.store",
    "SubjectAccessExport": "intake.app.subject_access",
    "SummaryLine": "intake.app.summary",
    "UserAdmin": "intake.app.users",
    "UserRecord": "intake.store",
    "Workspace": "intake.app.workspace",
    "default_workspace_dir": "intake.store.files",
    "parse_date": "intake.app.people",
}

if TYPE_CHECKING:
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
    from intake.store.files import Layout, default_workspace_dir


__getattr__ = lazy_attributes(__name__, _WHERE, globals())


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
    "Layout",
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
    "default_workspace_dir",
    "parse_date",
]
