"""paper layer (see docs/architecture.md)."""
