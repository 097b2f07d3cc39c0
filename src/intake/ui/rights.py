"""The twelve rights of the Code of Practice for Victims of Crime in England and Wales
(2021), in the words the checklist shows."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication


def _t(text: str) -> str:
    return QCoreApplication.translate("VictimsCode", text)


def right_names() -> list[str]:
    return [
        _t("To be able to understand and to be understood"),
        _t("To have the details of the crime recorded without unjustified delay"),
        _t("To be provided with information when reporting the crime"),
        _t("To be referred to services that support victims, with support tailored to needs"),
        _t("To be provided with information about compensation"),
        _t("To be provided with information about the investigation and prosecution"),
        _t("To make a Victim Personal Statement"),
        _t("To be given information about the trial, trial process and role as a witness"),
        _t("To be given information about the outcome of the case and any appeals"),
        _t("To be paid expenses and have property returned"),
        _t("To be given information about the offender following a conviction"),
        _t("To make a complaint about rights not being met"),
    ]
