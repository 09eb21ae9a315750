"""Package src.d0005."""
