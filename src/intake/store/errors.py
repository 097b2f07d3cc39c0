"""Problems with a workspace, each with a stable code, what is wrong and what to do.

The UI and CLI show these words as they are (or translate them by code), so they never
contain personal data, answers, passwords or keys, and never need a traceback to explain.
"""

from __future__ import annotations

from enum import StrEnum


class ErrorCode(StrEnum):
    WORKSPACE_MISSING = "workspace-missing"
    WORKSPACE_EXISTS = "workspace-exists"
    WORKSPACE_BUSY = "workspace-busy"
    WORKSPACE_READ_ONLY = "workspace-read-only"
    DISK_FULL = "disk-full"
    DATABASE_CORRUPT = "database-corrupt"
    KEYSLOTS_CORRUPT = "keyslots-corrupt"
    WRONG_PASSWORD = "wrong-password"
    USER_DISABLED = "user-disabled"
    RECOVERY_SECRET_INVALID = "recovery-secret-invalid"
    NOT_PERMITTED = "not-permitted"
    BACKUP_INVALID = "backup-invalid"
    MIGRATION_FAILED = "migration-failed"
    NEWER_VERSION = "newer-version"
    NOT_FOUND = "not-found"
    INVALID_INPUT = "invalid-input"
    LOCKED = "locked"
    DISK_ERROR = "disk-error"
    UNEXPECTED = "unexpected"


class StoreError(Exception):
    """Base of every workspace problem. `str(err)` is a full plain-English sentence."""

    code: ErrorCode = ErrorCode.UNEXPECTED
    what_is_wrong: str = "Something went wrong with the workspace."
    what_to_do: str = "Close Intake and open it again. If it happens again, restore a backup."

    def __init__(self, what_is_wrong: str | None = None, what_to_do: str | None = None) -> None:
        if what_is_wrong is not None:
            self.what_is_wrong = what_is_wrong
        if what_to_do is not None:
            self.what_to_do = what_to_do
        super().__init__(f"{self.what_is_wrong} {self.what_to_do}")


class WorkspaceMissingError(StoreError):
    code = ErrorCode.WORKSPACE_MISSING
    what_is_wrong = "There is no Intake workspace in that folder."
    what_to_do = "Check the folder name, or create a workspace, or restore one from a backup."


class WorkspaceExistsError(StoreError):
    code = ErrorCode.WORKSPACE_EXISTS
    what_is_wrong = "That folder already holds an Intake workspace."
    what_to_do = "Choose an empty folder; the existing workspace has not been touched."


class WorkspaceBusyError(StoreError):
    code = ErrorCode.WORKSPACE_BUSY
    what_is_wrong = "The workspace is open in another copy of Intake."
    what_to_do = "Close the other copy (or wait for it to finish), then try again."


class WorkspaceReadOnlyError(StoreError):
    code = ErrorCode.WORKSPACE_READ_ONLY
    what_is_wrong = "Intake cannot write to the workspace folder."
    what_to_do = (
        "Ask whoever looks after this computer to let your account write to that folder. "
        "Nothing already saved has been changed."
    )


class DiskFullError(StoreError):
    code = ErrorCode.DISK_FULL
    what_is_wrong = "The disk is full, so the last change could not be saved."
    what_to_do = (
        "Free some space and try again. Everything saved before this is safe; "
        "the change that failed was not half-written."
    )


class DiskError(StoreError):
    code = ErrorCode.DISK_ERROR
    what_is_wrong = "The computer could not read or write the workspace file."
    what_to_do = (
        "Check the disk has free space and is still connected, then try again. "
        "Everything saved before this is safe; the change that failed was not half-written."
    )


class DatabaseCorruptError(StoreError):
    code = ErrorCode.DATABASE_CORRUPT
    what_is_wrong = "The workspace database is damaged or is not an Intake database."
    what_to_do = (
        "Do not delete anything. Restore the latest backup with 'intake restore'; "
        "the damaged file is kept beside it."
    )


class KeyslotsCorruptError(StoreError):
    code = ErrorCode.KEYSLOTS_CORRUPT
    what_is_wrong = "The file holding the workspace keys is damaged or missing."
    what_to_do = "Restore the latest backup with 'intake restore'; its key file is kept with it."


class WrongPasswordError(StoreError):
    code = ErrorCode.WRONG_PASSWORD
    what_is_wrong = "That user name and password do not match."
    what_to_do = "Check the user name and try the password again; each wrong try adds a pause."


class UserDisabledError(StoreError):
    code = ErrorCode.USER_DISABLED
    what_is_wrong = "That user can no longer sign in."
    what_to_do = "Ask an administrator to add you again."


class RecoverySecretInvalidError(StoreError):
    code = ErrorCode.RECOVERY_SECRET_INVALID
    what_is_wrong = "That recovery key is not right."
    what_to_do = (
        "Check each group against the printed sheet; the last character is a check, "
        "so a single mistyped character is caught."
    )


class NotPermittedError(StoreError):
    code = ErrorCode.NOT_PERMITTED
    what_is_wrong = "Your role does not allow this."
    what_to_do = "Ask a manager or administrator."


class BackupInvalidError(StoreError):
    code = ErrorCode.BACKUP_INVALID
    what_is_wrong = "That backup is damaged, incomplete or not an Intake backup."
    what_to_do = "Try an older backup. Nothing in the workspace has been changed."


class MigrationFailedError(StoreError):
    code = ErrorCode.MIGRATION_FAILED
    what_is_wrong = "Updating the workspace to this version of Intake failed."
    what_to_do = (
        "Nothing was lost: the workspace is as it was, and a verified backup was taken "
        "first. Please report this."
    )


class NewerVersionError(StoreError):
    code = ErrorCode.NEWER_VERSION
    what_is_wrong = "This workspace was last used by a newer version of Intake."
    what_to_do = "Install the newer version of Intake to open it."


class NotFoundError(StoreError):
    code = ErrorCode.NOT_FOUND
    what_is_wrong = "That record is not in the workspace (it may have been erased)."
    what_to_do = "Search again."


class InvalidInputError(StoreError):
    code = ErrorCode.INVALID_INPUT
    what_is_wrong = "Some of what was entered cannot be saved as it is."
    what_to_do = "Check what was entered and try again."


class LockedError(StoreError):
    code = ErrorCode.LOCKED
    what_is_wrong = "The workspace is locked."
    what_to_do = "Sign in again to carry on."
