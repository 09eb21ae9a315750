"""Package src.d0006."""
