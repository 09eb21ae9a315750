"""Package farm."""
