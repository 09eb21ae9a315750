"""Package app.domain.repos."""
