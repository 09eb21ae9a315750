"""Package src.db."""
