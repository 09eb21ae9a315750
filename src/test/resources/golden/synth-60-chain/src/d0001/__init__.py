"""Package src.d0001."""
