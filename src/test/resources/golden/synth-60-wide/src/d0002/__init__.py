"""Package src.d0002."""
