"""Subject access: everything held about one person, as JSON they can be given.

Includes every journey, the full answer history (not just the current answers),
consent events, check-ins, rights, notes and the audit entries about their records.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from intake.domain import PersonId
from intake.store import AuditAction, AuditEntity

if TYPE_CHECKING:
    from intake.app.session import Session

FORMAT = "intake-subject-access/1"


@dataclass(frozen=True)
class SubjectAccessExport:
    person_id: PersonId
    reference: str
    data: dict[str, Any]

    def to_json(self) -> str:
        return json.dumps(self.data, indent=2, ensure_ascii=False, sort_keys=False)


def export_person(session: Session, person_id: PersonId) -> SubjectAccessExport:
    store = session.store
    person = store.people.get(person_id)
    answers = store.answers.history(person_id)
    journeys_out: list[dict[str, Any]] = []
    for j in store.journeys.for_person(person_id):
        journeys_out.append(
            {
                "opened_on": j.opened_on.isoformat(),
                "closed_on": j.closed_on.isoformat() if j.closed_on else None,
                "status": str(j.status),
                "stage": j.stage,
                "answers": [
                    _answer(a) for a in answers if a.journey_id == j.id and a.scope == "journey"
                ],
                "consent": [
                    {
                        "purpose": str(e.purpose),
                        "agency": e.agency,
                        "given": e.given,
                        "explained": e.explained,
                        "recorded_at": e.recorded_at,
                    }
                    for e in store.consents.for_journey(j.id)
                ],
                "check_ins": [
                    {
                        "stage": c.check_in.stage,
                        "check_in": c.check_in.checkin_id,
                        "score": c.check_in.score,
                        "note": c.check_in.note,
                        "declined": c.check_in.declined,
                        "recorded_at": c.recorded_at,
                    }
                    for c in store.records.check_ins(j.id)
                ],
                "victims_code_rights": [
                    {"right": r.right_number, "state": str(r.state), "on": r.on_date.isoformat()}
                    for r in store.records.rights(j.id)
                ],
                "notes": [
                    {"text": n.text, "recorded_at": n.recorded_at}
                    for n in store.records.notes(j.id)
                ],
            }
        )
    data: dict[str, Any] = {
        "format": FORMAT,
        "organisation": store.organisation.name(),
        "exported_at": session.now().isoformat(timespec="seconds"),
        "person": {
            "reference": person.reference,
            "given_name": person.given_name,
            "family_name": person.family_name,
            "date_of_birth": person.date_of_birth.isoformat() if person.date_of_birth else None,
            "created_at": person.created_at,
        },
        "about_you": [_answer(a) for a in answers if a.scope == "person"],
        "journeys": journeys_out,
    }
    with store.db.transaction():
        session.audit(AuditAction.EXPORTED, AuditEntity.PERSON, person_id)
    return SubjectAccessExport(person_id, person.reference, data)


def _answer(a: Any) -> dict[str, Any]:
    return {
        "question": a.question_id,
        "value": a.value,
        "status": str(a.status),
        "source": str(a.source),
        "stage": a.stage,
        "volunteered": a.volunteered,
        "recorded_at": a.recorded_at,
    }
