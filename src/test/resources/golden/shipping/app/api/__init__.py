"""Package app.api."""
