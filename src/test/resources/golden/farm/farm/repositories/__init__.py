"""Package farm.repositories."""
