"""Package app.archive.core."""
