"""Package src.helpdesk.core.repositories."""
