"""Package src.d0008."""
