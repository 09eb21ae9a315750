"""Package acme."""
