"""Package src.services."""
