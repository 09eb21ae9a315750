"""Package src.d0003."""
