"""The encrypted store: SQLCipher connection, keyslots, schema, repositories, backups.

The only package that imports sqlcipher3 or holds SQL text. `Store` gathers the
repositories of one open database; `intake.app` builds the use cases on top of it.
"""

from __future__ import annotations

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


class Store:
    """The repositories of one open, keyed workspace database."""

    def __init__(self, db: Database, audit_secret: bytes) -> None:
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
