"""returns layer (see docs/architecture.md)."""
