"""Package service."""
