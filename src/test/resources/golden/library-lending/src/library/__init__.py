"""Package src.library."""
