"""Package acme.ledger."""
