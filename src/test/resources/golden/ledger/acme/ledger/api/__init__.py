"""Package acme.ledger.api."""
