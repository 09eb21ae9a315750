"""Package app.archive.services."""
