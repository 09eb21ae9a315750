"""Package app.archive.domain.records."""
