"""Package app."""
