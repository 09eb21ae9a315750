"""Package src.library.loans."""
