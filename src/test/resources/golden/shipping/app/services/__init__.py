"""Package app.services."""
