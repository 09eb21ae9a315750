"""Package src.library.catalog."""
