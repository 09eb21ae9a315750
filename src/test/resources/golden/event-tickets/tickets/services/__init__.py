"""Package tickets.services."""
