"""Intake: offline, encrypted, trauma-informed data collection for victim-support services."""

__version__ = "0.1.0"
