"""Package acme.ledger.store."""
