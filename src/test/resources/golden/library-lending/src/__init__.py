"""Package src."""
