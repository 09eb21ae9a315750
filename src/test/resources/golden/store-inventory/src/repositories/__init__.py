"""Package src.repositories."""
