"""Package src.library.shared."""
