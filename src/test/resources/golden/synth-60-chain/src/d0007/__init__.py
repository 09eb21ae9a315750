"""Package src.d0007."""
