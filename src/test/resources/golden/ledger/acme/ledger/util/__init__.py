"""Package acme.ledger.util."""
