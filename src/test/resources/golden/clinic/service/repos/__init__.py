"""Package service.repos."""
