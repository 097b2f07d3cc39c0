"""The encrypted store: SQLCipher connection, keyslots, schema, repositories, backups.

The only package that imports sqlcipher3 or holds SQL text. `Store` gathers the
repositories of one open database; `intake.app` builds the use cases on top of it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from intake.lazy import lazy_attributes

# Names are loaded on first use (PEP 562): asking whether a folder holds a workspace, or
# naming a `StoreError`, must not import SQLCipher, Argon2 and AES-GCM before the first
# screen is drawn. A submodule not named here is imported as usual.
_WHERE = {
    "Answers": "intake.store.answers",
    "AuditAction": "intake.store.audit",
    "AuditEntity": "intake.store.audit",
    "AuditEntry": "intake.store.audit",
    "AuditLog": "intake.store.audit",
    "AuditVerdict": "intake.store.audit",
    "CheckInRecord": "intake.store.records",
    "ConsentEvent": "intake.store.consent",
    "ConsentPurpose": "intake.store.consent",
    "Consents": "intake.store.consent",
    "Database": "intake.store.database",
    "ErrorCode": "intake.store.errors",
    "JourneyRecord": "intake.store.journeys",
    "JourneyStatus": "intake.store.journeys",
    "Journeys": "intake.store.journeys",
    "KdfParams": "intake.store.keyslots",
    "Keyslots": "intake.store.keyslots",
    "NoteRecord": "intake.store.records",
    "Organisation": "intake.store.users",
    "People": "intake.store.people",
    "PersonRecord": "intake.store.people",
    "Records": "intake.store.records",
    "RightRecord": "intake.store.records",
    "RightState": "intake.store.records",
    "Settings": "intake.store.users",
    "StoreError": "intake.store.errors",
    "StoredAnswer": "intake.store.answers",
    "UserRecord": "intake.store.users",
    "Users": "intake.store.users",
}

if TYPE_CHECKING:
    from intake.store.answers import Answers, StoredAnswer
    from intake.store.audit import AuditAction, AuditEntity, AuditEntry, AuditLog, AuditVerdict
    from intake.store.consent import ConsentEvent, ConsentPurpose, Consents
    from intake.store.database import Database
    from intake.store.errors import ErrorCode, StoreError
    from intake.store.journeys import JourneyRecord, Journeys, JourneyStatus
    from intake.store.keyslots import KdfParams, Keyslots
    from intake.store.people import People, PersonRecord
    from intake.store.records import CheckInRecord, NoteRecord, Records, RightRecord, RightState
    from intake.store.users import Organisation, Settings, UserRecord, Users


__getattr__ = lazy_attributes(__name__, _WHERE, globals())


class Store:
    """The repositories of one open, keyed workspace database."""

    def __init__(self, db: Database, audit_secret: bytes) -> None:
        from intake.store.answers import Answers
        from intake.store.audit import AuditLog
        from intake.store.consent import Consents
        from intake.store.journeys import Journeys
        from intake.store.people import People
        from intake.store.records import Records
        from intake.store.users import Organisation, Users

        self.db = db
        self.people = People(db)
        self.journeys = Journeys(db)
        self.answers = Answers(db)
        self.consents = Consents(db)
        self.records = Records(db)
        self.users = Users(db)
        self.organisation = Organisation(db)
        self.audit = AuditLog(db, audit_secret)


__all__ = [
    "Answers",
    "AuditAction",
    "AuditEntity",
    "AuditEntry",
    "AuditLog",
    "AuditVerdict",
    "CheckInRecord",
    "ConsentEvent",
    "ConsentPurpose",
    "Consents",
    "Database",
    "ErrorCode",
    "JourneyRecord",
    "JourneyStatus",
    "Journeys",
    "KdfParams",
    "Keyslots",
    "NoteRecord",
    "Organisation",
    "People",
    "PersonRecord",
    "Records",
    "RightRecord",
    "RightState",
    "Settings",
    "Store",
    "StoreError",
    "StoredAnswer",
    "UserRecord",
    "Users",
]
