"""Package src.models."""
