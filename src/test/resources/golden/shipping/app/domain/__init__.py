"""Package app.domain."""
