"""Package acme.ledger.domain."""
