"""Package tickets.db."""
