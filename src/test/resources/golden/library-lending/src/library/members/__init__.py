"""Package src.library.members."""
