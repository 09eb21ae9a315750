"""Package app.core."""
