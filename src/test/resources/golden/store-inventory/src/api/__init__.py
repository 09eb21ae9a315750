"""Package src.api."""
