"""interview layer (see docs/architecture.md)."""
