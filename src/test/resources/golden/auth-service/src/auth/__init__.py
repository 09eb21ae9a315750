"""Package src.auth."""
