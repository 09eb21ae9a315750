"""Package src.api.auth."""
