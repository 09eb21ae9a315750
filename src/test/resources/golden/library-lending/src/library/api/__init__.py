"""Package src.library.api."""
