"""Package src.core."""
