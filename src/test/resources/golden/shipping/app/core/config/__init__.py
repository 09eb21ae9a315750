"""Package app.core.config."""
