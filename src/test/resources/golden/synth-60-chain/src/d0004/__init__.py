"""Package src.d0004."""
