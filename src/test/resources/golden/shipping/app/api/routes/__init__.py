"""Package app.api.routes."""
