"""Package acme.ledger.services."""
