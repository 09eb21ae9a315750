"""Package app.archive.domain."""
