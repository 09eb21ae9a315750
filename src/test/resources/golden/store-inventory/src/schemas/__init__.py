"""Package src.schemas."""
