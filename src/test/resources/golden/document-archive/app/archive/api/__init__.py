"""Package app.archive.api."""
