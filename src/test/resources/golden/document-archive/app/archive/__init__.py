"""Package app.archive."""
